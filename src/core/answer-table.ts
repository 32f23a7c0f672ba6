// Every answer of ATTAINMENT/ACHIEVED/TARGET for the campaign (or one unit), computed once and small enough to cache.

import { QUERY } from '../messages';
import type { Analysis } from './analysis';
import { figuresFor, targetFor, unitFigure } from './figures';
import { ChiTieuError } from './problems';
import type { Triple } from './report-model';
import { fold } from './text';

/** One answer of ATTAINMENT / ACHIEVED / TARGET or `chitieu attainment`. */
export interface QueryAnswer {
  key: string;
  target: number;
  achieved: number;
  attainment: number;
  period: string | null;
  unit: string | null;
}

export interface AnswerTable {
  targets: { key: string; label: string }[];
  periods: string[];
  units: { code: string; name: string }[];
  /** Unit code the values are for; null for the campaign. */
  unit: string | null;
  /** values[target][0] is to date, values[target][p + 1] is up to the end of period p. */
  values: Triple[][];
}

/** Computes the table for the campaign (unitIndex null) or one unit: one pass over the entries per period. */
export function buildAnswerTable(analysis: Analysis, unitIndex: number | null): AnswerTable {
  const { targets, periods, units } = analysis.campaign;
  const spans = [{ from: null, to: null }, ...periods.map((p) => ({ from: null, to: p.to }))];
  const figures = spans.map((span) => figuresFor(analysis, span));
  const values = targets.map((_, ti) =>
    figures.map((perTarget): Triple => {
      const f = perTarget[ti]!;
      if (unitIndex === null) return [f.achieved, targetFor(analysis, ti, null), f.attainment];
      const u = unitFigure(analysis, ti, unitIndex, f.byUnit[unitIndex]!);
      return [u.achieved, u.target, u.attainment];
    }),
  );
  keepClosed(analysis, unitIndex, values);
  return {
    targets: targets.map((t) => ({ key: t.key, label: t.label })),
    periods: periods.map((p) => p.name),
    units: units.map((u) => ({ code: u.code, name: u.name })),
    unit: unitIndex === null ? null : units[unitIndex]!.code,
    values,
  };
}

/** A closed period answers with the figures kept at its closing (docs/DOMAIN.md); a target added since stays live. */
function keepClosed(analysis: Analysis, unitIndex: number | null, values: Triple[][]): void {
  const { targets, periods, units } = analysis.campaign;
  periods.forEach((p, pi) => {
    const kept = analysis.closings.get(fold(p.name))?.answers;
    if (!kept) return;
    const keptUnit = unitIndex === null ? -1 : kept.units.findIndex((c) => fold(c) === units[unitIndex]!.id);
    if (unitIndex !== null && keptUnit < 0) return;
    targets.forEach((t, ti) => {
      const kt = kept.targets.findIndex((k) => fold(k) === t.id);
      if (kt < 0) return;
      const triple = unitIndex === null ? kept.campaign[kt] : kept.byUnit[keptUnit]?.[kt];
      if (triple) values[ti]![pi + 1] = triple;
    });
  });
}

function list(values: string[]): string {
  const shown = values.slice(0, 12).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

/** Index of a text among keys (then labels), after folding; -1 when absent. */
export function resolve(text: string, keys: string[], labels: string[] = []): number {
  const id = fold(text);
  const i = keys.findIndex((k) => fold(k) === id);
  return i >= 0 ? i : labels.findIndex((l) => fold(l) === id);
}

export function unknownTarget(text: string, keys: string[]): ChiTieuError {
  return new ChiTieuError('unknown-target', QUERY.text('unknownTarget', { text, keys: list(keys) }));
}

export function unknownPeriod(text: string, names: string[]): ChiTieuError {
  return new ChiTieuError(
    'unknown-period',
    names.length ? QUERY.text('unknownPeriod', { text, names: list(names) }) : QUERY.text('noPeriods', { text }),
  );
}

export function unknownUnit(text: string, codes: string[]): ChiTieuError {
  return new ChiTieuError('unknown-unit', QUERY.text('unknownUnit', { text, codes: list(codes) }));
}

/** Reads one answer from a table; the unit, if any, must be the table's unit. */
export function lookupAnswer(table: AnswerTable, target: string, period: string | null): QueryAnswer {
  const keys = table.targets.map((t) => t.key);
  const ti = resolve(
    target,
    keys,
    table.targets.map((t) => t.label),
  );
  if (ti < 0) throw unknownTarget(target, keys);
  let column = 0;
  if (period !== null) {
    const pi = resolve(period, table.periods);
    if (pi < 0) throw unknownPeriod(period, table.periods);
    column = pi + 1;
  }
  const [achieved, goal, attainment] = table.values[ti]![column]!;
  return {
    key: keys[ti]!,
    target: goal,
    achieved,
    attainment,
    period: period === null ? null : table.periods[column - 1]!,
    unit: table.unit,
  };
}

/** A target's figures to date, by name (the table keeps them as compact triples for the cache). */
export function answerToDate(
  table: AnswerTable,
  targetIndex: number,
): { achieved: number; target: number; attainment: number } {
  const [achieved, target, attainment] = table.values[targetIndex]![0]!;
  return { achieved, target, attainment };
}

/** The unit index a unit argument names (code or name), or an error listing the codes. */
export function resolveUnit(table: Pick<AnswerTable, 'units'>, text: string): number {
  const codes = table.units.map((u) => u.code);
  const i = resolve(
    text,
    codes,
    table.units.map((u) => u.name),
  );
  if (i < 0) throw unknownUnit(text, codes);
  return i;
}
