// The add-on's log tab `Nhật ký`: one row per difference found after a closing, per closing and reopening, per row move.

import { CLOSING_TEXT, viDate, viMoment, type Cell } from '../core';
import { protectAsWarning } from './protection';
import { textCell } from './safe-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const LOG_TAB = 'Nhật ký';
/** Time found · event · tab · row · column · old value · new value · note. */
export const LOG_HEADER = ['Thời điểm', 'Sự việc', 'Tab', 'Dòng', 'Cột', 'Giá trị cũ', 'Giá trị mới', 'Ghi chú'];
const TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** One line of the log. `row`/`column` locate what changed; empty for a closing or reopening. */
export interface LogLine {
  /** What happened, in Vietnamese: "Sửa sau chốt số liệu", "Chốt số liệu", "Mở lại", "Chuyển dòng"… */
  event: string;
  tab?: string;
  row?: number | null;
  column?: string;
  oldValue?: Cell;
  newValue?: Cell;
  note?: string;
}

/** A value as the log shows it: dates the Vietnamese way, numbers with a decimal comma, text as typed. */
export function logText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const time = value.getTime();
    if (isNaN(time)) return '';
    return time % 86_400_000 === 0 ? viDate(time / 86_400_000) : viMoment(time);
  }
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}

/** Grows a sheet to at least `rows` rows: a range past the grid's last row is refused by Sheets. */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

/** The log sheet, created with its header and a warning-only protection the first time. */
function logSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(LOG_TAB);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(LOG_TAB);
  sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([LOG_HEADER]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectAsWarning(sheet, CLOSING_TEXT.logProtection);
  return sheet;
}

/**
 * Appends lines in one write under the existing rows (the time found is `now`, written as a date-time cell that
 * Sheets shows in the spreadsheet's zone). Every text goes in as text, so a logged "=…" stays inert.
 */
export function appendLog(spreadsheet: Spreadsheet, lines: readonly LogLine[], now: Date = new Date()): void {
  if (lines.length === 0) return;
  const sheet = logSheet(spreadsheet);
  const first = sheet.getLastRow() + 1;
  const values = lines.map((l) => [
    now,
    textCell(l.event),
    textCell(l.tab ?? ''),
    l.row ?? '',
    textCell(l.column ?? ''),
    textCell(logText(l.oldValue ?? null)),
    textCell(logText(l.newValue ?? null)),
    textCell(l.note ?? ''),
  ]);
  ensureRows(sheet, first + values.length - 1);
  const range = sheet.getRange(first, 1, values.length, LOG_HEADER.length);
  range.setValues(values);
  sheet.getRange(first, 1, values.length, 1).setNumberFormat(TIME_FORMAT);
}
