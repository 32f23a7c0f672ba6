// "Chuyển dòng sang tab đơn vị": copy, read back and compare, log, and only then clear (DOMAIN.md, amended "What the
// add-on may write"). A run cut half-way is finished by the next one: rows already on their tab are only cleared.

import {
  ChiTieuError,
  ENTRIES,
  entryTabSuffix,
  findTabName,
  isBlank,
  planRowMove,
  rowList,
  rowRuns,
  sameRow,
  unitIdsOn,
  type Cell,
  type MovePlan,
  type StayReason,
  type TabMove,
} from '../core';
import { ADDON, LABEL, UNIT_TAB } from '../messages';
import { appendLog, ensureRows, type LogLine } from './log-tab';
import { textCell } from './safe-text';
import { listSheets, readUnits } from './spreadsheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface MoveResult {
  moved: number;
  tabs: string[];
  stays: { row: number; reason: StayReason; code: string }[];
  message: string;
}

interface MoveRead {
  plan: MovePlan;
  main: Sheet;
  rows: Cell[][];
  sheets: Map<string, Sheet>;
}

/** Reads `Kết quả`, the units and the tabs of the units named there, and plans the move. */
function readMove(spreadsheet: Spreadsheet): MoveRead | null {
  const listing = listSheets(spreadsheet);
  const name = findTabName(
    listing.map((s) => s.name),
    ENTRIES,
  );
  if (!name) return null;
  const main = listing.find((s) => s.name === name)!.sheet;
  const range = main.getDataRange();
  const rows = range.getValues() as Cell[][];
  const wanted = unitIdsOn(rows);
  const sheets = new Map<string, Sheet>();
  const tabs = listing
    .filter((s) => s.sheet !== main && wanted.has(entryTabSuffix(s.name) ?? ''))
    .map(({ name, sheet }) => {
      sheets.set(name, sheet);
      // "The spreadsheet owner is always able to edit protected ranges and sheets."
      // https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
      const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      return {
        name,
        rows: sheet.getDataRange().getValues() as Cell[][],
        editable: !p || p.isWarningOnly() || p.canEdit(),
      };
    });
  const read = { rows, formats: range.getNumberFormats(), formulas: range.getFormulas() };
  return { plan: planRowMove(read, readUnits(spreadsheet, listing), tabs), main, rows, sheets };
}

const count = (plan: MovePlan) => plan.moves.reduce((n, m) => n + m.sources.length, 0);
/**
 * Text goes in with an apostrophe, so "02" or "1/2" stays text (safe-text.ts); not in a cell formatted as plain text
 * ("@"), which keeps every string as given, an apostrophe too. No Google page found says so: this follows what the
 * emulation models (test/support/gas/model.ts, parseInput).
 */
const written = (row: Cell[], formats: string[]) =>
  row.map((v, j) => (typeof v === 'string' && v && formats[j] !== '@' ? textCell(v) : v));

/**
 * The block a tab's rows go to, read just before writing: the lock does not stop people typing, so a block found not
 * blank is looked for once more under the tab's last row, and never written over (null).
 */
function freeBlock(sheet: Sheet, m: TabMove): Range | null {
  for (let tries = 0; tries < 2; tries++) {
    // The tab grows by the rows it receives, no more (hundreds of tabs stay far from 10 million cells).
    ensureRows(sheet, m.first + m.values.length - 1);
    const block = sheet.getRange(m.first, 1, m.values.length, m.values[0]!.length);
    if ((block.getValues() as Cell[][]).every((r) => r.every(isBlank))) return block;
    const first = sheet.getLastRow() + 1;
    m.dests = m.dests.map((d) => (d >= m.first ? d + first - m.first : d));
    m.first = first;
  }
  return null;
}

/**
 * Clears the moved rows of `Kết quả`, found by content in a read made just before: a row inserted or deleted above
 * meanwhile shifts the numbers, and another person's row is never cleared. A row not at its number is looked for
 * elsewhere and cleared only if found once; otherwise it stays (its copy too), said in the result and the log.
 */
function clearMoved(main: Sheet, rows: Cell[][], moved: number[], plan: MovePlan): number[] {
  const now = main.getDataRange().getValues() as Cell[][];
  const was = (row: number) => rows[row - 1]!;
  const at = moved.map((row) => (sameRow(now[row - 1] ?? [], was(row)) ? row : 0));
  moved.forEach((row, i) => {
    if (at[i]) return;
    const found = now.flatMap((r, j) => (!at.includes(j + 1) && sameRow(r, was(row)) ? [j + 1] : []));
    if (found.length === 1) at[i] = found[0]!;
    else plan.stays.push({ row, reason: 'notCleared', code: '' });
  });
  const cleared = at.filter((row) => row);
  const width = Math.max(1, ...rows.map((r) => r.length));
  for (const [a, b] of rowRuns(cleared)) main.getRange(a, 1, b - a + 1, width).clearContent();
  return cleared;
}

