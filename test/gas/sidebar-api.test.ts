// The server functions the sidebar calls (src/gas/sidebar-api.ts), through the built bundle in the emulation.

import { sampleWorkbook } from '../../src/sample/district11';
import { rowsOf, loadSeeded as load } from '../support/seed';

describe('selectCell', () => {
  it('selects the column of a problem on the Targets tab by that tab’s own headers', () => {
    const workbook = sampleWorkbook();
    const targets = rowsOf(workbook, 'Chỉ tiêu');
    // English headers: the Kind column is E, whatever the Entries tab has there.
    targets[0] = ['Key', 'Label', 'Unit', 'Target', 'Kind', 'Group', 'Base'];
    targets[2]![4] = 'không rõ';
    const { emulation, bundle } = load(workbook);
    const data = bundle.run('getSidebarData') as { problems: { tab: string; row: number; column: string }[] };
    const problem = data.problems.find((p) => p.tab === 'Chỉ tiêu')!;
    expect(problem).toEqual(expect.objectContaining({ row: 3, column: 'Loại' }));
    bundle.run('selectCell', problem.tab, problem.row, problem.column);
    expect(emulation.spreadsheet.activeSheetName()).toBe('Chỉ tiêu');
    expect(emulation.spreadsheet.activeRangeA1()).toBe('E3');
  });

  it('selects the column on a Units tab whose header sits under a title', () => {
    const workbook = sampleWorkbook();
    const sheet = workbook.sheets.find((s) => s.name === 'Đơn vị')!;
    sheet.rows = [['DANH SÁCH'], ['Tên đơn vị', 'Mã đơn vị'], ...sheet.rows.slice(1).map((u) => [u[1]!, u[0]!])];
    sheet.rows.push(['Đơn vị không mã', '']);
    const { emulation, bundle } = load(workbook);
    const data = bundle.run('getSidebarData') as { problems: { tab: string; row: number; column: string }[] };
    const problem = data.problems.find((p) => p.tab === 'Đơn vị')!;
    expect(problem.column).toBe('Mã đơn vị');
    bundle.run('selectCell', problem.tab, problem.row, problem.column);
    expect(emulation.spreadsheet.activeRangeA1()).toBe(`B${sheet.rows.length}`);
  });
});
