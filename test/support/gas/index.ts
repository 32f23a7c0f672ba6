// createEmulation(): the emulated Apps Script services for one spreadsheet, its test helpers, and the vm bundle loader.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaA1, parseA1, splitSheetPrefix } from './a1';
import { CacheStore, createCacheService } from './cache';
import { createCharts } from './charts';
import { Recalc } from './custom-functions';
import { createHtmlService } from './html';
import { loadBundle as loadIntoVm, type LoadedBundle } from './load-bundle';
import { createLockService } from './lock';
import { BookModel, FORMAT_DEFAULTS, hasContent, type Cell, type SheetModel } from './model';
import { createPropertiesService, PropertiesStore } from './properties';
import {
  Runtime,
  type AuthModeName,
  type CallCounter,
  type Cut,
  type LockScope,
  type LogEntry,
  type RecordedAlert,
  type RecordedHtml,
  type RecordedMenu,
  type Toast,
} from './runtime';
import { createConsole, createLogger, createScriptApp, createSession } from './session';
import { ruleOf } from './data-validation';
import type { SpreadsheetRegistry } from './import-range';
import { newProtection } from './protection';
import { rangeOf } from './range';
import { SheetImpl, sheetOf } from './sheet';
import { createSpreadsheetApp, spreadsheetOf } from './spreadsheet';
import { textFinderOf } from './text-finder';
import { targetOf } from './strict';
import { createUtilities } from './utilities';
import type { World } from './world';

export type { AuthModeName, Cut, LoadedBundle, RecordedMenu, Toast };
export { SpreadsheetRegistry } from './import-range';
export type { EditOutcome } from './load-bundle';

const REPO = join(__dirname, '..', '..', '..');

export interface EmulationOptions {
  /** Where HtmlService.createHtmlOutputFromFile finds `<name>.html`; default <repo>/build. */
  projectDir?: string;
  /** The spreadsheet's time zone (dates typed by users are midnight there); default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** The script's time zone (Session, and the time zone bundle code runs in); default timeZone. */
  scriptTimeZone?: string;
  /** The spreadsheet's locale: how typed numbers and dates are read and values displayed; default vi_VN. */
  locale?: string;
  spreadsheetName?: string;
  /** The tab every new spreadsheet has; null to start without tabs (then add them with spreadsheet.addSheet). */
  firstSheetName?: string | null;
  userEmail?: string;
  /** The title recorded for the add-on menu. */
  addonName?: string;
  /** The spreadsheet's key (its URL is https://docs.google.com/spreadsheets/d/<key>/edit); default emulated-spreadsheet. */
  spreadsheetId?: string;
  /** Other emulated spreadsheets this one's IMPORTRANGE formulas can reach (and that can reach it). */
  registry?: SpreadsheetRegistry;
}

export interface EmulatedGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export interface CellSnapshot {
  value: unknown;
  formula: string;
  note: string;
  background: string;
  /** The colour set on the cell itself; null when it has none (the default, or alternating colours, show). */
  explicitBackground: string | null;
  numberFormat: string;
  fontWeight: string;
  validation: { criteria: string; values: unknown[]; helpText: string | null; allowInvalid: boolean } | null;
  /** The message of the error a custom function threw here. */
  error: string | undefined;
}

/** Uncounted looks at and writes to the workbook, for arranging and asserting in tests. */
export interface SpreadsheetHelpers {
  /** Adds a tab with rows from A1 (the grid grows to fit, at least 1000 × 26); "=…" strings become formulas, other values are stored as given. */
  addSheet(name: string, rows: unknown[][], options?: { maxRows?: number; maxColumns?: number }): void;
  /** Writes a block from a1 as a user would type it (Sheets' input rules), with no trigger. */
  write(sheetName: string, a1: string, rows: unknown[][]): void;
  sheetNames(): string[];
  /** A1 to the last row and column with content, as getDataRange().getValues() would return it. */
  sheetValues(name: string): unknown[][];
  sheetFormulas(name: string): string[][];
  /** Notes and backgrounds over the data range and any cell beyond it that has one. */
  sheetNotes(name: string): string[][];
  sheetBackgrounds(name: string): string[][];
  cell(sheetName: string, a1: string): CellSnapshot;
  frozenRows(name: string): number;
  protections(name: string): { type: string; description: string; warningOnly: boolean; a1: string | null }[];
  charts(
    name: string,
  ): { id: number | null; type: string; ranges: string[]; position: object; options: Record<string, unknown> }[];
  activeSheetName(): string | null;
  activeRangeA1(): string | null;
}

