// onEdit: a simple trigger (AuthMode.LIMITED, 30 s at most): re-checks the edited Entries rows and refreshes formulas.

import { analyze, ENTRIES, entryTabSuffix, findSheet, readTable, TABS, type WorkbookData } from '../core';
import { logDifferences } from './after-cutoff';
import { bumpDataVersion } from './data-version';
import { duplicatePartnerRows, markEntryRowList, markEntryRows } from './entry-marks';
import { refreshFormulas } from './formula-refresh';
import { stampEdit } from './recorded-at';
import { readSpreadsheet } from './spreadsheet-reader';

/** Which contract tab a sheet name is, if any (report tabs and the user's own tabs are none). */
function isSourceTab(name: string): boolean {
  const listing: WorkbookData = { sheets: [{ name, rows: [] }] };
  return entryTabSuffix(name) !== null || TABS.some((def) => findSheet(listing, def));
}

/**
 * Re-marks the edited rows themselves, even past the last data row (a bad last row the user emptied keeps no mark),
 * and the rows whose duplicate mark names an edited row as the one kept (a duplicate that is no longer one, or a row
 * an edit just made a duplicate). Other cross-row effects (an edit of the Targets or Units tab, rows moved by an
 * insertion or deletion) wait for "Kiểm tra dữ liệu" (validateEntries), which re-marks every row.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (!isSourceTab(name)) return;
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  bumpDataVersion();
  if (entryTabSuffix(name) !== null || findSheet({ sheets: [{ name, rows: [] }] }, ENTRIES)) {
    const read = readSpreadsheet(spreadsheet);
    const entries = read.data.sheets.find((s) => s.name === name);
    // Issue 14: the "Ghi nhận lúc" stamp of rows this edit completed, seen by the checks below.
    if (entries) stampEdit(sheet, entries, e, read.data.offsetMinutes ?? 420);
    const analysis = analyze(read.data);
    if (entries && !analysis.fatal) {
      const top = e.range.getRow();
      const first = Math.max(readTable(entries, ENTRIES).headerIndex + 2, top);
      const last = top + e.range.getNumRows() - 1;
      if (last >= first) {
        markEntryRows(sheet, entries, analysis, first, last - first + 1);
        const partners = duplicatePartnerRows(sheet, entries, analysis, first, last);
        markEntryRowList(sheet, entries, analysis, partners);
        // Issue 14: edited rows that differ from a closed period's fingerprints go to Nhật ký.
        logDifferences(spreadsheet, analysis, { tab: name, first, last });
      }
    }
  }
  refreshFormulas(spreadsheet);
}
