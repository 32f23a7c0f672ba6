// The report model of one period: per target, per unit, non-reporting units and the emulation ranking.

import type { Analysis } from './analysis';
import { periodJson } from './campaign';
import { lateChangesFor } from './closing';
import { isoDate, type Day } from './dates';
import { reportingOf } from './deadlines';
import { figuresFor, round, unitFigure } from './figures';
import { LABEL } from '../messages';
import { findPeriod } from './queries';
import type { Pace, Progress, ReportModel, Standing, Status, TargetRow, UnitRow } from './report-model';
import { fold } from './text';

export function statusOf(attainment: number): Status {
  if (attainment > 1) return 'exceeded';
  if (attainment === 1) return 'met';
  return 'not-met';
}

/** Share of `span` (the campaign window) elapsed at the end of `day`, 0–1. */
function elapsedShare(span: { from: Day; to: Day }, day: Day): number {
  const length = span.to - span.from + 1;
  return Math.min(1, Math.max(0, (day - span.from + 1) / length));
}

/**
 * A target's status and pace at the end of `day`, against the campaign window (Settings From–To, else the periods'
 * span; `span` when there is neither). The one rule behind the report's "Chậm tiến độ" and the sidebar's colours.
 */
export function progressAt(analysis: Analysis, attainment: number, day: Day, span?: { from: Day; to: Day }): Progress {
  const window = analysis.campaign.window ?? span;
  const expected = window ? elapsedShare(window, day) : 1;
  const pace = expected > 0 ? round(attainment / expected) : 0;
  const status = statusOf(attainment);
  // Nothing is expected before the window starts: not behind.
  const paceStatus: Pace = attainment >= 1 || expected === 0 || pace >= 1 ? 'ahead' : 'behind';
  const standing: Standing =
    status !== 'not-met' ? status : expected >= 1 ? 'not-met' : paceStatus === 'ahead' ? 'on-track' : 'behind';
  return { status, expected: round(expected), pace, paceStatus, standing };
}

const MAX_POINTS = 100;

/** Builds the report of a period. `now` is the host's clock, passed in so the core stays pure. */
export function buildReport(analysis: Analysis, periodName: string, now: Date = new Date()): ReportModel {
  const period = findPeriod(analysis, periodName);
  // A closed period reports what was kept at its closing (docs/DOMAIN.md, "Closing a period").
  const closed = analysis.closings.get(fold(period.name));
  // The kept figures, under today's header settings (who issues the document is not part of the figures).
  if (closed)
    return {
      ...closed.report,
      problems: [],
      closedAt: closed.closedAt,
      lateChanges: [],
      documentSettings: analysis.campaign.documentSettings ?? {},
    };
  const { targets, units, window } = analysis.campaign;
  const inPeriod = figuresFor(analysis, { from: period.from, to: period.to });
  const cumulative = figuresFor(analysis, { from: null, to: period.to });

  const targetRows: TargetRow[] = targets.map((t, i) => {
    const attainment = cumulative[i]!.attainment;
    const { status, expected, pace, paceStatus } = progressAt(analysis, attainment, period.to, period);
    return {
      key: t.key,
      label: t.label,
      unit: t.measure, // report --json names the unit of measure `unit` (DOMAIN.md)
      kind: t.kind,
      group: t.group,
      target: t.target,
      periodResult: inPeriod[i]!.achieved,
      cumulative: cumulative[i]!.achieved,
      attainment,
      status,
      expected,
      pace,
      paceStatus,
    };
  });

  const reported = new Uint8Array(units.length);
  const entryCount = new Uint32Array(units.length);
  for (const e of analysis.entries) {
    if (e.day > period.to) continue;
    entryCount[e.unit]!++;
    if (e.day >= period.from) reported[e.unit] = 1;
  }

  const reporting = reportingOf(analysis.entries, units.length, period);
  const unitRows: UnitRow[] = units.map((u, ui) => {
    const row: UnitRow = {
      code: u.code,
      name: u.name,
      cluster: u.cluster,
      reported: reported[ui] === 1,
      reporting: reporting[ui]!,
      results: {},
      cumulative: {},
      attainment: {},
      validEntries: entryCount[ui]!,
    };
    targets.forEach((t, ti) => {
      row.results[t.key] = round(inPeriod[ti]!.byUnit[ui]!);
      const figure = unitFigure(analysis, ti, ui, cumulative[ti]!.byUnit[ui]!);
      row.cumulative[t.key] = t.kind === 'percent' ? round(cumulative[ti]!.byUnit[ui]!) : figure.achieved;
      row.attainment[t.key] = figure.attainment;
    });
    return row;
  });

  const scored = unitRows.map((u) => ({
    code: u.code,
    name: u.name,
    validEntries: u.validEntries,
    score: Math.round(Object.values(u.attainment).reduce((s, a) => s + Math.min(MAX_POINTS, 100 * a), 0) * 100) / 100,
  }));
  scored.sort((a, b) => b.score - a.score || b.validEntries - a.validEntries || a.code.localeCompare(b.code));
  const ranking = scored.map((s, i) => ({ rank: i + 1, ...s }));

  return {
    campaign: analysis.campaign.name,
    period: periodJson(period, analysis.campaign.offsetMinutes),
    window: window ? { from: isoDate(window.from), to: isoDate(window.to) } : null,
    generatedAt: now.toISOString(),
    targets: targetRows,
    units: unitRows,
    nonReporting: unitRows.filter((u) => !u.reported).map((u) => u.code),
    lateUnits: unitRows.filter((u) => u.reporting === 'late').map((u) => u.code),
    excludedRows: analysis.excludedRows,
    excluded: analysis.excluded,
    ranking,
    rankingRule: LABEL.text('rankingRule'),
    errors: analysis.errors,
    warnings: analysis.warnings,
    problems: analysis.problems,
    documentSettings: analysis.campaign.documentSettings ?? {},
    closedAt: null,
    lateChanges: lateChangesFor(analysis, period),
  };
}