export interface Emulation {
  /** The globals a bundle sees (and tests may call directly, counted, as the test's own "execution 0"). */
  readonly globals: EmulatedGlobals;
  readonly spreadsheet: SpreadsheetHelpers;
  readonly calls: CallCounter;
  readonly toasts: Toast[];
  readonly menus: RecordedMenu[];
  readonly sidebars: RecordedHtml[];
  readonly dialogs: RecordedHtml[];
  readonly alerts: RecordedAlert[];
  readonly logs: LogEntry[];
  /** The auth mode of calls made outside any execution (tests calling globals directly); FULL by default. */
  authMode: AuthModeName;
  /** Loads build/Code.js (default), another file, or `{ code }` source into a vm with these globals. */
  loadBundle(source?: string | { code: string; filename?: string }): LoadedBundle;
  /** Runs fn as one execution (its own locks, released when it ends); default AuthMode.FULL. */
  asExecution<T>(fn: () => T, options?: { authMode?: AuthModeName }): T;
  /** Another execution takes the lock and keeps it until release(). */
  holdLock(scope: LockScope): { release(): void };
  /** Recomputes every custom-function cell; returns how many there are. */
  recalculateAll(): number;
  /** The message of the error the custom function in that cell threw, if it did. */
  cellError(sheet: string | GoogleAppsScript.Spreadsheet.Sheet, a1: string): string | undefined;
  /** The nth call (default 1st) of `Class.member` from now on throws Exception(message). */
  failOn(member: string, options?: { nth?: number; message?: string }): void;
  /**
   * Just before the nth call (default 1st) of `Class.member` from now on, fn runs: what a person does in the
   * spreadsheet while the script runs (Sheets merges people's edits with a script's calls in any order).
   */
  whenCalled(member: string, fn: () => void, options?: { nth?: number }): void;
  /**
   * The next execution of a script run or trigger (not a custom function, not loadBundle's own) is cut at its nth
   * service call: that call and every later one of the execution throw (runtime.ts, Cut).
   */
  cutNextExecution(nth: number, message?: string): Cut;
  /** From now on the code runs as this user (the owner stays the one given at creation): protections apply to them. */
  actAs(email: string): void;
  /**
   * Shares the spreadsheet with these editors. Google: until a script changes a new protection's editors, "the
   * permissions mirror those of the spreadsheet itself" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()),
   * so a new protection lists them as editors.
   */
  shareWith(...emails: string[]): void;
  /**
   * How custom-function cells are evaluated: in the sheet's order (default) or a seeded random one, and the share of
   * those executions that find the cache empty (Google may evict any entry at any time).
   */
  customFunctions(options: { order?: 'sheet' | 'shuffled'; seed?: number; cacheMissRate?: number }): void;
  /** Moves the virtual clock (cache expiry, lock timeouts). */
  advanceTime(ms: number): void;
  /** Evicts every cached entry (Google may do so at any time). */
  clearCaches(): void;
  /** The answers the next Ui.alert calls get ('OK', 'CANCEL', 'YES', 'NO'); unprepared ones get 'CLOSE'. */
  answerAlerts(...buttons: string[]): void;
  /** The spreadsheet's URL, as Spreadsheet.getUrl() gives it. */
  readonly url: string;
  /** A person allows this spreadsheet's IMPORTRANGE to read the one at that URL ("Allow access", import-range.ts). */
  allowImportFrom(url: string): void;
  /** Why an IMPORTRANGE cell shows #REF!, if it does. */
  importError(sheetName: string, a1: string): string | undefined;
}

