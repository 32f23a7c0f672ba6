// Renders the core's report layout into an exceljs worksheet (the report tab of the output copy).

import type ExcelJS from 'exceljs';
import { REPORT_TAB_PREFIX, reportLayout, type Lang, type ReportModel } from '../core';

const FORMATS = { number: '#,##0.##', integer: '#,##0', percent: '0.0%' } as const;
/** Column widths in characters: No., key, label, unit, target, period result, cumulative, attainment, status, pace. */
export const REPORT_COLUMN_WIDTHS = [6, 18, 62, 11, 10, 18, 11, 11, 11, 20];

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function reportTabName(periodName: string): string {
  return (REPORT_TAB_PREFIX + periodName).replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

/** Writes (or rewrites) the period's report tab in the workbook and returns its name. */
export function addReportSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang): string {
  const name = reportTabName(model.period.name);
  const existing = workbook.getWorksheet(name);
  if (existing) workbook.removeWorksheet(existing.id);
  // Landscape, one page wide: how a board prints the report or saves it as PDF.
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
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
      if (format === 'header') {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } };
      }
      if (format === 'title') cell.font = { bold: true, size: r === 0 ? 14 : 12 };
    });
  });
  REPORT_COLUMN_WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return name;
}
