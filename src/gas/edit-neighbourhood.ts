// What a small edit of the Entries tab can affect, read without reading the tab: the edited rows and their possible twins.

import {
  cellText,
  ENTRIES,
  isBlank,
  isoDate,
  parseDate,
  parseNumber,
  readTable,
  type Cell,
  type SheetData,
  type Table,
} from '../core';
import { rowConverter } from './spreadsheet-reader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The header may sit under title rows, among the top ten (the core's own rule). */
const HEADER_ROWS = 10;
/** Beyond this many possible twins, an edit is not small any more: the caller reads the whole tab instead. */
const MAX_CANDIDATES = 60;

export interface Neighbourhood {
  /** Every Entries tab as the core reads it, in workbook order, with only the rows read here filled in. */
  sheets: SheetData[];
  /** The edited tab's rows as read here. */
  edited: SheetData;
  /** Per tab, rows that may be or may have been twins of an edited row (the edited rows themselves left out). */
  partners: Map<string, number[]>;
}

/** A regular expression that matches text as the core compares it: trimmed, any run of white space as one. */
function spacedText(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return `\\s*${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s*`;
}

/** The forms a day is typed or shown in (11/6/2023, 11/06/23, 11-06-2023, 2023-06-11, ngày 11 tháng 6 năm 2023). */
function dayPattern(day: number): string {
  const [y, m, d] = isoDate(day).split('-').map(Number) as [number, number, number];
  const yy = String(y).slice(2);
  const dmy = `0?${d}[/.-]0?${m}[/.-](?:${y}|${yy})`;
  const iso = `${y}-0?${m}-0?${d}`;
  const words = `ngay\\s*0?${d}\\s*thang\\s*0?${m}\\s*nam\\s*${y}`;
  return `\\s*(?:${dmy}|${iso}|${words})(?:\\s.*)?`;
}

/**
 * Sheet rows in [first, last] whose cell in `column` (0-based) matches pattern, by a TextFinder search: the sheet
 * hands back the matching cells, not the column (https://developers.google.com/apps-script/reference/spreadsheet/text-finder).
 * Case and diacritics are ignored, so the matches include every value the core folds to the same key.
 */
function rowsMatching(sheet: Sheet, first: number, last: number, column: number, pattern: string): Set<number> {
  const found = sheet
    .getRange(first, column + 1, last - first + 1, 1)
    .createTextFinder(pattern)
    .useRegularExpression(true)
    .matchEntireCell(true)
    .matchCase(false)
    .ignoreDiacritics(true)
    .findAll();
  return new Set(found.map((range) => range.getRow()));
}

/**
 * The searches that find the rows holding the same date, unit, target and activity as `row` (duplicates also need
 * the same quantity, which the core checks). [] when `row` cannot be a duplicate nor the row others duplicate (a
 * required cell blank or unreadable); null when its cells cannot be searched for (the caller reads the whole tab).
 */
function twinSearches(table: Table, row: Cell[]): [number, string][] | null {
  const { date, unit, target, quantity, activity } = table.columns;
  if (date === undefined || unit === undefined || target === undefined || quantity === undefined) return null;
  const parsed = parseDate(row[date]);
  if (!parsed.ok || isBlank(row[quantity]) || !parseNumber(row[quantity]).ok) return [];
  const searches: [number, string][] = [[date, dayPattern(parsed.day)]];
  if (activity !== undefined && typeof row[activity] === 'string' && cellText(row[activity]) !== '') {
    searches.push([activity, spacedText(String(row[activity]))]);
  }
  for (const column of [unit, target]) {
    const value = row[column];
    if (isBlank(value)) return [];
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    searches.push([column, spacedText(String(value))]);
  }
  return searches;
}

/**
 * The rows in [first, last] that pass every search: each search looks only between the first and last row the
 * previous ones left (entries are mostly typed in date order, so a day's rows sit together and later searches
 * scan a short block).
 */
function rowsPassing(sheet: Sheet, searches: [number, string][], first: number, last: number): Set<number> {
  let rows: Set<number> | null = null;
  let from = first;
  let to = last;
  for (const [column, pattern] of searches) {
    const matching = rowsMatching(sheet, from, to, column, pattern);
    const kept: Set<number> = rows === null ? matching : new Set([...rows].filter((r: number) => matching.has(r)));
    rows = kept;
    if (kept.size === 0) break;
    from = Math.min(...kept);
    to = Math.max(...kept);
  }
  return rows ?? new Set<number>();
}

