// The report model of a period and its layout, on the hand-worked District 11 season (fixtures.ts).

import {
  buildReport,
  ChiTieuError,
  dayFromParts,
  progressAt,
  reportLayout,
  reportTabName,
  statusOf,
  type Analysis,
} from '../../src/core';
import { analyzeEntries, entry, season } from './fixtures';

const NOW = new Date('2023-07-24T03:00:00.000Z');

describe('buildReport', () => {
  it('gives the period, the window and the clock it was given', () => {
    const r = buildReport(season(), 'Đợt 2', NOW);
    expect(r.campaign).toBe('Chiến dịch tình nguyện Kỳ nghỉ hồng lần thứ 22 – năm 2023 (Quận 11)');
    expect(r.period).toEqual({
      name: 'Đợt 2',
      from: '2023-07-01',
      to: '2023-07-31',
      deadline: '2023-07-23',
      deadlineAt: '2023-07-23T23:59:59+07:00',
    });
    expect(r.window).toEqual({ from: '2023-06-11', to: '2023-08-06' });
    expect(r.generatedAt).toBe('2023-07-24T03:00:00.000Z');
  });

  it('finds the period by its folded name', () => {
    expect(buildReport(season(), '  DOT 3 ', NOW).period.name).toBe('Đợt 3');
  });

  it('gives per target the target, period result, cumulative, attainment and status', () => {
    const r = buildReport(season(), 'Đợt 2', NOW);
    expect(
      r.targets.map((t) => [t.key, t.kind, t.target, t.periodResult, t.cumulative, t.attainment, t.status]),
    ).toEqual([
      ['cay-xanh', 'count', 500, 175, 300, 0.6, 'not-met'],
      ['qua', 'count', 50, 12, 15, 0.3, 'not-met'],
      ['duong', 'count', 0.5, 0.5, 0.5, 1, 'met'],
      // Percent targets: period result and cumulative are both the share at the period's end, in percent points.
      ['tt-thanh-toan-dt', 'percent', 100, 40, 40, 0.4, 'not-met'],
      ['cb-thanh-toan-dt', 'percent', 80, 50, 50, 0.625, 'not-met'],
    ]);
    expect(r.targets[0]).toMatchObject({ label: 'Trồng mới cây xanh', unit: 'cây', group: 'Chỉ tiêu chung' });
  });

  it('marks an exceeded target', () => {
    const duong = buildReport(season(), 'Đợt 3', NOW).targets.find((t) => t.key === 'duong')!;
    expect(duong).toMatchObject({ periodResult: 0.1, cumulative: 0.6, attainment: 1.2, status: 'exceeded' });
  });

  it('compares attainment with the share of the campaign elapsed', () => {
    const r = buildReport(season(), 'Đợt 2', NOW);
    // 11/6–31/7 is 51 of the window's 57 days.
    const tree = r.targets.find((t) => t.key === 'cay-xanh')!;
    expect(tree.expected).toBeCloseTo(51 / 57, 9);
    expect(tree.pace).toBeCloseTo(0.6 / (51 / 57), 9);
    expect(tree.paceStatus).toBe('behind');
    expect(r.targets.find((t) => t.key === 'duong')!.paceStatus).toBe('ahead');
  });

  it('gives each unit its period results, cumulative and attainment', () => {
    const r = buildReport(season(), 'Đợt 2', NOW);
    const p01 = r.units.find((u) => u.code === 'P01')!;
    expect(p01).toMatchObject({ name: 'Đoàn Phường 1', cluster: 'Phường', reported: true, validEntries: 5 });
    expect(p01.results).toEqual({
      'cay-xanh': 100,
      qua: 0,
      duong: 0,
      'tt-thanh-toan-dt': 1,
      'cb-thanh-toan-dt': 45,
    });
    expect(p01.cumulative).toMatchObject({ 'cay-xanh': 140, 'tt-thanh-toan-dt': 1, 'cb-thanh-toan-dt': 45 });
    // Against its allocation of 100 trees; its percent figures are its share of the base against the target.
    expect(p01.attainment).toMatchObject({ 'cay-xanh': 1.4, 'tt-thanh-toan-dt': 0.2, 'cb-thanh-toan-dt': 0.225 });
    const kymdan = r.units.find((u) => u.code === 'KYMDAN')!;
    expect(kymdan.attainment.qua).toBe(0.75);
    const p02 = r.units.find((u) => u.code === 'P02')!;
    // No entry in July, but its figures at the period's end remain those reported in June.
    expect(p02).toMatchObject({ reported: false, validEntries: 3 });
    expect(p02.results).toMatchObject({ 'cay-xanh': 0, 'tt-thanh-toan-dt': 0, 'cb-thanh-toan-dt': 30 });
    expect(p02.attainment['cay-xanh']).toBe(0.12);
  });

  it.each([
    ['Đợt 1', ['BVQ11']],
    ['Đợt 2', ['P02']],
    ['Đợt 3', ['P01']],
  ])('lists the units without a valid entry in %s', (name, codes) => {
    expect(buildReport(season(), name, NOW).nonReporting).toEqual(codes);
  });

  it('counts a valid entry of 0 as reporting, an invalid row inside the period not', () => {
    // BVQ11's only row in Đợt 1 (row 28, "3" on a percent target without base) is an error; in Đợt 3 it reports 0.
    const third = buildReport(season(), 'Đợt 3', NOW);
    const bvq11 = third.units.find((u) => u.code === 'BVQ11')!;
    expect(bvq11.reported).toBe(true);
    expect(bvq11.results['cay-xanh']).toBe(0);
    expect(buildReport(season(), 'Đợt 1', NOW).units.find((u) => u.code === 'BVQ11')!.reported).toBe(false);
  });

  it('lists excluded rows and counts problems', () => {
    const r = buildReport(season(), 'Đợt 1', NOW);
    expect(r.excludedRows).toEqual([24, 25, 26, 27, 28]);
    expect([r.errors, r.warnings]).toEqual([5, 1]);
    expect(r.problems).toHaveLength(6);
  });

  it('ranks units by points (up to 100 per target), then valid entries', () => {
    const r = buildReport(season(), 'Đợt 2', NOW);
    expect(r.ranking.map((x) => [x.rank, x.code, x.score, x.validEntries])).toEqual([
      [1, 'P01', 142.5, 5],
      [2, 'P03', 105, 3],
      [3, 'KYMDAN', 75, 2],
      [4, 'BVQ11', 60, 3],
      [5, 'P02', 27, 3],
    ]);
  });

  it('breaks a tie on points by the number of valid entries', () => {
    const a = analyzeEntries([
      entry('12/6/2023', 'P01', 'cay-xanh', 50),
      entry('12/6/2023', 'P02', 'cay-xanh', 25),
      entry('13/6/2023', 'P02', 'cay-xanh', 25),
    ]);
    const r = buildReport(a, 'Đợt 1', NOW);
    expect(r.ranking.slice(0, 2).map((x) => [x.code, x.score])).toEqual([
      ['P02', 10],
      ['P01', 10],
    ]);
  });

  it('refuses an unknown period', () => {
    expect(() => buildReport(season(), 'Đợt 4', NOW)).toThrow(ChiTieuError);
  });

  it('maps attainment to a status', () => {
    expect([statusOf(0.99), statusOf(1), statusOf(1.01)]).toEqual(['not-met', 'met', 'exceeded']);
  });
});

