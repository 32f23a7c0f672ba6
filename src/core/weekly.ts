// Weekly periods from a campaign's window and a deadline rule ("thứ 7 17:00": weekly reports before 17:00 Saturday).

import { LABEL } from '../messages';
import { readCampaign } from './campaign';
import { cellText, isBlank, type Cell, type WorkbookData } from './cells';
import { SETTING_KEYS, SETTINGS } from './contract';
import { utcDate, type Day } from './dates';
import { findSheet } from './tables';
import { fold, foldWords } from './text';

/** weekday: 0 = Sunday … 6 = Saturday (as Date#getUTCDay); minutes after midnight, null: the end of the day. */
export interface WeeklyRule {
  weekday: number;
  minutes: number | null;
}

const WEEKDAYS: [RegExp, number][] = [
  [/^(?:chu nhat|cn|sunday|sun)\b/, 0],
  [/^(?:thu (?:2|hai)|t2|monday|mon)\b/, 1],
  [/^(?:thu (?:3|ba)|t3|tuesday|tue)\b/, 2],
  [/^(?:thu (?:4|tu)|t4|wednesday|wed)\b/, 3],
  [/^(?:thu (?:5|nam)|t5|thursday)\b/, 4],
  [/^(?:thu (?:6|sau)|t6|friday|fri)\b/, 5],
  [/^(?:thu (?:7|bay)|t7|saturday|sat)\b/, 6],
];
const TIME = /^(?:luc\s+)?(\d{1,2})\s*(?::|h|gio)\s*(\d{2})?\s*(?:phut)?$/;

/** Reads "thứ 7 17:00", "Thứ bảy 17h", "T7 17h00", "chủ nhật", "saturday 17:00"; null when it is not such a rule. */
export function parseWeeklyRule(text: string): WeeklyRule | null {
  const folded = fold(text).replace(/^(?:hang tuan|moi tuan|weekly|every)\s*,?\s*/, '');
  for (const [pattern, weekday] of WEEKDAYS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const rest = folded.slice(m[0].length).replace(/^[\s,-]+/, '');
    if (rest === '') return { weekday, minutes: null };
    const t = TIME.exec(rest);
    if (!t) return null;
    const hour = Number(t[1]);
    const minute = t[2] === undefined ? 0 : Number(t[2]);
    if (hour > 23 || minute > 59) return null;
    return { weekday, minutes: hour * 60 + minute };
  }
  return null;
}

export interface WeeklyPeriod {
  name: string;
  from: Day;
  to: Day;
  /** The deadline on the sheet's wall clock, as a Date whose UTC fields are what the sheet shows. */
  deadline: Date;
}

/**
 * One period per week, each ending on the rule's weekday (the report that day covers the week up to it), the first
 * from the window's start and the last to its end (either may be shorter than seven days); the deadline is that last
 * day at the rule's hour (its end without one). "Tuần 1", "Tuần 2"…
 */
export function weeklyPeriods(window: { from: Day; to: Day }, rule: WeeklyRule): WeeklyPeriod[] {
  const out: WeeklyPeriod[] = [];
  // 1970-01-01 (day 0) was a Thursday.
  const weekdayOf = (day: Day) => (((day + 4) % 7) + 7) % 7;
  let from = window.from;
  while (from <= window.to) {
    const to = Math.min(window.to, from + ((rule.weekday - weekdayOf(from) + 7) % 7));
    const minutes = rule.minutes ?? 24 * 60 - 1 / 60;
    out.push({
      name: LABEL.say('vi', 'week', { n: out.length + 1 }),
      from,
      to,
      deadline: new Date(to * 86_400_000 + Math.round(minutes * 60_000)),
    });
    from = to + 1;
  }
  return out;
}

/** The Settings value of the weekly deadline rule (`Hạn báo cáo hằng tuần`), if any. */
export function weeklyRuleSetting(workbook: WorkbookData): string | null {
  const sheet = findSheet(workbook, SETTINGS);
  if (!sheet) return null;
  const keys = new Set(SETTING_KEYS.weekly.map(foldWords));
  for (const row of sheet.rows) {
    if (keys.has(foldWords(cellText(row[0] ?? null))) && !isBlank(row[1])) return cellText(row[1] ?? null);
  }
  return null;
}

export type WeeklyPlan =
  | { ok: true; rows: Cell[][]; periods: WeeklyPeriod[] }
  | { ok: false; reason: 'no-rule' | 'bad-rule' | 'no-window' | 'periods-exist'; rule?: string };

/**
 * The Periods rows (name, from, to, deadline) a workbook's weekly rule asks for: only on an empty Periods tab, and
 * only with a campaign window (Settings From–To).
 */
export function weeklyPlan(workbook: WorkbookData, ruleText = weeklyRuleSetting(workbook)): WeeklyPlan {
  if (!ruleText) return { ok: false, reason: 'no-rule' };
  const rule = parseWeeklyRule(ruleText);
  if (!rule) return { ok: false, reason: 'bad-rule', rule: ruleText };
  const { campaign } = readCampaign(workbook);
  if (campaign.periods.length > 0) return { ok: false, reason: 'periods-exist' };
  if (!campaign.window) return { ok: false, reason: 'no-window' };
  const periods = weeklyPeriods(campaign.window, rule);
  return { ok: true, periods, rows: periods.map((p) => [p.name, utcDate(p.from), utcDate(p.to), p.deadline]) };
}
