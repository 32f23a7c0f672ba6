// The emulation's failure features: cut executions, protections for non-editors, #REF! for a deleted tab, plain-text
// replacements, shuffled custom functions, Range.copyTo, cells read and the cache's 100 KB in bytes.

import { readCached, splitByBytes, utf8Bytes, writeCached } from '../../../src/gas/data-version';
import { createEmulation } from './index';

function withData() {
  const emulation = createEmulation();
  emulation.spreadsheet.addSheet('Data', [
    ['a', 1],
    ['b', 2],
  ]);
  const ss = emulation.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { emulation, ss, sheet: ss.getSheetByName('Data')! };
}

describe('an execution cut at its n-th call', () => {
  it('throws at that call and at every later one of the same execution only', () => {
    const { emulation, ss } = withData();
    const cut = emulation.cutNextExecution(4, 'Service invoked too many times');
    const seen: string[] = [];
    emulation.asExecution(() => {
      for (let i = 0; i < 5; i++) {
        try {
          ss.getSheetByName('Data')!.getRange('A1').getValue();
          seen.push('ok');
        } catch (error) {
          seen.push((error as Error).message);
        }
      }
    });
    // Calls 1–3 work (getSheetByName, getRange, getValue), the 4th and all later ones throw.
    expect(seen[0]).toBe('ok');
    expect(seen.slice(1)).toEqual(new Array(4).fill('Service invoked too many times'));
    expect(cut.fired).toBe(true);
    expect(emulation.asExecution(() => ss.getSheetByName('Data')!.getRange('B2').getValue())).toBe(2);
  });

  it('does not fire when the execution makes fewer calls', () => {
    const { emulation, ss } = withData();
    const cut = emulation.cutNextExecution(50);
    emulation.asExecution(() => ss.getSheetByName('Data')!.getRange('A1').getValue());
    expect(cut.fired).toBe(false);
    expect(cut.callsMade).toBe(3);
  });
});

describe('protections', () => {
  it('refuse writes by a user who is not an editor; warning-only ones and the owner pass', () => {
    const { emulation, ss, sheet } = withData();
    sheet.getRange('A1:B1').protect().setDescription('khóa');
    emulation.actAs('secretary@example.com');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(/protected cell/);
    expect(() => sheet.createTextFinder('a').replaceAllWith('z')).toThrow(/protected cell/);
    expect(sheet.getRange('A2').setValue('ok').getValue()).toBe('ok');
    expect(sheet.getRange('A1').getValue()).toBe('a');
    const other = ss.insertSheet('Warn');
    emulation.actAs('test@example.com');
    other.protect().setWarningOnly(true);
    emulation.actAs('secretary@example.com');
    expect(other.getRange('A1').setValue(5).getValue()).toBe(5);
    emulation.actAs('test@example.com');
    expect(sheet.getRange('A1').setValue('owner').getValue()).toBe('owner');
  });
});

describe('references to tabs', () => {
  it('follow a renamed tab and become #REF! for good when the tab is deleted', () => {
    const { emulation, ss, sheet } = withData();
    emulation.loadBundle({ code: 'function noop() {}' });
    emulation.spreadsheet.addSheet('Links', [["='Data'!B2"], ['=Data!B1']]);
    expect(emulation.spreadsheet.sheetValues('Links')).toEqual([[2], [1]]);
    sheet.setName('Số liệu');
    expect(emulation.spreadsheet.sheetFormulas('Links')).toEqual([["='Số liệu'!B2"], ["='Số liệu'!B1"]]);
    expect(emulation.spreadsheet.sheetValues('Links')).toEqual([[2], [1]]);
    ss.deleteSheet(sheet);
    ss.insertSheet('Số liệu');
    expect(emulation.spreadsheet.sheetFormulas('Links')).toEqual([['=#REF!'], ['=#REF!']]);
    expect(emulation.spreadsheet.sheetValues('Links')).toEqual([['#REF!'], ['#REF!']]);
  });

  it('an unknown function shows #NAME?', () => {
    const { emulation } = withData();
    emulation.loadBundle({ code: 'function KNOWN() { return 1; }' });
    emulation.spreadsheet.addSheet('F', [['=KNOWN()'], ['=UNKNOWN_FN(1)']]);
    expect(emulation.spreadsheet.sheetValues('F')).toEqual([[1], ['#NAME?']]);
  });
});

describe('TextFinder replacements and Range.copyTo', () => {
  it('keeps $1 in a replacement as plain text', () => {
    const { sheet } = withData();
    sheet.createTextFinder('(a)').useRegularExpression(true).replaceAllWith('X$1');
    expect(sheet.getRange('A1').getValue()).toBe('X$1');
  });

  it('copies values and formats in one call, emptying what the source leaves empty', () => {
    const { emulation, ss, sheet } = withData();
    const target = ss.insertSheet('T');
    target.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.getRange('A1').setBackground('#d9ead3');
    const from = sheet.getRange(1, 1, 3, 3);
    const to = target.getRange('A1');
    emulation.calls.reset();
    from.copyTo(to);
    expect(emulation.calls.total).toBe(1);
    expect(emulation.spreadsheet.sheetValues('T')).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(emulation.spreadsheet.cell('T', 'A1').background).toBe('#d9ead3');
  });
});

describe('custom functions in no promised order, with cache misses', () => {
  it('evaluates pending cells in a seeded random order, each as its own execution', () => {
    const emulation = createEmulation();
    // Each call counts itself in the script cache: the values show the order the cells were evaluated in.
    emulation.loadBundle({
      code: "function SEQ(n) { var c = CacheService.getScriptCache(); var k = Number(c.get('k') || 0) + 1; c.put('k', String(k)); return k; }",
    });
    emulation.customFunctions({ order: 'shuffled', seed: 3 });
    emulation.spreadsheet.addSheet(
      'C',
      Array.from({ length: 8 }, (_, i) => [`=SEQ(${i + 1})`]),
    );
    const order = emulation.spreadsheet.sheetValues('C').map((r) => r[0] as number);
    expect([...order].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(order).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('cells read', () => {
  it('counts every cell a read hands to the script', () => {
    const { emulation, sheet } = withData();
    emulation.calls.reset();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1:B2').getNotes();
    sheet.getRange('A1').getValue();
    expect(emulation.calls.cellsRead).toBe(9);
  });
});

describe('the document cache (100 KB a value, in bytes)', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.CacheService;
  });

  it('measures UTF-8 bytes and cuts text on character boundaries', () => {
    expect(utf8Bytes('a')).toBe(1);
    expect(utf8Bytes('đ')).toBe(2);
    expect(utf8Bytes('ệ')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    const text = 'Trồng mới cây xanh 😀 '.repeat(500);
    const parts = splitByBytes(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(utf8Bytes(part)).toBeLessThanOrEqual(1000);
  });

  it('stores a value of Vietnamese text over 100 KB in bytes (under 100 000 characters) and reads it back', () => {
    const emulation = createEmulation();
    g.CacheService = emulation.globals.CacheService;
    const value = { labels: Array.from({ length: 2400 }, (_, i) => `Chỉ tiêu tình nguyện hè số ${i} — đạt`) };
    const text = JSON.stringify(value);
    expect(text.length).toBeLessThan(100_000);
    expect(utf8Bytes(text)).toBeGreaterThan(100 * 1024);
    writeCached('chitieu:v1:campaign', value);
    expect(readCached('chitieu:v1:campaign')).toEqual(value);
    emulation.clearCaches();
    expect(readCached('chitieu:v1:campaign')).toBeNull();
  });
});
