// generateReport: builds the period's report aside, then replaces the report tab's contents in one copy, keeping the tab.

import {
  analyze,
  buildReport,
  ChiTieuError,
  reportLayout,
  reportTabName,
  setupFailure,
  type Cell,
  type CellFormat,
} from '../core';
import { ADDON, LABEL, REPORT } from '../messages';
import { protectAsWarning } from './protection';
import { textCell } from './safe-text';
import { writeSendUpTab } from './send-up';
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
  label: AUTOMATIC,
  title: AUTOMATIC,
  header: AUTOMATIC,
};
const HEADER_BACKGROUND = '#d9ead3';
const COLUMN_WIDTHS = [60, 130, 360, 80, 90, 110, 90, 90, 90, 140];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Layout = ReturnType<typeof reportLayout>;

/** Grows a sheet's grid to at least rows × columns. */
function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  if (sheet.getMaxColumns() < columns) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

/** Writes the layout's cells into an empty sheet with a constant number of calls, whatever the number of entries. */
function writeLayout(sheet: Sheet, layout: Layout): void {
  const width = layout.width;
  const height = layout.rows.length;
  ensureGrid(sheet, height, width);
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
  // Labels and header cells wrap instead of being cut (Sheets has no page-setup API: the tab must read on screen).
  range.setWraps(
    layout.formats.map((row) =>
      pad(
        row.map((f) => f === 'label' || f === 'header'),
        false,
      ),
    ),
  );
}

/** The report's bar chart on sheet: inserted, or the existing one pointed at the new rows (one call either way). */
function placeChart(sheet: Sheet, layout: Layout): void {
  const { firstRow, lastRow, labelColumn, valueColumn } = layout.chart;
  const existing = sheet.getCharts();
  if (lastRow < firstRow) {
    existing.forEach((chart) => sheet.removeChart(chart));
    return;
  }
  const count = lastRow - firstRow + 1;
  const builder = (existing.length > 0 ? existing[0]!.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(firstRow + 1, labelColumn + 1, count, 1))
    .addRange(sheet.getRange(firstRow + 1, valueColumn + 1, count, 1))
    .setPosition(1, layout.width + 2, 0, 0)
    .setOption('title', REPORT.say('vi', 'chartTitle'))
    .setOption('legend', { position: 'none' });
  if (existing.length > 0) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}

/**
 * Replaces the report tab's contents with the aside sheet's in one Range.copyTo ("Both the values and formatting are
 * copied": https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range)). The copied block
 * covers the old contents too, so rows the new report no longer has are emptied by the same call: the tab shows the
 * old report or the new one, never a mix. The tab keeps its name and id, so formulas, links and charts pointing into
 * it keep working (deleting a tab turns every reference to it into #REF! for good).
 */
function replaceContents(aside: Sheet, report: Sheet, layout: Layout): void {
  const height = Math.max(layout.rows.length, report.getLastRow(), 1);
  const width = Math.max(layout.width, report.getLastColumn(), 1);
  ensureGrid(aside, height, width);
  ensureGrid(report, height, width);
  aside.getRange(1, 1, height, width).copyTo(report.getRange(1, 1));
}

/** A tab left by a run that was cut before it could remove it (hidden, so nobody took it for a report). */
function removeLeftover(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): void {
  const leftover = spreadsheet.getSheetByName(name);
  if (leftover) spreadsheet.deleteSheet(leftover);
}

/**
 * Writes (or rewrites) the report tab of a period and returns its name. Under the document lock, the report is built
 * on a hidden tab aside; a first report then becomes the tab itself, and a later one replaces the existing tab's
 * contents in one copy. An execution cut at any call leaves the report tab as it was or complete, at worst a hidden
 * aside tab, which the next run removes.
 */
export function writeReport(periodName: string): ReportResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new ChiTieuError('report-busy', ADDON.text('reportBusy'));
  }
  const building = ADDON.say('vi', 'reportBuildingTab', { tab: reportTabName(periodName) });
  try {
    spreadsheet.toast(ADDON.say('vi', 'reportBuilding', { period: periodName }), LABEL.say('vi', 'appName'), 5);
    const analysis = analyze(readSpreadsheet(spreadsheet).data);
    const broken = setupFailure(analysis);
    if (broken) throw new ChiTieuError('bad-workbook', broken);
    const model = buildReport(analysis, periodName, new Date());
    const layout = reportLayout(model, 'vi');
    const name = reportTabName(model.period.name);
    removeLeftover(spreadsheet, building);
    const aside = spreadsheet.insertSheet(building, spreadsheet.getSheets().length);
    let report: Sheet;
    try {
      aside.hideSheet();
      writeLayout(aside, layout);
      const existing = spreadsheet.getSheetByName(name);
      if (existing) {
        replaceContents(aside, existing, layout);
        spreadsheet.deleteSheet(aside);
        report = existing;
      } else {
        aside.setName(name);
        report = aside;
      }
    } catch (error) {
      // An error the script sees (not a cut): the aside tab goes at once; the report tab is as it was.
      try {
        removeLeftover(spreadsheet, building);
      } catch {
        // The next run removes it.
      }
      throw error;
    }
    COLUMN_WIDTHS.slice(0, layout.width).forEach((w, i) => report.setColumnWidth(i + 1, w));
    placeChart(report, layout);
    protectAsWarning(report, ADDON.say('vi', 'reportProtection'));
    if (report.isSheetHidden()) report.showSheet();
    // Roll-up (issue 15): with `Mã ở cấp trên` in Settings, the rows the upper level imports are rewritten too.
    const sentUp = writeSendUpTab(spreadsheet, analysis);
    spreadsheet.toast(ADDON.say('vi', 'reportDone', { tab: name }), LABEL.say('vi', 'appName'), 5);
    return {
      tab: name,
      period: model.period.name,
      targets: model.targets.length,
      nonReporting: model.nonReporting.length,
      sentUp,
    };
  } finally {
    lock.releaseLock();
  }
}
