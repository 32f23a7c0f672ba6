// Puts a core WorkbookData into the emulated spreadsheet as Sheets would hold it (dates at local midnight).

import type { WorkbookData } from '../../src/core';
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
