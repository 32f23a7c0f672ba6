// onEdit's stamp: the add-on's own column "Ghi nhận lúc" gets the time a row first became a complete entry.

import { ENTRIES, isBlank, readTable, type Cell, type SheetData } from '../core';

const REQUIRED = ['date', 'unit', 'target', 'quantity'];
export const RECORDED_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/**
 * Stamps the edited rows (`first`–`last`, sheet rows) that are complete and have no stamp yet, one write per run of
 * adjacent rows (a paste of 50 rows is one write). Only the empty cells of the add-on's own column are written: a
 * stamp already there never moves, a user's value is never touched. `entries` (what the add-on just read) gets the
 * stamps too, on the sheet's wall clock, so the checks that follow see them. Rows that arrive without an edit the
 * add-on hears (Forms, API, another script) keep no time. Returns how many rows were stamped.
 */
export function stampCompleteRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  entries: SheetData,
  first: number,
  last: number,
  now: Date,
  offsetMinutes: number,
): number {
  const table = readTable(entries, ENTRIES);
  const column = table.columns.recorded;
  if (column === undefined) return 0;
  const wallClock = new Date(now.getTime() + offsetMinutes * 60_000);
  const start = Math.max(first, table.headerIndex + 2);
  let stamped = 0;
  let run = 0;
  const flush = (end: number) => {
    if (run === 0) return;
    const range = sheet.getRange(end - run + 1, column + 1, run, 1);
    range.setValues(Array.from({ length: run }, () => [now]));
    range.setNumberFormat(RECORDED_FORMAT);
    stamped += run;
    run = 0;
  };
  for (let row = start; row <= last; row++) {
    const cells = entries.rows[row - 1];
    const complete = cells && REQUIRED.every((id) => !isBlank(cells[table.columns[id] ?? -1]));
    if (cells && complete && isBlank(cells[column])) {
      cells[column] = wallClock;
      run++;
    } else flush(row - 1);
  }
  flush(last);
  return stamped;
}

/** The header may sit under title rows, among the top ten (the core's own rule). */
const HEADER_ROWS = 10;

/**
 * The onEdit hook: stamps the rows the edit completed, reading only the top rows (for the header) and the edited
 * rows. Not when the edit was only in the stamp column (a person's own say), nor when one cell that already held a
 * value was retyped: that row was complete before the edit, without the add-on hearing of it, so its time stays
 * unknown. Google gives `oldValue` only for a single-cell edit, undefined when the cell was empty
 * (https://developers.google.com/apps-script/guides/triggers/events#edit): a paste stamps every complete row still
 * without a stamp.
 */
export function stampEdit(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  e: GoogleAppsScript.Events.SheetsOnEdit,
  edit: { first: number; last: number; firstColumn: number; lastColumn: number },
): number {
  // Only a single-cell edit carries oldValue: checked first, it costs no service call.
  if (e.oldValue !== undefined) return 0;
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width < 1 || lastRow < 1) return 0;
  const top = sheet.getRange(1, 1, Math.min(HEADER_ROWS, lastRow), width).getValues() as Cell[][];
  const entries: SheetData = { name: sheet.getName(), rows: top };
  const column = readTable(entries, ENTRIES).columns.recorded;
  if (column === undefined) return 0;
  if (edit.firstColumn === column + 1 && edit.lastColumn === column + 1) return 0;
  const last = Math.min(edit.last, lastRow);
  if (last < edit.first) return 0;
  const edited = sheet.getRange(edit.first, 1, last - edit.first + 1, width).getValues() as Cell[][];
  edited.forEach((row, i) => (entries.rows[edit.first - 1 + i] = row));
  return stampCompleteRows(sheet, entries, edit.first, last, new Date(), 0);
}
