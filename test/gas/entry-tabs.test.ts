// The add-on reads every Entries tab ("Kết quả – P01"…) as one list and marks problems on their own tab.

import { analyze } from '../../src/core';
import { MARK_PREFIX } from '../../src/gas/marks';
import { ENTRY_HEADER, SEASON_ENTRIES, entry, workbook } from '../core/fixtures';
import { seededEmulation } from '../support/seed';

function splitWorkbook() {
  const wb = workbook({ entries: SEASON_ENTRIES.filter((r) => r[1] !== 'P01') });
  const own = SEASON_ENTRIES.filter((r) => r[1] === 'P01').map((r) => [r[0], '', ...r.slice(2)]);
  own.push(entry('21/6/2023', 'P02', 'cay-xanh', 9, 'Nhầm tab'));
  wb.sheets.push({ name: 'Kết quả – P01', rows: [ENTRY_HEADER, ...own] });
  return wb;
}

describe('Entries on several tabs in the add-on', () => {
  it('validates every tab, marking each problem on its own tab and row', () => {
    const wb = splitWorkbook();
    const emulation = seededEmulation(wb);
    const bundle = emulation.loadBundle();
    const result = bundle.run('validateEntries') as {
      errors: number;
      problems: { tab: string; row: number; code: string }[];
    };
    expect(result.errors).toBe(analyze(wb).errors);
    const wrong = result.problems.find((p) => p.code === 'wrong-unit-tab')!;
    expect(wrong).toMatchObject({ tab: 'Kết quả – P01', row: 9 });
    // Column B of row 9 on P01's own tab carries the mark; the shared tab's row 9 does not get it.
    expect(emulation.spreadsheet.cell('Kết quả – P01', 'B9').note).toContain(MARK_PREFIX);
    expect(emulation.spreadsheet.cell('Kết quả – P01', 'B9').note).toContain('P01');
    expect(emulation.spreadsheet.cell('Kết quả', 'B9').note).toBe('');
  });

  it('counts the unit tab in the report and the custom functions', () => {
    const wb = splitWorkbook();
    const emulation = seededEmulation(wb);
    const bundle = emulation.loadBundle();
    // P01 planted 40 (12/6) and 100 (1/7) on its own tab; P02 60, P03 25, BVQ11 75 on the shared one, up to Đợt 2.
    expect(bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 2', 'P01')).toBe(140);
    expect(bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 2')).toBe(300);
  });
});
