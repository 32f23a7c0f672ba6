// Moving the rows of `Kết quả` to the units' own tabs, on the built bundle: copied, read back, logged, then cleared;
// a run cut at any service call loses nothing, and the next run finishes it without copying anything twice.

import { UNIT_TAB } from '../../src/messages';
import { ENTRY_HEADER, SEASON_ENTRIES, UNIT_ROWS, dateCell, entry, workbook } from '../core/fixtures';
import { seededEmulation } from '../support/seed';

const BOARD = 'pho-bi-thu@example.com';
const P01 = 'bt.p01@gmail.com';
const P02 = 'bt.p02@gmail.com';
const STAMP_FORMAT = 'dd/mm/yyyy hh:mm:ss';
/** 16:05:10 on 20/6/2023 in Hồ Chí Minh City, as Sheets holds a date-time cell. */
const STAMP = new Date(Date.UTC(2023, 5, 20, 16 - 7, 5, 10));

// P01 and P02 have an address, P03 none (warning-only tab), BVQ11 no tab yet; KYMDAN has a tab of its own already.
function units() {
  return UNIT_ROWS.map((row) => {
    const email = { P01, P02, P03: '', BVQ11: '' }[String(row[0])];
    return email === undefined ? row : [row[0], row[1], row[2], email];
  });
}

/** SEASON_ENTRIES plus rows that must stay: no unit code, a code not on the Units tab; one row carries a stamp. */
const ENTRIES = [
  ...SEASON_ENTRIES.slice(0, 12).map((r, i) => (i === 1 ? [...r, STAMP] : r)),
  entry('2/7/2023', '', 'cay-xanh', 5, 'Trồng cây (chưa ghi đơn vị)'),
  entry('3/7/2023', 'P09', 'cay-xanh', 8, 'Đơn vị không có trong danh sách'),
];

function setUp(options: { bvq11Tab?: boolean } = {}) {
  const wb = workbook({ units: units(), entries: ENTRIES });
  wb.sheets.find((s) => s.name === 'Kết quả')!.rows[0] = [...ENTRY_HEADER, 'Ghi nhận lúc'];
  wb.sheets.push({ name: 'Kết quả - kymdan', rows: [ENTRY_HEADER, ['1/7/2023', '', 'cay-xanh', 3]] });
  const emulation = seededEmulation(wb);
  emulation.shareWith(BOARD, P01, P02);
  const ss = emulation.globals.SpreadsheetApp.getActiveSpreadsheet();
  const main = ss.getSheetByName('Kết quả')!;
  main.getRange('A2:A200').setNumberFormat('dd/mm/yyyy');
  main.getRange('G2:G200').setNumberFormat(STAMP_FORMAT);
  const bundle = emulation.loadBundle();
  emulation.actAs(BOARD);
  // The board creates the tabs first and says "No" to the move it is offered at the end.
  emulation.answerAlerts('NO');
  bundle.run('createUnitTabs');
  if (!options.bvq11Tab) ss.deleteSheet(ss.getSheetByName('Kết quả – BVQ11')!);
  return { emulation, bundle, ss, main };
}

type Emulation = ReturnType<typeof setUp>['emulation'];

/** Every entry tab's values, for "the same as a run that was not cut". */
function tabs(emulation: Emulation) {
  return emulation.spreadsheet
    .sheetNames()
    .filter((n) => n.startsWith('Kết quả'))
    .map((name) => ({ name, values: emulation.spreadsheet.sheetValues(name) }));
}

/** A row's content as a key (dates by instant), blank rows left out. */
const key = (row: unknown[]) =>
  JSON.stringify(row.slice(0, 6).map((v) => (v instanceof Date ? v.getTime() : v === undefined ? '' : v)));

/** How many times each original entry is found on the entry tabs. */
function copies(emulation: Emulation, rows: unknown[][]) {
  const found = tabs(emulation).flatMap((t) => t.values.slice(1).map(key));
  return rows.map((r) => found.filter((k) => k === key(r)).length);
}

const logLines = (emulation: Emulation) =>
  emulation.spreadsheet.sheetNames().includes('Nhật ký') ? emulation.spreadsheet.sheetValues('Nhật ký').slice(1) : [];

type Moved = { moved: number; tabs: string[]; stays: { row: number; reason: string; code: string }[]; message: string };

