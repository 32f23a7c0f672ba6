// The built add-on (build/Code.js) driven through its entry points in the in-memory Apps Script emulation.

import { analyze, answer, reportTabName, type WorkbookData } from '../../src/core';
import { sampleWorkbook } from '../../src/sample/district11';
import { MARK_PREFIX } from '../../src/gas/marks';
import { seededEmulation, snapshot } from '../support/seed';
import { syntheticWorkbook } from '../support/synthetic';
import { ENTRY_HEADER } from '../core/fixtures';

const SOURCE_TABS = ['Chỉ tiêu', 'Đơn vị', 'Đợt báo cáo', 'Kết quả', 'Phân bổ', 'Cài đặt'];

function sample() {
  const workbook = sampleWorkbook();
  const emulation = seededEmulation(workbook);
  const bundle = emulation.loadBundle();
  return { workbook, emulation, bundle };
}

function entryRowOf(workbook: WorkbookData, predicate: (row: unknown[]) => boolean): number {
  const rows = workbook.sheets.find((s) => s.name === 'Kết quả')!.rows;
  return rows.findIndex((r) => predicate(r as unknown[])) + 1;
}

describe('menu', () => {
  it('builds the add-on menu in AuthMode.NONE without touching data', () => {
    const { emulation, bundle } = sample();
    emulation.calls.reset();
    bundle.open('NONE');
    const items = emulation.menus.flatMap((m) => m.items.map((i) => i.functionName));
    expect(items).toEqual(expect.arrayContaining(['showSidebar', 'setUpTemplate', 'validateEntries']));
    expect(Object.keys(emulation.calls.byMember).filter((m) => /^(Spreadsheet|Sheet|Range)\./.test(m))).toEqual([]);
    bundle.install();
    expect(emulation.menus.flatMap((m) => m.items.map((i) => i.functionName))).toContain('setUpTemplate');
  });
});

