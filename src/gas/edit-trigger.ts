// onEdit: a simple trigger (AuthMode.LIMITED, 30 s at most): re-checks the edited Entries rows and refreshes formulas.

import { analyze, ENTRIES, findSheet, TABS, type WorkbookData } from '../core';
import { bumpDataVersion } from './data-version';
import { markEntryRows } from './entry-marks';
import { refreshFormulas } from './formula-refresh';
import { readSpreadsheet } from './spreadsheet-reader';

/** Which contract tab a sheet name is, if any (report tabs and the user's own tabs are none). */
function isSourceTab(name: string): boolean {
  const listing: WorkbookData = { sheets: [{ name, rows: [] }] };
  return TABS.some((def) => findSheet(listing, def));
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (!isSourceTab(name)) return;
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  bumpDataVersion();
  if (findSheet({ sheets: [{ name, rows: [] }] }, ENTRIES)) {
    const read = readSpreadsheet(spreadsheet);
    const analysis = analyze(read.data);
    const entries = read.data.sheets.find((s) => s.name === name);
    if (entries && !analysis.fatal) {
      const first = Math.max(2, e.range.getRow());
      const last = Math.min(e.range.getRow() + e.range.getNumRows() - 1, entries.rows.length);
      markEntryRows(sheet, entries, analysis, first, last - first + 1);
    }
  }
  refreshFormulas(spreadsheet);
}
