// The closing tab read back (chốt số liệu): what each closed period kept, and what differs from it in the entries now.
// Writing a closing and its late changes is closing.ts; this half is what every analysis needs.

import type { Campaign } from './campaign';
import type { Cell, WorkbookData } from './cells';
import { parseDate, viDate, type Day } from './dates';
import type { Entry } from './entries';
import { makeProblem, type Problem } from './problems';
import type { ReportModel, Triple } from './report-model';
import { fold } from './text';

/** The closing tab: one block of rows per closed period. It is plain cells, so it survives a download as .xlsx. */
export const CLOSING_TAB = 'Chốt số liệu';
export const CLOSING_HEADER = [
  'Đợt báo cáo',
  'Mục',
  'Tab',
  'Dòng',
  'Ngày',
  'Mã đơn vị',
  'Mã chỉ tiêu',
  'Số lượng',
  'Dữ liệu',
];
/** Values of the `Mục` column: when it was closed, the kept report and figures (JSON in pieces), one row per entry. */
export const CLOSING_ITEMS = { closedAt: 'chốt lúc', report: 'báo cáo', answers: 'số liệu', entry: 'dòng' } as const;
// An .xlsx cell holds at most 32 767 characters (Sheets: 50 000): the JSON is cut into pieces that fit both.
export const CLOSING_PIECE_CHARS = 30_000;

/** One valid entry as it stood at the closing. */
export interface Fingerprint {
  tab: string;
  row: number;
  day: Day;
  unit: string;
  target: string;
  quantity: number;
}

/** ATTAINMENT/ACHIEVED/TARGET answers up to a period's end, for the campaign and for each unit, as they stood. */
export interface KeptAnswers {
  targets: string[];
  units: string[];
  campaign: Triple[];
  /** byUnit[unit][target] */
  byUnit: Triple[][];
}

export interface ClosedPeriod {
  name: string;
  /** ISO instant of the closing. */
  closedAt: string;
  report: ReportModel;
  answers: KeptAnswers;
  fingerprints: Fingerprint[];
}

/** A difference between a closed period's fingerprints and the entries now. */
export interface Difference {
  period: string;
  kind: 'added' | 'changed' | 'removed';
  tab: string;
  /** The row now (added, changed) or where it was (removed). */
  row: number;
  /** The header of the changed column (`Ngày` for an added or removed row). */
  column: string;
  oldValue: string;
  newValue: string;
  /** What the closing counted and what counts now, for the "bổ sung sau chốt số liệu" line. */
  before: Fingerprint | null;
  after: { day: Day; unit: string; target: string; quantity: number } | null;
  /** False for a removed row that is no longer there (deleted): its warning has no row to sit on. */
  located: boolean;
}

/** One valid entry as the closing tab keeps it: codes and keys as written on the Units and Targets tabs. */
export function fingerprintOf(campaign: Campaign, e: Entry): Fingerprint {
  const { units, targets } = campaign;
  return {
    tab: e.tab,
    row: e.row,
    day: e.day,
    unit: units[e.unit]!.code,
    target: targets[e.target]!.key,
    quantity: e.quantity,
  };
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Reads the closing tab (if any): folded period name → what was kept. A block that does not read is left out. */
export function readClosings(workbook: WorkbookData): Map<string, ClosedPeriod> {
  const closings = new Map<string, ClosedPeriod>();
  const sheet = workbook.sheets.find((s) => fold(s.name) === fold(CLOSING_TAB));
  if (!sheet) return closings;
  const parts = new Map<string, { name: string; at: string; report: string; answers: string; prints: Fingerprint[] }>();
  for (const row of sheet.rows.slice(1)) {
    const name = text(row[0]);
    if (!name) continue;
    const id = fold(name);
    let block = parts.get(id);
    if (!block) parts.set(id, (block = { name, at: '', report: '', answers: '', prints: [] }));
    const item = fold(text(row[1]));
    if (item === fold(CLOSING_ITEMS.closedAt)) block.at = text(row[8]);
    else if (item === fold(CLOSING_ITEMS.report)) block.report += text(row[8]);
    else if (item === fold(CLOSING_ITEMS.answers)) block.answers += text(row[8]);
    else if (item === fold(CLOSING_ITEMS.entry)) {
      const day = parseDate(row[4] ?? null);
      const quantity = Number(row[7]);
      if (day.ok && Number.isFinite(quantity))
        block.prints.push({
          tab: text(row[2]),
          row: Number(row[3]),
          day: day.day,
          unit: text(row[5]),
          target: text(row[6]),
          quantity,
        });
    }
  }
  for (const [id, b] of parts) {
    try {
      const report = JSON.parse(b.report) as ReportModel;
      const answers = JSON.parse(b.answers) as KeptAnswers;
      closings.set(id, { name: b.name, closedAt: b.at, report, answers, fingerprints: b.prints });
    } catch {
      // A block cut short (rows deleted by hand) is no closing: the period shows live figures again.
    }
  }
  return closings;
}

const DATE = 'Ngày';
type Content = Pick<Fingerprint, 'day' | 'unit' | 'target' | 'quantity'>;
const COLUMNS: [keyof Content, string][] = [
  ['day', DATE],
  ['unit', 'Mã đơn vị'],
  ['target', 'Mã chỉ tiêu'],
  ['quantity', 'Số lượng'],
];

function shown(key: keyof Content, f: Content): string {
  if (key === 'day') return viDate(f.day);
  if (key === 'quantity') return String(f.quantity).replace('.', ',');
  return String(f[key]);
}

function summary(f: Pick<Fingerprint, 'day' | 'unit' | 'target' | 'quantity'>): string {
  return COLUMNS.map(([key]) => shown(key, f)).join(' · ');
}

// Codes, keys and tab names repeat thousands of times: each distinct text is folded once.
let folded: Map<string, string> | null = null;
function foldOnce(text: string): string {
  folded ??= new Map();
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size > 50_000) folded.clear();
    folded.set(text, (out = fold(text)));
  }
  return out;
}
const contentKey = (f: Pick<Fingerprint, 'day' | 'unit' | 'target' | 'quantity'>) =>
  `${f.day}|${foldOnce(f.unit)}|${foldOnce(f.target)}|${f.quantity}`;