describe('setUpTemplate', () => {
  it('creates the template in an empty spreadsheet and changes nothing the second time', () => {
    const { createEmulation } = require('../support/gas') as typeof import('../support/gas');
    const emulation = createEmulation();
    const bundle = emulation.loadBundle();
    const first = bundle.run('setUpTemplate') as { createdTabs: string[]; changes: number };
    expect(first.createdTabs).toEqual(SOURCE_TABS);
    expect(emulation.spreadsheet.sheetValues('Kết quả')[0]).toEqual([
      ...ENTRY_HEADER,
      // The add-on's own stamp column, at the right of the user's columns (docs/DOMAIN.md, "Deadlines").
      'Ghi nhận lúc',
    ]);
    expect(emulation.spreadsheet.frozenRows('Kết quả')).toBe(1);
    expect(emulation.spreadsheet.cell('Kết quả', 'B2').validation?.criteria).toBe('VALUE_IN_RANGE');
    expect(emulation.spreadsheet.cell('Kết quả', 'A2').validation?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(emulation.spreadsheet.cell('Kết quả', 'A2').numberFormat).toBe('dd/mm/yyyy');
    expect(emulation.spreadsheet.protections('Chỉ tiêu')).toEqual([
      expect.objectContaining({ type: 'SHEET', warningOnly: true }),
    ]);
    const before = snapshot(emulation, emulation.spreadsheet.sheetNames());
    const second = bundle.run('setUpTemplate') as { changes: number };
    expect(second.changes).toBe(0);
    expect(snapshot(emulation, emulation.spreadsheet.sheetNames())).toEqual(before);
    expect(emulation.spreadsheet.protections('Chỉ tiêu')).toHaveLength(1);
  });

  it('never changes existing data and only appends missing columns', () => {
    const { emulation, bundle } = sample();
    const before = snapshot(emulation, SOURCE_TABS);
    bundle.run('setUpTemplate');
    expect(snapshot(emulation, SOURCE_TABS)).toEqual(before);
  });

  it('adds the Settings keys a tab lacks, with empty values, under its rows and only once', () => {
    const { createEmulation } = require('../support/gas') as typeof import('../support/gas');
    const emulation = createEmulation();
    emulation.spreadsheet.addSheet('Cài đặt', [
      ['Khóa', 'Giá trị'],
      ['Tên chiến dịch', 'Kỳ nghỉ hồng 2024'],
      ['Place', 'Quận 11'],
    ]);
    const bundle = emulation.loadBundle();
    bundle.run('setUpTemplate');
    const rows = emulation.spreadsheet.sheetValues('Cài đặt');
    expect(rows.slice(0, 3)).toEqual([
      ['Khóa', 'Giá trị'],
      ['Tên chiến dịch', 'Kỳ nghỉ hồng 2024'],
      ['Place', 'Quận 11'],
    ]);
    // "Place" is the English name of Địa danh: not added twice.
    expect(rows.slice(3).map((r) => r[0])).toEqual([
      'Từ ngày',
      'Đến ngày',
      'Cơ quan cấp trên',
      'Cơ quan ban hành',
      'Số ký hiệu',
      'Người ký',
      'Chức vụ',
      'Thay mặt',
      'Nơi nhận',
      'Mã ở cấp trên',
      'Hạn báo cáo hằng tuần',
    ]);
    expect(rows.slice(3).every((r) => r[1] === '' || r[1] === undefined || r[1] === null)).toBe(true);
    const second = bundle.run('setUpTemplate') as { changes: number };
    expect(second.changes).toBe(0);
  });
});

describe('validateEntries and onEdit marks', () => {
  it('marks each problem on its cell, keeps values, and clears marks from rows that are now right', () => {
    const { workbook, emulation, bundle } = sample();
    const before = snapshot(emulation, SOURCE_TABS);
    const result = bundle.run('validateEntries') as { errors: number; problems: { row: number; code: string }[] };
    expect(result.errors).toBe(10);
    const negativeRow = entryRowOf(workbook, (r) => r[3] === -5);
    expect(result.problems).toContainEqual(expect.objectContaining({ row: negativeRow, code: 'negative' }));
    const cell = emulation.spreadsheet.cell('Kết quả', `D${negativeRow}`);
    expect(cell.note.startsWith(MARK_PREFIX)).toBe(true);
    expect(cell.note).toMatch(/số âm/);
    expect(cell.background).toBe('#f4cccc');
    expect(snapshot(emulation, SOURCE_TABS)).toEqual(before);

    // The secretary fixes the quantity: onEdit re-checks that row and removes the mark.
    const outcome = bundle.edit('Kết quả', `D${negativeRow}`, 5);
    expect(outcome.error).toBeUndefined();
    expect(emulation.spreadsheet.cell('Kết quả', `D${negativeRow}`).note).toBe('');
    expect(emulation.spreadsheet.cell('Kết quả', `D${negativeRow}`).background).toBe('#ffffff');
    const again = bundle.run('validateEntries') as { errors: number };
    expect(again.errors).toBe(9);
  });

  it('keeps a note the user wrote on a cell it marks and gives it back when the problem is fixed', () => {
    const { workbook, emulation, bundle } = sample();
    const row = entryRowOf(workbook, (r) => r[3] === 'mười');
    emulation.spreadsheet.addSheet('tmp', [['x']]);
    const { globals } = emulation;
    emulation.asExecution(() =>
      globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Kết quả')!
        .getRange(`D${row}`)
        .setNote('Chờ xác minh'),
    );
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).note).toMatch(
      new RegExp(`^${MARK_PREFIX}[\\s\\S]*Chờ xác minh$`),
    );
    bundle.edit('Kết quả', `D${row}`, 10);
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).note).toBe('Chờ xác minh');
  });

  it('checks an edited row with a bounded number of service calls', () => {
    const { emulation, bundle } = sample();
    const outcome = bundle.edit('Kết quả', 'D2', 'abc');
    expect(outcome.error).toBeUndefined();
    expect(emulation.spreadsheet.cell('Kết quả', 'D2').note).toMatch(/không phải là số/);
    // The formula refresh is 9 TextFinder replaces (4 calls each): see test/gas/fail-safe.test.ts for the cells read.
    expect(outcome.calls).toBeLessThan(160);
  });
});

