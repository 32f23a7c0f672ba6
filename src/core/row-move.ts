// Moving rows of the shared `Kết quả` tab to the units' own tabs (issue 15): which rows go where, and which stay. No I/O.

import { isBlank, type Cell } from './cells';
import type { Unit } from './campaign';
import { ENTRIES } from './contract';
import { entryTabSuffix } from './entry-tabs';
import { mapColumns, missingColumns, readTable } from './tables';
import { fold } from './text';

/** Why a row stays on `Kết quả`; `changed` is decided while moving (edited meanwhile, or read back differently). */
export type StayReason =
  | 'noUnit'
  | 'unknownUnit'
  | 'noTab'
  | 'notEditor'
  | 'formula'
  | 'noColumn'
  | 'sameColumn'
  | 'changed'
  | 'tabBusy'
  | 'notCleared';

/** A unit's own tab as read: its values from A1 (getDataRange) and whether the person running the move may edit it. */
export interface UnitTabRead {
  name: string;
  rows: Cell[][];
  editable: boolean;
}

/** What one unit's tab receives. */
export interface TabMove {
  tab: string;
  /** The first sheet row written (right under the tab's last row) and the rows written there, as wide as its header. */
  first: number;
  values: Cell[][];
  /** Number formats of the copied cells (null under a column `Kết quả` lacks: the tab's own format stays). */
  formats: (string | null)[][];
  /** Every `Kết quả` row moving to this tab and the tab row that holds (or will hold) it. */
  sources: number[];
  dests: number[];
}

export interface MovePlan {
  moves: TabMove[];
  stays: { row: number; reason: StayReason; code: string }[];
}

/** `Kết quả` as getDataRange() gives it: values, number formats and formulas. */
export interface MainRead {
  rows: Cell[][];
  formats: string[][];
  formulas: string[][];
}

/** The folded unit codes on `Kết quả`'s rows: only those units' tabs need reading. */
export function unitIdsOn(rows: Cell[][]): Set<string> {
  const at = readTable({ name: '', rows }, ENTRIES).columns.unit ?? -1;
  return new Set(rows.map((r) => fold(String(r[at] ?? '').trim())));
}

/** A row's values as one text: dates by instant, blanks alike, trailing blanks ignored. */
function rowKey(row: readonly Cell[]): string {
  const parts = row.map((v) => (v instanceof Date ? `d${v.getTime()}` : isBlank(v) ? '' : `${typeof v}${v}`));
  while (parts.length && !parts[parts.length - 1]) parts.pop();
  return JSON.stringify(parts);
}

/** Whether two rows hold the same values, as Sheets hands them back. */
export const sameRow = (a: readonly Cell[], b: readonly Cell[]): boolean => rowKey(a) === rowKey(b);

/** Sorted rows as runs: [5, 6, 7, 9] → [[5, 7], [9, 9]]. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** "5, 9, 12–14" */
export const rowList = (rows: readonly number[]): string =>
  rowRuns(rows)
    .map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`))
    .join(', ');

/**
 * Plans a move: every data row of `Kết quả` whose unit code is a unit with its own tab goes to the end of that tab,
 * each column under the same contract column or header there; the rest stay with a reason. A row already on its tab,
 * equal in every cell, is not copied again (a cut run copied it; an exact twin typed there would be a duplicate
 * anyway): it is only cleared.
 */
export function planRowMove(main: MainRead, units: Unit[], tabs: UnitTabRead[]): MovePlan {
  const source = readTable({ name: ENTRIES.name, rows: main.rows }, ENTRIES);
  const ids = Object.fromEntries(Object.entries(source.columns).map(([id, c]) => [c, id]));
  const sourceHeader = main.rows[source.headerIndex] ?? [];
  const unitIds = new Set(units.map((u) => u.id));
  const plan: MovePlan = { moves: [], stays: [] };
  const targets = new Map<string, { tab: UnitTabRead; move: TabMove; map: number[]; there: Map<string, number[]> }>();
  const target = (id: string) => {
    if (targets.has(id)) return targets.get(id);
    const tab = tabs.find((t) => entryTabSuffix(t.name) === id);
    const table = tab && readTable({ name: tab.name, rows: tab.rows }, ENTRIES);
    if (!tab || !table || missingColumns(table).length) return void targets.set(id, undefined!);
    const header = (tab.rows[table.headerIndex] ?? []).map((h) => fold(String(h)));
    while (header.length && !header[header.length - 1]) header.pop();
    // Each Kết quả column's place on the tab (-1: none there; -2: a column placed there already). A tab column takes
    // one column only, contract columns first: two "Ghi chú" columns, or a second "Mã đơn vị", would overwrite.
    const to = (h: Cell, c: number) =>
      table.columns[ids[c] ?? Object.keys(mapColumns(ENTRIES, [h]))[0] ?? ''] ??
      (isBlank(h) ? -1 : header.indexOf(fold(String(h))));
    const map = sourceHeader.map(() => -1);
    for (const c of sourceHeader.map((_, c) => c).sort((a, b) => Number(!ids[a]) - Number(!ids[b]))) {
      const at = to(sourceHeader[c], c);
      map[c] = at >= 0 && map.includes(at) ? -2 : at;
    }
    const there = new Map<string, number[]>();
    tab.rows.forEach((r, i) => i > table.headerIndex && there.set(rowKey(r), [...(there.get(rowKey(r)) ?? []), i + 1]));
    const first = Math.max(tab.rows.length, table.headerIndex + 1) + 1;
    const move: TabMove = { tab: tab.name, first, values: [], formats: [], sources: [], dests: [] };
    const t = { tab, move, map, there: there };
    targets.set(id, t);
    plan.moves.push(move);
    return t;
  };
  for (let i = source.headerIndex + 1; i < main.rows.length; i++) {
    const row = main.rows[i]!;
    if (row.every(isBlank)) continue;
    const code = String(row[source.columns.unit ?? -1] ?? '').trim();
    const id = fold(code);
    const t = unitIds.has(id) ? target(id) : undefined;
    const reason: StayReason | null = !id
      ? 'noUnit'
      : !unitIds.has(id)
        ? 'unknownUnit'
        : !t
          ? 'noTab'
          : !t.tab.editable
            ? 'notEditor'
            : main.formulas[i]?.some((f) => f)
              ? 'formula'
              : row.some((v, c) => (t.map[c] ?? -1) === -1 && !isBlank(v))
                ? 'noColumn'
                : row.some((v, c) => t.map[c] === -2 && !isBlank(v))
                  ? 'sameColumn'
                  : null;
    if (reason) {
      plan.stays.push({ row: i + 1, reason, code });
      continue;
    }
    const { move, map, there } = t!;
    const place = <T>(cells: readonly T[], blank: T) => {
      const out = new Array<T>(Math.max(0, ...map) + 1).fill(blank);
      map.forEach((to, c) => to >= 0 && (out[to] = cells[c] ?? blank));
      return out;
    };
    const values = place(row, '' as Cell);
    const twin = there.get(rowKey(values))?.shift();
    move.sources.push(i + 1);
    move.dests.push(twin ?? move.first + move.values.length);
    if (twin) continue;
    move.values.push(values);
    move.formats.push(place<string | null>(main.formats[i] ?? [], null));
  }
  plan.moves = plan.moves.filter((m) => m.sources.length);
  return plan;
}
