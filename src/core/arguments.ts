// Argument checks for the Apps Script entry points, by hand: zod's runtime would cost ~20 KB of the 150 KB bundle
// that every custom-function cell loads. The zod schemas in schemas.ts stay the specification; a property test
// (test/core/arguments.test.ts) shows these checks accept exactly what they accept.

import type { TargetKind } from './campaign';

export type Checked<T> = { success: true; data: T } | { success: false };

export interface QueryArgs {
  target: string | number;
  period?: string | number | null;
  unit?: string | number | null;
}

export interface TargetRowInput {
  key: string;
  label: string;
  unit: string;
  target: number;
  kind: TargetKind;
  group?: string;
}

const MAX_ROWS = 500;

function isOptionalText(value: unknown): value is string | number | null | undefined {
  return value === undefined || value === null || typeof value === 'string' || isNumber(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A custom function's arguments: the target a non-blank text or a number; period and unit text, number or empty. */
export function checkQueryArgs(input: { target: unknown; period: unknown; unit: unknown }): Checked<QueryArgs> {
  const { target, period, unit } = input;
  const targetOk = (typeof target === 'string' && target.trim().length > 0) || isNumber(target);
  if (!targetOk || !isOptionalText(period) || !isOptionalText(unit)) return { success: false };
  const data: QueryArgs = { target: typeof target === 'string' ? target.trim() : (target as number) };
  if (period !== undefined) data.period = period;
  if (unit !== undefined) data.unit = unit;
  return { success: true, data };
}

/** Targets rows confirmed in the sidebar's plan-import panel (at most 500; keys trimmed, 1–100 characters). */
export function checkTargetRows(input: unknown): Checked<TargetRowInput[]> {
  if (!Array.isArray(input) || input.length > MAX_ROWS) return { success: false };
  const rows: TargetRowInput[] = [];
  for (const item of input) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { success: false };
    const { key, label, unit, target, kind, group } = item as Record<string, unknown>;
    if (typeof key !== 'string') return { success: false };
    const trimmed = key.trim();
    if (trimmed.length < 1 || trimmed.length > 100) return { success: false };
    if (!isText(label, 1000) || !isText(unit, 100)) return { success: false };
    if (!isNumber(target) || target <= 0) return { success: false };
    if (kind !== 'count' && kind !== 'percent') return { success: false };
    if (group !== undefined && !isText(group, 200)) return { success: false };
    const row: TargetRowInput = { key: trimmed, label, unit, target, kind };
    if (group !== undefined) row.group = group;
    rows.push(row);
  }
  return { success: true, data: rows };
}
