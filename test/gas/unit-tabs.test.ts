// "Tạo tab riêng cho từng đơn vị" on the built bundle: one small protected tab per unit, idempotent, safe when cut.

import { ENTRIES, headerRow } from '../../src/core';
import { UNIT_TAB } from '../../src/messages';
import { SEASON_ENTRIES, UNIT_ROWS, workbook } from '../core/fixtures';
import { seededEmulation } from '../support/seed';

const OWNER = 'test@example.com';
const BOARD = 'pho-bi-thu@example.com';
const P01 = ['bt.p01@gmail.com', 'pbt.p01@gmail.com'];
const P02 = 'bt.p02@gmail.com';
const HEADER = headerRow(ENTRIES);

// P01 has two addresses (`;` and `,` both separate), P02 one, P03 none, BVQ11 a typo; KYMDAN already has its tab.
function units() {
  return UNIT_ROWS.map((row) => {
    const email = { P01: ` ${P01[0]}; ${P01[1]} ,`, P02, P03: '', BVQ11: 'doanbvq11 gmail.com' }[String(row[0])];
    return email === undefined ? row : [row[0], row[1], row[2], email];
  });
}

function setUp() {
  const wb = workbook({ units: units(), entries: SEASON_ENTRIES.slice(0, 4) });
  wb.sheets.push({
    name: 'Kết quả - kymdan',
    rows: [
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng'],
      ['1/7/2023', '', 'cay-xanh', 3],
    ],
  });
  const emulation = seededEmulation(wb);
  // Every secretary edits the shared spreadsheet, so a new protection starts by listing them all.
  emulation.shareWith(BOARD, ...P01, P02, 'doanphuong3.q11@gmail.com');
  const bundle = emulation.loadBundle();
  return { emulation, bundle, ss: emulation.globals.SpreadsheetApp.getActiveSpreadsheet() };
}

type Emulation = ReturnType<typeof setUp>['emulation'];

/** Every tab with its values and protections, and each sheet protection's editors (for "nothing changed"). */
function state(emulation: Emulation) {
  const ss = emulation.globals.SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    const protection = sheet.getProtections(emulation.globals.SpreadsheetApp.ProtectionType.SHEET)[0];
    return {
      name,
      values: emulation.spreadsheet.sheetValues(name),
      size: [sheet.getMaxRows(), sheet.getMaxColumns()],
      protection: protection && {
        description: protection.getDescription(),
        warningOnly: protection.isWarningOnly(),
        editors: protection
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
      },
    };
  });
}

function write(emulation: Emulation, tab: string, a1: string, value: unknown) {
  emulation.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getRange(a1).setValue(value);
}

