// Problems found in the workbook, and the one error type that carries a user-facing message.

import type { ColumnDef } from './contract';
import { EXPECTED, PROBLEM, type Lang, type Text } from '../messages';

export type Severity = 'error' | 'warning';

/** One problem, located on its sheet row (1-based, header is row 1) and column header. */
export interface Problem {
  tab: string;
  row: number;
  column: string;
  code: string;
  severity: Severity;
  message: string;
  messageEn: string;
}

export function makeProblem(
  where: { tab: string; row: number; column: string },
  code: string,
  severity: Severity,
  params: Record<string, string | number> = {},
  textCode = code,
): Problem {
  const text = PROBLEM.has(textCode) ? PROBLEM.text(textCode, params) : { vi: textCode, en: textCode };
  return { ...where, code, severity, message: text.vi, messageEn: text.en };
}

/** What the user should enter in a required column (the `missing-value` problem): the catalogue's, else its header. */
export function expectedIn(column: ColumnDef): Text {
  return EXPECTED.has(column.id) ? EXPECTED.text(column.id) : { vi: column.header, en: column.english };
}

export function problemMessage(problem: Problem, lang: Lang): string {
  return lang === 'en' ? problem.messageEn : problem.message;
}

/** A failure the user can fix (missing tab, unknown period…): shown as its message, never as a stack trace. */
export class ChiTieuError extends Error {
  readonly code: string;
  readonly text: Text;
  constructor(code: string, text: Text) {
    super(text.vi);
    this.name = 'ChiTieuError';
    this.code = code;
    this.text = text;
  }
}
