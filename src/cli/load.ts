// Opens a workbook and analyses it; a missing tab or column stops figure commands with the fix named.

import type ExcelJS from 'exceljs';
import { analyze, setupError, type Analysis } from '../core';
import { openWorkbook } from './xlsx';
import { readWorkbookData } from './xlsx-read';

export interface Loaded {
  analysis: Analysis;
  /** The workbook as exceljs reads it whole: only for the rare copy the zip-level writer cannot make. */
  openWorkbook(): Promise<ExcelJS.Workbook>;
}

/** Reads with the fast reader (src/cli/xlsx-read.ts); exceljs loads the whole workbook only when asked to. */
export async function load(path: string): Promise<Loaded> {
  const analysis = analyze(await readWorkbookData(path));
  return { analysis, openWorkbook: () => openWorkbook(path) };
}

/** Figures need every required tab and column: refuse with the first structural problem's message. */
export function requireSound(analysis: Analysis): void {
  const failure = setupError(analysis);
  if (failure) throw failure;
}
