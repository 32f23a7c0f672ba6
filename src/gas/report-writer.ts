// generateReport: builds the period's report tab completely under a lock, then swaps it in for the old one.

import {
  analyze,
  buildReport,
  ChiTieuError,
  REPORT_TAB_PREFIX,
  reportLayout,
  setupFailure,
  type Cell,
  type CellFormat,
  type ReportModel,
} from '../core';
import { ADDON, LABEL, REPORT } from '../messages';
import { protectAsWarning } from './protection';
import { textCell } from './safe-text';
import { readSpreadsheet } from './spreadsheet-reader';
import type { ReportResult } from './sidebar-types';

const LOCK_WAIT_MS = 20_000;
// Text cells keep Sheets' automatic format; their values carry the apostrophe that makes them plain text.
const AUTOMATIC = '0.###############';
// Every CellFormat of the core's layout has its number format here (the Record makes a new one a type error).
// Whole numbers get "#,##0": with "#,##0.##" Sheets shows 1000 as "1.000," (a dangling decimal comma in vi-VN).
const NUMBER_FORMATS: Record<CellFormat, string> = {
  number: '#,##0.##',
  integer: '#,##0',
  percent: '0.0%',
  text: AUTOMATIC,
  title: AUTOMATIC,
  header: AUTOMATIC,
};
const HEADER_BACKGROUND = '#d9ead3';
const COLUMN_WIDTHS = [60, 130, 360, 80, 90, 110, 90, 90, 90, 140];

export function reportTabName(periodName: string): string {
  return (REPORT_TAB_PREFIX + periodName).slice(0, 100);
}

/** Writes the layout into an empty sheet with a constant number of calls, whatever the number of entries. */
function writeLayout(sheet: GoogleAppsScript.Spreadsheet.Sheet, model: ReportModel): void {
  const layout = reportLayout(model, 'vi');
  const width = layout.width;
  const height = layout.rows.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  const pad = <T>(row: T[], fill: T) => [...row, ...new Array<T>(width - row.length).fill(fill)];
  const values = layout.rows.map((row) =>
    pad(
      row.map((c: Cell) => (typeof c === 'string' ? textCell(c) : (c ?? ''))),
      '',
    ),
  );
  const formats = layout.formats.map((row) =>
    pad(
      row.map((f) => NUMBER_FORMATS[f]),
      '@',
    ),
  );
  const weights = layout.formats.map((row) =>
    pad(
      row.map((f) => (f === 'title' || f === 'header' ? 'bold' : 'normal')),
      'normal',
    ),
  );
  const backgrounds = layout.formats.map((row) =>
    pad(
      row.map((f) => (f === 'header' ? HEADER_BACKGROUND : '#ffffff')),
      '#ffffff',
    ),
  );
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  COLUMN_WIDTHS.slice(0, width).forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const { firstRow, lastRow, labelColumn, valueColumn } = layout.chart;
  if (lastRow >= firstRow) {
    const count = lastRow - firstRow + 1;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(firstRow + 1, labelColumn + 1, count, 1))
      .addRange(sheet.getRange(firstRow + 1, valueColumn + 1, count, 1))
      .setPosition(1, width + 2, 0, 0)
      .setOption('title', REPORT.say('vi', 'chartTitle'))
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
}

/**
 * Writes (or rewrites) the report tab of a period and returns its name. The new tab is complete before the old one
 * goes, and both happen under the document lock, so a concurrent run or a failure half-way leaves one complete tab.
 */
export function writeReport(periodName: string): ReportResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new ChiTieuError('report-busy', ADDON.text('reportBusy'));
  }
  const building = ADDON.say('vi', 'reportBuildingTab', { tab: reportTabName(periodName) });
  const appName = LABEL.say('vi', 'appName');
  try {
    spreadsheet.toast(ADDON.say('vi', 'reportBuilding', { period: periodName }), appName, 5);
    const analysis = analyze(readSpreadsheet(spreadsheet).data);
    const broken = setupFailure(analysis);
    if (broken) throw broken;
    const model = buildReport(analysis, periodName, new Date());
    const name = reportTabName(model.period.name);
    const leftover = spreadsheet.getSheetByName(building);
    if (leftover) spreadsheet.deleteSheet(leftover);
    const sheet = spreadsheet.insertSheet(building, spreadsheet.getSheets().length);
    try {
      writeLayout(sheet, model);
      protectAsWarning(sheet, ADDON.say('vi', 'reportProtection'));
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw error;
    }
    const old = spreadsheet.getSheetByName(name);
    if (old) spreadsheet.deleteSheet(old);
    sheet.setName(name);
    spreadsheet.toast(ADDON.say('vi', 'reportDone', { tab: name }), appName, 5);
    return {
      tab: name,
      period: model.period.name,
      targets: model.targets.length,
      nonReporting: model.nonReporting.length,
    };
  } finally {
    lock.releaseLock();
  }
}
