// Thin re-export of the message catalogue for the core's users. Sentences live in src/messages/vi.ts and
// src/messages/en.ts (one section per place they are shown): add new ones THERE, in a block with a comment naming your
// feature, and look them up with the sections below (PROBLEM.text(code, params), LABEL.say(lang, 'met'), …). The
// objects further down only adapt the catalogue to the shapes code written before it still calls; no sentence here.
// Each is built in a pure call so that a bundle which does not use it drops it (a property read is not pure).

import { CLI, LABEL, ROLLUP, type Text } from '../messages';
import * as vi from '../messages/vi';

export {
  both,
  CLOSING,
  EXPECTED,
  LABEL,
  PLAN,
  pick,
  PROBLEM,
  QUERY,
  REPORT,
  ROLLUP,
  SETTING_HINT,
  TEMPLATE_RULE,
  type Lang,
  type ProblemCode,
  type Text,
} from '../messages';

/** @deprecated use LABEL.text(key) / LABEL.say(lang, key). */
export const LABELS = /* @__PURE__ */ (() => ({
  met: LABEL.text('met'),
  exceeded: LABEL.text('exceeded'),
  notMet: LABEL.text('not-met'),
  ahead: LABEL.text('ahead'),
  behind: LABEL.text('behind'),
  count: LABEL.text('count'),
  percent: LABEL.text('percent'),
  error: LABEL.text('error'),
  warning: LABEL.text('warning'),
  'on-time': LABEL.text('on-time'),
  unknown: LABEL.text('unknown'),
  late: LABEL.text('late'),
  none: LABEL.text('none'),
  lateUnits: LABEL.text('lateUnits'),
  rankingRule: LABEL.text('rankingRule'),
}))();

/** @deprecated use CLOSING.say('vi', key, params): closing a period in the add-on (Vietnamese). */
export const CLOSING_TEXT = /* @__PURE__ */ (() => ({
  busy: vi.closing.busy,
  choosePeriod: vi.addon.choosePeriod,
  alreadyClosed: (period: string, at: string) => vi.closing.alreadyClosed({ period, at }),
  notClosed: (period: string) => vi.closing.notClosed({ period }),
  closed: (period: string, rows: number) => vi.closing.closed({ period, rows }),
  reopened: (period: string) => vi.closing.reopened({ period }),
  logClose: vi.closing.logClose,
  logReopen: vi.closing.logReopen,
  logChange: vi.closing.logChange,
  logAdd: vi.closing.logAdd,
  logRemove: vi.closing.logRemove,
  closingNote: (rows: number) => vi.closing.closingNote({ rows }),
  closedAtNote: (period: string, at: string) => vi.closing.closedAtNote({ period, at }),
  protection: vi.closing.protection,
  logProtection: vi.closing.logProtection,
}))();

/** @deprecated use ROLLUP.text(key, params): `chitieu rollup`. */
export const ROLLUP_TEXT = /* @__PURE__ */ (() => ({
  tab: vi.rollup.tab,
  noUpperCode: (file: string): Text => ROLLUP.text('noUpperCode', { file }),
  unknownUpperCode: (file: string, code: string, upper: string): Text =>
    ROLLUP.text('unknownUpperCode', { file, code, upper }),
  givenTwice: (file: string, code: string, other: string): Text => ROLLUP.text('givenTwice', { file, code, other }),
  fileTwice: (file: string): Text => ROLLUP.text('fileTwice', { file }),
  alreadyImported: (upper: string, tabs: string[]): Text =>
    ROLLUP.text('alreadyImported', { upper, tabs: tabs.map((t) => `"${t}"`).join(', ') }),
  sameFile: (): Text => ROLLUP.text('sameFile'),
  lowerUnsound: (file: string, why: string): Text => ROLLUP.text('lowerUnsound', { file, why }),
  notInUpperProblem: (key: string, upper: string): Text => ROLLUP.text('notInUpperProblem', { key, upper }),
  summaryLine: (
    file: string,
    code: string,
    rows: number,
    notInUpper: string[],
    errors: number,
    warnings: number,
  ): Text => ROLLUP.text('summaryLine', { file, code, rows, notInUpper: notInUpper.join(', '), errors, warnings }),
  wrote: (out: string, tab: string): Text => CLI.text('wroteTab', { tab, file: out }),
}))();

/** @deprecated use TEMPLATE_RULE.say('vi', key): the .xlsx template's data rules (Vietnamese). */
export const TEMPLATE_RULE_TEXT = /* @__PURE__ */ (() => ({
  title: vi.label.appName,
  date: (year: number) => vi.templateRule.date({ year }),
  number: vi.templateRule.number,
  positive: vi.templateRule.positive,
  unit: vi.templateRule.unit,
  target: vi.templateRule.target,
  kind: vi.templateRule.kind,
}))();
