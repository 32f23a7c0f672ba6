// The Apps Script emulation itself: Google's documented behaviour it models, pinned on small hand-written bundles.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulation } from './index';

/** A tiny bundle: custom functions, entry points and triggers as genuine top-level functions. */
const BUNDLE = String.raw`
function DOUBLE(x) { return x * 2; }
/** Sums column B of a tab below its header: reads data the formula does not name as an argument. */
function TOTAL(name) {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name).getDataRange().getValues();
  return values.slice(1).reduce(function (sum, row) { return sum + row[1]; }, 0);
}
function ARGS() { return Array.prototype.slice.call(arguments).map(function (a) { return JSON.stringify(a); }).join('|'); }
function WRITES() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(1); return 1; }
function FAILS(message) { throw new Error(message); }
function helper_() { return 1; }

function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addSeparator().addItem('Báo cáo', 'report').addToUi();
}
function readTabs() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (s) { return s.getName(); }); }
function useCache() { CacheService.getDocumentCache().put('k', 'v'); return true; }
function showSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Chỉ Tiêu')); }
function refresh() {
  return SpreadsheetApp.getActiveSpreadsheet().createTextFinder('"Data")').matchFormulaText(true).replaceAllWith('"Data" )');
}
function lockedWork() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return 'busy';
  SpreadsheetApp.getActiveSpreadsheet().toast('working');
  return 'done';
}
function waitForLock() { LockService.getDocumentLock().waitLock(1000); return 'done'; }
function realmChecks() {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange('A2:B2').getValues();
  var caught;
  try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data'); } catch (e) { caught = e; }
  return {
    array: values instanceof Array,
    date: values[0][0] instanceof Date,
    day: values[0][0].getDate(),
    error: caught instanceof Error,
    message: caught.message,
  };
}
var edits = [];
function onEdit(e) {
  edits.push(e.range.getA1Notation());
  e.source.toast('edited ' + e.range.getA1Notation() + ' from ' + e.oldValue + ' to ' + e.value);
  if (e.value === 'sidebar') showSidebar();
}
`;

function emulationWithData() {
  const emulation = createEmulation();
  emulation.spreadsheet.addSheet('Data', [
    ['Ngày', 'Số lượng'],
    [new Date(Date.UTC(2024, 5, 11)), 10],
    [new Date(Date.UTC(2024, 5, 12)), 5],
  ]);
  return emulation;
}

describe('strict services', () => {
  it('throws on any member it does not implement', () => {
    const { globals } = createEmulation();
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Record<string, unknown>;
    expect(() => ss.getBandings).toThrow('Spreadsheet.getBandings is not implemented by the emulation');
    const range = globals.SpreadsheetApp.getActiveSheet().getRange('A1') as unknown as Record<string, unknown>;
    expect(() => range.getRichTextValues).toThrow('Range.getRichTextValues is not implemented by the emulation');
    expect(() => (globals.SpreadsheetApp as unknown as Record<string, unknown>).AuthMode).toThrow(
      'SpreadsheetApp.AuthMode is not implemented',
    );
    expect(globals.ScriptApp.AuthMode.NONE).toBe('NONE');
    expect(() => (globals.SpreadsheetApp.ProtectionType as unknown as Record<string, unknown>).CELL).toThrow(
      'SpreadsheetApp.ProtectionType.CELL is not implemented',
    );
  });

  it('counts every call by Class.member', () => {
    const emulation = emulationWithData();
    const sheet = emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 1).setValue('x');
    expect(emulation.calls.byMember).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
    });
    expect(emulation.calls.total).toBe(6);
    emulation.calls.reset();
    expect(emulation.calls.total).toBe(0);
    emulation.spreadsheet.sheetValues('Data');
    expect(emulation.calls.total).toBe(0);
  });

  it('injects a failure at the nth call of a member', () => {
    const emulation = emulationWithData();
    const range = emulation.globals.SpreadsheetApp.getActiveSheet().getRange('A1');
    emulation.failOn('Range.setValue', { nth: 2, message: 'boom' });
    range.setValue(1);
    expect(() => range.setValue(2)).toThrow('boom');
    range.setValue(3);
    expect(range.getValue()).toBe(3);
  });
});

