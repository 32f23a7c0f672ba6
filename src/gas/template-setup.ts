// setUpTemplate: creates what is missing (tabs, headers, frozen rows, dropdowns, formats, protections); idempotent.

import {
  ALLOCATION,
  ENTRIES,
  findTabName,
  PERIODS,
  SETTINGS,
  SETTING_KEYS,
  TABS,
  TARGETS,
  UNITS,
  foldWords,
  headerRow,
  isBlank,
  readTable,
  type Cell,
  type TabDef,
} from '../core';
import { ADDON } from '../messages';
import { protectAsWarning } from './protection';
import { RECORDED_FORMAT } from './recorded-at';
import { writeWeeklyPeriods } from './weekly-periods';
import { listSheets } from './spreadsheet-reader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DATE_FORMAT = 'dd/mm/yyyy';
const QUANTITY_FORMAT = '#,##0.##';
// Every Settings key (campaign, window, the report document's header), with an empty value for the board to fill.
const SETTINGS_ROWS = Object.values(SETTING_KEYS).map((words) => [words[0], '']);

export interface TemplateResult {
  createdTabs: string[];
  addedHeaders: string[];
  changes: number;
  /** Weekly periods written from the Settings rule `Hạn báo cáo hằng tuần` on an empty Periods tab. */
  weeklyPeriods?: number;
  /** The unit tabs created when the board accepted the offer at the end of the set-up (issue 15). */
  unitTabs?: import('./unit-tabs').UnitTabsResult;
}

/** Finds the tab, or creates it with its header row (and, for Settings, its keys). */
function ensureTab(spreadsheet: Spreadsheet, def: TabDef, result: TemplateResult): Sheet {
  const listing = listSheets(spreadsheet);
  const found = findTabName(
    listing.map((s) => s.name),
    def,
  );
  if (found) return listing.find((s) => s.name === found)!.sheet;
  const sheet = spreadsheet.insertSheet(def.name);
  const header = headerRow(def);
  const rows = def === SETTINGS ? [header, ...SETTINGS_ROWS] : [header];
  sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  result.createdTabs.push(def.name);
  result.changes++;
  return sheet;
}

/** Where a tab's header is (1-based sheet row) and its columns; null for a tab we leave as it is. */
interface Layout {
  headerRow: number;
  columns: Record<string, number>;
}

// The core looks for a tab's header in its top rows (a title may sit above it): read as many, in one call.
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row the core reads (row 1, or a later one under a title) with one getValues() of the top rows, and
 * adds the missing contract columns to THAT row, after the sheet's last used column (so they land on empty cells and
 * never on a value). A Settings tab without a header row (bare key–value pairs in columns A and B, which the core
 * reads as such) is left alone: a header there would change how it is read.
 */
function ensureHeaders(sheet: Sheet, def: TabDef, result: TemplateResult): Layout | null {
  const lastRow = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const top = lastRow
    ? (sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, lastRow), width).getValues() as Cell[][])
    : [];
  const table = readTable({ name: sheet.getName(), rows: top }, def);
  const columns = { ...table.columns };
  if (def === SETTINGS && lastRow > 0 && !('setting' in columns && 'value' in columns)) return null;
  const row = table.headerIndex + 1;
  const missing = def.columns.filter((c) => c.inTemplate && !c.formsOnly && !(c.id in columns));
  if (missing.length) {
    const header = top[table.headerIndex] ?? [];
    const start = header.every((h) => isBlank(h)) ? 1 : width + 1;
    if (sheet.getMaxColumns() < start + missing.length - 1) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - 1 - sheet.getMaxColumns());
    }
    sheet
      .getRange(row, start, 1, missing.length)
      .setValues([missing.map((c) => c.header)])
      .setFontWeight('bold');
    missing.forEach((c, i) => (columns[c.id] = start - 1 + i));
    result.addedHeaders.push(...missing.map((c) => `${sheet.getName()}!${c.header}`));
    result.changes++;
  }
  if (sheet.getFrozenRows() === 0) {
    sheet.setFrozenRows(row);
    result.changes++;
  }
  return { headerRow: row, columns };
}

/** A column's data cells: from under the header to the sheet's last row; null when the sheet has no row there. */
function columnRange(sheet: Sheet, layout: Layout, column: number): GoogleAppsScript.Spreadsheet.Range | null {
  const first = layout.headerRow + 1;
  const rows = sheet.getMaxRows() - first + 1;
  return rows > 0 ? sheet.getRange(first, column + 1, rows, 1) : null;
}

/** Sets a rule on a data column unless one is already there (so a second run changes nothing). */
function ensureRule(
  sheet: Sheet,
  layout: Layout | undefined,
  columnId: string,
  rule: () => GoogleAppsScript.Spreadsheet.DataValidation | null,
  format: string | null,
  result: TemplateResult,
): void {
  const column = layout?.columns[columnId];
  if (!layout || column === undefined) return;
  const range = columnRange(sheet, layout, column);
  if (!range) return;
  const existing = sheet.getRange(layout.headerRow + 1, column + 1, 1, 1).getDataValidations()[0]![0];
  if (existing) return;
  const built = rule();
  if (!built) return;
  range.setDataValidation(built);
  if (format) range.setNumberFormat(format);
  result.changes++;
}

