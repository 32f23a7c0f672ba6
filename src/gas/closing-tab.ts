// closePeriod / reopenPeriod: the closing tab written and trimmed under the document lock, each step logged.

import {
  analyze,
  buildReport,
  CLOSING_HEADER,
  CLOSING_TAB,
  CLOSING_TEXT,
  closingRows,
  findPeriod,
  fold,
  setupError,
  ChiTieuError,
  viMoment,
  type Cell,
} from '../core';
import { ADDON, CLOSING } from '../messages';
import { appendLog, ensureRows } from './log-tab';
import { protectAsWarning } from './protection';
import { textCell } from './safe-text';
import type { PeriodStatus } from './sidebar-types';
import { readSpreadsheet } from './spreadsheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 20_000;

/** Each unit's reporting in a period with its e-mail address (the Units tab's), for the sidebar. */
export function periodStatus(periodName: unknown): PeriodStatus {
  const name = periodArg(periodName);
  const analysis = analyze(readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).data);
  const broken = setupError(analysis);
  if (broken) throw broken;
  const report = buildReport(analysis, findPeriod(analysis, name).name);
  const emails = new Map(analysis.campaign.units.map((u) => [u.code, u.email]));
  return {
    period: report.period.name,
    deadlineAt: report.period.deadlineAt,
    closedAt: report.closedAt,
    units: report.units.map((u) => ({
      code: u.code,
      name: u.name,
      reporting: u.reporting,
      email: emails.get(u.code) ?? '',
    })),
  };
}

export interface ClosingResult {
  period: string;
  /** ISO instant of the closing; null after reopening. */
  closedAt: string | null;
  /** Entries fingerprinted (closing) or released (reopening). */
  rows: number;
  message: string;
}

/** "17:05 24/06/2024" in the spreadsheet's zone. */
function shownTime(iso: string, offsetMinutes: number): string {
  return viMoment(new Date(iso).getTime() + offsetMinutes * 60_000);
}

function periodArg(periodName: unknown): string {
  if (typeof periodName !== 'string' || periodName.trim() === '')
    throw new ChiTieuError('no-period', ADDON.text('choosePeriod'));
  return periodName.trim();
}

function withLock<T>(run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new ChiTieuError('sheet-busy', CLOSING.text('busy'));
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

function closingSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const found = spreadsheet.getSheets().find((s) => fold(s.getName()) === fold(CLOSING_TAB));
  if (found) return found;
  const sheet = spreadsheet.insertSheet(CLOSING_TAB, spreadsheet.getSheets().length);
  sheet.getRange(1, 1, 1, CLOSING_HEADER.length).setValues([CLOSING_HEADER]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectAsWarning(sheet, CLOSING_TEXT.protection);
  return sheet;
}

/**
 * Keeps the period's report and a fingerprint of each of its valid entries in the closing tab, in one append (a
 * failure before it leaves the period open; the rows are written in one call). Nobody is locked out: typing goes on.
 */
export function closePeriodNow(periodName: unknown): ClosingResult {
  const name = periodArg(periodName);
  return withLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const analysis = analyze(readSpreadsheet(spreadsheet).data);
    const broken = setupError(analysis);
    if (broken) throw broken;
    const period = findPeriod(analysis, name);
    const offset = analysis.campaign.offsetMinutes;
    const already = analysis.closings.get(fold(period.name));
    if (already)
      throw new ChiTieuError(
        'already-closed',
        CLOSING.text('alreadyClosed', { period: period.name, at: shownTime(already.closedAt, offset) }),
      );
    const now = new Date();
    const rows = closingRows(analysis, period, buildReport(analysis, period.name, now), now);
    const sheet = closingSheet(spreadsheet);
    const values = rows.map((r) => r.map((c: Cell) => (typeof c === 'string' ? textCell(c) : (c ?? ''))));
    const first = sheet.getLastRow() + 1;
    ensureRows(sheet, first + values.length - 1);
    sheet.getRange(first, 1, values.length, CLOSING_HEADER.length).setValues(values);
    const fingerprints = rows.filter((r) => r[1] === 'dòng').length;
    const at = shownTime(now.toISOString(), offset);
    appendLog(spreadsheet, [
      {
        event: CLOSING_TEXT.logClose,
        note: `${CLOSING_TEXT.closedAtNote(period.name, at)}: ${CLOSING_TEXT.closingNote(fingerprints)}`,
      },
    ]);
    return {
      period: period.name,
      closedAt: now.toISOString(),
      rows: fingerprints,
      message: CLOSING_TEXT.closed(period.name, fingerprints),
    };
  });
}

/**
 * Removes the period's rows from the closing tab, block by block from the bottom (the add-on's own tab): a failure
 * half-way leaves that period's kept JSON incomplete, which reads as open (live figures), never as wrong kept ones.
 */
export function reopenPeriodNow(periodName: unknown): ClosingResult {
  const name = periodArg(periodName);
  return withLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const analysis = analyze(readSpreadsheet(spreadsheet).data);
    const period = findPeriod(analysis, name);
    const closed = analysis.closings.get(fold(period.name));
    if (!closed) throw new ChiTieuError('not-closed', CLOSING.text('notClosed', { period: period.name }));
    const sheet = closingSheet(spreadsheet);
    const names = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), 1).getValues();
    const id = fold(period.name);
    for (let r = names.length; r >= 2;) {
      if (fold(String(names[r - 1]![0] ?? '')) !== id) {
        r--;
        continue;
      }
      let top = r;
      while (top > 2 && fold(String(names[top - 2]![0] ?? '')) === id) top--;
      // Sheets refuses to delete every unfrozen row: keep one empty row under the header.
      if (top === 2 && r >= sheet.getMaxRows()) sheet.insertRowsAfter(r, 1);
      sheet.deleteRows(top, r - top + 1);
      r = top - 1;
    }
    const at = shownTime(closed.closedAt, analysis.campaign.offsetMinutes);
    appendLog(spreadsheet, [{ event: CLOSING_TEXT.logReopen, note: CLOSING_TEXT.closedAtNote(period.name, at) }]);
    return {
      period: period.name,
      closedAt: null,
      rows: closed.fingerprints.length,
      message: CLOSING_TEXT.reopened(period.name),
    };
  });
}
