// "Tạo tab riêng cho từng đơn vị": one protected Entries tab per unit on the Units tab (issue 15, DOMAIN.md).

import { ENTRIES, headerRow, planUnitTabs, type UnitTabPlan } from '../core';
import { LABEL, UNIT_TAB } from '../messages';
import { listSheets, readUnits } from './spreadsheet-reader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// A unit's tab starts small: hundreds of tabs must stay far from Sheets' 10 million cells
// (https://support.google.com/drive/answer/37603). Sheets grows a tab when rows are pasted or added at its foot.
const UNIT_TAB_ROWS = 100;

export interface UnitTabsResult {
  /** Tabs created (or finished after a cut run), in Units order. */
  created: string[];
  /** Codes of units that already had a tab (left untouched). */
  existing: string[];
  /** Codes of the created tabs protected warning-only (no e-mail address on the Units tab). */
  warningOnly: string[];
  /** Email cells' parts that are not addresses, as `P01: text`. */
  invalid: string[];
  message: string;
  /** The move of `Kết quả` rows offered at the end (null: nothing to move, or the board said no). */
  moved?: import('./row-move').MoveResult | null;
}

/** Rows and columns beyond the tab's use are deleted; a second call (after a cut) finds nothing to delete. */
function sizeTab(sheet: Sheet, width: number): void {
  const rows = sheet.getMaxRows();
  if (rows > UNIT_TAB_ROWS) sheet.deleteRows(UNIT_TAB_ROWS + 1, rows - UNIT_TAB_ROWS);
  const columns = sheet.getMaxColumns();
  if (columns > width) sheet.deleteColumns(width + 1, columns - width);
  else if (columns < width) sheet.insertColumnsAfter(columns, width - columns);
}

/**
 * Protects the whole tab, as Google's sample does: Sheet.protect() returns the sheet's protection when it has one (a cut
 * run's); until its editors change, a new protection mirrors the spreadsheet's editors, so they are all removed, then
 * the unit's addresses added. The person running it created the protection and stays an editor: the sample removes
 * every editor after ensuring the current user is one, which Sheets keeps (we cannot name the runner:
 * Session.getEffectiveUser() would need the userinfo.email scope). The owner can always edit ("The spreadsheet owner
 * is always able to edit protected ranges and sheets"). Until all this is done the tab keeps its pending name.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * Scope: the Protection reference lists https://www.googleapis.com/auth/spreadsheets.currentonly (with
 * .../auth/spreadsheets) under "Authorization" for addEditors, removeEditors and setDomainEdit, so the add-on's
 * current-only scope is enough; editors of a protection are not given access to the file itself.
 */
function protectTab(sheet: Sheet, plan: UnitTabPlan): void {
  const protection = sheet.protect();
  if (!plan.emails.length) {
    protection.setWarningOnly(true).setDescription(UNIT_TAB.say('vi', 'warningOnly', { code: plan.code }));
    return;
  }
  protection.setDescription(UNIT_TAB.say('vi', 'protected', { code: plan.code }));
  // removeEditors takes addresses or the User objects getEditors() gives (no getEmail(): it may need more scope).
  (protection.removeEditors as (editors: unknown[]) => unknown)(protection.getEditors());
  protection.addEditors(plan.emails);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  // An address added to the Units tab after a warning-only run: the pending tab now gets real protection.
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
}

/**
 * Builds one unit's tab under its pending name (finishing one a cut run left), then gives it its name: a tab named
 * `Kết quả – <code>` exists only complete, with its header, size and protection.
 */
function buildTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: UnitTabPlan, index: number): void {
  const header = headerRow(ENTRIES);
  // A pending tab left by a cut run is finished where it stands (index is used only for a new tab, at the end).
  const sheet = spreadsheet.getSheetByName(plan.pendingName) ?? spreadsheet.insertSheet(plan.pendingName, index);
  sizeTab(sheet, header.length);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectTab(sheet, plan);
  sheet.setName(plan.name);
}

/**
 * Creates the missing unit tabs. `offer` (the end of setUpTemplate): only while the Units tab has units and none has a
 * tab yet, and only when the board answers "Yes" to the question (null otherwise).
 */
export function createUnitTabs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  offer = false,
): UnitTabsResult | null {
  const listing = listSheets(spreadsheet);
  const names = listing.map((s) => s.name);
  const units = readUnits(spreadsheet, listing);
  const { plans, existing } = planUnitTabs(units, names);
  if (offer) {
    if (!plans.length || existing.length) return null;
    const ui = SpreadsheetApp.getUi();
    const asked = UNIT_TAB.say('vi', 'offerTabs', { count: plans.length });
    if (ui.alert(LABEL.say('vi', 'appName'), asked, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
  }
  const result: UnitTabsResult = { created: [], existing, warningOnly: [], invalid: [], message: '' };
  let index = listing.length;
  for (const plan of plans) {
    buildTab(spreadsheet, plan, names.includes(plan.pendingName) ? 0 : index++);
    result.created.push(plan.name);
    if (!plan.emails.length) result.warningOnly.push(plan.code);
    result.invalid.push(...plan.invalid.map((text) => `${plan.code}: ${text}`));
  }
  const lines = units.length
    ? [
        result.created.length
          ? UNIT_TAB.say('vi', 'created', { count: result.created.length })
          : UNIT_TAB.say('vi', 'nothing'),
      ]
    : [UNIT_TAB.say('vi', 'noUnits')];
  if (result.created.length && existing.length) lines.push(UNIT_TAB.say('vi', 'existing', { count: existing.length }));
  if (result.warningOnly.length) lines.push(UNIT_TAB.say('vi', 'noEmail', { codes: result.warningOnly.join(', ') }));
  if (result.invalid.length) lines.push(UNIT_TAB.say('vi', 'invalid', { items: result.invalid.join('; ') }));
  result.message = lines.join(' ');
  return result;
}
