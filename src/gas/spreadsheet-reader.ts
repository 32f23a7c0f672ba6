// Reads the contract tabs of the active spreadsheet into plain rows: one getValues() per tab, nothing per cell.

import {
  CLOSING_TAB,
  ENTRIES,
  fold,
  TABS,
  entryTabNames,
  findSheet,
  findTabName,
  readCampaign,
  UNITS,
  type Cell,
  type SheetData,
  type TabDef,
  type Unit,
  type WorkbookData,
} from '../core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SpreadsheetRead {
  data: WorkbookData;
  /** The sheet behind a tab the read found, by its name. */
  sheet(name: string): Sheet;
  /** The sheet holding a contract tab, if any (found by the core's name matching). */
  sheetFor(def: TabDef): Sheet | null;
}

const MS_PER_DAY = 86_400_000;
const HOUR_MS = 60 * 60 * 1000;

/** The spreadsheet zone's offset from UTC ("+0700" → 7 h), read once per execution. */
function zoneOffsetMs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const zone = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'Z');
  const match = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

/**
 * Sheets hands dates as instants; the core wants what the sheet shows (the calendar day and, for a date-time cell such
 * as a deadline, a Forms timestamp or the add-on's stamp, the time) in a Date's UTC fields. A date-only cell is an
 * exact midnight in the spreadsheet's zone; the zone's offset is read for today, so under daylight saving a date from
 * the other season lands exactly one hour off (Vietnam has no daylight saving): exactly 23:00 or 01:00 reads as that
 * midnight. Every other time is kept as it is.
 */
function wallClock(value: Date, offsetMs: number): Date {
  const shifted = value.getTime() + offsetMs;
  const time = ((shifted % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  if (time === HOUR_MS) return new Date(shifted - HOUR_MS);
  if (time === MS_PER_DAY - HOUR_MS) return new Date(shifted + HOUR_MS);
  return new Date(shifted);
}

function toRows(values: unknown[][], offsetMs: number): Cell[][] {
  const rows: Cell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const source = values[r]!;
    const row: Cell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) {
      const value = source[c];
      row[c] = value instanceof Date ? wallClock(value, offsetMs) : (value as Cell);
    }
    rows[r] = row;
  }
  return rows;
}

/** Lists the tabs by name: one getSheets() and a getName() per tab, no data read. */
export function listSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { name: string; sheet: Sheet }[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** Converts a getValues() grid as readSpreadsheet does (date cells to their calendar day), for one execution. */
export function rowConverter(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): (values: unknown[][]) => Cell[][] {
  let offsetMs: number | null = null;
  return (values) => toRows(values, (offsetMs ??= zoneOffsetMs(spreadsheet)));
}

/**
 * The workbook as the core reads it, with only the tabs the contract knows (others are never read); `skip` leaves
 * one contract tab out (ENTRIES: every Entries tab; onEdit reads their edited rows and twins only).
 */
export function readSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, skip?: TabDef): SpreadsheetRead {
  const named = listSheets(spreadsheet);
  const names = named.map((t) => t.name);
  const out: SheetData[] = [];
  const byName = new Map<string, Sheet>();
  // The contract tabs, and every Entries tab ("Kết quả – P01"…), read in workbook order as the core expects.
  const wanted = new Set(skip === ENTRIES ? [] : entryTabNames(names));
  for (const def of TABS) {
    if (def === skip) continue;
    const found = findTabName(names, def);
    if (found) wanted.add(found);
  }
  // The closing tab (issue 14): closed periods answer with what it kept.
  for (const { name } of named) if (fold(name) === fold(CLOSING_TAB)) wanted.add(name);
  let offsetMs: number | null = null;
  for (const { name, sheet } of named) {
    if (!wanted.has(name)) continue;
    byName.set(name, sheet);
    offsetMs ??= zoneOffsetMs(spreadsheet);
    out.push({ name, rows: toRows(sheet.getDataRange().getValues(), offsetMs) });
  }
  const data: WorkbookData = { sheets: out, offsetMinutes: (offsetMs ?? zoneOffsetMs(spreadsheet)) / 60_000 };
  return {
    data,
    sheet: (name) => byName.get(name)!,
    sheetFor: (def) => {
      const found = findSheet(data, def);
      return found ? byName.get(found.name)! : null;
    },
  };
}

/** One contract tab's sheet and rows, no other tab read (the plan import needs the Targets tab, not thousands of entries). */
export function readContractTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: TabDef,
  named: { name: string; sheet: Sheet }[] = listSheets(spreadsheet),
): { sheet: Sheet; data: SheetData } | null {
  const name = findTabName(
    named.map((t) => t.name),
    def,
  );
  const found = named.find((t) => t.name === name);
  if (!found) return null;
  return {
    sheet: found.sheet,
    data: { name: found.name, rows: rowConverter(spreadsheet)(found.sheet.getDataRange().getValues()) },
  };
}

/** The units of the Units tab (none without one), read with one getValues(). */
export function readUnits(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  named: { name: string; sheet: Sheet }[] = listSheets(spreadsheet),
): Unit[] {
  const tab = readContractTab(spreadsheet, UNITS, named);
  return tab ? readCampaign({ sheets: [tab.data] }).campaign.units : [];
}
