// Roll-up rows a lower level sends to the upper level: one per target and slice, slices cut at period ends so that
// overlapping periods never count an entry twice (docs/DOMAIN.md "Roll-up to the upper level"). Pure: both hosts
// (chitieu rollup, the add-on's `Gửi cấp trên`) build the rows here and only write them.

import { SEND_UP } from '../messages';
import type { Analysis } from './analysis';
import type { Entry } from './entries';
import type { Day } from './dates';
import { baseOf, round } from './figures';
import { fold } from './text';

/** One roll-up row: the Entries columns plus `Dấu thời gian` and `Cơ sở tính`. */
export interface RollupRow {
  /** The slice's last day. */
  day: Day;
  /** The lower level's code at the upper level. */
  unit: string;
  /** The upper key. */
  key: string;
  /** Count: the sum of the slice's entries; percent: members meeting it at the slice's end (share × base). */
  quantity: number;
  activity: string;
  /** The lower workbook's file name or spreadsheet URL. */
  evidence: string;
  /** Latest recorded time (a Moment: the sheet's wall clock) of the entries summed when all are known, else null. */
  recordedAt: number | null;
  /** The lower level's base of a percent target; null for a count target. */
  base: number | null;
}

export interface LowerRollup {
  code: string;
  rows: RollupRow[];
  /** Lower target keys with no upper counterpart: listed and left out, never guessed. */
  notInUpper: string[];
}

export interface RollupOptions {
  /** The lower level's code at the upper level. */
  code: string;
  /** Where the rows come from (file name or spreadsheet URL), written as their evidence. */
  source: string;
  /** Days on which slices end (period ends); those outside the window are ignored. */
  cuts: Day[];
  /** Upper target keys by folded key; null sends every target under its upper key (the upper level is not known). */
  upperKeys: Map<string, string> | null;
  /** When an entry was recorded, if known; default the entry's own recordedAt. */
  recordedAt?: (entry: Entry) => number | null;
}

/** The slices [from, to] of a window cut at every distinct cut day inside it. */
export function rollupSlices(window: { from: Day; to: Day }, cuts: Day[]): { from: Day; to: Day }[] {
  const ends = [...new Set(cuts.filter((c) => c >= window.from && c < window.to))].sort((a, b) => a - b);
  ends.push(window.to);
  let from = window.from;
  return ends.map((to) => {
    const slice = { from, to };
    from = to + 1;
    return slice;
  });
}