describe('ranges and sheets', () => {
  it("rejects data whose size differs from the range's, with Google's messages", () => {
    const { globals } = createEmulation();
    const range = globals.SpreadsheetApp.getActiveSheet().getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setNotes([['a', 'b']])).toThrow('The number of rows in the data');
  });

  it('stores a string that begins with "=" as a formula (formula injection), and an apostrophe keeps text', () => {
    const emulation = createEmulation();
    const sheet = emulation.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C1').setValues([['=HYPERLINK("http://evil","click")', "'=1+1", '=']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=HYPERLINK("http://evil","click")', '', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '=1+1', '=']]);
  });

  it("reads typed text as Sheets does in vi_VN, unless the cell's format is plain text", () => {
    const emulation = createEmulation();
    const sheet = emulation.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:F1').setValues([['02', '1.000', '0,5', '100%', '11/6/2023', '5.000 lượt']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row!.slice(0, 4)).toEqual([2, 1000, 0.5, 1]);
    expect(row![4]).toEqual(new Date('2023-06-10T17:00:00.000Z')); // midnight in Asia/Ho_Chi_Minh
    expect(row![5]).toBe('5.000 lượt');
    sheet.getRange('G1').setNumberFormat('@').setValue('02');
    expect(sheet.getRange('G1').getValue()).toBe('02');
  });

  it('models the grid: default size, bounds, data range, last row, dates', () => {
    const { globals } = createEmulation();
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('New');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual([1000, 26, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => ss.insertSheet('new')).toThrow(
      'A sheet with the name "new" already exists. Please enter another name.',
    );
    const day = new Date(Date.UTC(2024, 0, 2));
    sheet.getRange('B3').setValue(day);
    sheet.getRange('A5').setNote('only a note');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    const read = sheet.getRange('B3').getValue();
    expect(read).toBeInstanceOf(Date);
    expect(read).toEqual(day);
    expect(read).not.toBe(day);
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getRange(1010, 1).getA1Notation()).toBe('A1010');
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  it('keeps notes, backgrounds, formats and validation per cell', () => {
    const emulation = emulationWithData();
    const { SpreadsheetApp } = emulation.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    sheet
      .getRange('B2:B3')
      .setNotes([['sai'], ['']])
      .setBackgrounds([['#FCE8E6'], [null as unknown as string]]);
    sheet.getRange('A1:B1').setFontWeight('bold');
    const rule = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    expect(emulation.spreadsheet.sheetNotes('Data')).toEqual([
      ['', ''],
      ['', 'sai'],
      ['', ''],
    ]);
    expect(emulation.spreadsheet.sheetBackgrounds('Data')[1]).toEqual(['#ffffff', '#fce8e6']);
    expect(emulation.spreadsheet.cell('Data', 'B3').validation).toEqual({
      criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: [0],
      helpText: null,
      allowInvalid: false,
    });
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B2').getDataValidation()!.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    sheet.getRange('B2:B3').clearNote().clearDataValidations();
    expect(emulation.spreadsheet.cell('Data', 'B2')).toMatchObject({ note: '', validation: null, value: 10 });
  });

  it('finds and replaces text, with regular expressions, case and diacritics options', () => {
    const emulation = createEmulation();
    emulation.spreadsheet.addSheet('T', [['Đợt 1', 'dot 2', 'ĐỢT 3', 42]]);
    const sheet = emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T')!;
    expect(
      sheet
        .createTextFinder('đợt')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1', 'C1']);
    expect(sheet.createTextFinder('dot').ignoreDiacritics(true).findAll()).toHaveLength(3);
    expect(sheet.createTextFinder('Đợt').matchCase(true).findAll()).toHaveLength(1);
    expect(sheet.createTextFinder('42').matchEntireCell(true).findNext()!.getA1Notation()).toBe('D1');
    // Google documents no back-references in replaceAllWith: `$2-$1` is written as it is.
    const replaced = sheet.createTextFinder('^([a-z]+) (\\d)$').useRegularExpression(true).replaceAllWith('$2-$1');
    expect(replaced).toBe(1);
    expect(emulation.spreadsheet.sheetValues('T')[0]).toEqual(['Đợt 1', '$2-$1', 'ĐỢT 3', 42]);
  });

  it('protects, charts and deletes sheets', () => {
    const emulation = emulationWithData();
    const { SpreadsheetApp, Charts } = emulation.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Data')!;
    sheet.protect().setDescription('Báo cáo').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('Báo cáo');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Tỷ lệ')
      .build();
    sheet.insertChart(chart);
    expect(emulation.spreadsheet.charts('Data')).toEqual([
      {
        id: 1,
        type: 'BAR',
        ranges: ['Data!A1:B3'],
        position: { anchorRow: 1, anchorColumn: 4, offsetX: 0, offsetY: 0 },
        options: { title: 'Tỷ lệ' },
      },
    ]);
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Tỷ lệ');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toHaveLength(0);
    ss.deleteSheet(sheet);
    expect(() => sheet.getName()).toThrow('was deleted');
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow('not possible to delete all');
  });
});

describe('custom functions and recalculation', () => {
  it('evaluates a call when its formula text is set, with literal and reference arguments', () => {
    const emulation = emulationWithData();
    emulation.loadBundle({ code: BUNDLE });
    const sheet = emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    sheet.getRange('D1:D2').setFormulas([['=DOUBLE(B2)'], ['=args("a""b"; 1,5 ,TRUE, , B2:B3, Data!B3)']]);
    expect(sheet.getRange('D1').getValue()).toBe(20);
    expect(sheet.getRange('D2').getValue()).toBe('"a\\"b"|1|5|true|""|[[10],[5]]|5');
    expect(sheet.getRange('E1').setFormula('=SUM(B2:B3)').getValue()).toBe('');
    expect(sheet.getRange('E2').setFormula('=helper_()').getValue()).toBe('#NAME?');
  });

  it('recomputes a call when an argument cell changes, and only then', () => {
    const emulation = emulationWithData();
    const bundle = emulation.loadBundle({ code: BUNDLE });
    emulation.spreadsheet.write('Data', 'D1', [['=DOUBLE(B2)']]);
    const outcome = bundle.edit('Data', 'B2', '21');
    expect(outcome.triggered).toBe(true);
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe(42);
  });

  it("goes stale when data it reads changes (Google's rule) and is fresh again once its text changes", () => {
    const emulation = emulationWithData();
    const bundle = emulation.loadBundle({ code: BUNDLE });
    emulation.spreadsheet.write('Data', 'D1', [['=TOTAL("Data")']]);
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe(15);

    bundle.edit('Data', 'B3', 100);
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe(15); // stale, as in Sheets

    const sheet = emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    sheet.getRange('D1').setFormula('=TOTAL("Data")'); // the same text is no change
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe(15);

    expect(bundle.run('refresh')).toBe(1); // a TextFinder replace that changes the formula text
    expect(emulation.spreadsheet.cell('Data', 'D1')).toMatchObject({ formula: '=TOTAL("Data" )', value: 110 });
    expect(emulation.recalculateAll()).toBe(1);
  });

  it('shows #ERROR! for a thrown error and keeps the message', () => {
    const emulation = emulationWithData();
    emulation.loadBundle({ code: BUNDLE });
    emulation.spreadsheet.write('Data', 'D1', [['=FAILS("Không có chỉ tiêu")']]);
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe('#ERROR!');
    expect(emulation.cellError('Data', 'D1')).toBe('Không có chỉ tiêu');
  });

  it('runs custom functions in AuthMode.CUSTOM_FUNCTION: reads work, writes are refused', () => {
    const emulation = emulationWithData();
    emulation.loadBundle({ code: BUNDLE });
    emulation.spreadsheet.write('Data', 'D1:D2', [['=WRITES()'], ['=TOTAL("Data")']]);
    expect(emulation.spreadsheet.cell('Data', 'D1').value).toBe('#ERROR!');
    expect(emulation.cellError('Data', 'D1')).toBe('You do not have permission to call setValue');
    expect(emulation.spreadsheet.cell('Data', 'D2').value).toBe(15);
    expect(emulation.spreadsheet.cell('Sheet1', 'A1').value).toBe('');
  });

  it('waits for a bundle: formulas seeded before loading are computed when it loads', () => {
    const emulation = createEmulation();
    emulation.spreadsheet.addSheet('S', [[4, '=DOUBLE(A1)']]);
    expect(emulation.spreadsheet.cell('S', 'B1').value).toBe('');
    emulation.loadBundle({ code: BUNDLE });
    expect(emulation.spreadsheet.cell('S', 'B1').value).toBe(8);
  });
});

describe('executions, triggers and auth modes', () => {
  it('builds the menu in AuthMode.NONE and refuses data, cache and properties there', () => {
    const emulation = emulationWithData();
    const bundle = emulation.loadBundle({ code: BUNDLE });
    bundle.open('NONE');
    expect(emulation.menus).toEqual([
      {
        title: 'Add-on',
        addon: true,
        items: [
          { caption: 'Mở', functionName: 'showSidebar' },
          { caption: '', functionName: '', separator: true },
          { caption: 'Báo cáo', functionName: 'report' },
        ],
      },
    ]);
    expect(() => bundle.runAs('NONE', 'readTabs')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => bundle.runAs('NONE', 'useCache')).toThrow(
      'You do not have permission to call CacheService.getDocumentCache',
    );
    expect(bundle.runAs('LIMITED', 'useCache')).toBe(true);
    expect(bundle.run('readTabs')).toEqual(['Sheet1', 'Data']);
    expect(() => bundle.run('nope')).toThrow('Script function not found: nope');

    emulation.authMode = 'NONE'; // the test's own calls, outside any execution
    const { SpreadsheetApp, PropertiesService } = emulation.globals;
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call');
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call');
    SpreadsheetApp.getUi().createMenu('Khác').addItem('A', 'a').addToUi();
    expect(emulation.menus.map((m) => m.title)).toEqual(['Add-on', 'Khác']);
  });

  it('fires onEdit as a simple trigger in AuthMode.LIMITED, which may not open a sidebar', () => {
    const emulation = emulationWithData();
    const bundle = emulation.loadBundle({ code: BUNDLE });
    const outcome = bundle.edit('Data', 'B2', '12');
    expect(outcome).toMatchObject({ triggered: true, error: undefined });
    expect(emulation.toasts.map((t) => t.message)).toEqual(['edited B2 from 10 to 12']);
    const refused = bundle.edit('Data', 'C2', 'sidebar');
    expect(String((refused.error as Error).message)).toMatch('You do not have permission to call Ui.showSidebar');
    expect(emulation.sidebars).toHaveLength(0);
  });

  it('shows the sidebar from the project directory in AuthMode.FULL', () => {
    const projectDir = mkdtempSync(join(tmpdir(), 'gas-'));
    writeFileSync(join(projectDir, 'Sidebar.html'), '<p>Xin chào</p>');
    const emulation = createEmulation({ projectDir });
    emulation.loadBundle({ code: BUNDLE }).run('showSidebar');
    expect(emulation.sidebars).toEqual([{ title: 'Chỉ Tiêu', content: '<p>Xin chào</p>', width: null, height: null }]);
  });

  it('refuses the lock to a run while another execution holds it, and frees locks when executions end', () => {
    const emulation = emulationWithData();
    const bundle = emulation.loadBundle({ code: BUNDLE });
    const other = emulation.holdLock('document');
    expect(bundle.run('lockedWork')).toBe('busy');
    expect(() => bundle.run('waitForLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
    other.release();
    expect(bundle.run('lockedWork')).toBe('done');
    expect(bundle.run('lockedWork')).toBe('done'); // the previous run's lock ended with it

    const { LockService } = emulation.globals;
    const result = emulation.asExecution(() => {
      LockService.getDocumentLock().waitLock(10);
      return bundle.run('lockedWork');
    });
    expect(result).toBe('busy');
    expect(bundle.run('lockedWork')).toBe('done');
  });

  it("hands values over in the bundle's own realm and in the script's time zone", () => {
    const emulation = emulationWithData();
    const checks = emulation.loadBundle({ code: BUNDLE }).run('realmChecks');
    expect(checks).toEqual({
      array: true,
      date: true,
      day: 11,
      error: true,
      message: 'A sheet with the name "Data" already exists. Please enter another name.',
    });
  });
});

describe('cache, properties, utilities', () => {
  it("enforces the cache's limits and expiry", () => {
    const emulation = createEmulation();
    const cache = emulation.globals.CacheService.getDocumentCache()!;
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k', 42 as unknown as string)).toThrow("don't match the method signature");
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'k', 'z'])).toEqual({ a: '1', b: '2', k: 'v' });
    emulation.advanceTime(61_000);
    expect(cache.get('k')).toBeNull();
    expect(cache.get('a')).toBe('1');
    emulation.clearCaches();
    expect(cache.get('a')).toBeNull();
  });

  it('stores properties as strings', () => {
    const { PropertiesService } = createEmulation().globals;
    const props = PropertiesService.getDocumentProperties();
    props.setProperty('n', 5 as unknown as string).setProperties({ a: 'x' });
    expect(props.getProperties()).toEqual({ n: '5', a: 'x' });
    expect(props.getProperty('missing')).toBeNull();
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('formats dates in the known fixed-offset zones and refuses others', () => {
    const { Utilities, Session } = createEmulation().globals;
    const instant = new Date(Date.UTC(2024, 5, 30, 20, 5, 9));
    expect(Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('01/07/2024 03:05:09');
    expect(Utilities.formatDate(instant, 'UTC', "yyyy-MM-dd'T'HH:mm")).toBe('2024-06-30T20:05');
    expect(() => Utilities.formatDate(instant, 'Europe/Paris', 'yyyy')).toThrow('not implemented by the emulation');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUser().getEmail()).toBe('test@example.com');
  });
});