/** A small seeded generator (mulberry32): the same seed gives the same order in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createEmulation(options: EmulationOptions = {}): Emulation {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const scriptTimeZone = options.scriptTimeZone ?? timeZone;
  const rt = new Runtime(scriptTimeZone);
  const book = new BookModel(
    options.spreadsheetId ?? 'emulated-spreadsheet',
    options.spreadsheetName ?? 'Untitled spreadsheet',
    timeZone,
    options.locale ?? 'vi_VN',
  );
  const recalc = new Recalc(book);
  book.listener = recalc;
  if (options.registry) {
    options.registry.register(book);
    recalc.registry = options.registry;
  }
  rt.onIdle = () => recalc.settle();
  const world: World = {
    rt,
    book,
    recalc,
    make: {
      range: (sheet, area) => rangeOf(world, sheet, area),
      sheet: (model) => sheetOf(world, model),
      spreadsheet: () => spreadsheetOf(world),
      textFinder: (scopes, findText) => textFinderOf(world, scopes, findText),
      protection: (sheet, type, area) => newProtection(world, sheet, type, area),
      rule: (value, method) => ruleOf(world, value, method),
    },
    projectDir: options.projectDir ?? join(REPO, 'build'),
    userEmail: options.userEmail ?? 'test@example.com',
    ownerEmail: options.userEmail ?? 'test@example.com',
    sharedEditors: [],
    scriptTimeZone,
    addonName: options.addonName ?? 'Add-on',
  };
  const firstSheet = options.firstSheetName === undefined ? 'Sheet1' : options.firstSheetName;
  if (firstSheet !== null) book.insert(firstSheet, 0);

  const caches = new CacheStore();
  const globals: EmulatedGlobals = {
    SpreadsheetApp: createSpreadsheetApp(world),
    HtmlService: createHtmlService(world),
    CacheService: createCacheService(rt, caches),
    PropertiesService: createPropertiesService(rt, new PropertiesStore()),
    LockService: createLockService(rt),
    Utilities: createUtilities(rt),
    Session: createSession(world),
    ScriptApp: createScriptApp(rt),
    Charts: createCharts(rt),
    Logger: createLogger(rt),
    console: createConsole(rt),
  };

  const sheetNamed = (name: string): SheetModel => {
    const sheet = book.byName(name);
    if (!sheet) throw new Error(`no sheet named "${name}"; tabs: ${book.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  };
  const grid = <T>(sheet: SheetModel, rows: number, cols: number, read: (cell: Cell | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: T[] = [];
      for (let c = 1; c <= cols; c++) line.push(read(sheet.cell(r, c)));
      out.push(line);
    }
    return out;
  };
  const dataExtent = (sheet: SheetModel): [number, number] => [
    Math.max(1, sheet.lastRow()),
    Math.max(1, sheet.lastColumn()),
  ];
  const extentWith = (sheet: SheetModel, keep: (cell: Cell) => boolean): [number, number] => {
    const [rows, cols] = dataExtent(sheet);
    const [r2, c2] = sheet.extent(keep);
    return [Math.max(rows, r2), Math.max(cols, c2)];
  };
  const copy = (v: unknown) => (v instanceof Date ? new Date(v.getTime()) : v);

  const spreadsheet: SpreadsheetHelpers = {
    addSheet(name, rows, sizes = {}) {
      if (book.nameTaken(name)) throw new Error(`a sheet named "${name}" already exists`);
      const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
      const sheet = book.insert(
        name,
        book.sheets.length,
        Math.max(sizes.maxRows ?? 1000, rows.length),
        Math.max(sizes.maxColumns ?? 26, width),
      );
      rows.forEach((line, r) =>
        line.forEach((value, c) => {
          if (typeof value === 'string' && value.length > 1 && value.startsWith('='))
            sheet.setFormula(r + 1, c + 1, value);
          else if (value !== '' && value !== null && value !== undefined) sheet.setValue(r + 1, c + 1, value);
        }),
      );
      book.listener.changed(sheet, { row: 1, col: 1, numRows: Math.max(1, rows.length), numCols: Math.max(1, width) });
      recalc.settle();
    },
    write(sheetName, a1, rows) {
      const sheet = sheetNamed(sheetName);
      const start = parseA1(a1, sheet.maxRows, sheet.maxColumns);
      if (!start) throw new Error(`"${a1}" is not A1 notation`);
      const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
      sheet.maxRows = Math.max(sheet.maxRows, start.row + rows.length - 1);
      sheet.maxColumns = Math.max(sheet.maxColumns, start.col + width - 1);
      rows.forEach((line, r) => line.forEach((value, c) => sheet.setInput(start.row + r, start.col + c, value)));
      book.listener.changed(sheet, {
        row: start.row,
        col: start.col,
        numRows: Math.max(1, rows.length),
        numCols: Math.max(1, width),
      });
      recalc.settle();
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    sheetValues(name) {
      recalc.settle();
      const sheet = sheetNamed(name);
      return grid(sheet, ...dataExtent(sheet), (cell) => copy(cell?.value ?? ''));
    },
    sheetFormulas(name) {
      const sheet = sheetNamed(name);
      return grid(sheet, ...dataExtent(sheet), (cell) => cell?.formula ?? '');
    },
    sheetNotes(name) {
      const sheet = sheetNamed(name);
      return grid(sheet, ...extentWith(sheet, (cell) => cell.note !== ''), (cell) => cell?.note ?? '');
    },
    sheetBackgrounds(name) {
      const sheet = sheetNamed(name);
      const extent = extentWith(
        sheet,
        (cell) => cell.format?.background !== undefined && cell.format.background !== FORMAT_DEFAULTS.background,
      );
      return grid(sheet, ...extent, (cell) => String(cell?.format?.background ?? FORMAT_DEFAULTS.background));
    },
    cell(sheetName, a1) {
      recalc.settle();
      const sheet = sheetNamed(sheetName);
      const at = parseA1(a1, sheet.maxRows, sheet.maxColumns);
      if (!at) throw new Error(`"${a1}" is not A1 notation`);
      const cell = sheet.cell(at.row, at.col);
      return {
        value: copy(cell?.value ?? ''),
        formula: cell?.formula ?? '',
        note: cell?.note ?? '',
        background: String(sheet.format(at.row, at.col, 'background')),
        explicitBackground: cell?.format?.background === undefined ? null : String(cell.format.background),
        numberFormat: String(sheet.format(at.row, at.col, 'numberFormat')),
        fontWeight: String(sheet.format(at.row, at.col, 'fontWeight')),
        validation: cell?.validation?._describe() ?? null,
        error: cell?.custom?.error,
      };
    },
    frozenRows: (name) => sheetNamed(name).frozenRows,
    protections(name) {
      const sheet = sheetNamed(name);
      return [...(sheet.protection ? [sheet.protection] : []), ...sheet.rangeProtections].map((p) => ({
        type: p.type,
        description: p.description,
        warningOnly: p.warningOnly,
        a1: p.area ? areaA1(p.area) : null,
      }));
    },
    charts: (name) => sheetNamed(name).charts.map((c) => c._describe()),
    activeSheetName: () => book.activeSheet()?.name ?? null,
    activeRangeA1: () => (book.activeArea ? areaA1(book.activeArea) : null),
  };

  return {
    globals,
    spreadsheet,
    calls: rt.calls,
    toasts: rt.toasts,
    menus: rt.menus,
    sidebars: rt.sidebars,
    dialogs: rt.dialogs,
    alerts: rt.alerts,
    logs: rt.logs,
    get authMode() {
      return rt.defaultAuthMode;
    },
    set authMode(mode: AuthModeName) {
      rt.defaultAuthMode = mode;
    },
    loadBundle(source = join(REPO, 'build', 'Code.js')) {
      let code: string;
      let filename: string;
      if (typeof source === 'string') {
        if (!existsSync(source)) throw new Error(`${source} is missing: run \`npm run build\` first`);
        code = readFileSync(source, 'utf8');
        filename = source;
      } else {
        code = source.code;
        filename = source.filename ?? 'Code.js';
      }
      const bundle = loadIntoVm(world, globals as unknown as Record<string, unknown>, code, filename);
      recalc.host = bundle;
      recalc.settle();
      return bundle;
    },
    asExecution: (fn, opts = {}) => rt.execute('test', opts.authMode ?? 'FULL', null, fn),
    holdLock(scope) {
      const holder = rt.newExecutionId();
      const current = rt.locks.get(scope);
      if (current !== undefined) throw new Error(`the ${scope} lock is already held by execution ${current}`);
      rt.locks.set(scope, holder);
      return {
        release: () => {
          if (rt.locks.get(scope) === holder) rt.locks.delete(scope);
        },
      };
    },
    recalculateAll: () => recalc.recalculateAll(),
    cellError(sheet, a1) {
      recalc.settle();
      const target = typeof sheet === 'string' ? undefined : targetOf(sheet);
      const model = target instanceof SheetImpl ? target.model : sheetNamed(String(sheet));
      const { sheetName, ref } = splitSheetPrefix(a1);
      const on = sheetName === null ? model : sheetNamed(sheetName);
      const at = parseA1(ref, on.maxRows, on.maxColumns);
      if (!at) throw new Error(`"${a1}" is not A1 notation`);
      const cell = on.cell(at.row, at.col);
      return hasContent(cell) ? cell.custom?.error : undefined;
    },
    failOn(member, opts = {}) {
      rt.failOn(member, opts.nth ?? 1, opts.message ?? `Injected failure in ${member}`);
    },
    whenCalled(member, fn, opts = {}) {
      rt.failOn(member, opts.nth ?? 1, '', fn);
    },
    cutNextExecution: (nth, message = 'Exceeded maximum execution time') => rt.cutNextExecution(nth, message),
    actAs(email) {
      world.userEmail = email;
    },
    shareWith(...emails) {
      world.sharedEditors.push(...emails);
    },
    customFunctions({ order = 'sheet', seed = 1, cacheMissRate = 0 }) {
      const random = seededRandom(seed);
      recalc.order = order;
      recalc.random = random;
      recalc.beforeEachCall = cacheMissRate > 0 ? () => random() < cacheMissRate && caches.clear() : null;
    },
    advanceTime: (ms) => rt.advance(ms),
    clearCaches: () => caches.clear(),
    answerAlerts: (...buttons) => void rt.alertResponses.push(...buttons),
    url: `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
    allowImportFrom(url) {
      const source = options.registry?.find(url);
      if (!source) throw new Error(`no emulated spreadsheet at ${url}`);
      options.registry!.allow(book, source);
      recalc.settle();
    },
    importError(sheetName, a1) {
      recalc.settle();
      const sheet = sheetNamed(sheetName);
      const at = parseA1(a1, sheet.maxRows, sheet.maxColumns);
      return at ? sheet.cell(at.row, at.col)?.importRange?.error : undefined;
    },
  };
}