describe('moving Kết quả rows to the units’ own tabs', () => {
  it('asks first and changes nothing on "No"', () => {
    const { emulation, bundle } = setUp();
    const before = tabs(emulation);
    emulation.answerAlerts('NO');
    expect(bundle.run('moveRowsToUnitTabs')).toBeNull();
    expect(emulation.alerts.at(-1)!.message).toBe(UNIT_TAB.say('vi', 'moveAsk', { count: 10, tabs: 4 }));
    expect(tabs(emulation)).toEqual(before);
  });

  it('copies each unit’s rows to the end of its tab, logs, then clears them; the others stay, saying why', () => {
    const { emulation, bundle, main } = setUp();
    const original = emulation.spreadsheet.sheetValues('Kết quả');
    const maxRows = main.getMaxRows();
    const achieved = () => {
      emulation.clearCaches();
      return ['P01', 'P02', 'P03', 'KYMDAN'].map((u) => bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 2', u));
    };
    const figures = achieved();
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.moved).toBe(10);
    expect(result.tabs).toEqual(['Kết quả – P01', 'Kết quả – P02', 'Kết quả – P03', 'Kết quả - kymdan']);
    // BVQ11's tab was deleted: its rows stay, as do the row without a code and the one with an unknown code.
    expect(result.stays).toEqual([
      { row: 6, reason: 'noTab', code: 'BVQ11' },
      { row: 8, reason: 'noTab', code: 'BVQ11' },
      { row: 14, reason: 'noUnit', code: '' },
      { row: 15, reason: 'unknownUnit', code: 'P09' },
    ]);
    expect(result.message).toBe(
      'Đã chuyển 10 dòng sang 4 tab đơn vị. Giữ lại ở Kết quả các dòng 6, 8 (đơn vị chưa có tab); 14 (thiếu mã đơn vị); 15 (mã không có trong tab Đơn vị: P09).',
    );
    expect(emulation.toasts.at(-1)!.message).toBe(result.message);

    // Each unit's rows, in order, with every cell as it was: typed text stays text ("0,2", "12 phần quà"), dates and
    // the "Ghi nhận lúc" stamp stay date cells with their formats.
    const rowsOf = (code: string) => original.slice(1).filter((r) => r[1] === code);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P02')).toEqual([
      [...ENTRY_HEADER, 'Ghi nhận lúc'],
      ...rowsOf('P02'),
    ]);
    expect(emulation.spreadsheet.cell('Kết quả – P02', 'G2').value).toEqual(original[2]![6]);
    expect(original[2]![6]).toBeInstanceOf(Date);
    expect(emulation.spreadsheet.cell('Kết quả – P02', 'G2').numberFormat).toBe(STAMP_FORMAT);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P03').slice(1)).toEqual(
      rowsOf('P03').map((r) => r.slice(0, 7)),
    );
    expect(emulation.spreadsheet.cell('Kết quả – P03', 'A2').value).toEqual(
      new Date(dateCell(30, 6).getTime() - 7 * 3_600_000),
    );
    expect(emulation.spreadsheet.cell('Kết quả – P03', 'A2').numberFormat).toBe('dd/mm/yyyy');
    expect(emulation.spreadsheet.cell('Kết quả – P03', 'D3').value).toBe('0,2');
    // KYMDAN's own tab keeps its row and receives its rows under it.
    expect(emulation.spreadsheet.sheetValues('Kết quả - kymdan')).toEqual([
      ENTRY_HEADER,
      ['1/7/2023', '', 'cay-xanh', 3, '', ''],
      ...rowsOf('KYMDAN').map((r) => r.slice(0, 6)),
    ]);

    // Kết quả: the moved rows are empty, the others keep their row numbers, and the tab keeps its size.
    const now = emulation.spreadsheet.sheetValues('Kết quả');
    original.forEach((row, i) => {
      const stays = i === 0 || result.stays.some((s) => s.row === i + 1);
      expect(now[i]).toEqual(stays ? row : row.map(() => ''));
    });
    expect(main.getMaxRows()).toBe(maxRows);
    // Unit tabs grow only as needed: still their 100 rows.
    expect(emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Kết quả – P01')!.getMaxRows()).toBe(
      100,
    );

    // The log: where the move began, then one line per tab (how many rows, from which rows, to where).
    const log = logLines(emulation);
    expect(log.map((l) => l.slice(1, 5))).toEqual([
      [UNIT_TAB.say('vi', 'logStart'), 'Kết quả', '', ''],
      ['Chuyển dòng', 'Kết quả', 2, ''],
      ['Chuyển dòng', 'Kết quả', 3, ''],
      ['Chuyển dòng', 'Kết quả', 4, ''],
      ['Chuyển dòng', 'Kết quả', 7, ''],
    ]);
    expect(log.slice(1).map((l) => [l[5], l[6], l[7]])).toEqual([
      ['2, 5', 'Kết quả – P01: 2–3', '2 dòng'],
      ['3', 'Kết quả – P02: 2', '1 dòng'],
      ['4, 11–13', 'Kết quả – P03: 2–5', '4 dòng'],
      ['7, 9–10', 'Kết quả - kymdan: 3–5', '3 dòng'],
    ]);
    // The figures are those of before the move.
    expect(achieved()).toEqual(figures);
    // A second run finds nothing more to move, asks nothing and changes nothing.
    const moved = tabs(emulation);
    const asked = emulation.alerts.length;
    const again = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(again.moved).toBe(0);
    expect(emulation.alerts).toHaveLength(asked);
    expect(tabs(emulation)).toEqual(moved);
  });

  it('grows a unit tab by exactly the rows it receives', () => {
    const { emulation, bundle, ss } = setUp();
    const many = Array.from({ length: 120 }, (_, i) =>
      entry(`${(i % 28) + 1}/7/2023`, 'P02', 'qua', i + 1, `Trao quà lần ${i + 1}`),
    );
    emulation.spreadsheet.write('Kết quả', 'A16', many);
    emulation.answerAlerts('YES');
    bundle.run('moveRowsToUnitTabs');
    const p02 = ss.getSheetByName('Kết quả – P02')!;
    expect(p02.getMaxRows()).toBe(1 + 1 + 120);
    expect(p02.getLastRow()).toBe(122);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P02')[121]!.slice(2, 5)).toEqual([
      'qua',
      120,
      'Trao quà lần 120',
    ]);
  });

  it('a secretary is refused on another unit’s tab; her own move takes only the tabs she may edit', () => {
    const { emulation, bundle, ss } = setUp();
    emulation.actAs(P02);
    expect(() => ss.getSheetByName('Kết quả – P01')!.getRange('A2').setValue('12/6/2023')).toThrow(/protected cell/);
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.tabs).toEqual(['Kết quả – P02', 'Kết quả – P03', 'Kết quả - kymdan']);
    expect(result.stays.filter((s) => s.reason === 'notEditor').map((s) => s.row)).toEqual([2, 5]);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P01')).toEqual([[...ENTRY_HEADER, 'Ghi nhận lúc']]);
    // The board member who created the tabs finishes it.
    emulation.actAs(BOARD);
    emulation.answerAlerts('YES');
    expect((bundle.run('moveRowsToUnitTabs') as Moved).tabs).toEqual(['Kết quả – P01']);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P01')).toHaveLength(3);
  });

  it('createUnitTabs offers the move of the rows already on Kết quả', () => {
    const { emulation, bundle } = setUp({ bvq11Tab: true });
    emulation.spreadsheet.write('Đơn vị', 'A7', [['P04', 'Đoàn Phường 4', 'Phường', '']]);
    emulation.spreadsheet.write('Kết quả', 'A16', [entry('4/7/2023', 'P04', 'cay-xanh', 6, 'Trồng cây')]);
    emulation.answerAlerts('YES');
    const result = bundle.run('createUnitTabs') as { created: string[]; moved: Moved };
    expect(result.created).toEqual(['Kết quả – P04']);
    expect(result.moved.moved).toBe(13);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P04')[1]!.slice(1, 4)).toEqual(['P04', 'cay-xanh', 6]);
  });

  it('a run cut at any service call loses nothing, says so in the log, and the next run finishes it once', () => {
    const figure = (emulation: Emulation, bundle: ReturnType<typeof setUp>['bundle']) => {
      emulation.clearCaches();
      return ['P01', 'P03', 'KYMDAN'].map((u) => bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 2', u));
    };
    const { complete, figures } = (() => {
      const { emulation, bundle } = setUp();
      const figures = figure(emulation, bundle);
      emulation.answerAlerts('YES');
      bundle.run('moveRowsToUnitTabs');
      return { complete: tabs(emulation), figures };
    })();
    const phases = new Set<string>();
    let n = 1;
    for (; ; n++) {
      const { emulation, bundle } = setUp();
      const original = emulation.spreadsheet
        .sheetValues('Kết quả')
        .slice(1)
        .filter((r) => r.some((v) => v !== ''));
      const cut = emulation.cutNextExecution(n);
      emulation.answerAlerts('YES');
      try {
        bundle.run('moveRowsToUnitTabs');
      } catch {
        // Cut: Apps Script ends the run here. (A cut in the formula refresh after the move is caught there.)
      }
      // The sweep passed the run's last call.
      if (!cut.fired) break;
      const found = copies(emulation, original);
      // Nothing lost.
      expect(found.every((c) => c >= 1)).toBe(true);
      const log = logLines(emulation).map((l) => l[1]);
      const twice = found.some((c) => c > 1);
      // A row in two places is always said: the log shows a move begun and not finished for it.
      if (twice) expect(log).toContain(UNIT_TAB.say('vi', 'logStart'));
      const cleared = emulation.spreadsheet.sheetValues('Kết quả').filter((r) => r.every((v) => v === '')).length;
      phases.add(
        !twice && !cleared
          ? 'before any copy'
          : !log.includes('Chuyển dòng')
            ? 'copied, not yet logged'
            : cleared === 0
              ? 'logged, not yet cleared'
              : 'part cleared',
      );
      // Figures never count a row twice: the copy of a row still on Kết quả is a duplicate, left out.
      if (twice) expect(figure(emulation, bundle)).toEqual(figures);
      emulation.answerAlerts('YES');
      bundle.run('moveRowsToUnitTabs');
      expect(tabs(emulation)).toEqual(complete);
      expect(copies(emulation, original).every((c) => c === 1)).toBe(true);
    }
    expect(phases).toEqual(
      new Set(['before any copy', 'copied, not yet logged', 'logged, not yet cleared', 'part cleared']),
    );
    expect(n).toBeGreaterThan(30);
  });

  it('a row edited while the move runs stays on Kết quả, and its copy is taken back', () => {
    const { emulation, bundle } = setUp();
    // A secretary corrects row 3 (P02's) just as the move writes its copies.
    emulation.whenCalled('Range.setValues', () => emulation.spreadsheet.write('Kết quả', 'D3', [[65]]), { nth: 2 });
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.stays).toContainEqual({ row: 3, reason: 'changed', code: '' });
    expect(emulation.spreadsheet.sheetValues('Kết quả')[2]!.slice(1, 4)).toEqual(['P02', 'cay-xanh', 65]);
    expect(emulation.spreadsheet.sheetValues('Kết quả – P02')).toEqual([[...ENTRY_HEADER, 'Ghi nhận lúc']]);
    expect(result.moved).toBe(9);
  });

  /** Runs fn just before the first call of `member` at which ready() holds (whenCalled, armed again until then). */
  function before(emulation: Emulation, member: string, ready: () => boolean, fn: () => void) {
    const arm = () => emulation.whenCalled(member, () => (ready() ? fn() : arm()));
    arm();
  }

  it('never writes over a row typed on the unit tab just before the copy: it goes under it', () => {
    const { emulation, bundle } = setUp();
    const typed = entry('21/6/2023', 'P02', 'qua', 3, 'Trao quà (gõ trên tab đơn vị)');
    // P02's secretary types in the tab's first free row once P01's rows are written, as P02's block is taken.
    const p01Written = () => emulation.spreadsheet.sheetValues('Kết quả – P01').length > 1;
    before(emulation, 'Sheet.getRange', p01Written, () => emulation.spreadsheet.write('Kết quả – P02', 'A2', [typed]));
    const original = emulation.spreadsheet.sheetValues('Kết quả');
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.moved).toBe(10);
    const p02 = emulation.spreadsheet.sheetValues('Kết quả – P02');
    expect(p02).toHaveLength(3);
    expect(p02[1]!.slice(1, 5)).toEqual(['P02', 'qua', 3, 'Trao quà (gõ trên tab đơn vị)']);
    expect(key(p02[2]!)).toBe(key(original[2]!));
    expect(logLines(emulation).map((l) => l[6])).toContain('Kết quả – P02: 3');
  });

  it('clears the moved rows by content when a row is inserted above before the clearing, and no other row', () => {
    const { emulation, bundle, main } = setUp();
    const original = emulation.spreadsheet.sheetValues('Kết quả');
    const newRow = entry('22/6/2023', 'P09', 'qua', 1, 'Dòng mới chèn lên trên');
    // Once the move is logged, someone inserts a row at the top and types into it.
    const logged = () => logLines(emulation).some((l) => l[1] === UNIT_TAB.say('vi', 'logMove'));
    before(emulation, 'Sheet.getRange', logged, () => {
      main.insertRowsBefore(2, 1);
      emulation.spreadsheet.write('Kết quả', 'A2', [newRow]);
    });
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.moved).toBe(10);
    const now = emulation.spreadsheet.sheetValues('Kết quả');
    expect(now[1]!.slice(1, 5)).toEqual(['P09', 'qua', 1, 'Dòng mới chèn lên trên']);
    original.slice(1).forEach((row, i) => {
      const stays = result.stays.some((s) => s.row === i + 2);
      expect(now[i + 2]).toEqual(stays ? row : row.map(() => ''));
    });
    // Nothing lost, nothing in two places.
    expect(copies(emulation, original.slice(1)).every((c) => c === 1)).toBe(true);
    const cleared = logLines(emulation).find((l) => l[1] === UNIT_TAB.say('vi', 'logCleared'))!;
    expect([cleared[5], cleared[6]]).toEqual(['2–5, 7, 9–13', '3–6, 8, 10–14']);
  });

  it('moves rows whose Kết quả cells are formatted as plain text (@)', () => {
    const { emulation, bundle, main } = setUp();
    main.getRange('B2:C200').setNumberFormat('@');
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result.moved).toBe(10);
    expect(result.stays.map((s) => s.reason)).not.toContain('changed');
    expect(emulation.spreadsheet.cell('Kết quả – P01', 'B2')).toMatchObject({ value: 'P01', numberFormat: '@' });
  });

  it('says so when Kết quả is gone by the time the question is answered', () => {
    const { emulation, bundle, ss, main } = setUp();
    before(
      emulation,
      'Ui.alert',
      () => true,
      () => ss.deleteSheet(main),
    );
    emulation.answerAlerts('YES');
    const result = bundle.run('moveRowsToUnitTabs') as Moved;
    expect(result).toEqual({ moved: 0, tabs: [], stays: [], message: UNIT_TAB.say('vi', 'noMain') });
    expect(emulation.toasts.at(-1)!.message).toBe(UNIT_TAB.say('vi', 'noMain'));
  });
});

