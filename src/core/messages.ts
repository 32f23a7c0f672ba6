// Thin re-export of the message catalogue for the core's users. Sentences live in src/messages/vi.ts and
// src/messages/en.ts (one section per place they are shown): add new ones THERE, in a block with a comment naming your
// feature, and look them up with the sections below (PROBLEM.text(code, params), LABEL.say(lang, 'met'), …).

import * as en from '../messages/en';
import * as vi from '../messages/vi';

export {
  both,
  EXPECTED,
  LABEL,
  PLAN,
  pick,
  PROBLEM,
  QUERY,
  REPORT,
  type Lang,
  type ProblemCode,
  type Text,
} from '../messages';

/** @deprecated for branches written before the catalogue: use LABEL.text(key) / LABEL.say(lang, key). */
export const LABELS = {
  met: { vi: vi.label.met, en: en.label.met },
  exceeded: { vi: vi.label.exceeded, en: en.label.exceeded },
  notMet: { vi: vi.label['not-met'], en: en.label['not-met'] },
  ahead: { vi: vi.label.ahead, en: en.label.ahead },
  behind: { vi: vi.label.behind, en: en.label.behind },
  count: { vi: vi.label.count, en: en.label.count },
  percent: { vi: vi.label.percent, en: en.label.percent },
  error: { vi: vi.label.error, en: en.label.error },
  warning: { vi: vi.label.warning, en: en.label.warning },
  rankingRule: { vi: vi.label.rankingRule, en: en.label.rankingRule },
};
