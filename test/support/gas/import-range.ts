// IMPORTRANGE between emulated spreadsheets: a registry of spreadsheets by URL, the access a person allows, and the
// array a formula cell spills.
//
// What Google documents (https://support.google.com/docs/answer/3093340, "IMPORTRANGE"): the function takes the
// source spreadsheet's URL (or key) and a range string such as "'Sheet name'!A:H"; the first time a destination
// spreadsheet pulls from a new source, a person must allow access ("Allow access"), and until then the cell shows
// #REF!; once allowed, editors of the destination can import any range of that source. The emulation follows that:
// #REF! until `allow(destination, source)`, and #REF! for a URL no emulated spreadsheet has (the add-on cannot tell
// these two apart, and neither can a test reading values). Where the emulation guesses: it refreshes every import at
// each idle moment (real Sheets refreshes on its own schedule, so an upper level may see a lower level's change later);
// it spills the source's rows up to its last row with content; the error messages are paraphrased; an array that
// would overwrite typed cells or run past the grid shows #REF! as Sheets does for any array result.

import { parseA1, splitSheetPrefix } from './a1';
import type { BookModel, Cell, SheetModel } from './model';
import { hasContent } from './model';
import { isDate } from './runtime';

/** Emulated spreadsheets by key, and which destination may import from which source. */
export class SpreadsheetRegistry {
  private readonly books = new Map<string, BookModel>();
  private readonly allowed = new Set<string>();

  register(book: BookModel): void {
    if (this.books.has(book.id)) throw new Error(`a spreadsheet with key "${book.id}" is already registered`);
    this.books.set(book.id, book);
  }

  /** The spreadsheet a URL (https://docs.google.com/spreadsheets/d/<key>/edit…) or a bare key points at. */
  find(urlOrKey: string): BookModel | undefined {
    const key = /\/spreadsheets\/d\/([^/?#]+)/.exec(urlOrKey)?.[1] ?? urlOrKey.trim();
    return this.books.get(key);
  }

  /** A person pressed "Allow access" in the destination for that source. */
  allow(destination: BookModel, source: BookModel): void {
    this.allowed.add(`${destination.id}|${source.id}`);
  }

  isAllowed(destination: BookModel, source: BookModel): boolean {
    return destination === source || this.allowed.has(`${destination.id}|${source.id}`);
  }
}

/** An IMPORTRANGE formula cell: its arguments and the cells its array spilled into. */
export interface ImportCall {
  url: string;
  range: string;
  sheet: SheetModel;
  row: number;
  col: number;
  spilled: Cell[];
  /** Why the cell shows #REF!, when it does. */
  error?: string;
}

/** The source's values for an import, or why it shows #REF!. */
function importedValues(
  registry: SpreadsheetRegistry | null,
  home: BookModel,
  call: ImportCall,
): { values: unknown[][] } | { error: string } {
  const source = registry?.find(call.url);
  if (!source) return { error: 'Unable to load the spreadsheet: check the URL (or it is not shared with you).' };
  if (!registry!.isAllowed(home, source)) return { error: 'You need to connect these sheets: Allow access.' };
  const { sheetName, ref } = splitSheetPrefix(call.range);
  const sheet = sheetName === null ? source.sheets[0] : source.byName(sheetName);
  const area = sheet ? parseA1(ref, sheet.maxRows, sheet.maxColumns) : null;
  if (!sheet || !area) return { error: `Unable to parse range: ${call.range}` };
  const last = Math.min(area.row + area.numRows - 1, sheet.lastRow());
  const values: unknown[][] = [];
  for (let r = area.row; r <= last; r++) {
    const line: unknown[] = [];
    for (let c = area.col; c < area.col + area.numCols; c++) {
      const value = sheet.value(r, c);
      line.push(isDate(value) ? new Date(value.getTime()) : value);
    }
    values.push(line);
  }
  return { values };
}

/**
 * Recomputes one import: its previous spill is emptied, then the source's values are written from the formula's cell
 * down and right (the formula stays in its cell; the other cells hold values and no formula, as getFormula() shows).
 * Returns the area written, for the recalculation engine's change notices.
 */
export function spillImport(registry: SpreadsheetRegistry | null, anchor: Cell, call: ImportCall): void {
  for (const cell of call.spilled) if (cell.spillOf === anchor) Object.assign(cell, { value: '', spillOf: undefined });
  call.spilled = [];
  const result = importedValues(registry, call.sheet.book, call);
  let error = 'error' in result ? result.error : undefined;
  const values = 'values' in result ? result.values : [];
  const width = values[0]?.length ?? 0;
  if (!error && values.length > 0) {
    if (call.row + values.length - 1 > call.sheet.maxRows || call.col + width - 1 > call.sheet.maxColumns) {
      error = `Result was not automatically expanded, please insert more rows (${call.row + values.length - 1 - call.sheet.maxRows}).`;
    } else {
      for (let r = 0; r < values.length && !error; r++) {
        for (let c = 0; c < width; c++) {
          if (r === 0 && c === 0) continue;
          const cell = call.sheet.cell(call.row + r, call.col + c);
          if (hasContent(cell) && cell.spillOf !== anchor) {
            error = 'Array result was not expanded because it would overwrite data.';
            break;
          }
        }
      }
    }
  }
  call.error = error;
  if (error) {
    anchor.value = '#REF!';
    return;
  }
  anchor.value = values[0]?.[0] ?? '';
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < width; c++) {
      const value = values[r]![c];
      if ((r === 0 && c === 0) || value === '') continue;
      const cell = call.sheet.touch(call.row + r, call.col + c);
      cell.value = value;
      cell.spillOf = anchor;
      call.spilled.push(cell);
    }
  }
}
