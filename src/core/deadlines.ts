// When an entry was recorded, and how that compares with its periods' deadlines (docs/DOMAIN.md, "Deadlines").

import type { Campaign, Period } from './campaign';
import type { Day } from './dates';
import { parseMoment, viMoment, type Moment } from './moments';
import { makeProblem, type Problem } from './problems';
import type { TableRow } from './tables';

/** A unit's reporting in a period, decided in this order. */
export type Reporting = 'on-time' | 'unknown' | 'late' | 'none';

/**
 * When a row was recorded: the Google Forms timestamp, else the add-on's own stamp; null when neither holds a time
 * (rows that arrived without an edit the add-on heard are never given an invented time).
 */
export function recordedAt(row: TableRow): Moment | null {
  for (const id of ['timestamp', 'recorded']) {
    const parsed = parseMoment(row.get(id));
    if (parsed.ok) return Math.floor(parsed.at / 1000) * 1000;
  }
  return null;
}

/** The periods whose dates contain a day (periods may overlap: weekly ones inside phases). */
export function periodsOf(campaign: Campaign, day: Day): Period[] {
  return campaign.periods.filter((p) => day >= p.from && day <= p.to);
}

/** The warning `late-entry` (column Ngày) when a valid entry was recorded after a deadline of a period containing it. */
export function lateEntryProblem(
  campaign: Campaign,
  day: Day,
  recorded: Moment | null,
  where: { tab: string; row: number; column: string },
): Problem | null {
  if (recorded === null) return null;
  const late = periodsOf(campaign, day).filter((p) => recorded > p.deadlineAt);
  if (late.length === 0) return null;
  return makeProblem(where, 'late-entry', 'warning', {
    recorded: viMoment(recorded),
    periods: late.map((p) => `${p.name} (${viMoment(p.deadlineAt)})`).join(', '),
  });
}

/** Each unit's reporting in a period: on-time, else unknown, else late, else none. */
export function reportingOf(
  entries: readonly { day: Day; unit: number; recordedAt: Moment | null }[],
  unitCount: number,
  period: Period,
): Reporting[] {
  // Bits per unit: 1 on time, 2 unknown time, 4 late.
  const seen = new Uint8Array(unitCount);
  for (const e of entries) {
    if (e.day < period.from || e.day > period.to) continue;
    seen[e.unit]! |= e.recordedAt === null ? 2 : e.recordedAt <= period.deadlineAt ? 1 : 4;
  }
  return Array.from(seen, (bits) => (bits & 1 ? 'on-time' : bits & 2 ? 'unknown' : bits & 4 ? 'late' : 'none'));
}
