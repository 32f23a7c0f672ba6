// Puts a core WorkbookData into the emulated spreadsheet as Sheets would hold it (dates at local midnight).

import type { Cell, WorkbookData } from '../../src/core';
import { createEmulation, type EmulationOptions } from './gas';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Sheets keeps a date cell as midnight in the spreadsheet's zone (Asia/Ho_Chi_Minh, UTC+7). */
function asSheetsValue(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime() - VIETNAM_OFFSET_MS);
  return value ?? '';
}

export function seededEmulation(workbook: WorkbookData, options: EmulationOptions = {}) {
  const emulation = createEmulation({ firstSheetName: null, ...options });
  for (const sheet of workbook.sheets) {
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const rows = sheet.rows.map((r) => Array.from({ length: width }, (_, i) => asSheetsValue(r[i])));
    emulation.spreadsheet.addSheet(sheet.name, rows, { maxRows: Math.max(1000, rows.length + 100) });
  }
  return emulation;
}

/** Every value and formula of the given tabs, for "nothing changed" assertions. */
export function snapshot(emulation: ReturnType<typeof createEmulation>, names: string[]) {
  return names.map((name) => ({
    name,
    values: emulation.spreadsheet.sheetValues(name),
    formulas: emulation.spreadsheet.sheetFormulas(name),
  }));
}

/** An evidence link as secretaries paste it into `Minh chứng`. */
export const EVIDENCE_LINK = 'https://drive.google.com/drive/folders/review';

/** A tab's rows in a workbook a test is about to seed (tests change them first). */
export function rowsOf(workbook: WorkbookData, name: string): Cell[][] {
  return workbook.sheets.find((s) => s.name === name)!.rows;
}

/** The workbook seeded into a fresh emulation, with the built bundle loaded. */
export function loadSeeded(workbook: WorkbookData, options: EmulationOptions = {}) {
  const emulation = seededEmulation(workbook, options);
  return { emulation, bundle: emulation.loadBundle() };
}
