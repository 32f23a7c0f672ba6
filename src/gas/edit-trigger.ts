// onEdit: a simple trigger (30 s at most): new data version, fresh formulas, then the edited Entries rows re-checked.

import {
  analyze,
  ENTRIES,
  entryTabNames,
  entryTabSuffix,
  isTabNamed,
  readTable,
  TABS,
  type Analysis,
  type SheetData,
} from '../core';
import { logDifferences } from './after-cutoff';
import { bumpDataVersion } from './data-version';
import { readNeighbourhood } from './edit-neighbourhood';
import { duplicatePartnerRows, markEntryRowList, markEntryRows } from './entry-marks';
import { refreshFormulas } from './formula-refresh';
import { stampEdit } from './recorded-at';
import { listSheets, readSpreadsheet } from './spreadsheet-reader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A paste of more rows than this is re-checked by reading the whole tab (as "Kiểm tra dữ liệu" does). */
const SMALL_EDIT_ROWS = 20;

/** The rows one edit touched, for the steps that work row by row (marks now; a recorded-at stamp may join them). */
export interface EditedRows {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  /** Sheet rows [first, last] and columns [firstColumn, lastColumn] (1-based) of the edited block. */
  first: number;
  last: number;
  firstColumn: number;
  lastColumn: number;
  /** The edited cell's value before the edit, when one cell changed (Sheets gives it as text; '' when it was empty). */
  oldValue: string | null;
}

/** Which contract tab a sheet name is, if any (report tabs and the user's own tabs are none). */
function isSourceTab(name: string): boolean {
  return entryTabSuffix(name) !== null || TABS.some((def) => isTabNamed(name, def));
}

/** The main Entries tab or one named like it ("Kết quả – P01": docs/DOMAIN.md, "Entries on several tabs"). */
function isEntriesTab(name: string): boolean {
  return entryTabSuffix(name) !== null || isTabNamed(name, ENTRIES);
}

/**
 * Re-marks the edited rows themselves, even past the last data row (a bad last row the user emptied keeps no mark),
 * and the rows whose duplicate status the edit can change: rows with the same date, unit, target and activity as an
 * edited row, now or before a one-cell edit, found by TextFinder searches, so the cells read do not grow with the
 * tab. A wider paste is re-checked from the whole tab. Other cross-row effects (an edit of the Targets or Units tab,
 * rows moved by an insertion or deletion, twins of a pasted block's old values) wait for "Kiểm tra dữ liệu"
 * (validateEntries), which re-marks every row.
 */
function recheckEditedRows(edit: EditedRows): void {
  const { spreadsheet, sheet, first, last } = edit;
  if (last - first + 1 <= SMALL_EDIT_ROWS) {
    const before =
      edit.oldValue !== null && first === last && edit.firstColumn === edit.lastColumn
        ? { row: first, column: edit.firstColumn - 1, value: edit.oldValue }
        : null;
    const tabs = listSheets(spreadsheet);
    const entryNames = new Set(entryTabNames(tabs.map((t) => t.name)));
    const entrySheets = tabs.filter(({ name }) => entryNames.has(name));
    const near = readNeighbourhood(
      spreadsheet,
      sheet,
      entrySheets.map((t) => t.sheet),
      first,
      last,
      before,
    );
    if (near) {
      const setup = readSpreadsheet(spreadsheet, ENTRIES).data.sheets;
      // Tabs in workbook order, as the core expects (the first of two twins is the one kept).
      const order = tabs.map((t) => t.name);
      const all = [...setup, ...near.sheets].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
      const analysis = analyze({ sheets: all });
      if (analysis.fatal) return;
      markRows(sheet, near.edited, analysis, first, last);
      logDifferences(spreadsheet, analysis, { tab: sheet.getName(), first, last });
      for (const entries of near.sheets) {
        const rows = near.partners.get(entries.name) ?? [];
        const tab = entrySheets.find((t) => t.name === entries.name)!.sheet;
        try {
          if (rows.length > 0) markEntryRowList(tab, entries, analysis, rows);
        } catch {
          // Another unit's protected tab this secretary may not edit: its marks wait for "Kiểm tra dữ liệu".
        }
      }
      return;
    }
  }
  const read = readSpreadsheet(spreadsheet);
  const analysis = analyze(read.data);
  const entries = read.data.sheets.find((s) => s.name === sheet.getName());
  if (!entries || analysis.fatal) return;
  const from = markRows(sheet, entries, analysis, first, last);
  logDifferences(spreadsheet, analysis, { tab: sheet.getName(), first, last });
  if (from <= last)
    markEntryRowList(sheet, entries, analysis, duplicatePartnerRows(sheet, entries, analysis, from, last));
}

/** Marks the edited rows under the header; returns the first row marked. */
function markRows(sheet: Sheet, entries: SheetData, analysis: Analysis, first: number, last: number): number {
  const from = Math.max(readTable(entries, ENTRIES).headerIndex + 2, first);
  if (last >= from) markEntryRows(sheet, entries, analysis, from, last - from + 1);
  return from;
}

/**
 * Order matters for a cut execution (quota, time limit): the data version and the formulas come first, so figures
 * are fresh even if the marks are not written; each step leaves a state the next edit or "Kiểm tra dữ liệu" heals.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  // AuthMode.NONE: the add-on is installed but not yet used in this document. It may then read nothing at all, not
  // even the document's properties (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle),
  // so the edit waits for the next one after the add-on is opened, or for "Kiểm tra dữ liệu".
  if (String(e.authMode) === 'NONE') return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (!isSourceTab(name)) return;
  const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const first = e.range.getRow();
  const firstColumn = e.range.getColumn();
  const edit: EditedRows = {
    spreadsheet,
    sheet,
    first,
    last: first + e.range.getNumRows() - 1,
    firstColumn,
    lastColumn: firstColumn + e.range.getNumColumns() - 1,
    oldValue: e.oldValue === undefined || e.oldValue === null ? '' : String(e.oldValue),
  };
  const entriesTab = isEntriesTab(name);
  // Steps that write into the edited rows themselves (a recorded-at stamp) go here, before the figures move on.
  if (entriesTab) stampEdit(sheet, e, edit);
  bumpDataVersion();
  refreshFormulas(spreadsheet);
  if (entriesTab) recheckEditedRows(edit);
}