/** Reads the given sorted rows, one getValues per run of consecutive rows. */
function readRows(
  sheet: Sheet,
  rows: number[],
  width: number,
  convert: (v: unknown[][]) => Cell[][],
): Map<number, Cell[]> {
  const out = new Map<number, Cell[]>();
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    const values = convert(sheet.getRange(rows[i]!, 1, j - i + 1, width).getValues());
    values.forEach((cells, k) => out.set(rows[i]! + k, cells));
    i = j + 1;
  }
  return out;
}

/** One Entries tab: its header (in its top rows) and its extent, read once. */
interface TabRead {
  sheet: Sheet;
  name: string;
  top: Cell[][];
  table: Table;
  lastRow: number;
  width: number;
}

function readTab(sheet: Sheet, convert: (v: unknown[][]) => Cell[][]): TabRead {
  const lastRow = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const top = convert(sheet.getRange(1, 1, Math.max(1, Math.min(HEADER_ROWS, lastRow)), width).getValues());
  const name = sheet.getName();
  return { sheet, name, top, table: readTable({ name, rows: top }, ENTRIES), lastRow, width };
}

/**
 * Reads the edited rows [first, last] of `editedSheet`, and on every Entries tab (`tabs`, in workbook order, the
 * edited one among them) its header and the rows that may be twins of an edited row now or before the edit (`before`:
 * the edited row as it was, when one cell changed). Duplicates are found across tabs (docs/DOMAIN.md, "Entries on
 * several tabs"). Null when the edit is not small (a header that cannot be found, a cell that cannot be searched for,
 * too many candidates): the caller reads every tab instead.
 */
export function readNeighbourhood(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  editedSheet: Sheet,
  tabs: Sheet[],
  first: number,
  last: number,
  before: { row: number; column: number; value: string } | null,
): Neighbourhood | null {
  const convert = rowConverter(spreadsheet);
  const editedName = editedSheet.getName();
  const reads = tabs.map((sheet) => readTab(sheet, convert));
  const own = reads.find((t) => t.name === editedName);
  if (!own) return null;
  const from = Math.max(first, own.table.headerIndex + 2);
  if (last < from) return null;
  const editedRows = readRows(
    own.sheet,
    Array.from({ length: last - from + 1 }, (_, i) => from + i),
    own.width,
    convert,
  );
  const probes = [...editedRows.values()].map((row) => ({ row, table: own.table }));
  if (before && before.row >= from && before.row <= last) {
    const old = [...editedRows.get(before.row)!];
    old[before.column] = before.value;
    probes.push({ row: old, table: own.table });
  }
  const searches: [number, string][][] = [];
  const seen = new Set<string>();
  for (const probe of probes) {
    const found = twinSearches(probe.table, probe.row);
    if (found === null) return null;
    const key = JSON.stringify(found);
    if (found.length > 0 && !seen.has(key)) {
      seen.add(key);
      searches.push(found);
    }
  }
  const sheets: SheetData[] = [];
  const partners = new Map<string, number[]>();
  let total = 0;
  for (const tab of reads) {
    const firstData = tab.table.headerIndex + 2;
    const candidates = new Set<number>();
    if (tab.lastRow >= firstData) {
      for (const probe of searches) {
        // The edited tab's columns locate the probe's cells; another tab may order its columns differently.
        const here = remap(probe, own.table, tab.table);
        if (here === null) continue;
        rowsPassing(tab.sheet, here, firstData, tab.lastRow).forEach((r) => candidates.add(r));
      }
    }
    const outside = [...candidates].filter((r) => tab !== own || r < from || r > last).sort((a, b) => a - b);
    total += outside.length;
    if (total > MAX_CANDIDATES) return null;
    partners.set(tab.name, outside);
    const read = readRows(tab.sheet, outside, tab.width, convert);
    const rows: Cell[][] = Array.from({ length: Math.max(tab.lastRow, tab === own ? last : 0) }, () => []);
    tab.top.forEach((cells, i) => {
      if (i <= tab.table.headerIndex) rows[i] = cells;
    });
    for (const [row, cells] of read) rows[row - 1] = cells;
    if (tab === own) for (const [row, cells] of editedRows) rows[row - 1] = cells;
    sheets.push({ name: tab.name, rows });
  }
  return { sheets, edited: sheets.find((s) => s.name === editedName)!, partners };
}

/** A probe's searches with the columns of another tab (null when that tab lacks one of them). */
function remap(searches: [number, string][], from: Table, to: Table): [number, string][] | null {
  if (from === to) return searches;
  const idOf = new Map(Object.entries(from.columns).map(([id, column]) => [column, id]));
  const out: [number, string][] = [];
  for (const [column, pattern] of searches) {
    const target = to.columns[idOf.get(column) ?? ''];
    if (target === undefined) return null;
    out.push([target, pattern]);
  }
  return out;
}
