// Edge cases a review found in the add-on, each driven through the built bundle (build/Code.js) in the emulation.

import { analyze, answer, type Cell, type WorkbookData } from '../../src/core';
import { sampleWorkbook } from '../../src/sample/district11';
import { MARK_PREFIX } from '../../src/gas/marks';
import { seededEmulation, snapshot } from '../support/seed';

const SOURCE_TABS = ['Chỉ tiêu', 'Đơn vị', 'Đợt báo cáo', 'Kết quả', 'Phân bổ', 'Cài đặt'];
const LINK = 'https://drive.google.com/drive/folders/review';

function rowsOf(workbook: WorkbookData, name: string): Cell[][] {
  return workbook.sheets.find((s) => s.name === name)!.rows;
}

function load(workbook: WorkbookData) {
  const emulation = seededEmulation(workbook);
  const bundle = emulation.loadBundle();
  return { emulation, bundle };
}

describe('date-time cells (a Google Forms timestamp)', () => {
  it('keep their calendar day up to 23:00 in Vietnam: 30/06 22:00 counts in the period ending 30/06', () => {
    const workbook = sampleWorkbook();
    const entry = (date: Date): Cell[] => [date, 'P02', 'cay-xanh', 100, 'Trồng cây buổi tối', LINK];
    // The core's own reading of the same entry as a date-only cell on 30/06: what the add-on must agree with.
    const expected = sampleWorkbook();
    rowsOf(expected, 'Kết quả').push(entry(new Date(Date.UTC(2023, 5, 30))));
    const analysis = analyze(expected);
    const before = answer(analyze(workbook), { target: 'cay-xanh', period: 'Đợt 1' }).achieved;
    const want = answer(analysis, { target: 'cay-xanh', period: 'Đợt 1' }).achieved;
    expect(want).toBe(before + 100);

    // In the sheet: 22:00 on 30/06 Vietnam time (seed turns the UTC fields into that local time).
    rowsOf(workbook, 'Kết quả').push(entry(new Date(Date.UTC(2023, 5, 30, 22))));
    const { emulation } = load(workbook);
    emulation.spreadsheet.addSheet('Tổng hợp', [['=ACHIEVED("cay-xanh";"Đợt 1")'], ['=ACHIEVED("cay-xanh";"Đợt 2")']]);
    const [p1, p2] = emulation.spreadsheet.sheetValues('Tổng hợp').map((r) => r[0] as number);
    expect(p1).toBeCloseTo(want, 9);
    expect(p2).toBeCloseTo(answer(analysis, { target: 'cay-xanh', period: 'Đợt 2' }).achieved, 9);
  });
});

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

describe('cached figures', () => {
  it('expire within minutes, so a recalculation sees changes no trigger reported', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [['=ACHIEVED("cay-xanh")']]);
    const before = emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0] as number;
    const rows = emulation.spreadsheet.sheetValues('Kết quả').length;
    const extra = [[new Date(Date.UTC(2023, 6, 2) - 7 * 3600_000), 'P02', 'cay-xanh', 100, 'Trồng cây', LINK]];
    emulation.spreadsheet.write('Kết quả', `A${rows + 1}`, extra);
    emulation.advanceTime(11 * 60_000);
    emulation.recalculateAll();
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBeCloseTo(before + 100, 9);
  });
});

describe('marks left behind', () => {
  it('clears the marks of a bad last row the user empties', () => {
    const workbook = sampleWorkbook();
    const { emulation, bundle } = load(workbook);
    const last = rowsOf(workbook, 'Kết quả').length;
    expect(rowsOf(workbook, 'Kết quả')[last - 1]![3]).toBe('5-7');
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `D${last}`).note.startsWith(MARK_PREFIX)).toBe(true);
    const outcome = bundle.edit('Kết quả', `A${last}:F${last}`, [['', '', '', '', '', '']]);
    expect(outcome.error).toBeUndefined();
    for (const column of 'ABCDEF') {
      expect(emulation.spreadsheet.cell('Kết quả', `${column}${last}`).note).toBe('');
      expect(emulation.spreadsheet.cell('Kết quả', `${column}${last}`).background).toBe('#ffffff');
    }
  });

  it('clears a duplicate mark when the first of the pair is edited', () => {
    const workbook = sampleWorkbook();
    const entries = rowsOf(workbook, 'Kết quả');
    const first = entries.findIndex((r) => r[1] === 'KYMDAN' && r[0] === '22/6/2023') + 1;
    const twin = first + 1;
    expect(entries[twin - 1]).toEqual(entries[first - 1]);
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).note).toMatch(new RegExp(`Trùng với dòng ${first}`));
    bundle.edit('Kết quả', `D${first}`, 4);
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).note).toBe('');
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).background).toBe('#ffffff');
  });

  it('marks a row that an edit of an earlier row turned into a duplicate', () => {
    const workbook = sampleWorkbook();
    const entries = rowsOf(workbook, 'Kết quả');
    entries.push(['22/6/2023', 'P04', 'qua', 2, 'Tặng quà tổ dân phố', LINK]);
    entries.push(['22/6/2023', 'P04', 'qua', 3, 'Tặng quà tổ dân phố', LINK]);
    const earlier = entries.length - 1;
    const later = entries.length;
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `A${later}`).note).toBe('');
    bundle.edit('Kết quả', `D${earlier}`, 3);
    expect(emulation.spreadsheet.cell('Kết quả', `A${later}`).note).toMatch(new RegExp(`Trùng với dòng ${earlier}`));
    expect(emulation.spreadsheet.cell('Kết quả', `A${earlier}`).note).toBe('');
  });

  it('resets the colours it clears, so alternating colours show through', () => {
    const workbook = sampleWorkbook();
    const row = rowsOf(workbook, 'Kết quả').findIndex((r) => r[3] === 'mười') + 1;
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).background).toBe('#f4cccc');
    // The unmarked cells of the marked row were default white: they stay without a colour of their own.
    expect(emulation.spreadsheet.cell('Kết quả', `C${row}`).explicitBackground).toBeNull();
    bundle.edit('Kết quả', `D${row}`, 10);
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).explicitBackground).toBeNull();
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).background).toBe('#ffffff');
  });
});

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