describe('one tab per unit (createUnitTabs)', () => {
  it('is on the add-on menu', () => {
    const { emulation, bundle } = setUp();
    bundle.run('onOpen');
    const items = emulation.menus.flatMap((m) => m.items);
    expect(items).toContainEqual(
      expect.objectContaining({ caption: UNIT_TAB.say('vi', 'menu'), functionName: 'createUnitTabs' }),
    );
  });

  it('creates a small tab with the Entries header per unit without one, protected for its addresses', () => {
    const { emulation, bundle } = setUp();
    const before = state(emulation);
    // A board member who is not the owner runs it.
    emulation.actAs(BOARD);
    const result = bundle.run('createUnitTabs') as {
      created: string[];
      existing: string[];
      warningOnly: string[];
      invalid: string[];
      message: string;
    };
    expect(result.created).toEqual(['Kết quả – P01', 'Kết quả – P02', 'Kết quả – P03', 'Kết quả – BVQ11']);
    expect(result.existing).toEqual(['KYMDAN']);
    expect(result.warningOnly).toEqual(['P03', 'BVQ11']);
    expect(result.invalid).toEqual(['BVQ11: doanbvq11 gmail.com']);
    expect(result.message).toContain('Đã tạo 4 tab riêng');
    expect(result.message).toContain('P03, BVQ11');
    expect(emulation.toasts.at(-1)!.message).toBe(result.message);

    const after = state(emulation);
    // Every tab that was there is exactly as it was (KYMDAN's own tab included: no protection added).
    for (const tab of before) expect(after.find((t) => t.name === tab.name)).toEqual(tab);
    expect(after.map((t) => t.name).slice(before.length)).toEqual(result.created);
    for (const name of result.created) {
      const tab = after.find((t) => t.name === name)!;
      expect(tab.values).toEqual([HEADER]);
      // Sized to its use: 100 rows of the header's columns, not Sheets' default 1000 × 26.
      expect(tab.size).toEqual([100, HEADER.length]);
      expect(emulation.spreadsheet.frozenRows(name)).toBe(1);
    }
    const p01 = after.find((t) => t.name === 'Kết quả – P01')!.protection!;
    expect(p01).toEqual({
      description: UNIT_TAB.say('vi', 'protected', { code: 'P01' }),
      warningOnly: false,
      editors: [BOARD, ...P01].sort(),
    });
    expect(after.find((t) => t.name === 'Kết quả – P02')!.protection!.editors).toEqual([BOARD, P02].sort());
    for (const code of ['P03', 'BVQ11']) {
      const p = after.find((t) => t.name === `Kết quả – ${code}`)!.protection!;
      expect(p.warningOnly).toBe(true);
      expect(p.description).toBe(UNIT_TAB.say('vi', 'warningOnly', { code }));
    }
  });

  it("a secretary is refused on another unit's tab and writes on her own; the owner and the runner may edit all", () => {
    const { emulation, bundle } = setUp();
    emulation.actAs(BOARD);
    bundle.run('createUnitTabs');
    emulation.actAs(P02);
    expect(() => write(emulation, 'Kết quả – P01', 'A2', '12/6/2023')).toThrow(/protected cell/);
    expect(emulation.spreadsheet.cell('Kết quả – P01', 'A2').value).toBe('');
    write(emulation, 'Kết quả – P02', 'C2', 'cay-xanh');
    expect(emulation.spreadsheet.cell('Kết quả – P02', 'C2').value).toBe('cay-xanh');
    // P03 has no address: warning-only, so Sheets asks but lets her write.
    write(emulation, 'Kết quả – P03', 'C2', 'cay-xanh');
    expect(emulation.spreadsheet.cell('Kết quả – P03', 'C2').value).toBe('cay-xanh');
    emulation.actAs(P01[1]!);
    write(emulation, 'Kết quả – P01', 'C2', 'cay-xanh');
    expect(() => write(emulation, 'Kết quả – P02', 'C3', 'x')).toThrow(/protected cell/);
    for (const who of [OWNER, BOARD]) {
      emulation.actAs(who);
      write(emulation, 'Kết quả – P01', 'D2', 5);
      write(emulation, 'Kết quả – P02', 'D2', 5);
    }
    // The entries typed there are read as the units' own (an empty unit code means the tab's unit).
    emulation.actAs(OWNER);
    const p02 = bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 1', 'P02') as number;
    write(emulation, 'Kết quả – P02', 'A2', new Date(Date.UTC(2023, 5, 12) - 7 * 3_600_000));
    write(emulation, 'Kết quả – P02', 'D2', 7);
    emulation.clearCaches();
    expect(bundle.run('ACHIEVED', 'cay-xanh', 'Đợt 1', 'P02')).toBe(p02 + 7);
  });

  it('running it twice changes nothing', () => {
    const { emulation, bundle } = setUp();
    bundle.run('createUnitTabs');
    const once = state(emulation);
    const again = bundle.run('createUnitTabs') as { created: string[]; existing: string[]; message: string };
    expect(again.created).toEqual([]);
    expect(again.existing).toEqual(['P01', 'P02', 'P03', 'BVQ11', 'KYMDAN']);
    expect(again.message).toBe(UNIT_TAB.say('vi', 'nothing'));
    expect(state(emulation)).toEqual(once);
  });

  it('a unit added to the Units tab later gets its tab on the next run; the others stay as they were', () => {
    const { emulation, bundle } = setUp();
    bundle.run('createUnitTabs');
    const first = state(emulation);
    emulation.spreadsheet.write('Đơn vị', 'A7', [['P04', 'Đoàn Phường 4', 'Phường', 'bt.p04@gmail.com']]);
    const result = bundle.run('createUnitTabs') as { created: string[] };
    expect(result.created).toEqual(['Kết quả – P04']);
    const p04 = state(emulation).find((t) => t.name === 'Kết quả – P04')!.protection!;
    expect(p04.editors).toEqual([OWNER, 'bt.p04@gmail.com'].sort());
    const second = state(emulation);
    for (const tab of first) {
      const now = second.find((t) => t.name === tab.name)!;
      expect(tab.name === 'Đơn vị' ? { ...now, values: tab.values } : now).toEqual(tab);
    }
  });

  it('a cut at any service call leaves no unit tab half-built under its name, and the next run completes it', () => {
    const complete = (() => {
      const { emulation, bundle } = setUp();
      bundle.run('createUnitTabs');
      return state(emulation);
    })();
    let n = 1;
    for (; ; n++) {
      const { emulation, bundle } = setUp();
      const before = state(emulation);
      const cut = emulation.cutNextExecution(n);
      let threw = false;
      try {
        bundle.run('createUnitTabs');
      } catch {
        threw = true;
      }
      if (!cut.fired) break;
      expect(threw).toBe(true);
      const during = state(emulation);
      for (const tab of during) {
        const done = complete.find((t) => t.name === tab.name);
        if (done) {
          // A tab under a unit tab's (or any earlier) name is either untouched or complete.
          expect(tab).toEqual(done);
          continue;
        }
        // Otherwise only the one tab being built, whose name says so and which no one reads as an Entries tab.
        expect(tab.name).toMatch(/^Chỉ Tiêu đang tạo – /);
        expect(before.some((t) => t.name === tab.name)).toBe(false);
      }
      expect(during.filter((t) => !complete.some((c) => c.name === t.name)).length).toBeLessThanOrEqual(1);
      // The figures read only complete tabs: validation sees no problem on the pending tab.
      const checked = bundle.run('validateEntries') as { problems: { tab: string }[] };
      expect(checked.problems.filter((p) => /đang tạo/.test(p.tab))).toEqual([]);

      bundle.run('createUnitTabs');
      expect(state(emulation)).toEqual(complete);
    }
    // The sweep reached the end of the run: every one of its calls was cut once (4 tabs of about 15 calls each).
    expect(n).toBeGreaterThan(50);
  });
});
