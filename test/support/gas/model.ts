// The spreadsheet's data: cells (value, formula, note, formats, validation), sheets and the workbook, with Sheets' input rules.

import { type Area } from './a1';
import type { EmbeddedChartImpl } from './charts';
import type { CellReference, CustomCall } from './custom-functions';
import type { DataValidationImpl } from './data-validation';
import type { ImportCall } from './import-range';
import type { ProtectionImpl } from './protection';
import { isDate } from './runtime';
import { midnightInZone, zoneOffsetMinutes } from './utilities';

export type FormatKey =
  | 'background'
  | 'numberFormat'
  | 'fontWeight'
  | 'fontColor'
  | 'fontSize'
  | 'fontStyle'
  | 'horizontalAlignment'
  | 'wrap';

/** What Sheets reports for a cell nobody formatted. */
export const FORMAT_DEFAULTS: Record<FormatKey, unknown> = {
  background: '#ffffff',
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontStyle: 'normal',
  horizontalAlignment: 'general',
  wrap: false,
};

export interface Cell {
  /** '' for empty; number, string, boolean or Date (of this realm). For a formula cell: its computed value. */
  value: unknown;
  /** '' when the cell holds no formula. */
  formula: string;
  note: string;
  format?: Partial<Record<FormatKey, unknown>>;
  validation: DataValidationImpl | null;
  /** The parsed call when the formula is a single call that may be a custom function. */
  custom?: CustomCall;
  /** The referenced cell when the formula is a single reference (`='Báo cáo – Đợt 1'!D5`). */
  reference?: CellReference;
  /** An IMPORTRANGE formula's call and the cells its array spilled into (import-range.ts). */
  importRange?: ImportCall;
  /** The IMPORTRANGE cell whose array put this value here (no formula of its own); cleared when anyone writes. */
  spillOf?: Cell;
}

/** The recalculation engine listens to writes (custom-functions.ts). */
export interface ModelListener {
  formulaSet(sheet: SheetModel, cell: Cell, row: number, col: number): void;
  formulaRemoved(cell: Cell): void;
  changed(sheet: SheetModel, area: Area): void;
  structureChanged(sheet: SheetModel): void;
  /** A tab was renamed (references to it follow) or deleted (newName null: references to it become #REF!). */
  sheetRenamed(oldName: string, newName: string | null): void;
}

const NO_LISTENER: ModelListener = {
  formulaSet: () => undefined,
  formulaRemoved: () => undefined,
  changed: () => undefined,
  structureChanged: () => undefined,
  sheetRenamed: () => undefined,
};

export function hasContent(cell: Cell | undefined): cell is Cell {
  return !!cell && (cell.formula !== '' || cell.value !== '');
}

/** What Sheets stores for a value handed over by a script: null and undefined are empty, dates are copied. */
export function normalizeValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const COMMA_DECIMAL_LANGUAGES = new Set(['vi', 'de', 'fr', 'es', 'it', 'pt', 'id', 'nl', 'ru', 'tr', 'pl']);

function separators(locale: string): { decimal: string; group: string; dayFirst: boolean } {
  const language = locale.split(/[_-]/)[0]!.toLowerCase();
  const comma = COMMA_DECIMAL_LANGUAGES.has(language);
  return { decimal: comma ? ',' : '.', group: comma ? '.' : ',', dayFirst: locale !== 'en_US' };
}

