// Executions cut at every service call (quota, time limit, server error) keep the add-on's promises: formulas call real
// functions, figures are right or the ones shown before, the next completed run heals, no half report, nothing lost.

import type { Emulation, LoadedBundle } from '../support/gas';
import { seededEmulation } from '../support/seed';
import { syntheticWorkbook } from '../support/synthetic';

const ENTRIES = 'Kết quả';
const BOARD = 'Bảng tổng hợp';
const REPORT = 'Báo cáo – Đợt 1';
/** A formula of the add-on under any of the names the refresh gives it (all three are real custom functions). */
const OUR_FORMULA = /^=(CHITIEU_TAM_|CHITIEU_)?(ATTAINMENT|ACHIEVED|TARGET)\(/;
const SETTLED_FORMULA = /^=(CHITIEU_)?(ATTAINMENT|ACHIEVED|TARGET)\(/;

/** The board's formulas and the call each one makes. */
const CALLS: [string, ...unknown[]][] = [
  ['ATTAINMENT', 'ct-1', 'Đợt 2'],
  ['ACHIEVED', 'ct-1', 'Đợt 1', 'DV001'],
  ['TARGET', 'ct-2'],
];
const formulaOf = ([name, ...args]: [string, ...unknown[]]) =>
  `=${name}(${args.map((a) => (a === '' ? '' : `"${String(a)}"`)).join(';')})`;

function board(): { emulation: Emulation; bundle: LoadedBundle; row: number } {
  const workbook = syntheticWorkbook({ entries: 80, units: 12, targets: 10, periods: 3, mistakes: 0 });
  const entries = workbook.sheets.find((s) => s.name === ENTRIES)!.rows;
  // A ct-1 entry with a plain number: the edits below change its quantity, and with it the ct-1 figures.
  const row = entries.findIndex((r) => r[2] === 'ct-1' && typeof r[3] === 'number') + 1;
  const emulation = seededEmulation(workbook);
  const bundle = emulation.loadBundle();
  emulation.spreadsheet.addSheet(
    BOARD,
    CALLS.map((call) => [formulaOf(call)]),
  );
  return { emulation, bundle, row };
}

/** What each board formula must show now: the function run afresh, with every cache emptied first. */
function freshFigures(emulation: Emulation, bundle: LoadedBundle): unknown[] {
  emulation.clearCaches();
  return CALLS.map(([name, ...args]) => bundle.run(name, ...args));
}

function shown(emulation: Emulation): { formula: string; value: unknown; error: string | undefined }[] {
  return CALLS.map((_, i) => {
    const cell = emulation.spreadsheet.cell(BOARD, `A${i + 1}`);
    return { formula: cell.formula, value: cell.value, error: cell.error };
  });
}

function expectCallable(emulation: Emulation): void {
  for (const cell of shown(emulation)) {
    expect(cell.formula).toMatch(OUR_FORMULA);
    expect(cell.error).toBeUndefined();
    expect(typeof cell.value).toBe('number');
  }
}

describe('onEdit cut at every service call', () => {
  it('leaves every formula callable with a right or previous figure, and the next edit heals all', () => {
    const { emulation, bundle, row } = board();
    let previous = shown(emulation).map((c) => c.value);
    expect(previous).toEqual(freshFigures(emulation, bundle));
    let n = 1;
    for (; ; n++) {
      const typed = 50 + n;
      const cut = emulation.cutNextExecution(n);
      const outcome = bundle.edit(ENTRIES, `D${row}`, typed);
      if (!cut.fired) {
        expect(outcome.error).toBeUndefined();
        break;
      }
      // Nothing the user typed is lost, whatever the cut.
      expect(emulation.spreadsheet.cell(ENTRIES, `D${row}`).value).toBe(typed);
      expectCallable(emulation);
      const cutState = shown(emulation).map((c) => c.value);
      const fresh = freshFigures(emulation, bundle);
      cutState.forEach((value, i) => expect([previous[i], fresh[i]]).toContainEqual(value));

      // The next edit (here the same value typed again) runs to its end: every figure is fresh, no passing name left.
      const heal = bundle.edit(ENTRIES, `D${row}`, typed);
      expect(heal.error).toBeUndefined();
      const healed = shown(emulation);
      expect(healed.map((c) => c.value)).toEqual(fresh);
      for (const cell of healed) expect(cell.formula).toMatch(SETTLED_FORMULA);
      previous = healed.map((c) => c.value);
    }
    // The sweep reached the end of onEdit: every one of its calls was cut once.
    expect(n).toBeGreaterThan(40);
  });

  it('writes no `$1` and no regular-expression text into any formula (TextFinder replaces plain text)', () => {
    const { emulation, bundle, row } = board();
    for (const typed of [7, 8, 9]) bundle.edit(ENTRIES, `D${row}`, typed);
    for (const cell of shown(emulation)) {
      expect(cell.formula).toMatch(SETTLED_FORMULA);
      expect(cell.formula).not.toMatch(/[$\\]/);
    }
  });
});

describe('generateReport cut at every service call', () => {
  it('keeps the report tab (name, id, links into it): the old report or the new one, never a mix', () => {
    const { emulation, bundle, row } = board();
    bundle.run('generateReport', 'Đợt 1');
    const ss = emulation.globals.SpreadsheetApp.getActiveSpreadsheet();
    const id = ss.getSheetByName(REPORT)!.getSheetId();
    const values = () => emulation.spreadsheet.sheetValues(REPORT);
    // A user's formula pointing into the report: deleting the tab would turn it into #REF! for good.
    const numberAt = values().flatMap((line, r) =>
      line.map((v, c) => (typeof v === 'number' ? `${String.fromCharCode(65 + c)}${r + 1}` : '')),
    );
    const a1 = numberAt.find(Boolean)!;
    emulation.spreadsheet.addSheet('Liên kết', [[`='${REPORT}'!${a1}`]]);
    const link = () => emulation.spreadsheet.cell('Liên kết', 'A1');
    expect(link().value).toBe(emulation.spreadsheet.cell(REPORT, a1).value);

    let n = 1;
    for (; ; n++) {
      // New data behind the add-on's back, so the next report differs from the one on the tab.
      emulation.spreadsheet.write(ENTRIES, `D${row}`, [[100 + n]]);
      const before = values();
      const cut = emulation.cutNextExecution(n);
      let threw = false;
      try {
        bundle.run('generateReport', 'Đợt 1');
      } catch {
        threw = true;
      }
      if (!cut.fired) break;
      expect(threw).toBe(true);
      const during = values();
      // At most the aside tab, visible and still empty for the one call between its creation and hiding it.
      const visible = ss
        .getSheets()
        .filter((s) => !s.isSheetHidden())
        .map((s) => s.getName())
        .filter((name) => name.startsWith('Báo cáo') && name !== REPORT);
      for (const name of visible) expect(emulation.spreadsheet.sheetValues(name)).toEqual([['']]);
      expect(ss.getSheetByName(REPORT)!.getSheetId()).toBe(id);
      expect(link().formula).toBe(`='${REPORT}'!${a1}`);

      bundle.run('generateReport', 'Đợt 1');
      const after = values();
      expect([before, after]).toContainEqual(during);
      expect(emulation.spreadsheet.sheetNames().filter((name) => name.startsWith('Báo cáo'))).toEqual([REPORT]);
      expect(ss.getSheetByName(REPORT)!.getSheetId()).toBe(id);
      expect(link().value).toBe(emulation.spreadsheet.cell(REPORT, a1).value);
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe('addTargets cut at every service call', () => {
  it('appends the whole row or nothing, keeps formulas callable, and the next edit makes them fresh', () => {
    const { emulation, bundle, row } = board();
    let n = 1;
    for (; ; n++) {
      // A new target each time, with a formula that asks for it.
      const key = `ct-moi-${n}`;
      const rows = [{ key, label: `Chỉ tiêu mới ${n}`, unit: 'lượt', target: 300 + n, kind: 'count' as const }];
      emulation.spreadsheet.write(BOARD, 'B1', [[`=TARGET("${key}")`]]);
      const targetsBefore = emulation.spreadsheet.sheetValues('Chỉ tiêu');
      const cut = emulation.cutNextExecution(n);
      try {
        bundle.run('addTargets', rows);
      } catch {
        // A cut: what follows checks what it left.
      }
      const targets = emulation.spreadsheet.sheetValues('Chỉ tiêu');
      const asked = () => emulation.spreadsheet.cell(BOARD, 'B1');
      if (!cut.fired) {
        expect(targets).toHaveLength(targetsBefore.length + 1);
        expect(asked().value).toBe(300 + n);
        break;
      }
      expect(targets.slice(0, targetsBefore.length)).toEqual(targetsBefore);
      const added = targets.length > targetsBefore.length;
      if (added) {
        expect(targets).toHaveLength(targetsBefore.length + 1);
        expect(targets.at(-1)!.slice(0, 4)).toEqual([key, `Chỉ tiêu mới ${n}`, 'lượt', 300 + n]);
      }
      expectCallable(emulation);
      expect(asked().formula).toMatch(OUR_FORMULA);

      // The board runs it again if the row is not there, and a secretary's edit follows: all fresh.
      if (!added) bundle.run('addTargets', rows);
      bundle.edit(ENTRIES, `D${row}`, 30 + n);
      expect(shown(emulation).map((c) => c.value)).toEqual(freshFigures(emulation, bundle));
      expect(asked().value).toBe(300 + n);
    }
    expect(n).toBeGreaterThan(10);
  });
});

describe('freshness in harder conditions', () => {
  it('a column of formulas evaluated in random order with cache misses shows the right figures', () => {
    const { emulation, bundle, row } = board();
    const calls: [string, ...unknown[]][] = [];
    for (let t = 1; t <= 10; t++)
      for (const period of ['', 'Đợt 1', 'Đợt 2']) calls.push(['ACHIEVED', `ct-${t}`, period]);
    emulation.spreadsheet.addSheet(
      'Cột',
      calls.map((call) => [formulaOf(call)]),
    );
    emulation.customFunctions({ order: 'shuffled', seed: 11, cacheMissRate: 0.5 });
    for (const typed of [5, 6, 7]) {
      expect(bundle.edit(ENTRIES, `D${row}`, typed).error).toBeUndefined();
      const values = emulation.spreadsheet.sheetValues('Cột').map((line) => line[0]);
      emulation.clearCaches();
      expect(values).toEqual(calls.map(([name, ...args]) => bundle.run(name, ...args)));
    }
  });

  it('a secretary who may not edit a protected dashboard still refreshes every other formula; the owner heals it', () => {
    const { emulation, bundle, row } = board();
    emulation.spreadsheet.addSheet('Chỉ huy', [['=ACHIEVED("ct-1")']]);
    const ss = emulation.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Chỉ huy')!.protect().setDescription('Chỉ Ban Chỉ huy');
    const before = emulation.spreadsheet.cell('Chỉ huy', 'A1').value;
    emulation.actAs('bi-thu@example.com');
    expect(() => ss.getSheetByName('Chỉ huy')!.getRange('B1').setValue('x')).toThrow(/protected cell/);
    const outcome = bundle.edit(ENTRIES, `D${row}`, 77);
    expect(outcome.error).toBeUndefined();
    expect(shown(emulation).map((c) => c.value)).toEqual(freshFigures(emulation, bundle));
    const guarded = emulation.spreadsheet.cell('Chỉ huy', 'A1');
    expect(guarded.formula).toMatch(OUR_FORMULA);
    expect(guarded.value).toBe(before);
    emulation.actAs('test@example.com');
    bundle.edit(ENTRIES, `D${row}`, 78);
    emulation.clearCaches();
    expect(emulation.spreadsheet.cell('Chỉ huy', 'A1').value).toBe(bundle.run('ACHIEVED', 'ct-1'));
  });

  it('an edit while another execution holds the document lock still refreshes (after waiting)', () => {
    const { emulation, bundle, row } = board();
    const held = emulation.holdLock('document');
    expect(bundle.edit(ENTRIES, `D${row}`, 61).error).toBeUndefined();
    held.release();
    expect(shown(emulation).map((c) => c.value)).toEqual(freshFigures(emulation, bundle));
  });

  it('an edit in AuthMode.NONE (add-on not yet used in this document) does nothing and fails nothing', () => {
    const { emulation, bundle, row } = board();
    const formulas = emulation.spreadsheet.sheetFormulas(BOARD);
    const outcome = bundle.edit(ENTRIES, `D${row}`, 'abc', { authMode: 'NONE' });
    expect(outcome.error).toBeUndefined();
    expect(outcome.cellsRead).toBe(0);
    expect(emulation.spreadsheet.sheetFormulas(BOARD)).toEqual(formulas);
    expect(emulation.spreadsheet.cell(ENTRIES, `D${row}`).note).toBe('');
  });
});

describe('a single-row edit reads cells that do not grow with the sheet', () => {
  function cellsRead(entries: number): { cells: number; calls: number } {
    const emulation = seededEmulation(syntheticWorkbook({ entries }));
    const bundle = emulation.loadBundle();
    const last = emulation.spreadsheet.sheetValues(ENTRIES).length;
    const outcome = bundle.edit(ENTRIES, `D${last}`, 'abc');
    expect(outcome.error).toBeUndefined();
    expect(emulation.spreadsheet.cell(ENTRIES, `D${last}`).note).toMatch(/không phải là số/);
    const twin = emulation.spreadsheet.sheetValues(ENTRIES)[last - 2]!;
    // A duplicate typed as a new row is marked at once, from the TextFinder search for its twins.
    // The six typed columns (the template's seventh, "Ghi nhận lúc", is the add-on's stamp).
    const dup = bundle.edit(ENTRIES, `A${last + 1}:F${last + 1}`, [twin.slice(0, 6)]);
    expect(dup.error).toBeUndefined();
    expect(emulation.spreadsheet.cell(ENTRIES, `A${last + 1}`).note).toMatch(new RegExp(`dòng ${last - 1}`));
    return { cells: outcome.cellsRead, calls: outcome.calls };
  }

  it('at most 1.5× the cells when the entries grow tenfold', () => {
    const small = cellsRead(415);
    const large = cellsRead(4150);
    expect(large.cells / small.cells).toBeLessThanOrEqual(1.5);
    // What is read is the setup tabs (300 units here), the Entries header, the edited row and its twins.
    expect(large.cells).toBeLessThan(2000);
    console.log(`cells read by a one-row edit: ${small.cells} (415 entries), ${large.cells} (4 150 entries)`);
  });
});
