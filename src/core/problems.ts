// Problems found in the workbook, and the one error type that carries a user-facing message.

import { EXPECTED, PROBLEM, type Lang, type ProblemCode, type Text } from '../messages';
import type * as vi from '../messages/vi';
import type { ColumnDef } from './contract';

export type Severity = 'error' | 'warning';

/** The facts of a problem of a code: the argument its sentence takes in the catalogue (src/messages/vi.ts). */
export type ProblemFacts<C extends ProblemCode> = Parameters<(typeof vi.problem)[C]>[0];

/**
 * One problem, located on its sheet row (1-based, header is row 1) and column header. `params` holds its facts (the
 * first row of a duplicate, the value read…), typed by code through factsOf(); it is not enumerable, so the JSON of
 * a problem stays docs/DOMAIN.md's (tab, row, column, code, severity, message) and hosts read facts, not sentences.
 */
export interface Problem {
  tab: string;
  row: number;
  column: string;
  code: string;
  severity: Severity;
  message: string;
  messageEn: string;
  /** Absent only on a problem written by hand (a test's). */
  readonly params?: Readonly<Record<string, string | number | undefined>>;
}

/** A problem whose sentence is its own code's. */
export function makeProblem<C extends ProblemCode>(
  where: { tab: string; row: number; column: string },
  code: C,
  severity: Severity,
  params: ProblemFacts<C>,
): Problem;
/** A problem whose sentence is another code's (bad-number said as number-too-large, bad-date as date-no-year). */
export function makeProblem<T extends ProblemCode>(
  where: { tab: string; row: number; column: string },
  code: string,
  severity: Severity,
  params: ProblemFacts<T>,
  textCode: T,
): Problem;
export function makeProblem(
  where: { tab: string; row: number; column: string },
  code: string,
  severity: Severity,
  params: unknown,
  textCode: ProblemCode = code as ProblemCode,
): Problem {
  const text = PROBLEM.text(textCode, params as never);
  const problem = { ...where, code, severity, message: text.vi, messageEn: text.en } as Problem;
  Object.defineProperty(problem, 'params', { value: Object.freeze({ ...(params as object) }), enumerable: false });
  return problem;
}

/** The facts of a problem when it has the given code, typed by that code; null for a problem of another code. */
export function factsOf<C extends ProblemCode>(problem: Problem, code: C): ProblemFacts<C> | null {
  return problem.code === code && problem.params ? (problem.params as ProblemFacts<C>) : null;
}

/** What the user should enter in a required column (the `missing-value` problem): the catalogue's, else its header. */
export function expectedIn(column: ColumnDef): Text {
  return EXPECTED.has(column.id) ? EXPECTED.text(column.id) : { vi: column.header, en: column.english };
}

export function problemMessage(problem: Problem, lang: Lang): string {
  return lang === 'en' ? problem.messageEn : problem.message;
}

/** Where a problem or an error is: tab, sheet row (1-based) and column header. */
export interface Place {
  tab: string;
  row: number;
  column: string;
}

/**
 * A failure the user can fix (missing tab, unknown period…): shown as its message, never as a stack trace. It speaks
 * as a Problem does: a code, the place when there is one, the message in both languages (`message` is Vietnamese).
 */
export class ChiTieuError extends Error {
  readonly code: string;
  readonly text: Text;
  readonly place: Place | null;
  constructor(code: string, text: Text, place: Place | null = null) {
    super(text.vi);
    this.name = 'ChiTieuError';
    this.code = code;
    this.text = text;
    this.place = place;
  }

  /** The problems that stop the work (a missing tab or column), as one error: the first one's place, every message. */
  static ofProblems(code: string, problems: readonly Problem[]): ChiTieuError {
    const first = problems[0];
    return new ChiTieuError(
      code,
      { vi: problems.map((p) => p.message).join('\n'), en: problems.map((p) => p.messageEn).join('\n') },
      first ? { tab: first.tab, row: first.row, column: first.column } : null,
    );
  }
}
