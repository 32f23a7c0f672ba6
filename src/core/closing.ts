// Closing a period (chốt số liệu): the kept report and fingerprints in the closing tab, and what differs from them since.

import type { Analysis } from './analysis';
import type { Triple } from './answer-table';
import type { Period } from './campaign';
import type { Cell, WorkbookData } from './cells';
import { isoDate, parseDate, viDate, type Day } from './dates';
import type { Entry } from './entries';
import { figuresFor, targetFor, unitFigure } from './figures';
import { makeProblem, type Problem } from './problems';
import type { ReportModel } from './report';
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
const ITEM = { closedAt: 'chốt lúc', report: 'báo cáo', answers: 'số liệu', entry: 'dòng' } as const;
// An .xlsx cell holds at most 32 767 characters (Sheets: 50 000): the JSON is cut into pieces that fit both.
const PIECE = 30_000;

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

/** The answers up to a period's end: one pass for the campaign figures, then each unit's from the same figures. */
export function answersAt(analysis: Analysis, period: Period): KeptAnswers {
  const { targets, units } = analysis.campaign;
  const figures = figuresFor(analysis, { from: null, to: period.to });
  return {
    targets: targets.map((t) => t.key),
    units: units.map((u) => u.code),
    campaign: figures.map((f, ti) => [f.achieved, targetFor(analysis, ti, null), f.attainment]),
    byUnit: units.map((_, ui) =>
      figures.map((f, ti): Triple => {
        const u = unitFigure(analysis, ti, ui, f.byUnit[ui]!);
        return [u.achieved, u.target, u.attainment];
      }),
    ),
  };
}

function fingerprintOf(analysis: Analysis, e: Entry): Fingerprint {
  const { units, targets } = analysis.campaign;
  return {
    tab: e.tab,
    row: e.row,
    day: e.day,
    unit: units[e.unit]!.code,
    target: targets[e.target]!.key,
    quantity: e.quantity,
  };
}

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) out.push(text.slice(i, i + PIECE));
  return out;
}

/**
 * The closing tab's rows for one period (no header): when, the report as it stands (without its problem list: the
 * counts stay), the answers, and a fingerprint of each valid entry dated in the period.
 */
export function closingRows(analysis: Analysis, period: Period, report: ReportModel, now: Date): Cell[][] {
  const { problems, ...kept } = report;
  void problems;
  const name = period.name;
  const rows: Cell[][] = [[name, ITEM.closedAt, '', '', '', '', '', '', now.toISOString()]];
  for (const piece of pieces(JSON.stringify(kept))) rows.push([name, ITEM.report, '', '', '', '', '', '', piece]);
  for (const piece of pieces(JSON.stringify(answersAt(analysis, period))))
    rows.push([name, ITEM.answers, '', '', '', '', '', '', piece]);
  for (const e of analysis.entries) {
    if (e.day < period.from || e.day > period.to) continue;
    const f = fingerprintOf(analysis, e);
    rows.push([name, ITEM.entry, f.tab, f.row, isoDate(f.day), f.unit, f.target, f.quantity, '']);
  }
  return rows;
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
    if (item === fold(ITEM.closedAt)) block.at = text(row[8]);
    else if (item === fold(ITEM.report)) block.report += text(row[8]);
    else if (item === fold(ITEM.answers)) block.answers += text(row[8]);
    else if (item === fold(ITEM.entry)) {
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
export function differencesFrom(analysis: Analysis, closings: Map<string, ClosedPeriod>): Difference[] {
  const out: Difference[] = [];
  if (closings.size === 0) return out;
  const { periods } = analysis.campaign;
  const now = analysis.entries.map((e) => fingerprintOf(analysis, e));
  const byPlace = new Map(now.map((f) => [placeKey(f.tab, f.row), f]));
  const invalid = new Set(analysis.excluded.map((x) => placeKey(x.tab, x.row)));
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

/** What changed after closings in entries dated before a period: counted in its cumulative, shown as its own line. */
export interface LateChange {
  key: string;
  label: string;
  unit: string;
  /** Signed change of the cumulative figure (count targets). */
  change: number;
  rows: number;
  /** The closed periods the changes were made in. */
  periods: string[];
}

/**
 * The late changes to closed periods that a later (open) period's cumulative includes: the parts of each difference
 * dated before the period starts, per count target (a percent target's state has no sum to split). A row that differs
 * in two overlapping closed periods (a week inside a phase) counts once.
 */
export function lateChangesFor(analysis: Analysis, period: Period): LateChange[] {
  const { targets } = analysis.campaign;
  const byKey = new Map<string, LateChange>();
  const seen = new Set<string>();
  const counted = new Set<string>();
  const add = (id: string, key: string, amount: number, closed: string) => {
    const t = targets.find((x) => x.id === fold(key));
    if (!t || t.kind !== 'count') return;
    let line = byKey.get(t.id);
    if (!line)
      byKey.set(t.id, (line = { key: t.key, label: t.label, unit: t.measure, change: 0, rows: 0, periods: [] }));
    line.change = Math.round((line.change + amount) * 1e9) / 1e9;
    // A changed row adds its new quantity and takes its old one: one row.
    if (!counted.has(`${id}|${t.id}`)) line.rows++;
    counted.add(`${id}|${t.id}`);
    if (!line.periods.includes(closed)) line.periods.push(closed);
  };
  for (const d of analysis.differences) {
    if (fold(d.period) === fold(period.name)) continue;
    const id = `${placeKey(d.tab, d.row)}|${d.before ? contentKey(d.before) : ''}|${d.after ? contentKey(d.after) : ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (d.before && d.before.day < period.from) add(id, d.before.target, -d.before.quantity, d.period);
    if (d.after && d.after.day < period.from) add(id, d.after.target, d.after.quantity, d.period);
  }
  return [...byKey.values()].filter((l) => l.change !== 0);
}