describe('reportLayout', () => {
  it('lays out the heading, one row per target for the chart, units, non-reporting units and excluded rows', () => {
    const model = buildReport(season(), 'Đợt 2', NOW);
    const layout = reportLayout(model);
    expect(layout.rows[0]).toEqual(['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU']);
    const text = layout.rows.map((r) => r.join(' | '));
    expect(text).toContain('Đợt: Đợt 2 (01/07/2023 – 31/07/2023)');
    expect(text).toContain('Hạn báo cáo: 23/07/2023');
    const { firstRow, lastRow, labelColumn, valueColumn } = layout.chart;
    expect(lastRow - firstRow + 1).toBe(5);
    expect(layout.rows[firstRow]![labelColumn]).toBe('cay-xanh');
    expect(layout.rows[firstRow]![valueColumn]).toBe(0.6);
    expect(layout.formats[firstRow]![valueColumn]).toBe('percent');
    expect(layout.rows[firstRow]![8]).toBe('Chưa đạt');
    expect(text).toContain('III. ĐƠN VỊ CHƯA BÁO CÁO (1)');
    expect(text).toContain('P02 | Đoàn Phường 2 | Phường');
    expect(text).toContain('Các dòng bị loại khỏi số liệu (tab Kết quả): 24, 25, 26, 27, 28');
    expect(layout.rows.every((r, i) => layout.formats[i]!.length === r.length)).toBe(true);
    expect(layout.width).toBe(10);
  });

  it('speaks English on request', () => {
    const layout = reportLayout(buildReport(season(), 'Đợt 2', NOW), 'en');
    expect(layout.rows[0]).toEqual(['TARGET PROGRESS REPORT']);
    expect(layout.rows[layout.chart.firstRow + 2]![8]).toBe('Met');
  });
});

