// Renders the core's report layout into an exceljs worksheet (the report tab of the output copy).

import type ExcelJS from 'exceljs';
import { reportLayout, reportTabName, type Lang, type ReportModel } from '../core';
import { PRINT_TITLES, wrappedRowHeight } from './xlsx-inject';

const FORMATS = { number: '#,##0.##', integer: '#,##0', percent: '0.0%' } as const;
/**
 * Column widths in characters: No., key, label (wraps), unit, target, period result, cumulative, attainment, status,
 * pace; further columns are the per-unit section's targets, whose short headings wrap.
 */
export const REPORT_COLUMN_WIDTHS = [6, 18, 40, 11, 10, 12, 11, 11, 12, 14];
const TARGET_COLUMN_WIDTH = 12;

/** The widths of every column of a layout `width` columns wide. */
export function reportColumnWidths(width: number): number[] {
  return Array.from(
    { length: Math.max(width, REPORT_COLUMN_WIDTHS.length) },
    (_, i) => REPORT_COLUMN_WIDTHS[i] ?? TARGET_COLUMN_WIDTH,
  );
}

/** Writes (or rewrites) the period's report tab in the workbook and returns its name. */
export function addReportSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang): string {
  const name = reportTabName(model.period.name);
  const existing = workbook.getWorksheet(name);
  if (existing) workbook.removeWorksheet(existing.id);
  // A4 landscape at full size: the wide per-unit block runs onto pages across, each repeating the title rows and
  // the code and name columns (never one illegible page of 29 columns).
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      pageOrder: 'overThenDown',
      printTitlesRow: PRINT_TITLES.rows,
      printTitlesColumn: PRINT_TITLES.columns,
    },
  });
  const layout = reportLayout(model, lang);
  layout.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // Values go in as plain strings and numbers: exceljs never turns a string into a formula.
      cell.value = value === undefined ? null : value;
      const format = layout.formats[r]![c];
      if (format === 'number' || format === 'integer' || format === 'percent') cell.numFmt = FORMATS[format];
      if (format === 'label') cell.alignment = { wrapText: true };
      if (format === 'header') {
        cell.alignment = { wrapText: true };
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } };
      }
      if (format === 'title') cell.font = { bold: true, size: r === 0 ? 14 : 12 };
    });
  });
  const widths = reportColumnWidths(layout.width);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  layout.rows.forEach((cells, r) => {
    const height = wrappedRowHeight(cells, layout.formats[r]!, widths);
    if (height) sheet.getRow(r + 1).height = height;
  });
  return name;
}
