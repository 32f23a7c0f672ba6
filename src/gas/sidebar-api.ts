// Server functions the sidebar calls through google.script.run; each is also a top-level entry point.

import {
  analyze,
  answerToDate,
  buildAnswerTable,
  ChiTieuError,
  ENTRIES,
  entryTabNames,
  isTabNamed,
  dayOfMoment,
  momentOf,
  periodJson,
  progressAt,
  readTable,
  setupFailure,
  TABS,
  type Cell,
  type Problem,
} from '../core';
import { logDifferences } from './after-cutoff';
import { ADDON } from '../messages';
import { markEntryRows } from './entry-marks';
import { writeReport } from './report-writer';
import { readSpreadsheet } from './spreadsheet-reader';
import type { ReportResult, SidebarData, SidebarProblem, ValidationResult } from './sidebar-types';

const LISTED_PROBLEMS = 300;

function sidebarProblems(problems: Problem[]): SidebarProblem[] {
  return problems.slice(0, LISTED_PROBLEMS).map(({ tab, row, column, code, severity, message }) => ({
    tab,
    row,
    column,
    code,
    severity,
    message,
  }));
}

/** Everything the sidebar shows: attainment to date per target, the periods and the problem list. */
export function getSidebarData(): SidebarData {
  const analysis = analyze(readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).data);
  const table = buildAnswerTable(analysis, null);
  // Today in the campaign's zone: status and pace to date, by the same rule as the report.
  const today = dayOfMoment(momentOf(new Date(), analysis.campaign.offsetMinutes));
  return {
    campaign: analysis.campaign.name,
    targets: analysis.campaign.targets.map((t, i) => {
      const { achieved, attainment } = answerToDate(table, i);
      const { status, pace, paceStatus, standing } = progressAt(analysis, attainment, today);
      return {
        key: t.key,
        label: t.label,
        measure: t.measure,
        kind: t.kind,
        group: t.group,
        target: t.target,
        achieved,
        attainment,
        status,
        pace,
        paceStatus,
        standing,
      };
    }),
    periods: analysis.campaign.periods.map((p) => periodJson(p, analysis.campaign.offsetMinutes)),
    problems: sidebarProblems(analysis.problems),
    errors: analysis.errors,
    warnings: analysis.warnings,
    entryRows: analysis.entryRowCount,
    validEntries: analysis.entries.length,
    setupMessage: setupFailure(analysis)?.vi ?? null,
  };
}

/** Checks every Entries row, marks problems on their cells, clears our stale marks, and lists the problems. */
export function validateAllEntries(): ValidationResult {
  const read = readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
  const analysis = analyze(read.data);
  const marks = { marked: 0, cleared: 0 };
  // Every Entries tab ("Kết quả", "Kết quả – P01"…) gets its own marks.
  for (const name of analysis.fatal ? [] : entryTabNames(read.data.sheets.map((s) => s.name))) {
    const entries = read.data.sheets.find((s) => s.name === name)!;
    const table = readTable(entries, ENTRIES);
    if (!('date' in table.columns)) continue;
    const first = table.headerIndex + 2;
    const done = markEntryRows(read.sheet(name), entries, analysis, first, entries.rows.length - first + 1);
    marks.marked += done.marked;
    marks.cleared += done.cleared;
  }
  // Issue 14: every difference from a closed period (deletions and pastes fire no usable onEdit) goes to Nhật ký.
  logDifferences(SpreadsheetApp.getActiveSpreadsheet(), analysis);
  return {
    problems: sidebarProblems(analysis.problems),
    errors: analysis.errors,
    warnings: analysis.warnings,
    ...marks,
  };
}

export function generateReportTab(periodName: string): ReportResult {
  if (typeof periodName !== 'string' || periodName.trim() === '') {
    throw new ChiTieuError('no-period', ADDON.text('choosePeriod'));
  }
  return writeReport(periodName.trim());
}

/**
 * Selects the cell of a problem so the user sees it (the sidebar's click on a problem). The column is found by the
 * contract tab the sheet is (Targets, Units, Periods, Entries…): its header row, wherever it sits in the top rows,
 * mapped by that tab's own column names; else by the header text itself; else column A.
 */
export function selectProblemCell(tab: string, row: number, column: string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet) throw new ChiTieuError('missing-tab', ADDON.text('noSuchTab', { tab }));
  const width = Math.max(1, sheet.getLastColumn());
  const top = sheet.getRange(1, 1, Math.min(10, Math.max(1, sheet.getLastRow())), width).getValues() as Cell[][];
  const data = { name: tab, rows: top };
  const def = TABS.find((d) => isTabNamed(tab, d));
  const wanted = column.trim();
  let index: number | undefined;
  if (def) {
    const table = readTable(data, def);
    const byContract = def.columns.find((c) => c.header === wanted);
    if (byContract) index = table.columns[byContract.id];
    if (index === undefined) {
      const found = (top[table.headerIndex] ?? []).findIndex((h) => String(h).trim() === wanted);
      if (found >= 0) index = found;
    }
  } else {
    const found = (top[0] ?? []).findIndex((h) => String(h).trim() === wanted);
    if (found >= 0) index = found;
  }
  spreadsheet.setActiveSheet(sheet);
  sheet.getRange(Math.max(1, row), (index ?? 0) + 1).activate();
}
