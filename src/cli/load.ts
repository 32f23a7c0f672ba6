// Opens a workbook and analyses it; a missing tab or column stops figure commands with the fix named.

import type ExcelJS from 'exceljs';
import { analyze, setupError, type Analysis } from '../core';
import { openWorkbook, workbookData } from './xlsx';

export interface Loaded {
  workbook: ExcelJS.Workbook;
  analysis: Analysis;
}

export async function load(path: string): Promise<Loaded> {
  const workbook = await openWorkbook(path);
  return { workbook, analysis: analyze(workbookData(workbook)) };
}

/** Figures need every required tab and column: refuse with the first structural problem's message. */
export function requireSound(analysis: Analysis): void {
  const failure = setupError(analysis);
  if (failure) throw failure;
}
