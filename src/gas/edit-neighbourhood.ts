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
  /** The Entries tab as the core reads it, with only the rows read here filled in (others are blank). */
  entries: SheetData;
  table: Table;
  /** Rows that may be or may have been twins of an edited row, outside the edited rows. */
  partners: number[];
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

/**
 * Reads the header, the edited rows [first, last] and every row that may be a twin of an edited row now or before the
 * edit (`before`: the edited row as it was, when one cell changed and its old value is known). Null when the edit is
 * not small (a wide paste, a header that cannot be found, a cell that cannot be searched for, too many candidates).
 */
export function readNeighbourhood(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  first: number,
  last: number,
  before: { row: number; column: number; value: string } | null,
): Neighbourhood | null {
  const convert = rowConverter(spreadsheet);
  const lastRow = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const top = convert(sheet.getRange(1, 1, Math.max(1, Math.min(HEADER_ROWS, lastRow)), width).getValues());
  const table = readTable({ name: sheet.getName(), rows: top }, ENTRIES);
  const firstData = table.headerIndex + 2;
  const from = Math.max(first, firstData);
  if (last < from) return null;
  const edited = readRows(
    sheet,
    Array.from({ length: last - from + 1 }, (_, i) => from + i),
    width,
    convert,
  );
  const candidates = new Set<number>();
  if (lastRow >= firstData) {
    const probes = [...edited.values()];
    if (before && before.row >= from && before.row <= last) {
      const old = [...edited.get(before.row)!];
      old[before.column] = before.value;
      probes.push(old);
    }
    const searched = new Set<string>();
    for (const row of probes) {
      const searches = twinSearches(table, row);
      if (searches === null) return null;
      const key = JSON.stringify(searches);
      if (searches.length === 0 || searched.has(key)) continue;
      searched.add(key);
      rowsPassing(sheet, searches, firstData, lastRow).forEach((r) => candidates.add(r));
    }
  }
  const partners = [...candidates].filter((r) => r < from || r > last).sort((a, b) => a - b);
  if (partners.length > MAX_CANDIDATES) return null;
  const others = readRows(sheet, partners, width, convert);
  const rows: Cell[][] = Array.from({ length: Math.max(lastRow, last) }, () => []);
  top.forEach((cells, i) => (rows[i] = i <= table.headerIndex ? cells : []));
  for (const [row, cells] of [...edited, ...others]) rows[row - 1] = cells;
  const entries: SheetData = { name: sheet.getName(), rows };
  return { entries, table: readTable(entries, ENTRIES), partners };
}
