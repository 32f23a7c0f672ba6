// `chitieu init --weekly "thứ 7 17:00" [--from D --to D]`: the new workbook gets one period per week of the campaign.

import { CLI } from '../messages';
import {
  ChiTieuError,
  foldWords,
  parseDate,
  parseWeeklyRule,
  PERIODS,
  readCampaign,
  SETTING_KEYS,
  SETTINGS,
  findSheet,
  utcDate,
  weeklyPeriods,
  type Cell,
  type WorkbookData,
} from '../core';

/** Sets a Settings value, in the row of its key or a new row. */
function setSetting(data: WorkbookData, words: readonly string[], value: Cell): void {
  const sheet = findSheet(data, SETTINGS);
  if (!sheet) return;
  const keys = new Set(words.map(foldWords));
  const row = sheet.rows.find((r) => keys.has(foldWords(String(r[0] ?? ''))));
  if (row) row[1] = value;
  else sheet.rows.push([words[0]!, value]);
}

/**
 * Writes the rule (and the window, when given) into Settings and one period per week into Periods: after the periods
 * already there (the sample's phases: weeks inside phases, as real plans run them). Returns how many weeks.
 */
export function addWeeklyPeriods(data: WorkbookData, options: { weekly: string; from?: string; to?: string }): number {
  const rule = parseWeeklyRule(options.weekly);
  if (!rule) {
    throw new ChiTieuError('bad-weekly', CLI.text('badWeekly', { rule: options.weekly }));
  }
  for (const id of ['from', 'to'] as const) {
    const text = options[id];
    if (text === undefined) continue;
    const day = parseDate(text);
    if (!day.ok) {
      throw new ChiTieuError('bad-date', CLI.text('badDateFlag', { flag: id, text }));
    }
    setSetting(data, SETTING_KEYS[id], utcDate(day.day));
  }
  setSetting(data, SETTING_KEYS.weekly, options.weekly);
  const { campaign } = readCampaign(data);
  if (!campaign.window) {
    throw new ChiTieuError('no-window', CLI.text('noWindow'));
  }
  const periods = findSheet(data, PERIODS)!;
  const weeks = weeklyPeriods(campaign.window, rule);
  periods.rows.push(...weeks.map((w) => [w.name, utcDate(w.from), utcDate(w.to), w.deadline]));
  return weeks.length;
}
