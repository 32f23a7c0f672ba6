// Boundary schemas (zod/mini): arguments that arrive from users and hosts. The CLI checks with them; the Apps Script
// bundle ships arguments.ts's hand-written equivalents (a property test holds the two equal), so zod's runtime stays
// out of it. Built on first use, and marked pure so that esbuild drops what a bundle does not use.

import * as z from 'zod/mini';

function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** A custom function's arguments: Sheets passes '' for an omitted or empty argument. */
export const queryArgs = /* @__PURE__ */ lazily(() => {
  const optionalText = z.optional(z.union([z.string(), z.number(), z.null()]));
  return z.object({
    target: z.union([z.string().check(z.trim(), z.minLength(1)), z.number()]),
    period: optionalText,
    unit: optionalText,
  });
});

export const langSchema = /* @__PURE__ */ lazily(() => z.enum(['vi', 'en']));

/** Targets rows confirmed in the sidebar's plan-import panel. */
export const targetRows = /* @__PURE__ */ lazily(() =>
  z
    .array(
      z.object({
        key: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
        label: z.string().check(z.maxLength(1000)),
        unit: z.string().check(z.maxLength(100)),
        target: z.number().check(z.positive()),
        kind: z.enum(['count', 'percent']),
        group: z.optional(z.string().check(z.maxLength(200))),
      }),
    )
    .check(z.maxLength(500)),
);

/** Normalises an optional text argument: empty means "not given". */
export function optionalArg(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
