// Writes each after-cutoff difference once to Nhật ký: at an edit for the edited rows, at a full check for all.

import { CLOSING_TEXT, fold, viMoment, type Analysis, type Difference } from '../core';
import { appendLog, LOG_TAB, logText, type LogLine } from './log-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const EVENT: Record<Difference['kind'], string> = {
  changed: CLOSING_TEXT.logChange,
  added: CLOSING_TEXT.logAdd,
  removed: CLOSING_TEXT.logRemove,
};

function lineOf(analysis: Analysis, d: Difference): LogLine {
  const closed = analysis.closings.get(fold(d.period))!;
  const at = viMoment(new Date(closed.closedAt).getTime() + analysis.campaign.offsetMinutes * 60_000);
  return {
    event: EVENT[d.kind],
    tab: d.tab,
    row: d.row,
    column: d.column,
    oldValue: d.oldValue,
    newValue: d.newValue,
    note: CLOSING_TEXT.closedAtNote(d.period, at),
  };
}

const keyOf = (cells: unknown[]) => cells.map((c) => logText((c ?? null) as never)).join('|');

/**
 * Appends the differences not yet in the log (the log itself is the record of what was written: the same difference
 * found again at the next edit or check is not written twice). `only` limits them to edited rows of one tab.
 */
export function logDifferences(
  spreadsheet: Spreadsheet,
  analysis: Analysis,
  only?: { tab: string; first: number; last: number },
): number {
  let differences = analysis.differences;
  if (only) differences = differences.filter((d) => d.tab === only.tab && d.row >= only.first && d.row <= only.last);
  if (differences.length === 0) return 0;
  const logged = new Set<string>();
  const sheet = spreadsheet.getSheetByName(LOG_TAB);
  if (sheet) for (const row of sheet.getDataRange().getValues().slice(1)) logged.add(keyOf(row.slice(1, 8)));
  const lines: LogLine[] = [];
  for (const d of differences) {
    const line = lineOf(analysis, d);
    const key = keyOf([line.event, line.tab, line.row, line.column, line.oldValue, line.newValue, line.note]);
    if (logged.has(key)) continue;
    logged.add(key);
    lines.push(line);
  }
  appendLog(spreadsheet, lines);
  return lines.length;
}
