// setUpTemplate: creates what is missing (tabs, headers, frozen rows, dropdowns, formats, protections); idempotent.

import {
  ALLOCATION,
  ENTRIES,
  PERIODS,
  SETTINGS,
  TABS,
  TARGETS,
  UNITS,
  headerRow,
  mapColumns,
  type TabDef,
} from '../core';
import { protectAsWarning } from './protection';
import { listSheets } from './spreadsheet-reader';
import { findSheet } from '../core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SETUP_PROTECTION =
  'Chỉ Tiêu: tab thiết lập chiến dịch. Sửa cẩn thận: mã chỉ tiêu và mã đơn vị được dùng ở tab Kết quả.';
const DATE_FORMAT = 'dd/mm/yyyy';
const QUANTITY_FORMAT = '#,##0.##';
const SETTINGS_ROWS = [
  ['Tên chiến dịch', ''],
  ['Từ ngày', ''],
  ['Đến ngày', ''],
];

export interface TemplateResult {
  createdTabs: string[];
  addedHeaders: string[];
  changes: number;
}

/** Finds the tab, or creates it with its header row (and, for Settings, its three keys). */
function ensureTab(spreadsheet: Spreadsheet, def: TabDef, result: TemplateResult): Sheet {
  const listing = listSheets(spreadsheet);
  const found = findSheet({ sheets: listing.map((s) => ({ name: s.name, rows: [] })) }, def);
  if (found) return listing.find((s) => s.name === found.name)!.sheet;
  const sheet = spreadsheet.insertSheet(def.name);
  const header = headerRow(def);
  const rows = def === SETTINGS ? [header, ...SETTINGS_ROWS] : [header];
  sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  result.createdTabs.push(def.name);
  result.changes++;
  return sheet;
}

/** Adds missing contract columns after the last used column (always empty), never touching existing cells. */
function ensureHeaders(sheet: Sheet, def: TabDef, result: TemplateResult): Record<string, number> {
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const columns = mapColumns(def, header as string[]);
  const missing = def.columns.filter((c) => !(c.id in columns));
  if (missing.length) {
    const start = header.every((h) => h === '') ? 1 : width + 1;
    if (sheet.getMaxColumns() < start + missing.length - 1) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - 1 - sheet.getMaxColumns());
    }
    sheet
      .getRange(1, start, 1, missing.length)
      .setValues([missing.map((c) => c.header)])
      .setFontWeight('bold');
    missing.forEach((c, i) => (columns[c.id] = start - 1 + i));
    result.addedHeaders.push(...missing.map((c) => `${sheet.getName()}!${c.header}`));
    result.changes++;
  }
  if (sheet.getFrozenRows() === 0) {
    sheet.setFrozenRows(1);
    result.changes++;
  }
  return columns;
}

function columnRange(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, column + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
}

/** Sets a rule on a data column unless one is already there (so a second run changes nothing). */
function ensureRule(
  sheet: Sheet,
  column: number | undefined,
  rule: () => GoogleAppsScript.Spreadsheet.DataValidation,
  format: string | null,
  result: TemplateResult,
): void {
  if (column === undefined) return;
  const existing = sheet.getRange(2, column + 1, 1, 1).getDataValidations()[0]![0];
  if (existing) return;
  const range = columnRange(sheet, column);
  range.setDataValidation(rule());
  if (format) range.setNumberFormat(format);
  result.changes++;
}

function dropdownOf(source: Sheet, column: number | undefined, help: string) {
  return () =>
    SpreadsheetApp.newDataValidation()
      .requireValueInRange(columnRange(source, column ?? 0), true)
      .setAllowInvalid(true)
      .setHelpText(help)
      .build();
}

const dateRule = () =>
  SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText('Ngày dạng ngày/tháng/năm, ví dụ 11/6/2023.')
    .build();
const quantityRule = () =>
  SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText('Số từ 0 trở lên, ví dụ 12 hoặc 0,5.')
    .build();

export function setUpTemplateTabs(spreadsheet: Spreadsheet): TemplateResult {
  const result: TemplateResult = { createdTabs: [], addedHeaders: [], changes: 0 };
  const sheets = new Map<TabDef, Sheet>();
  const columns = new Map<TabDef, Record<string, number>>();
  for (const def of TABS) {
    const sheet = ensureTab(spreadsheet, def, result);
    sheets.set(def, sheet);
    columns.set(def, ensureHeaders(sheet, def, result));
  }
  const units = sheets.get(UNITS)!;
  const targets = sheets.get(TARGETS)!;
  const unitCodes = dropdownOf(units, columns.get(UNITS)!.code, 'Chọn mã đơn vị trong tab Đơn vị.');
  const targetKeys = dropdownOf(targets, columns.get(TARGETS)!.key, 'Chọn mã chỉ tiêu trong tab Chỉ tiêu.');
  for (const def of [ENTRIES, ALLOCATION]) {
    const sheet = sheets.get(def)!;
    const cols = columns.get(def)!;
    ensureRule(sheet, cols.unit, unitCodes, null, result);
    ensureRule(sheet, cols.target, targetKeys, null, result);
  }
  const entries = columns.get(ENTRIES)!;
  ensureRule(sheets.get(ENTRIES)!, entries.date, dateRule, DATE_FORMAT, result);
  ensureRule(sheets.get(ENTRIES)!, entries.quantity, quantityRule, QUANTITY_FORMAT, result);
  ensureRule(sheets.get(ALLOCATION)!, columns.get(ALLOCATION)!.allocated, quantityRule, QUANTITY_FORMAT, result);
  const periods = columns.get(PERIODS)!;
  for (const id of ['from', 'to', 'deadline'])
    ensureRule(sheets.get(PERIODS)!, periods[id], dateRule, DATE_FORMAT, result);
  for (const def of [TARGETS, UNITS, PERIODS, ALLOCATION, SETTINGS]) {
    if (protectAsWarning(sheets.get(def)!, SETUP_PROTECTION)) result.changes++;
  }
  return result;
}
