// Closing a period (chốt số liệu): the kept report and fingerprints in the closing tab, and what differs from them since.

import type { Analysis } from './analysis';
import type { Period } from './campaign';
import type { Cell } from './cells';
import { isoDate } from './dates';
import { CLOSING_ITEMS, CLOSING_PIECE_CHARS, differenceKey, fingerprintOf, type KeptAnswers } from './closed-periods';
import { figuresFor, targetFor, unitFigure } from './figures';
import type { LateChange, ReportModel, Triple } from './report-model';
import { fold } from './text';

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

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CLOSING_PIECE_CHARS) out.push(text.slice(i, i + CLOSING_PIECE_CHARS));
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
  const rows: Cell[][] = [[name, CLOSING_ITEMS.closedAt, '', '', '', '', '', '', now.toISOString()]];
  for (const piece of pieces(JSON.stringify(kept)))
    rows.push([name, CLOSING_ITEMS.report, '', '', '', '', '', '', piece]);
  for (const piece of pieces(JSON.stringify(answersAt(analysis, period))))
    rows.push([name, CLOSING_ITEMS.answers, '', '', '', '', '', '', piece]);
  for (const e of analysis.entries) {
    if (e.day < period.from || e.day > period.to) continue;
    const f = fingerprintOf(analysis.campaign, e);
    rows.push([name, CLOSING_ITEMS.entry, f.tab, f.row, isoDate(f.day), f.unit, f.target, f.quantity, '']);
  }
  return rows;
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
    const id = differenceKey(d);
    if (seen.has(id)) continue;
    seen.add(id);
    if (d.before && d.before.day < period.from) add(id, d.before.target, -d.before.quantity, d.period);
    if (d.after && d.after.day < period.from) add(id, d.after.target, d.after.quantity, d.period);
  }
  return [...byKey.values()].filter((l) => l.change !== 0);
}