describe('custom functions', () => {
  function withFormulas() {
    const env = sample();
    env.emulation.spreadsheet.addSheet('Tổng hợp', [
      ['=ATTAINMENT("cay-xanh")'],
      ['=ACHIEVED("cay-xanh";"Đợt 1")'],
      ['=TARGET("cay-xanh";"P01")'],
      ['=ATTAINMENT("Trồng mới cây xanh";"Đợt 2";"P01")'],
      ['=ATTAINMENT("tt-thanh-toan-dt")'],
      ['=ATTAINMENT("khong-co")'],
      ['=ACHIEVED("cay-xanh";"Đợt 9")'],
    ]);
    env.emulation.recalculateAll();
    return env;
  }

  it('give the core figures for targets, periods and units, and clear errors for unknown names', () => {
    const { workbook, emulation } = withFormulas();
    const analysis = analyze(workbook);
    const values = emulation.spreadsheet.sheetValues('Tổng hợp').map((r) => r[0]);
    expect(values[0]).toBeCloseTo(answer(analysis, { target: 'cay-xanh' }).attainment, 9);
    expect(values[1]).toBeCloseTo(answer(analysis, { target: 'cay-xanh', period: 'Đợt 1' }).achieved, 9);
    expect(values[2]).toBe(25);
    expect(values[3]).toBeCloseTo(answer(analysis, { target: 'cay-xanh', period: 'Đợt 2', unit: 'P01' }).attainment, 9);
    expect(values[4]).toBeCloseTo(answer(analysis, { target: 'tt-thanh-toan-dt' }).attainment, 9);
    expect(values[5]).toBe('#ERROR!');
    expect(emulation.cellError('Tổng hợp', 'A6')).toMatch(/Không có chỉ tiêu "khong-co"/);
    expect(emulation.cellError('Tổng hợp', 'A7')).toMatch(/Không có đợt báo cáo "Đợt 9"/);
  });

  it('read the source once per execution and share a cache across cells', () => {
    const { emulation } = withFormulas();
    emulation.calls.reset();
    emulation.clearCaches();
    emulation.recalculateAll();
    // Seven cells, two tables (the campaign's and P01's): two executions read the six tabs, the rest hit the cache.
    expect(emulation.calls.byMember['Range.getValues']).toBeLessThanOrEqual(12);
  });

  it('are stale after a change Sheets does not tell them about, and fresh after an edit the add-on sees', () => {
    const { workbook, emulation, bundle } = withFormulas();
    const rows = workbook.sheets.find((s) => s.name === 'Kết quả')!.rows.length;
    const before = emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0] as number;
    const extra = [
      [new Date(Date.UTC(2023, 6, 2) - 7 * 3600_000), 'P02', 'cay-xanh', 100, 'Trồng cây ven kênh', 'https://x/1'],
    ];
    // Written behind the add-on's back (no trigger): Google's rule leaves the custom function as it was.
    emulation.spreadsheet.write('Kết quả', `A${rows + 1}`, extra);
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBe(before);
    // A secretary's edit fires onEdit, which refreshes the add-on's formulas.
    const outcome = bundle.edit('Kết quả', `D${rows + 1}`, 200);
    expect(outcome.error).toBeUndefined();
    const after = emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0] as number;
    expect(after).toBeCloseTo(before + 200 / 500, 9);
    // The refresh swaps the name with its alias (the same function): the text changed, so Sheets computed it again.
    expect(emulation.spreadsheet.sheetFormulas('Tổng hợp')[0]![0]).toBe('=CHITIEU_ATTAINMENT("cay-xanh")');
  });
});