/** A dropdown of the values under a source tab's header (null while that tab has no row under its header). */
function dropdownOf(source: Sheet, layout: Layout | undefined, columnId: string, help: string) {
  return () => {
    const values = layout ? columnRange(source, layout, layout.columns[columnId] ?? 0) : null;
    if (!values) return null;
    return SpreadsheetApp.newDataValidation()
      .requireValueInRange(values, true)
      .setAllowInvalid(true)
      .setHelpText(help)
      .build();
  };
}

const dateRule = () =>
  SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText(ADDON.say('vi', 'dateHelp'))
    .build();
const quantityRule = () =>
  SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText(ADDON.say('vi', 'quantityHelp'))
    .build();

/**
 * Appends the Settings keys the tab lacks, with an empty value, under its last row (where nothing stands): a board
 * sees what the report document's header reads. A key is known by any of its spellings, English included.
 */
function ensureSettingKeys(sheet: Sheet, layout: Layout | undefined, result: TemplateResult): void {
  const column = layout?.columns['setting'];
  if (!layout || column === undefined) return;
  const last = sheet.getLastRow();
  const typed =
    last > layout.headerRow
      ? sheet.getRange(layout.headerRow + 1, column + 1, last - layout.headerRow, 1).getValues()
      : [];
  const present = new Set(typed.map((r) => foldWords(String(r[0] ?? ''))));
  const missing = Object.values(SETTING_KEYS).filter((words) => !words.some((w) => present.has(foldWords(w))));
  if (!missing.length) return;
  sheet.getRange(last + 1, column + 1, missing.length, 1).setValues(missing.map((words) => [words[0]]));
  result.changes++;
}

export function setUpTemplateTabs(spreadsheet: Spreadsheet): TemplateResult {
  const result: TemplateResult = { createdTabs: [], addedHeaders: [], changes: 0, weeklyPeriods: 0 };
  const sheets = new Map<TabDef, Sheet>();
  const layouts = new Map<TabDef, Layout>();
  // A tab whose A1 holds a formula (an IMPORTRANGE of a lower level, issue 15) is never written into: no header,
  // rule, format or protection; its formula's array would break on the first cell written in its way.
  const formulaTabs = new Set<TabDef>();
  for (const def of TABS) {
    const sheet = ensureTab(spreadsheet, def, result);
    sheets.set(def, sheet);
    if (sheet.getLastRow() > 0 && sheet.getRange(1, 1).getFormula()) {
      formulaTabs.add(def);
      continue;
    }
    const layout = ensureHeaders(sheet, def, result);
    if (layout) layouts.set(def, layout);
  }
  const units = sheets.get(UNITS)!;
  const targets = sheets.get(TARGETS)!;
  const unitCodes = dropdownOf(units, layouts.get(UNITS), 'code', ADDON.say('vi', 'unitHelp'));
  const targetKeys = dropdownOf(targets, layouts.get(TARGETS), 'key', ADDON.say('vi', 'targetHelp'));
  for (const def of [ENTRIES, ALLOCATION]) {
    ensureRule(sheets.get(def)!, layouts.get(def), 'unit', unitCodes, null, result);
    ensureRule(sheets.get(def)!, layouts.get(def), 'target', targetKeys, null, result);
  }
  ensureRule(sheets.get(ENTRIES)!, layouts.get(ENTRIES), 'date', dateRule, DATE_FORMAT, result);
  ensureRule(sheets.get(ENTRIES)!, layouts.get(ENTRIES), 'quantity', quantityRule, QUANTITY_FORMAT, result);
  ensureRule(sheets.get(ALLOCATION)!, layouts.get(ALLOCATION), 'allocated', quantityRule, QUANTITY_FORMAT, result);
  for (const id of ['from', 'to', 'deadline'])
    ensureRule(sheets.get(PERIODS)!, layouts.get(PERIODS), id, dateRule, DATE_FORMAT, result);
  ensureSettingKeys(sheets.get(SETTINGS)!, layouts.get(SETTINGS), result);
  // Issue 14: weekly periods, and the format of the add-on's "Ghi nhận lúc" stamps.
  // A Periods tab filled by a formula (an IMPORTRANGE) is never written into.
  result.weeklyPeriods = formulaTabs.has(PERIODS) ? 0 : writeWeeklyPeriods(spreadsheet);
  if (result.weeklyPeriods) result.changes++;
  const recorded = layouts.get(ENTRIES)?.columns.recorded;
  if (recorded !== undefined) {
    const stamps = columnRange(sheets.get(ENTRIES)!, layouts.get(ENTRIES)!, recorded);
    if (stamps && stamps.getCell(1, 1).getNumberFormat() !== RECORDED_FORMAT) {
      stamps.setNumberFormat(RECORDED_FORMAT);
      result.changes++;
    }
  }
  for (const def of [TARGETS, UNITS, PERIODS, ALLOCATION, SETTINGS]) {
    if (formulaTabs.has(def)) continue;
    if (protectAsWarning(sheets.get(def)!, ADDON.say('vi', 'setupProtection'))) result.changes++;
  }
  return result;
}