const placeKey = (tab: string, row: number) => `${foldOnce(tab)}|${row}`;

/**
 * Compares each closed period's fingerprints with the entries now: the same row unchanged, or the same entry moved
 * (rows inserted or deleted above it), matches; what is left at the same place has changed (the first column that
 * differs), else was added (dated in the period now) or removed (deleted, made invalid, or dated elsewhere now).
 */
export function differencesFrom(
  state: { campaign: Campaign; entries: Entry[]; excluded: { tab: string; row: number }[] },
  closings: Map<string, ClosedPeriod>,
): Difference[] {
  const out: Difference[] = [];
  if (closings.size === 0) return out;
  const { periods } = state.campaign;
  const now = state.entries.map((e) => fingerprintOf(state.campaign, e));
  const byPlace = new Map(now.map((f) => [placeKey(f.tab, f.row), f]));
  const invalid = new Set(state.excluded.map((x) => placeKey(x.tab, x.row)));
  for (const period of periods) {
    const closed = closings.get(fold(period.name));
    if (!closed) continue;
    const inside = (f: { day: Day }) => f.day >= period.from && f.day <= period.to;
    const inPeriod = now.filter(inside);
    const exact = (f: Fingerprint) => `${placeKey(f.tab, f.row)}|${contentKey(f)}`;
    // Unchanged rows first, then the same entry moved (rows inserted or deleted above it).
    let current = unmatched(inPeriod, closed.fingerprints, exact);
    let kept = unmatched(closed.fingerprints, inPeriod, exact);
    [current, kept] = [unmatched(current, kept, contentKey), unmatched(kept, current, contentKey)];
    const leftAt = new Map(current.map((f) => [placeKey(f.tab, f.row), f]));
    for (const before of kept) {
      // At the same place now: an entry of this period, or one dated elsewhere since the closing.
      const place = placeKey(before.tab, before.row);
      const elsewhere = byPlace.get(place);
      // A row now dated outside the period is this one re-dated only when the rest of it still agrees (after a
      // deletion above, the next row moves up into the place and agrees on nothing).
      const redated = elsewhere && !inside(elsewhere) && sameButDate(before, elsewhere) ? elsewhere : undefined;
      const after = leftAt.get(place) ?? redated;
      if (after) {
        leftAt.delete(place);
        for (const [field, column] of COLUMNS) {
          if (contentKeyPart(before, field) === contentKeyPart(after, field)) continue;
          out.push({
            period: period.name,
            kind: 'changed',
            tab: after.tab,
            row: after.row,
            column,
            oldValue: shown(field, before),
            newValue: shown(field, after),
            before,
            after,
            located: true,
          });
        }
        continue;
      }
      out.push({
        period: period.name,
        kind: 'removed',
        tab: before.tab,
        row: before.row,
        column: DATE,
        oldValue: summary(before),
        newValue: '',
        before,
        after: null,
        // A row made invalid is still there to mark; a deleted one is not.
        located: invalid.has(place),
      });
    }
    for (const after of leftAt.values()) {
      out.push({
        period: period.name,
        kind: 'added',
        tab: after.tab,
        row: after.row,
        column: DATE,
        oldValue: '',
        newValue: summary(after),
        before: null,
        after,
        located: true,
      });
    }
  }
  return out;
}

function sameButDate(a: Content, b: Content): boolean {
  return (
    (['unit', 'target', 'quantity'] as const).filter((f) => contentKeyPart(a, f) === contentKeyPart(b, f)).length >= 2
  );
}

/** The items of `list` left once each item of `other` has cancelled one equal item (by `key`) of `list`. */
function unmatched<T, U>(list: T[], other: U[], key: (x: T | U) => string): T[] {
  const count = new Map<string, number>();
  for (const o of other) count.set(key(o), (count.get(key(o)) ?? 0) + 1);
  return list.filter((x) => {
    const n = count.get(key(x)) ?? 0;
    if (n > 0) count.set(key(x), n - 1);
    return n === 0;
  });
}

function contentKeyPart(f: Content, field: keyof Content): string {
  return field === 'unit' || field === 'target' ? fold(String(f[field])) : String(f[field]);
}

/** The warning `after-cutoff`, where the difference can be located (a removed row has no row any more: row 0). */
export function afterCutoffProblem(d: Difference): Problem {
  const params = { period: d.period, old: d.oldValue, now: d.newValue, row: d.row };
  const place = { tab: d.tab, row: d.located ? d.row : 0, column: d.column };
  return makeProblem(place, 'after-cutoff', 'warning', params, `after-cutoff-${d.kind}`);
}

/** One identity per difference (place and both contents): a row that differs in two overlapping closed periods counts once. */
export function differenceKey(d: Difference): string {
  return `${placeKey(d.tab, d.row)}|${d.before ? contentKey(d.before) : ''}|${d.after ? contentKey(d.after) : ''}`;
}