describe('generateReport', () => {
  const REPORT = 'Báo cáo – Đợt 1';

  it('writes one complete report tab per period, still one after regenerating, and leaves source tabs unchanged', () => {
    const { workbook, emulation, bundle } = sample();
    const before = snapshot(emulation, SOURCE_TABS);
    const result = bundle.run('generateReport', 'Đợt 1') as { tab: string };
    expect(result.tab).toBe(REPORT);
    const analysis = analyze(workbook);
    const flat = emulation.spreadsheet.sheetValues(REPORT).flat();
    for (const t of analysis.campaign.targets) {
      expect(flat).toContain(t.label);
      expect(flat).toContain(answer(analysis, { target: t.key, period: 'Đợt 1' }).achieved);
    }
    expect(emulation.spreadsheet.charts(REPORT)).toHaveLength(1);
    expect(emulation.toasts.map((t) => t.message).join(' ')).toMatch(/Đã tạo tab/);
    bundle.run('generateReport', 'dot 1');
    expect(emulation.spreadsheet.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([REPORT]);
    bundle.run('generateReport', 'Đợt 2');
    expect(emulation.spreadsheet.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([
      REPORT,
      'Báo cáo – Đợt 2',
    ]);
    expect(snapshot(emulation, SOURCE_TABS)).toEqual(before);
  });

  it('names the tab by the core\'s one rule: a long period name with "/" and ":" is cut to 31 characters', () => {
    const workbook = sampleWorkbook();
    const long = 'Đợt 1: Ra quân 11/6 – Chiến dịch tình nguyện hè';
    workbook.sheets.find((sh) => sh.name === 'Đợt báo cáo')!.rows[1]![0] = long;
    const emulation = seededEmulation(workbook);
    const result = emulation.loadBundle().run('generateReport', long) as { tab: string };
    expect(result.tab).toBe('Báo cáo – Đợt 1- Ra quân 11-6 –');
    expect(result.tab).toBe(reportTabName(long));
    expect(emulation.spreadsheet.sheetNames()).toContain(result.tab);
  });

  it('refuses while another execution holds the lock, leaving the existing tab as it was', () => {
    const { emulation, bundle } = sample();
    bundle.run('generateReport', 'Đợt 1');
    const report = emulation.spreadsheet.sheetValues(REPORT);
    const held = emulation.holdLock('document');
    expect(() => bundle.run('generateReport', 'Đợt 1')).toThrow(/Một báo cáo khác đang được tạo/);
    held.release();
    expect(emulation.spreadsheet.sheetValues(REPORT)).toEqual(report);
  });

  it('keeps the previous tab when a run fails half-way', () => {
    const { emulation, bundle } = sample();
    bundle.run('generateReport', 'Đợt 1');
    const report = emulation.spreadsheet.sheetValues(REPORT);
    emulation.failOn('Range.copyTo', { message: 'Service Spreadsheets failed while accessing document' });
    expect(() => bundle.run('generateReport', 'Đợt 1')).toThrow(/Service Spreadsheets failed/);
    expect(emulation.spreadsheet.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([REPORT]);
    expect(emulation.spreadsheet.sheetValues(REPORT)).toEqual(report);
  });

  it('makes the same number of service calls for 1 000 and 10 000 entries', () => {
    const calls = [1_000, 10_000].map((entries) => {
      const emulation = seededEmulation(syntheticWorkbook({ entries }));
      const bundle = emulation.loadBundle();
      emulation.calls.reset();
      bundle.run('generateReport', 'Đợt 2');
      return emulation.calls.total;
    });
    expect(calls[1]! / calls[0]!).toBeLessThan(1.5);
  });

  it('explains an unknown period in Vietnamese', () => {
    const { bundle } = sample();
    expect(() => bundle.run('generateReport', 'Đợt 7')).toThrow(/Không có đợt báo cáo "Đợt 7"/);
  });
});
