// The figures of docs/DOMAIN.md: period and cumulative results, percent shares, attainments, per unit and per campaign.

import type { Analysis } from './analysis';
import type { Period, Target } from './campaign';
import type { Day } from './dates';

/** A date range; `from: null` means from the start of the campaign. */
export interface Span {
  from: Day | null;
  to: Day | null;
}

/** Per-unit figures of one target over one span, plus the campaign total. */
export interface TargetFigures {
  /** count: sum of entries in the span; percent: each unit's latest figure up to span end. */
  byUnit: Float64Array;
  /** count: Σ byUnit; percent: 100 × share (percent points). */
  achieved: number;
  attainment: number;
}

/** The population a percent target's share is taken over. */
export function baseOf(target: Target, unitCount: number): number {
  return target.base ?? target.carriedBase ?? unitCount;
}

/**
 * Computes every target's figures over a span in one pass over the entries.
 * Percent targets measure a state, so they ignore span.from: a unit's figure is its latest entry up to span.to.
 */
export function figuresFor(analysis: Analysis, span: Span): TargetFigures[] {
  const { targets, units } = analysis.campaign;
  const byUnit = targets.map(() => new Float64Array(units.length));
  const latestDay = targets.map((t) => (t.kind === 'percent' ? new Float64Array(units.length).fill(-Infinity) : null));
  const from = span.from ?? -Infinity;
  const to = span.to ?? Infinity;
  for (const e of analysis.entries) {
    if (e.day > to) continue;
    const latest = latestDay[e.target];
    if (latest) {
      // Entries are in row order, so a later row on the same day replaces an earlier one.
      if (e.day >= latest[e.unit]!) {
        latest[e.unit] = e.day;
        byUnit[e.target]![e.unit] = e.quantity;
      }
    } else if (e.day >= from) {
      byUnit[e.target]![e.unit]! += e.quantity;
    }
  }
  return targets.map((t, i) => {
    const values = byUnit[i]!;
    let sum = 0;
    for (const v of values) sum += v;
    if (t.kind === 'percent') {
      const share = sum / baseOf(t, units.length);
      return { byUnit: values, achieved: round(100 * share), attainment: round(share / (t.target / 100)) };
    }
    return { byUnit: values, achieved: round(sum), attainment: round(sum / t.target) };
  });
}

/** Rounds away binary noise (0.1 + 0.2) so that figures compare and print cleanly. */
export function round(value: number): number {
  const scaled = value * 1e9;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : value;
}

export function periodSpan(period: Period | null): Span {
  return period ? { from: period.from, to: period.to } : { from: null, to: null };
}

/** The allocated target of a unit, if the Allocation tab gives one. */
export function allocationOf(analysis: Analysis, unitIndex: number, targetIndex: number): number | null {
  const unit = analysis.campaign.units[unitIndex]!;
  const target = analysis.campaign.targets[targetIndex]!;
  return analysis.campaign.allocations.get(unit.id)?.get(target.id) ?? null;
}

/** What one unit has achieved on one target and what it is measured against (ACHIEVED, TARGET). */
export function unitFigure(
  analysis: Analysis,
  targetIndex: number,
  unitIndex: number,
  value: number,
): { achieved: number; target: number; attainment: number } {
  const target = analysis.campaign.targets[targetIndex]!;
  const allocation = allocationOf(analysis, unitIndex, targetIndex);
  if (target.kind === 'percent') {
    // With an allocation, docs/DOMAIN.md's rule as written: the unit's figure ÷ its allocation.
    if (allocation !== null)
      return { achieved: round(value), target: allocation, attainment: round(value / allocation) };
    // Without one: the unit's contribution to the campaign share, in percent points, against the target.
    const achieved = round((100 * value) / baseOf(target, analysis.campaign.units.length));
    return { achieved, target: target.target, attainment: round(achieved / target.target) };
  }
  const goal = allocation ?? target.target;
  return { achieved: round(value), target: goal, attainment: round(value / goal) };
}

/** The target a unit (or the campaign, with unitIndex null) is measured against. */
export function targetFor(analysis: Analysis, targetIndex: number, unitIndex: number | null): number {
  const target = analysis.campaign.targets[targetIndex]!;
  if (unitIndex === null) return target.target;
  return allocationOf(analysis, unitIndex, targetIndex) ?? target.target;
}
