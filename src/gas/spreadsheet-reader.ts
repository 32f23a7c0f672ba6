// Reads the contract tabs of the active spreadsheet into plain rows: one getValues() per tab, nothing per cell.

import { TABS, findSheet, type Cell, type SheetData, type TabDef, type WorkbookData } from '../core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SpreadsheetRead {
  data: WorkbookData;
  /** The sheet behind a tab the read found, by its name. */
  sheet(name: string): Sheet;
  /** The sheet holding a contract tab, if any (found by the core's name matching). */
  sheetFor(def: TabDef): Sheet | null;
}

/** Sheets hands dates as instants at midnight in the script's zone; the core wants the calendar day in UTC fields. */
function toCell(value: unknown): Cell {
  if (value instanceof Date) return new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
  return value as Cell;
}

function toRows(values: unknown[][]): Cell[][] {
  const rows: Cell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const source = values[r]!;
    const row: Cell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = toCell(source[c]);
    rows[r] = row;
  }
  return rows;
}

/** Lists the tabs by name: one getSheets() and a getName() per tab, no data read. */
export function listSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { name: string; sheet: Sheet }[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** The workbook as the core reads it, with only the tabs the contract knows (others are never read). */
export function readSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetRead {
  const named = listSheets(spreadsheet);
  const listing: WorkbookData = { sheets: named.map(({ name }) => ({ name, rows: [] })) };
  const out: SheetData[] = [];
  const byName = new Map<string, Sheet>();
  for (const def of TABS) {
    const found = findSheet(listing, def);
    if (!found) continue;
    const sheet = named.find((n) => n.name === found.name)!.sheet;
    byName.set(found.name, sheet);
    out.push({ name: found.name, rows: toRows(sheet.getDataRange().getValues()) });
  }
  const data = { sheets: out };
  return {
    data,
    sheet: (name) => byName.get(name)!,
    sheetFor: (def) => {
      const found = findSheet(data, def);
      return found ? byName.get(found.name)! : null;
    },
  };
}

export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookData {
  return readSpreadsheet(spreadsheet).data;
}