function parseNumber(text: string, locale: string): number | null {
  const { decimal, group } = separators(locale);
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const match = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`).exec(text);
  if (!match) return null;
  const digits = match[2]!.split(group).join('');
  if (digits.length > 15) return null;
  return Number(`${match[1]}${digits}${match[3] ? `.${match[3]}` : ''}`);
}

function parseDate(text: string, locale: string, offsetMinutes: number): Date | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [d, m] = separators(locale).dayFirst ? [a, b] : [b, a];
    y = Number(slashed[3]);
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return midnightInZone(y, m, d, offsetMinutes);
}

/**
 * How Sheets reads a value written by setValue(s) or typed by a user: "=…" is a formula, a leading apostrophe keeps
 * text, numbers ("02", "1.000" and "0,5" in vi_VN), percentages, TRUE/FALSE and dates (d/M/yyyy in vi_VN, ISO) are
 * converted; a cell formatted as plain text ("@") keeps every string as it is.
 */
export function parseInput(
  input: unknown,
  numberFormat: unknown,
  locale: string,
  offsetMinutes: number,
): { formula: string } | { value: unknown } {
  if (typeof input !== 'string') return { value: normalizeValue(input) };
  if (numberFormat === '@') return { value: input };
  if (input.length > 1 && input.startsWith('=')) return { formula: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const text = input.trim();
  if (text === '') return { value: input };
  const number = parseNumber(text, locale);
  if (number !== null) return { value: number };
  if (text.endsWith('%')) {
    const percent = parseNumber(text.slice(0, -1).trim(), locale);
    if (percent !== null) return { value: percent / 100 };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const date = parseDate(text, locale, offsetMinutes);
  if (date) return { value: date };
  return { value: input };
}

export class SheetModel {
  /** Rows of cells; both levels are sparse. */
  rows: ((Cell | undefined)[] | undefined)[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  deleted = false;
  readonly columnWidths = new Map<number, number>();
  protection: ProtectionImpl | null = null;
  readonly rangeProtections: ProtectionImpl[] = [];
  readonly charts: EmbeddedChartImpl[] = [];

  constructor(
    readonly book: BookModel,
    public name: string,
    readonly id: number,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  touch(row: number, col: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[col - 1] ??= { value: '', formula: '', note: '', validation: null });
  }

  value(row: number, col: number): unknown {
    return this.cell(row, col)?.value ?? '';
  }

  format(row: number, col: number, key: FormatKey): unknown {
    return this.cell(row, col)?.format?.[key] ?? FORMAT_DEFAULTS[key];
  }

  /** The last row holding a value or a formula (formats and notes do not count), 0 when there is none. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        if (hasContent(cells[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** The extent of cells for which keep(cell) holds, as [rows, columns]. */
  extent(keep: (cell: Cell) => boolean): [number, number] {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (cell && keep(cell)) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    return [rows, cols];
  }

  /** Writes a value or formula as Sheets reads script and user input (see parseInput). */
  setInput(row: number, col: number, input: unknown): void {
    const parsed = parseInput(input, this.format(row, col, 'numberFormat'), this.book.locale, this.book.offset);
    if ('formula' in parsed) this.setFormula(row, col, parsed.formula);
    else this.setValue(row, col, parsed.value);
  }

  setValue(row: number, col: number, value: unknown): void {
    const cell = this.touch(row, col);
    cell.spillOf = undefined;
    if (cell.formula !== '') {
      cell.formula = '';
      this.book.listener.formulaRemoved(cell);
    }
    cell.value = normalizeValue(value);
  }

  /** Sets a formula; the same text as before is no change at all (nothing is recalculated). */
  setFormula(row: number, col: number, text: string): void {
    if (!text.startsWith('=')) {
      this.setInput(row, col, text);
      return;
    }
    const cell = this.touch(row, col);
    if (cell.formula === text) return;
    cell.spillOf = undefined;
    if (cell.formula === '') cell.value = '';
    cell.formula = text;
    this.book.listener.formulaSet(this, cell, row, col);
  }

  clearContent(row: number, col: number): void {
    const cell = this.cell(row, col);
    if (cell) this.setValue(row, col, '');
  }

  insertRows(after: number, count: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    this.book.listener.structureChanged(this);
  }

  deleteRows(start: number, count: number): void {
    const removed = this.rows.splice(start - 1, count);
    for (const cells of removed) cells?.forEach((cell) => cell?.formula && this.book.listener.formulaRemoved(cell));
    this.maxRows -= count;
    this.book.listener.structureChanged(this);
  }

  insertColumns(after: number, count: number): void {
    for (const cells of this.rows) if (cells && cells.length > after) cells.splice(after, 0, ...new Array(count));
    this.maxColumns += count;
    this.book.listener.structureChanged(this);
  }

  deleteColumns(start: number, count: number): void {
    for (const cells of this.rows) {
      const removed = cells?.splice(start - 1, count) ?? [];
      removed.forEach((cell) => cell?.formula && this.book.listener.formulaRemoved(cell));
    }
    this.maxColumns -= count;
    this.book.listener.structureChanged(this);
  }
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  activeArea: Area | null = null;
  listener: ModelListener = NO_LISTENER;
  nextChartId = 1;
  private sheetCount = 0;
  readonly offset: number;

  constructor(
    readonly id: string,
    public name: string,
    readonly timeZone: string,
    readonly locale: string,
  ) {
    const offset = zoneOffsetMinutes(timeZone);
    if (offset === null) throw new Error(`time zone "${timeZone}" is not implemented by the emulation`);
    this.offset = offset;
  }

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheets refuses two tabs whose names differ only in case. */
  nameTaken(name: string, except?: SheetModel): boolean {
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
  }

  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.nameTaken(`Sheet${n}`)) return `Sheet${n}`;
  }

  insert(name: string, index: number, maxRows = 1000, maxColumns = 26): SheetModel {
    const id = this.sheetCount === 0 ? 0 : 1_000_000_000 + this.sheetCount * 7_919;
    this.sheetCount++;
    const sheet = new SheetModel(this, name, id, maxRows, maxColumns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  remove(sheet: SheetModel): void {
    const at = this.sheets.indexOf(sheet);
    if (at >= 0) this.sheets.splice(at, 1);
    sheet.deleted = true;
    for (const cells of sheet.rows) cells?.forEach((cell) => cell?.formula && this.listener.formulaRemoved(cell));
    this.listener.sheetRenamed(sheet.name, null);
    if (this.active === sheet) {
      this.active = this.sheets[0] ?? null;
      this.activeArea = null;
    }
  }

  activeSheet(): SheetModel | null {
    return this.active ?? this.sheets[0] ?? null;
  }
}