/** Index of the slice holding a day (slices sorted, contiguous), or -1. */
function sliceOf(slices: { from: Day; to: Day }[], day: Day): number {
  let lo = 0;
  let hi = slices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (day < slices[mid]!.from) hi = mid - 1;
    else if (day > slices[mid]!.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Builds a lower level's roll-up rows from its analysis (valid entries only). */
export function buildRollup(lower: Analysis, options: RollupOptions): LowerRollup {
  const { targets, units, window } = lower.campaign;
  const out: LowerRollup = { code: options.code, rows: [], notInUpper: [] };
  const upperKeyOf = targets.map((t) => {
    if (!options.upperKeys) return t.upperKey;
    return options.upperKeys.get(fold(t.upperKey)) ?? null;
  });
  targets.forEach((t, i) => upperKeyOf[i] === null && out.notInUpper.push(t.key));
  if (!window || lower.entries.length === 0) return out;
  const slices = rollupSlices(window, options.cuts);
  const activity = SEND_UP.say('vi', 'activity', { name: lower.campaign.name || options.code });
  const timeOf = options.recordedAt ?? ((e: Entry) => e.recordedAt);

  // Per target and slice: entries counted, their sum, and the latest recorded time (NaN once one is unknown).
  const n = slices.length;
  const counts = targets.map(() => new Uint32Array(n));
  const sums = targets.map(() => new Float64Array(n));
  const times = targets.map(() => new Float64Array(n).fill(-Infinity));
  const percentEntries: Entry[][] = targets.map(() => []);
  for (const e of lower.entries) {
    if (upperKeyOf[e.target] === null) continue;
    const s = sliceOf(slices, e.day);
    if (s < 0) continue;
    counts[e.target]![s]!++;
    sums[e.target]![s]! += e.quantity;
    const time = timeOf(e);
    const seen = times[e.target]!;
    seen[s] = time === null || Number.isNaN(seen[s]!) ? NaN : Math.max(seen[s]!, time);
    if (targets[e.target]!.kind === 'percent') percentEntries[e.target]!.push(e);
  }

  targets.forEach((t, ti) => {
    const key = upperKeyOf[ti];
    if (key === null || key === undefined) return;
    // Percent: each unit's latest figure up to the slice's end; entries by day, row order kept within a day.
    let figures: Float64Array | null = null;
    const byDay = t.kind === 'percent' ? [...percentEntries[ti]!].sort((a, b) => a.day - b.day) : [];
    const latest = new Float64Array(units.length);
    let next = 0;
    for (let s = 0; s < n; s++) {
      if (t.kind === 'percent') {
        while (next < byDay.length && byDay[next]!.day <= slices[s]!.to) {
          const e = byDay[next++]!;
          latest[e.unit] = e.quantity;
        }
        figures = latest;
      }
      if (counts[ti]![s] === 0) continue;
      let quantity = sums[ti]![s]!;
      if (figures) {
        quantity = 0;
        for (const v of figures) quantity += v;
      }
      const time = times[ti]![s]!;
      out.rows.push({
        day: slices[s]!.to,
        unit: options.code,
        key,
        quantity: round(quantity),
        activity,
        evidence: options.source,
        recordedAt: Number.isFinite(time) ? time : null,
        base: t.kind === 'percent' ? baseOf(t, units.length) : null,
      });
    }
  });
  out.rows.sort((a, b) => a.day - b.day);
  return out;
}

/**
 * The valid entries a roll-up sends: live entries outside every closed period, and for each closed period the entries
 * it fingerprinted (so a closed period sends its kept figures). Where closed periods overlap, each day comes from the
 * latest closing that covers it.
 */
export function keptEntries(analysis: Analysis): Entry[] {
  const { periods, units, targets } = analysis.campaign;
  const closed = [...analysis.closings.values()]
    .map((c) => ({ closing: c, period: periods.find((p) => p.id === fold(c.name)) }))
    .filter((c) => c.period !== undefined)
    .sort((a, b) => a.closing.closedAt.localeCompare(b.closing.closedAt));
  if (closed.length === 0) return analysis.entries;
  const inClosed = (day: number) => closed.some(({ period }) => day >= period!.from && day <= period!.to);
  const unitOf = new Map(units.map((u, i) => [u.id, i]));
  const targetOf = new Map(targets.map((t, i) => [t.id, i]));
  const live = new Map(analysis.entries.map((e) => [`${e.tab}|${e.row}`, e]));
  const kept: Entry[] = [];
  closed.forEach(({ closing, period }, i) => {
    // Each day is sent as its latest closing kept it: an entry kept by two overlapping closings (a week, then the
    // phase around it) counts once even when its row moved between them (rows are not an entry's identity).
    const later = closed.slice(i + 1).map((c) => c.period!);
    for (const f of closing.fingerprints) {
      const unit = unitOf.get(fold(f.unit));
      const target = targetOf.get(fold(f.target));
      if (unit === undefined || target === undefined || f.day < period!.from || f.day > period!.to) continue;
      if (later.some((p) => f.day >= p.from && f.day <= p.to)) continue;
      const now = live.get(`${f.tab}|${f.row}`);
      const same =
        now && now.day === f.day && now.unit === unit && now.target === target && now.quantity === f.quantity;
      const recordedAt = same ? now.recordedAt : null;
      kept.push({ tab: f.tab, row: f.row, day: f.day, unit, target, quantity: f.quantity, recordedAt });
    }
  });
  return [...analysis.entries.filter((e) => !inClosed(e.day)), ...kept];
}