describe('custom function arguments', () => {
  it('say what the first argument should be when it is a range, a date or a boolean', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [
      ['=ATTAINMENT(B1:B2)', 'cay-xanh', new Date(Date.UTC(2023, 5, 1))],
      ['=ACHIEVED(TRUE)', 'qua'],
      ['=TARGET(C1)'],
      ['=ATTAINMENT("")'],
      ['=ATTAINMENT(B1)'],
    ]);
    const expected = /Đối số đầu tiên phải là mã chỉ tiêu \(văn bản\)/;
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(/=ATTAINMENT\("cay-xanh"\)/);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(/=ACHIEVED\("cay-xanh"\)/);
    expect(emulation.cellError('Tổng hợp', 'A3')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A4')).toMatch(/Thiếu mã chỉ tiêu/);
    expect(emulation.cellError('Tổng hợp', 'A5')).toBeUndefined();
  });

  it('say what the period and the unit should be', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [
      ['=ATTAINMENT("cay-xanh";B1:B2)', 'Đợt 1', 'Đợt 2'],
      ['=ATTAINMENT("cay-xanh";"Đợt 1";TRUE)'],
      ['=TARGET("cay-xanh";TRUE)'],
    ]);
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(/Đối số thứ hai phải là tên đợt báo cáo/);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(/Đối số thứ ba phải là mã đơn vị/);
    expect(emulation.cellError('Tổng hợp', 'A3')).toMatch(/Đối số thứ hai phải là mã đơn vị/);
  });
});

describe('report number formats', () => {
  it('show whole numbers with "#,##0" (not "#,##0.##", which Sheets shows as "1.000,")', () => {
    const workbook = sampleWorkbook();
    const { emulation, bundle } = load(workbook);
    const { tab } = bundle.run('generateReport', 'Đợt 1') as { tab: string };
    const target = analyze(workbook).campaign.targets.find((t) => t.key === 'cay-xanh')!;
    const values = emulation.spreadsheet.sheetValues(tab);
    const r = values.findIndex((row) => row.includes(target.label));
    const c = values[r]!.indexOf(target.target);
    expect(c).toBeGreaterThanOrEqual(0);
    const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
    expect(emulation.spreadsheet.cell(tab, a1).numberFormat).toBe('#,##0');
  });
});

describe('addTargets on a Targets tab under a title', () => {
  it('writes each value into its column of the header under the title and sees the keys already there', () => {
    const workbook = sampleWorkbook();
    const targets = workbook.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    targets.rows = [['HỆ THỐNG CHỈ TIÊU'], ...targets.rows];
    const { emulation, bundle } = load(workbook);
    const existing = String(targets.rows[2]![0]);
    const rows = [
      // The same target as the row there (its label): skipped. A different one would get "-2" (plan-import.test.ts).
      { key: existing, label: String(targets.rows[2]![1]), unit: 'cây', target: 1, kind: 'count' },
      { key: 'ke-hoach-moi', label: 'Chỉ tiêu mới', unit: 'lượt', target: 300, kind: 'count', group: 'Nhóm A' },
    ];
    const result = bundle.run('addTargets', rows) as { added: number; skipped: string[] };
    expect(result).toEqual({ added: 1, skipped: [existing], renamed: [] });
    const values = emulation.spreadsheet.sheetValues('Chỉ tiêu');
    expect(values[values.length - 1]!.slice(0, 6)).toEqual([
      'ke-hoach-moi',
      'Chỉ tiêu mới',
      'lượt',
      300,
      'số lượng',
      'Nhóm A',
    ]);
  });
});
