// Answers to ATTAINMENT / ACHIEVED / TARGET and `chitieu attainment`: one target, optional period and unit.

import type { Analysis } from './analysis';
import {
  buildAnswerTable,
  lookupAnswer,
  resolve,
  resolveUnit,
  unknownPeriod,
  unknownTarget,
  type QueryAnswer,
} from './answer-table';
import type { Period } from './campaign';

export interface Query {
  target: string;
  period?: string | null;
  unit?: string | null;
}

/** Finds a target by key or label (folded). */
function findTarget(analysis: Analysis, text: string): number {
  const { targets } = analysis.campaign;
  const keys = targets.map((t) => t.key);
  const i = resolve(
    text,
    keys,
    targets.map((t) => t.label),
  );
  if (i < 0) throw unknownTarget(text, keys);
  return i;
}

export function findPeriod(analysis: Analysis, text: string): Period {
  const { periods } = analysis.campaign;
  const names = periods.map((p) => p.name);
  const i = resolve(text, names);
  if (i < 0) throw unknownPeriod(text, names);
  return periods[i]!;
}

/** Finds a unit by code or name (folded). */
function findUnit(analysis: Analysis, text: string): number {
  return resolveUnit({ units: analysis.campaign.units }, text);
}

/** Cumulative achievement (to the period's end, or to date) and attainment of one target. */
export function answer(analysis: Analysis, query: Query): QueryAnswer {
  // Resolve the target first so an unknown target is reported before an unknown period or unit.
  findTarget(analysis, query.target);
  if (query.period) findPeriod(analysis, query.period);
  const unitIndex = query.unit ? findUnit(analysis, query.unit) : null;
  return lookupAnswer(buildAnswerTable(analysis, unitIndex), query.target, query.period ?? null);
}
