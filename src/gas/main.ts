// Apps Script entry points. The build turns each export into a genuine top-level function (scripts/build.mjs).

import { closePeriodNow, periodStatus, reopenPeriodNow, type ClosingResult } from './closing-tab';
import { LABEL, TEMPLATE } from '../messages';
import { achieved, attainment, targetOf } from './custom-functions';
import { handleEdit } from './edit-trigger';
import { buildMenu } from './menu';
import { appendTargets, proposeTargets, type AddTargetsResult, type PlanProposal } from './plan-import';
import { generateReportTab, getSidebarData as sidebarData, selectProblemCell, validateAllEntries } from './sidebar-api';
import type { ReportResult, SidebarData, ValidationResult, PeriodStatus } from './sidebar-types';
import { docxRendererScript, reportForDocument, type DocumentReport } from './report-document-api';
import { sourceChanged } from './source-changed';
import { setUpTemplateTabs, type TemplateResult } from './template-setup';
import { createUnitTabs as createUnitTabsIn, type UnitTabsResult } from './unit-tabs';

/**
 * Builds the add-on menu when the spreadsheet opens. Reads no data, so it works in AuthMode.NONE.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildMenu();
}

/**
 * Runs when the add-on is installed: the same menu as onOpen.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Simple trigger: re-checks the edited Entries rows at once and refreshes the add-on's formulas.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

/**
 * Opens the Chỉ Tiêu sidebar.
 */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(LABEL.say('vi', 'appName'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Creates the missing template tabs, headers, dropdowns, formats and protections. Safe to run again.
 * @return {object} what was created
 */
export function setUpTemplate(): TemplateResult {
  const result = setUpTemplateTabs(SpreadsheetApp.getActiveSpreadsheet());
  // New tabs or columns can change what the figures read: a new data version, and the add-on's formulas rerun.
  if (result.changes) sourceChanged();
  const message = result.changes
    ? TEMPLATE.say('vi', 'done', { tabs: result.createdTabs.length, headers: result.addedHeaders.length })
    : TEMPLATE.say('vi', 'unchanged');
  SpreadsheetApp.getActiveSpreadsheet().toast(message, LABEL.say('vi', 'appName'), 5);
  return result;
}

/**
 * Creates a protected tab `Kết quả – <code>` for each unit on the Units tab that has none: only the unit's e-mail
 * addresses, the owner and the person running it may edit (warning-only for a unit without an address). Safe to run
 * again: an existing tab is never touched, and a tab a cut run left half-built is finished.
 * @return {object} the tabs created and what the board should fix
 */
export function createUnitTabs(): UnitTabsResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = createUnitTabsIn(spreadsheet);
  if (result.created.length) sourceChanged();
  spreadsheet.toast(result.message, LABEL.say('vi', 'appName'), 10);
  return result;
}

/**
 * Checks every row of the Entries tab, marks each problem on its cell and returns the problems.
 * @return {object} problems and counts
 */
export function validateEntries(): ValidationResult {
  return validateAllEntries();
}

/**
 * Writes (or rewrites) the report tab of a period and returns its name and counts.
 * @param {string} periodName the period, as on the Periods tab
 * @return {object} the tab written
 */
export function generateReport(periodName: string): ReportResult {
  return generateReportTab(periodName);
}

/**
 * The period's report for the sidebar's Word download (built in the browser; nothing is written).
 * @param {string} periodName the period, as on the Periods tab
 * @return {object} the report model
 */
export function getReportDocument(periodName: string): DocumentReport {
  return reportForDocument(periodName);
}

/**
 * The script of the sidebar's Word renderer, loaded only when a person asks for a .docx.
 * @return {string} the renderer's HTML (one script element)
 */
export function getDocxRenderer(): string {
  return docxRendererScript();
}

/**
 * The sidebar's data: attainment to date per target, periods and problems.
 * @return {object} sidebar data
 */
export function getSidebarData(): SidebarData {
  return sidebarData();
}

/**
 * Selects the cell of a problem (a click in the sidebar's problem list).
 * @param {string} tab the tab name
 * @param {number} row the sheet row
 * @param {string} column the column header
 */
export function selectCell(tab: string, row: number, column: string): void {
  selectProblemCell(tab, row, column);
}

/**
 * Opens the sidebar on its plan-import panel (menu item "Nhập chỉ tiêu từ kế hoạch").
 */
export function showPlanImport(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .append('<script>window.CHITIEU_PANEL = "import";</script>')
    .setTitle(LABEL.say('vi', 'appName'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Proposes Targets rows read from a plan's text. Writes nothing.
 * @param {string} text the plan's text
 * @return {object} proposed targets and warnings
 */
export function importPlan(text: string): PlanProposal {
  return proposeTargets(text);
}

/**
 * Appends confirmed targets to the Targets tab in one batch, skipping keys already there.
 * @param {object[]} rows the targets to add
 * @return {object} how many were added and which keys were skipped
 */
export function addTargets(rows: PlanProposal['targets']): AddTargetsResult {
  return appendTargets(rows);
}

/**
 * Chốt số liệu: keeps the period's report and a fingerprint of each of its entries; later edits are flagged and logged.
 * @param {string} periodName the period, as on the Periods tab
 * @return {object} the period, when it was closed and how many entries were fingerprinted
 */
export function closePeriod(periodName: string): ClosingResult {
  const result = closePeriodNow(periodName);
  sourceChanged();
  return result;
}

/**
 * Each unit's reporting in a period (on time, time unknown, late, not reported) and its e-mail address.
 * @param {string} periodName the period, as on the Periods tab
 * @return {object} the period's deadline, closing time and units
 */
export function getPeriodStatus(periodName: string): PeriodStatus {
  return periodStatus(periodName);
}

/**
 * Mở lại: the period's report and ATTAINMENT/ACHIEVED return to live figures.
 * @param {string} periodName the period, as on the Periods tab
 * @return {object} the period reopened
 */
export function reopenPeriod(periodName: string): ClosingResult {
  const result = reopenPeriodNow(periodName);
  sourceChanged();
  return result;
}

/**
 * Tỷ lệ đạt chỉ tiêu (1 = đạt 100%). Attainment of a target as a fraction.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} period tên đợt báo cáo (tùy chọn) / period name (optional)
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} tỷ lệ đạt / attainment
 * @customfunction
 */
export function ATTAINMENT(target: unknown, period?: unknown, unit?: unknown): number {
  return attainment(target, period, unit);
}

/**
 * Kết quả lũy kế của chỉ tiêu (tỷ lệ: điểm phần trăm). Cumulative result of a target.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} period tên đợt báo cáo (tùy chọn) / period name (optional)
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} kết quả / achieved quantity
 * @customfunction
 */
export function ACHIEVED(target: unknown, period?: unknown, unit?: unknown): number {
  return achieved(target, period, unit);
}

/**
 * Chỉ tiêu (của đơn vị nếu được phân bổ). The target, or a unit's allocated target.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} chỉ tiêu / target quantity
 * @customfunction
 */
export function TARGET(target: unknown, unit?: unknown): number {
  return targetOf(target, unit);
}

// The same functions under the names the formula refresh swaps them through (formula-refresh.ts): every name a
// formula can carry at any moment is a real custom function. No @customfunction tag, so autocomplete lists only the
// names above.

/**
 * ATTAINMENT under the alias the refresh alternates with (same arguments, same result).
 * @param {string} target target key or label
 * @param {string} period period name (optional)
 * @param {string} unit unit code (optional)
 * @return {number} attainment
 */
export function CHITIEU_ATTAINMENT(target: unknown, period?: unknown, unit?: unknown): number {
  return attainment(target, period, unit);
}

/**
 * ACHIEVED under the alias the refresh alternates with (same arguments, same result).
 * @param {string} target target key or label
 * @param {string} period period name (optional)
 * @param {string} unit unit code (optional)
 * @return {number} achieved quantity
 */
export function CHITIEU_ACHIEVED(target: unknown, period?: unknown, unit?: unknown): number {
  return achieved(target, period, unit);
}

/**
 * TARGET under the alias the refresh alternates with (same arguments, same result).
 * @param {string} target target key or label
 * @param {string} unit unit code (optional)
 * @return {number} target quantity
 */
export function CHITIEU_TARGET(target: unknown, unit?: unknown): number {
  return targetOf(target, unit);
}

/**
 * ATTAINMENT under the passing name of a refresh.
 * @param {string} target target key or label
 * @param {string} period period name (optional)
 * @param {string} unit unit code (optional)
 * @return {number} attainment
 */
export function CHITIEU_TAM_ATTAINMENT(target: unknown, period?: unknown, unit?: unknown): number {
  return attainment(target, period, unit);
}

/**
 * ACHIEVED under the passing name of a refresh.
 * @param {string} target target key or label
 * @param {string} period period name (optional)
 * @param {string} unit unit code (optional)
 * @return {number} achieved quantity
 */
export function CHITIEU_TAM_ACHIEVED(target: unknown, period?: unknown, unit?: unknown): number {
  return achieved(target, period, unit);
}

/**
 * TARGET under the passing name of a refresh.
 * @param {string} target target key or label
 * @param {string} unit unit code (optional)
 * @return {number} target quantity
 */
export function CHITIEU_TAM_TARGET(target: unknown, unit?: unknown): number {
  return targetOf(target, unit);
}
