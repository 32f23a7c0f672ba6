// Boundary schemas (zod/mini keeps the Apps Script bundle small): arguments that arrive from users and hosts.

import * as z from 'zod/mini';

/** A cell argument of a custom function: Sheets passes '' for an omitted or empty argument. */
const optionalText = z.optional(z.union([z.string(), z.number(), z.null()]));

export const QueryArgs = z.object({
  target: z.union([z.string().check(z.trim(), z.minLength(1)), z.number()]),
  period: optionalText,
  unit: optionalText,
});

export const LangSchema = z.enum(['vi', 'en']);

/** Normalises an optional text argument: empty means "not given". */
export function optionalArg(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
