// The lower level's tab `Gửi cấp trên`: its roll-up rows, rewritten with each report when Settings has `Mã ở cấp trên`.

import { rollupCells, rollupHeader, sendUpRollup, SEND_UP_TAB, type Analysis } from '../core';
import { SEND_UP } from '../messages';
import { ensureRows } from './log-tab';
import { protectAsWarning } from './protection';
import { textCell } from './safe-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rewrites `Gửi cấp trên` and returns how many roll-up rows it holds; null (nothing written) without `Mã ở cấp trên`.
 * The whole tab, header included, is one setValues over max(old, new) rows, blanks padding the rows the new roll-up no
 * longer has: a run cut or failing before that call leaves the old rows, after it the new ones, never a mix, and
 * the rows are never emptied first. An upper level's IMPORTRANGE therefore reads the previous complete roll-up or the
 * new one (it refreshes on its own schedule, https://support.google.com/docs/answer/3093340). A first tab is filled
 * under a pending name and renamed last, so the name the upper level imports only ever holds complete rows; a pending
 * tab left by a cut run is reused.
 */
export function writeSendUpTab(spreadsheet: Spreadsheet, analysis: Analysis): number | null {
  if (!analysis.campaign.upperCode) return null;
  const rollup = sendUpRollup(analysis, spreadsheet.getUrl());
  const rows = [rollupHeader(), ...rollup.rows.map(rollupCells)].map((r) =>
    r.map((c) => (typeof c === 'string' && c !== '' ? textCell(c) : (c ?? ''))),
  );
  const name = SEND_UP_TAB;
  const pending = SEND_UP.say('vi', 'sendUpPending');
  const sheet =
    spreadsheet.getSheetByName(name) ??
    spreadsheet.getSheetByName(pending) ??
    spreadsheet.insertSheet(pending, spreadsheet.getSheets().length);
  const width = rows[0]!.length;
  const height = Math.max(rows.length, sheet.getLastRow());
  ensureRows(sheet, height);
  while (rows.length < height) rows.push(new Array(width).fill(''));
  sheet.getRange(1, 1, height, width).setValues(rows);
  protectAsWarning(sheet, SEND_UP.say('vi', 'sendUpProtection'));
  if (sheet.getName() !== name) sheet.setName(name);
  return rollup.rows.length;
}
