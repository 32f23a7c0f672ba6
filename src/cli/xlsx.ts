// Reading and writing .xlsx workbooks with exceljs, converted to and from the core's plain rows.

import type ExcelJS from 'exceljs';
import { existsSync, statSync } from 'node:fs';
import { ChiTieuError, type Cell, type SheetData, type WorkbookData } from '../core';
import { CLI } from '../messages';

/** exceljs cell values (rich text, links, formulas, errors) reduced to what a person sees. */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value)
      return typeof value.text === 'string' ? value.text : toCell(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value)
      return toCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

export function sheetData(sheet: ExcelJS.Worksheet): SheetData {
  const rows: Cell[][] = [];
  const formulasWithoutValue = new Set<string>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) {
      const value = values[c];
      cells.push(toCell(value));
      if (isFormulaWithoutResult(value)) formulasWithoutValue.add(`${rowNumber}:${c}`);
    }
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return formulasWithoutValue.size ? { name: sheet.name, rows, formulasWithoutValue } : { name: sheet.name, rows };
}

/** A formula whose file carries no computed value (a program wrote it and nothing has calculated it since). */
function isFormulaWithoutResult(value: ExcelJS.CellValue): boolean {
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return false;
  const result = (value as ExcelJS.CellFormulaValue).result;
  return result === undefined || result === null;
}

/** exceljs, loaded only by the commands that write a workbook (loading it costs a quarter of a second). */
export async function excelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** Opens a workbook, with a clear message when the file is missing or not an .xlsx. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ChiTieuError('missing-file', CLI.text('missingFile', { file: path }));
  }
  const workbook = new (await excelJs()).Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new ChiTieuError('not-a-workbook', CLI.text('notAWorkbook', { file: path }));
  }
  return workbook;
}

export function workbookData(workbook: ExcelJS.Workbook): WorkbookData {
  return { sheets: workbook.worksheets.map(sheetData) };
}

const DATE_FORMAT = 'dd/mm/yyyy';

/** Writes plain rows as new tabs (for `init`): headers bold and frozen, dates as real date cells. */
export function addSheets(workbook: ExcelJS.Workbook, data: WorkbookData): void {
  for (const sheet of data.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow(row.map((c) => (c === undefined ? null : c)));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((column, i) => {
      const widest = Math.max(...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length), 8);
      column.width = Math.min(60, widest + 2);
      if (sheet.rows.slice(1, 20).some((r) => r[i] instanceof Date)) column.numFmt = DATE_FORMAT;
    });
  }
}
