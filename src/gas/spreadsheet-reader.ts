// Reads the contract tabs of the active spreadsheet into plain rows: one getValues() per tab, nothing per cell.

import { TABS, findSheet, type Cell, type SheetData, type WorkbookData } from '../core';

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

/** The workbook as the core reads it, with only the tabs the contract knows (others are never read). */
export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookData {
  const sheets = spreadsheet.getSheets();
  const named = sheets.map((sheet) => ({ sheet, name: sheet.getName() }));
  const listing: WorkbookData = { sheets: named.map(({ name }) => ({ name, rows: [] })) };
  const out: SheetData[] = [];
  for (const def of TABS) {
    const found = findSheet(listing, def);
    if (!found) continue;
    const sheet = named.find((n) => n.name === found.name)!.sheet;
    out.push({ name: found.name, rows: toRows(sheet.getDataRange().getValues()) });
  }
  return { sheets: out };
}