/** Moves under the document lock. Until the clearing, the next run repeats nothing: it finds the copies made. */
function move(spreadsheet: Spreadsheet, { plan, main, rows, sheets }: MoveRead): MoveResult {
  const tab = main.getName();
  // The mark before anything is copied: a row found in two places is always explained in the log.
  appendLog(spreadsheet, [{ event: UNIT_TAB.say('vi', 'logStart'), tab, note: UNIT_TAB.say('vi', 'logStartNote') }]);
  const blocks = plan.moves.map((m) => {
    const block = m.values.length ? freeBlock(sheets.get(m.tab)!, m) : null;
    if (!block) return null;
    // Formats first: a date keeps its dd/mm/yyyy, a cell formatted as text stays text.
    const formats = block.getNumberFormats().map((r, i) => r.map((f, j) => m.formats[i]![j] ?? f));
    block.setNumberFormats(formats);
    return block.setValues(m.values.map((r, i) => written(r, formats[i]!)));
  });
  // Read back, and read Kết quả again: a row edited meanwhile stays there, and its copy is taken back.
  const now = main.getDataRange().getValues() as Cell[][];
  const clear: number[] = [];
  const lines: LogLine[] = [];
  plan.moves.forEach((m, k) => {
    const back = (blocks[k]?.getValues() ?? []) as Cell[][];
    const ok = m.sources.map((source, i) => {
      const at = m.dests[i]! - m.first;
      if (at >= 0 && !blocks[k]) {
        plan.stays.push({ row: source, reason: 'tabBusy', code: '' });
        return false;
      }
      const good = sameRow(now[source - 1] ?? [], rows[source - 1]!) && (at < 0 || sameRow(back[at]!, m.values[at]!));
      if (good) return true;
      if (at >= 0) blocks[k]!.offset(at, 0, 1).clearContent();
      plan.stays.push({ row: source, reason: 'changed', code: '' });
      return false;
    });
    const sources = m.sources.filter((_, i) => ok[i]);
    if (!sources.length) return;
    clear.push(...sources);
    lines.push({
      event: UNIT_TAB.say('vi', 'logMove'),
      tab,
      row: sources[0],
      oldValue: rowList(sources),
      newValue: `${m.tab}: ${rowList(m.dests.filter((_, i) => ok[i]))}`,
      note: UNIT_TAB.say('vi', 'logCount', { count: sources.length }),
    });
  });
  // Logged before clearing. Cleared, not deleted: other rows keep their numbers for people typing meanwhile.
  appendLog(spreadsheet, lines);
  const cleared = clearMoved(main, rows, clear, plan);
  if (rowList(cleared) !== rowList(clear)) {
    const left = plan.stays.filter((s) => s.reason === 'notCleared').map((s) => s.row);
    appendLog(spreadsheet, [
      {
        event: UNIT_TAB.say('vi', 'logCleared'),
        tab,
        row: cleared[0] ?? null,
        oldValue: rowList(clear),
        newValue: rowList(cleared),
        note: left.length ? `${rowList(left)}: ${UNIT_TAB.say('vi', 'notCleared')}` : '',
      },
    ]);
  }
  return result(
    cleared.length,
    lines.map((l) => String(l.newValue).split(': ')[0]!),
    plan,
  );
}

function result(moved: number, tabs: string[], plan: MovePlan): MoveResult {
  const groups = new Map<string, number[]>();
  for (const s of plan.stays) {
    const reason = UNIT_TAB.say('vi', s.reason) + (s.reason === 'unknownUnit' ? `: ${s.code}` : '');
    groups.set(reason, [...(groups.get(reason) ?? []), s.row]);
  }
  const items = [...groups].map(([reason, rows]) => `${rowList(rows)} (${reason})`).join('; ');
  const message = UNIT_TAB.say('vi', 'moved', { count: moved, tabs: tabs.length });
  return {
    moved,
    tabs,
    stays: plan.stays,
    message: items ? `${message} ${UNIT_TAB.say('vi', 'kept', { items })}` : message,
  };
}

/**
 * Asks, then moves. `quiet` (the end of createUnitTabs): says nothing when no row would move. The plan is made again
 * under the lock after the answer, so a row typed while the question was open is never overwritten.
 */
export function moveRowsAsked(spreadsheet: Spreadsheet, quiet = false): MoveResult | null {
  const preview = readMove(spreadsheet);
  const n = preview ? count(preview.plan) : 0;
  let done: MoveResult | null = null;
  if (n) {
    const ui = SpreadsheetApp.getUi();
    const asked = UNIT_TAB.say('vi', 'moveAsk', { count: n, tabs: preview!.plan.moves.length });
    if (ui.alert(LABEL.say('vi', 'appName'), asked, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(10_000)) throw new ChiTieuError('sheet-busy', ADDON.text('sheetBusy'));
    try {
      // Kết quả may have been renamed or deleted while the question was open.
      const read = readMove(spreadsheet);
      done = read ? move(spreadsheet, read) : { moved: 0, tabs: [], stays: [], message: UNIT_TAB.say('vi', 'noMain') };
    } finally {
      lock.releaseLock();
    }
  } else if (quiet) return null;
  done ??= result(0, [], preview?.plan ?? { moves: [], stays: [] });
  spreadsheet.toast(done.message, LABEL.say('vi', 'appName'), 10);
  return done;
}
