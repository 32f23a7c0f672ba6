// setUpTemplate (src/gas/template-setup.ts) on tabs people made, through the built bundle in the emulation.

import { sampleWorkbook } from '../../src/sample/district11';
import { snapshot, EVIDENCE_LINK as LINK, rowsOf, loadSeeded as load } from '../support/seed';

const SOURCE_TABS = ['Chỉ tiêu', 'Đơn vị', 'Đợt báo cáo', 'Kết quả', 'Phân bổ', 'Cài đặt'];

describe('setUpTemplate on tabs laid out by hand', () => {
  it('adds missing columns to the header row under a title, not to the title row', () => {
    const workbook = sampleWorkbook();
    const units = rowsOf(workbook, 'Đơn vị');
    const sheet = workbook.sheets.find((s) => s.name === 'Đơn vị')!;
    // A title row, then a header with only two of the four columns.
    sheet.rows = [['DANH SÁCH CƠ SỞ ĐOÀN'], ['Mã đơn vị', 'Tên đơn vị'], ...units.slice(1).map((u) => [u[0]!, u[1]!])];
    const entries = workbook.sheets.find((s) => s.name === 'Kết quả')!;
    entries.rows = [['SỔ THEO DÕI KẾT QUẢ'], ...entries.rows];
    const { emulation, bundle } = load(workbook);
    const errorsBefore = (bundle.run('validateEntries') as { errors: number }).errors;

    const result = bundle.run('setUpTemplate') as { addedHeaders: string[] };
    expect(result.addedHeaders).toEqual(['Đơn vị!Cụm', 'Đơn vị!Email']);
    const values = emulation.spreadsheet.sheetValues('Đơn vị');
    expect(values[0]).toEqual(['DANH SÁCH CƠ SỞ ĐOÀN', '', '', '']);
    expect(values[1]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Email']);
    expect(emulation.spreadsheet.cell('Đơn vị', 'C2').fontWeight).toBe('bold');
    expect(emulation.spreadsheet.frozenRows('Đơn vị')).toBe(2);

    // Entries under a title: rules start under its header (row 2), drawing codes from under the Units header.
    expect(emulation.spreadsheet.frozenRows('Kết quả')).toBe(2);
    expect(emulation.spreadsheet.cell('Kết quả', 'A2').validation).toBeNull();
    expect(emulation.spreadsheet.cell('Kết quả', 'B2').validation).toBeNull();
    expect(emulation.spreadsheet.cell('Kết quả', 'A3').validation?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(emulation.spreadsheet.cell('Kết quả', 'B3').validation?.values[0]).toMatch(/^Đơn vị!A3:A\d+$/);
    expect(emulation.spreadsheet.cell('Kết quả', 'C3').validation?.values[0]).toMatch(/^Chỉ tiêu!A2:A\d+$/);

    expect((bundle.run('validateEntries') as { errors: number }).errors).toBe(errorsBefore);
    const second = bundle.run('setUpTemplate') as { changes: number };
    expect(second.changes).toBe(0);
  });

  it('leaves a Settings tab of bare key–value pairs alone', () => {
    const workbook = sampleWorkbook();
    const settings = workbook.sheets.find((s) => s.name === 'Cài đặt')!;
    settings.rows = settings.rows.slice(1); // no Khóa / Giá trị header: the core reads column A and B
    const { emulation, bundle } = load(workbook);
    const before = snapshot(emulation, SOURCE_TABS);
    const result = bundle.run('setUpTemplate') as { addedHeaders: string[] };
    expect(result.addedHeaders).toEqual([]);
    expect(snapshot(emulation, SOURCE_TABS)).toEqual(before);
    expect(emulation.spreadsheet.frozenRows('Cài đặt')).toBe(0);
  });

  it('refreshes the add-on formulas when it changed something', () => {
    const workbook = sampleWorkbook();
    workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Phân bổ');
    const { emulation, bundle } = load(workbook);
    emulation.spreadsheet.addSheet('Tổng hợp', [['=ACHIEVED("cay-xanh")']]);
    const before = emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0] as number;
    const rows = emulation.spreadsheet.sheetValues('Kết quả').length;
    const extra = [[new Date(Date.UTC(2023, 6, 2) - 7 * 3600_000), 'P02', 'cay-xanh', 100, 'Trồng cây', LINK]];
    emulation.spreadsheet.write('Kết quả', `A${rows + 1}`, extra);
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBe(before);
    const result = bundle.run('setUpTemplate') as { createdTabs: string[] };
    expect(result.createdTabs).toEqual(['Phân bổ']);
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBeCloseTo(before + 100, 9);
  });
});