describe('reportTabName', () => {
  it('is "Báo cáo – <period>" unchanged when short', () => {
    expect(reportTabName('Đợt 1')).toBe('Báo cáo – Đợt 1');
    expect(reportTabName('Tuần 2')).toBe('Báo cáo – Tuần 2');
  });

  it('cuts a long Vietnamese period name to 31 characters and makes : \\ / ? * [ ] a "-"', () => {
    const name = reportTabName('Đợt 2: Chiến dịch [Mùa hè xanh] 1/7–31/7? *Quận 11\\Phường');
    expect(name).toBe('Báo cáo – Đợt 2- Chiến dịch -Mù');
    expect(name).toHaveLength(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });

  it('never leaves half of a character outside the Basic Multilingual Plane', () => {
    const period = 'Đợt 1 – Hè xanh 2024🌱'; // 20 characters, then a two-unit emoji across the 31st position
    expect(reportTabName(period)).toBe('Báo cáo – Đợt 1 – Hè xanh 2024');
    expect(reportTabName(period)).toHaveLength(30);
  });
});

describe('progressAt (the sidebar’s status and pace to date)', () => {
  const within = (from: number, to: number) => ({ campaign: { window: { from, to } } }) as unknown as Analysis;
  const june1 = dayFromParts(2024, 6, 1)!;

  it('reads the elapsed share of the campaign window at the end of the day', () => {
    const analysis = within(june1, june1 + 99); // 100 days
    expect(progressAt(analysis, 0.3, june1 + 49)).toEqual({
      status: 'not-met',
      expected: 0.5,
      pace: 0.6,
      paceStatus: 'behind',
      standing: 'behind',
    });
    expect(progressAt(analysis, 0.5, june1 + 49).standing).toBe('on-track');
    expect(progressAt(analysis, 1.2, june1 + 49).standing).toBe('exceeded');
    expect(progressAt(analysis, 1, june1 + 120).standing).toBe('met');
    expect(progressAt(analysis, 0.9, june1 + 120)).toEqual(
      expect.objectContaining({ expected: 1, paceStatus: 'behind', standing: 'not-met' }),
    );
  });

  it('expects nothing before the window starts', () => {
    expect(progressAt(within(june1, june1 + 99), 0, june1 - 3)).toEqual(
      expect.objectContaining({ expected: 0, paceStatus: 'ahead', standing: 'on-track' }),
    );
  });

  it('is the report’s rule: the report’s pace of a period is progressAt at the period’s end', () => {
    const analysis = season();
    const model = buildReport(analysis, 'Đợt 2', NOW);
    const end = analysis.campaign.periods.find((p) => p.name === 'Đợt 2')!.to;
    for (const row of model.targets) {
      const { status, expected, pace, paceStatus } = progressAt(analysis, row.attainment, end);
      expect({ status, expected, pace, paceStatus }).toEqual({
        status: row.status,
        expected: row.expected,
        pace: row.pace,
        paceStatus: row.paceStatus,
      });
    }
  });
});
