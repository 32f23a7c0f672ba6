// Entries on several tabs (docs/DOMAIN.md "Entries on several tabs"): one list, problems on their own tab and row.

import { analyze, buildReport, entryTabSuffix, type Cell, type WorkbookData } from '../../src/core';
import { ENTRY_HEADER, SEASON_ALLOCATION, SEASON_ENTRIES, entry, problemsOf, season, workbook } from './fixtures';

/** The season's entries split by unit onto "Kết quả – <code>" tabs (unit codes kept), the rest on `Kết quả`. */
function splitSeason(units: string[], blankOwnCode = false): WorkbookData {
  const base = workbook({ entries: [], allocation: SEASON_ALLOCATION });
  const main: Cell[][] = [ENTRY_HEADER];
  const byUnit = new Map(units.map((u) => [u, [ENTRY_HEADER] as Cell[][]]));
  for (const row of SEASON_ENTRIES) {
    const own = byUnit.get(String(row[1]));
    if (own) own.push(blankOwnCode ? [row[0], '', ...row.slice(2)] : [...row]);
    else main.push([...row]);
  }
  base.sheets.find((s) => s.name === 'Kết quả')!.rows = main;
  for (const [code, rows] of byUnit) base.sheets.push({ name: `Kết quả – ${code}`, rows });
  return base;
}

describe('which tabs are Entries tabs', () => {
  it.each([
    ['Kết quả', ''],
    ['Entries', ''],
    ['Kết quả – P01', 'p01'],
    ['Ket qua - cap duoi', 'cap duoi'],
    ['Entries - ward 3', 'ward 3'],
    ['KẾT QUẢ  –  BVQ11', 'bvq11'],
  ])('%s is one (suffix "%s")', (name, suffix) => expect(entryTabSuffix(name)).toBe(suffix));
  it.each(['Kết quả tháng 6', 'Báo cáo – Đợt 1', 'Kết quả–P01', 'Results', 'Tổng hợp kết quả'])('%s is not', (name) =>
    expect(entryTabSuffix(name)).toBeNull(),
  );
});

describe('entries spread over unit tabs', () => {
  const whole = season();
  const period = 'Đợt 2';

  it('gives the same figures, problems and counts as one tab', () => {
    const split = analyze(splitSeason(['P01', 'P03', 'KYMDAN']));
    expect(split.fatal).toBe(false);
    expect(split.entries).toHaveLength(whole.entries.length);
    expect(split.errors).toBe(whole.errors);
    expect(split.warnings).toBe(whole.warnings);
    const a = buildReport(whole, period, new Date(0));
    const b = buildReport(split, period, new Date(0));
    expect(b.targets).toEqual(a.targets);
    expect(b.units).toEqual(a.units);
    expect(b.nonReporting).toEqual(a.nonReporting);
  });

  it('names each problem on its own tab and row, and lists excluded rows per tab', () => {
    const split = analyze(splitSeason(['P01', 'P03', 'KYMDAN']));
    // "5-7" stays on Kết quả (P02); the unknown unit P17 too; the early gift of P01 is on P01's tab.
    const badNumber = problemsOf(split, 'bad-number')[0]!;
    expect(badNumber.tab).toBe('Kết quả');
    const early = problemsOf(split, 'outside-campaign')[0]!;
    expect(early.tab).toBe('Kết quả – P01');
    // P01's rows on its tab: 12/6, 1/7, 14/6, 15/6, 10/7, then the duplicate 12/6 (row 7) and the early 05/6 (row 8).
    expect(early.row).toBe(8);
    expect(split.excluded).toContainEqual({ tab: 'Kết quả – P01', row: 8 });
    expect(split.excluded).toHaveLength(5);
    // excludedRows keeps to the main tab (nine valid rows of P02 and BVQ11 first): 5-7, P17, and BVQ11's 3.
    expect(split.excludedRows).toEqual([11, 12, 13]);
    const report = buildReport(split, period, new Date(0));
    expect(report.excluded).toEqual(split.excluded);
  });

  it('finds duplicates across tabs, naming the tab of the row kept', () => {
    const wb = splitSeason(['P02']);
    // The same P02 planting typed again on the shared tab.
    wb.sheets
      .find((s) => s.name === 'Kết quả')!
      .rows.push(entry('20/6/2023', 'P02', 'cay-xanh', 60, 'Ra quân "Sống xanh" trồng cây'));
    // The main tab comes first in the workbook, so the copy on P02's tab is the later one.
    const a = analyze(wb);
    const dups = problemsOf(a, 'duplicate');
    const across = dups.find((p) => p.tab === 'Kết quả – P02')!;
    expect(across.message).toContain('tab Kết quả');
    expect(across.messageEn).toContain('Kết quả tab');
    expect(across.row).toBe(2);
  });

  it('reads an empty unit code on a unit tab as that unit', () => {
    const blank = analyze(splitSeason(['P01', 'P03'], true));
    expect(problemsOf(blank, 'missing-value')).toHaveLength(0);
    const a = buildReport(whole, period, new Date(0));
    const b = buildReport(blank, period, new Date(0));
    expect(b.targets).toEqual(a.targets);
  });

  it("refuses another unit's code on a unit's tab with wrong-unit-tab", () => {
    const wb = splitSeason(['P01']);
    wb.sheets.find((s) => s.name === 'Kết quả – P01')!.rows.push(entry('21/6/2023', 'p02', 'cay-xanh', 9, 'Nhầm tab'));
    const a = analyze(wb);
    const [p] = problemsOf(a, 'wrong-unit-tab');
    expect(p).toMatchObject({ tab: 'Kết quả – P01', row: 9, column: 'Mã đơn vị', severity: 'error' });
    expect(p!.message).toContain('P01');
    expect(p!.message).toContain('"p02"');
    expect(a.entries.some((e) => e.tab === 'Kết quả – P01' && e.row === 9)).toBe(false);
    // A code on no Units row is still unknown-unit, not wrong-unit-tab.
    wb.sheets.find((s) => s.name === 'Kết quả – P01')!.rows.push(entry('21/6/2023', 'P99', 'cay-xanh', 9, 'x'));
    expect(problemsOf(analyze(wb), 'unknown-unit').map((x) => x.tab)).toContain('Kết quả – P01');
  });

  it('reports a tab named like an Entries tab without the required columns, on that tab', () => {
    const wb = splitSeason(['P01']);
    wb.sheets.push({ name: 'Kết quả - ghi chú', rows: [['Ghi chú'], ['Phường 1 xin gia hạn']] });
    const a = analyze(wb);
    const missing = a.problems.filter((p) => p.tab === 'Kết quả - ghi chú');
    expect(missing.map((p) => [p.code, p.column])).toEqual([
      ['missing-column', 'Ngày'],
      ['missing-column', 'Mã đơn vị'],
      ['missing-column', 'Mã chỉ tiêu'],
      ['missing-column', 'Số lượng'],
    ]);
    expect(missing.every((p) => p.severity === 'error')).toBe(true);
    // The other tabs still count.
    expect(a.fatal).toBe(false);
    expect(a.entries.length).toBeGreaterThan(0);
  });

  it('works with unit tabs only (no shared Kết quả tab)', () => {
    const wb = splitSeason(['P01', 'P02', 'P03', 'BVQ11', 'KYMDAN', 'P17']);
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Kết quả');
    const a = analyze(wb);
    expect(a.fatal).toBe(false);
    // Every row but P17's (a tab named for an unknown code is a shared tab, so its row is unknown-unit).
    expect(a.entries).toHaveLength(whole.entries.length);
    expect(a.excludedRows).toEqual([]);
  });
});