describe('setUpTemplate offers one tab per unit', () => {
  function fresh() {
    const emulation = seededEmulation(workbook({ units: units(), entries: SEASON_ENTRIES.slice(0, 4) }));
    return { emulation, bundle: emulation.loadBundle() };
  }

  it('asks when the Units tab has units and none has a tab; "Yes" creates them, then the move is asked', () => {
    const { emulation, bundle } = fresh();
    const entries = emulation.spreadsheet.sheetValues('Kết quả');
    emulation.answerAlerts('YES', 'NO');
    const result = bundle.run('setUpTemplate') as { unitTabs: { created: string[] } };
    expect(emulation.alerts.map((a) => [a.message, a.buttons])).toEqual([
      [UNIT_TAB.say('vi', 'offerTabs', { count: 5 }), 'YES_NO'],
      [UNIT_TAB.say('vi', 'moveAsk', { count: 4, tabs: 3 }), 'YES_NO'],
    ]);
    expect(result.unitTabs.created).toEqual(UNIT_ROWS.map((r) => `Kết quả – ${r[0]}`));
    // The set-up adds its "Ghi nhận lúc" column; the rows themselves stay where they are.
    expect(emulation.spreadsheet.sheetValues('Kết quả').map((r) => r.slice(0, 6))).toEqual(entries);
    // Once a unit has its tab, the set-up no longer asks (the menu item adds the tabs of units added later).
    bundle.run('setUpTemplate');
    expect(emulation.alerts).toHaveLength(2);
  });

  it('creates nothing when the dialog is answered "No" or closed', () => {
    for (const answer of ['NO', undefined]) {
      const { emulation, bundle } = fresh();
      if (answer) emulation.answerAlerts(answer);
      const result = bundle.run('setUpTemplate') as { unitTabs?: unknown };
      expect(emulation.alerts.map((a) => a.response)).toEqual([answer ?? 'CLOSE']);
      expect(result.unitTabs).toBeUndefined();
      expect(emulation.spreadsheet.sheetNames().filter((n) => n.startsWith('Kết quả '))).toEqual([]);
    }
  });
});
