// Opens a workbook and analyses it; a missing tab or column stops figure commands with the fix named.

import type ExcelJS from 'exceljs';
import { analyze, ChiTieuError, type Analysis } from '../core';
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
  if (!analysis.fatal) return;
  const structural = analysis.problems.filter((p) => p.code === 'missing-tab' || p.code === 'missing-column');
  const vi = structural.map((p) => p.message).join('\n');
  const en = structural.map((p) => p.messageEn).join('\n');
  throw new ChiTieuError('bad-workbook', { vi, en });
}
