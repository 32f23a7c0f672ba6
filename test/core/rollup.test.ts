// Roll-up rows built by the core: slices cut at period ends, sums, percent members with their base, recorded times.

import {
  analyze,
  buildRollup,
  dayFromParts,
  isoDate,
  keptEntries,
  rollupSlices,
  type ClosedPeriod,
} from '../../src/core';
import { ENTRY_HEADER, PERIOD_ROWS, analyzeEntries, d23, dateCell, entry, workbook } from './fixtures';

describe('rollupSlices', () => {
  it('cuts the window at each distinct period end inside it', () => {
    const w = { from: d23(11, 6), to: d23(6, 8) };
    const slices = rollupSlices(w, [d23(30, 6), d23(31, 7), d23(30, 6), d23(6, 8), d23(1, 9)]);
    expect(slices.map((s) => [isoDate(s.from), isoDate(s.to)])).toEqual([
      ['2023-06-11', '2023-06-30'],
      ['2023-07-01', '2023-07-31'],
      ['2023-08-01', '2023-08-06'],
    ]);
  });
});

describe('buildRollup', () => {
  const header = [...ENTRY_HEADER, 'Dấu thời gian'];
  const rows = [
    [...entry('12/6/2023', 'P01', 'cay-xanh', 40, 'a'), '12/06/2023 20:00:00'],
    [...entry('20/6/2023', 'P02', 'cay-xanh', 60, 'b'), '21/06/2023 08:15:00'],
    [...entry('1/7/2023', 'P01', 'cay-xanh', 100, 'c'), '01/07/2023 09:00:00'],
    [...entry('2/7/2023', 'P03', 'cay-xanh', 5, 'd'), null],
    [...entry('14/6/2023', 'P01', 'cb-thanh-toan-dt', 20, 'e'), null],
    [...entry('10/7/2023', 'P01', 'cb-thanh-toan-dt', 45, 'f'), null],
    [...entry('12/7/2023', 'BVQ11', 'cb-thanh-toan-dt', 50, 'g'), null],
    // An error: counts nowhere.
    [...entry('13/7/2023', 'P01', 'cay-xanh', 'abc', 'h'), null],
  ];
  const wb = workbook({
    settings: [
      ['Tên chiến dịch', 'Kỳ nghỉ hồng Q11'],
      ['Mã ở cấp trên', 'Q11'],
    ],
  });
  wb.sheets.find((s) => s.name === 'Kết quả')!.rows = [header, ...rows];
  const lower = analyze(wb);
  const cuts = lower.campaign.periods.map((p) => p.to);
  const upperKeys = new Map([
    ['cay-xanh', 'cay-xanh'],
    ['cb-thanh-toan-dt', 'CB-TTDT'],
  ]);
  const rollup = buildRollup(lower, { code: lower.campaign.upperCode, source: 'q11.xlsx', cuts, upperKeys });

  it('sends one row per target and slice with entries, under the upper key', () => {
    expect(lower.campaign.upperCode).toBe('Q11');
    const byKey = (key: string) =>
      rollup.rows.filter((r) => r.key === key).map((r) => [isoDate(r.day), r.quantity, r.base]);
    expect(byKey('cay-xanh')).toEqual([
      ['2023-06-30', 100, null],
      ['2023-07-31', 105, null],
    ]);
    // Percent: members meeting it at the slice's end (P01's latest 20 then 45, BVQ11's 50), with the base 250.
    expect(byKey('CB-TTDT')).toEqual([
      ['2023-06-30', 20, 250],
      ['2023-07-31', 95, 250],
    ]);
    expect(rollup.rows.every((r) => r.unit === 'Q11' && r.evidence === 'q11.xlsx')).toBe(true);
    expect(rollup.rows[0]!.activity).toBe('Tổng hợp từ Kỳ nghỉ hồng Q11');
    expect(rollup.notInUpper).toEqual(['qua', 'duong', 'tt-thanh-toan-dt']);
  });

  it('carries the latest recorded time when every entry summed has one, else none', () => {
    const trees = rollup.rows.filter((r) => r.key === 'cay-xanh');
    // June: 12/6 20:00 and 21/6 08:15 → the later; July: the 2/7 row has no time → unknown.
    expect(trees[0]!.recordedAt).toBe(Date.UTC(2023, 5, 21, 8, 15));
    expect(trees[1]!.recordedAt).toBeNull();
    expect(dayFromParts(2023, 6, 30)).toBe(trees[0]!.day);
  });
});

describe('keptEntries', () => {
  // A week inside Đợt 1, closed first; Đợt 1 closed a week later, after a row was inserted above the kept entry.
  const periods = [...PERIOD_ROWS, ['Tuần 2', dateCell(18, 6), dateCell(24, 6), null]];
  const analysis = analyzeEntries(
    [entry('20/6/2023', 'P01', 'cay-xanh', 40, 'a'), entry('12/6/2023', 'P02', 'cay-xanh', 7, 'b')],
    { periods },
  );
  const fingerprint = (row: number, day: number, unit: string, quantity: number) => ({
    tab: 'Kết quả',
    row,
    day,
    unit,
    target: 'cay-xanh',
    quantity,
  });
  const closing = (name: string, closedAt: string, fingerprints: ReturnType<typeof fingerprint>[]) =>
    ({ name, closedAt, fingerprints }) as unknown as ClosedPeriod;
  const treesOf = (entries: { quantity: number }[]) => entries.reduce((sum, e) => sum + e.quantity, 0);

  it('sends each day as its latest closing kept it: an entry kept by two overlapping closings counts once', () => {
    analysis.closings = new Map([
      ['tuan 2', closing('Tuần 2', '2023-06-25T10:00:00Z', [fingerprint(2, d23(20, 6), 'P01', 40)])],
      [
        'dot 1',
        closing('Đợt 1', '2023-07-01T10:00:00Z', [
          // The same entry one row lower (a row was inserted above it between the two closings).
          fingerprint(3, d23(20, 6), 'P01', 40),
          fingerprint(4, d23(12, 6), 'P02', 7),
        ]),
      ],
    ]);
    expect(treesOf(keptEntries(analysis))).toBe(47);
  });

  it('keeps the week as its own later closing kept it, and the rest of the phase as the phase kept it', () => {
    analysis.closings = new Map([
      [
        'dot 1',
        closing('Đợt 1', '2023-06-25T10:00:00Z', [
          fingerprint(2, d23(20, 6), 'P01', 40),
          fingerprint(3, d23(12, 6), 'P02', 7),
        ]),
      ],
      // Reclosed week: the entry was corrected to 45 before the week's closing.
      ['tuan 2', closing('Tuần 2', '2023-07-01T10:00:00Z', [fingerprint(2, d23(20, 6), 'P01', 45)])],
    ]);
    expect(treesOf(keptEntries(analysis))).toBe(52);
  });
});
