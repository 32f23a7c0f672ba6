// Closing a period in the core: kept report and answers, fingerprints, after-cutoff differences, late-change lines.

import {
  analyze,
  answer,
  buildReport,
  CLOSING_HEADER,
  CLOSING_TAB,
  closingRows,
  findPeriod,
  type Cell,
  type WorkbookData,
} from '../../src/core';
import { entry, workbook } from './fixtures';

const CLOSED_AT = new Date('2023-06-24T03:00:00Z');

function season(): WorkbookData {
  return workbook({
    entries: [
      entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố'),
      entry('20/6/2023', 'P02', 'cay-xanh', 60, 'Ra quân trồng cây'),
      entry('16/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà'),
      entry('5/7/2023', 'P01', 'cay-xanh', 100, 'Trồng cây'),
    ],
  });
}

/** Closes a period the way the add-on does: the closing tab's rows appended to the workbook. */
function close(data: WorkbookData, name: string): WorkbookData {
  const analysis = analyze(data);
  const period = findPeriod(analysis, name);
  const rows = closingRows(analysis, period, buildReport(analysis, name, CLOSED_AT), CLOSED_AT);
  const existing = data.sheets.find((s) => s.name === CLOSING_TAB);
  if (existing) existing.rows.push(...rows);
  else data.sheets.push({ name: CLOSING_TAB, rows: [CLOSING_HEADER, ...rows] });
  return data;
}

const entriesOf = (data: WorkbookData) => data.sheets.find((s) => s.name === 'Kết quả')!.rows as Cell[][];
const trees = (r: ReturnType<typeof buildReport>) => r.targets.find((t) => t.key === 'cay-xanh')!;

describe('closing a period', () => {
  it('keeps the report, the answers and a fingerprint of each entry; edits after it are found and counted later', () => {
    const data = close(season(), 'Đợt 1');
    const tab = data.sheets.find((s) => s.name === CLOSING_TAB)!;
    expect(tab.rows.filter((r) => r[1] === 'dòng').map((r) => r.slice(2, 8))).toEqual([
      ['Kết quả', 2, '2023-06-12', 'P01', 'cay-xanh', 40],
      ['Kết quả', 3, '2023-06-20', 'P02', 'cay-xanh', 60],
      ['Kết quả', 4, '2023-06-16', 'KYMDAN', 'qua', 3],
    ]);
    expect(analyze(data).problems.filter((p) => p.code === 'after-cutoff')).toEqual([]);

    // A week later a secretary changes 60 to 90, adds a row dated in Đợt 1 and deletes the gift row.
    entriesOf(data)[2]![3] = 90;
    entriesOf(data).splice(3, 1);
    entriesOf(data).push(entry('25/6/2023', 'P03', 'cay-xanh', 15, 'Bổ sung'));
    const after = analyze(data);

    const phase1 = buildReport(after, 'Đợt 1');
    expect(phase1.closedAt).toBe(CLOSED_AT.toISOString());
    expect(trees(phase1).periodResult).toBe(100);
    expect(trees(phase1).cumulative).toBe(100);
    expect(answer(after, { target: 'cay-xanh', period: 'Đợt 1' })).toMatchObject({ achieved: 100, attainment: 0.2 });
    expect(answer(after, { target: 'qua', period: 'Đợt 1' }).achieved).toBe(3);
    expect(answer(after, { target: 'cay-xanh', period: 'Đợt 1', unit: 'P02' }).achieved).toBe(60);
    // To date and the later period count the change: 40 + 90 + 100 + 15.
    expect(answer(after, { target: 'cay-xanh' }).achieved).toBe(245);
    const phase2 = buildReport(after, 'Đợt 2');
    expect(trees(phase2).cumulative).toBe(245);
    expect(trees(phase2).periodResult).toBe(100);
    expect(phase2.lateChanges).toEqual([
      { key: 'cay-xanh', label: 'Trồng mới cây xanh', unit: 'cây', change: 45, rows: 2, periods: ['Đợt 1'] },
      { key: 'qua', label: expect.any(String), unit: 'phần quà', change: -3, rows: 1, periods: ['Đợt 1'] },
    ]);

    const cutoff = after.problems.filter((p) => p.code === 'after-cutoff');
    expect(cutoff.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, 'Số lượng', 'warning'],
      [0, 'Ngày', 'warning'],
      [5, 'Ngày', 'warning'],
    ]);
    expect(cutoff[0]!.message).toContain('từ "60" thành "90"');
    expect(after.differences.map((d) => [d.kind, d.oldValue, d.newValue])).toEqual([
      ['changed', '60', '90'],
      ['removed', '16/06/2023 · KYMDAN · qua · 3', ''],
      ['added', '', '25/06/2023 · P03 · cay-xanh · 15'],
    ]);
  });

  it('matches rows moved by an insertion above them, so only the new row differs', () => {
    const data = close(season(), 'Đợt 1');
    entriesOf(data).splice(1, 0, entry('13/6/2023', 'P03', 'cay-xanh', 5, 'Chèn thêm'));
    const after = analyze(data);
    expect(after.differences.map((d) => [d.kind, d.row])).toEqual([['added', 2]]);
  });

  it('reopening (the closing rows removed) brings the live figures back', () => {
    const data = close(season(), 'Đợt 1');
    entriesOf(data)[2]![3] = 90;
    expect(trees(buildReport(analyze(data), 'Đợt 1')).periodResult).toBe(100);
    data.sheets = data.sheets.filter((s) => s.name !== CLOSING_TAB);
    const live = analyze(data);
    expect(trees(buildReport(live, 'Đợt 1')).periodResult).toBe(130);
    expect(answer(live, { target: 'cay-xanh', period: 'Đợt 1' }).achieved).toBe(130);
    expect(live.problems.filter((p) => p.code === 'after-cutoff')).toEqual([]);
  });
});
