// Range: values, formulas, notes, formats and data validation of a block of cells, read and written in batches.

import { areaA1, type Area } from './a1';
import type { DataValidationImpl } from './data-validation';
import { displayText } from './display';
import { FORMAT_DEFAULTS, type FormatKey, type SheetModel } from './model';
import { assertMayEdit } from './protection';
import { isDate } from './runtime';
import { describe, strict, unwrap } from './strict';
import type { World } from './world';

type Grid = unknown[][];

const COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Sheets reports colours as lower-case #rrggbb; null resets to the default. */
function normalizeColor(value: unknown, fallback: unknown): unknown {
  if (value === null || value === undefined || value === '') return fallback;
  const text = String(value).trim().toLowerCase();
  if (COLORS[text]) return COLORS[text];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : text;
}

function normalizeFormat(key: FormatKey, value: unknown): unknown {
  if (key === 'background' || key === 'fontColor') return normalizeColor(value, FORMAT_DEFAULTS[key]);
  if (value === null || value === undefined) return FORMAT_DEFAULTS[key];
  if (key === 'wrap') return Boolean(value);
  if (key === 'fontSize') return Number(value);
  return String(value);
}

/** A range checked against the sheet's grid, with Google's messages for each mistake. */
export function checkedArea(world: World, sheet: SheetModel, args: unknown[], where: string): Area {
  for (const a of args) {
    if (a !== undefined && !Number.isInteger(a)) {
      throw world.rt.error(
        `The parameters (${args.map(describe).join(',')}) don't match the method signature for ${where}.`,
      );
    }
  }
  const [row, col, numRows = 1, numCols = 1] = args as number[];
  if (row! < 1) throw world.rt.error('The starting row of the range is too small.');
  if (col! < 1) throw world.rt.error('The starting column of the range is too small.');
  if (numRows < 1) throw world.rt.error('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw world.rt.error('The number of columns in the range must be at least 1.');
  if (row! + numRows - 1 > sheet.maxRows || col! + numCols - 1 > sheet.maxColumns) {
    throw world.rt.error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row: row!, col: col!, numRows, numCols };
}

/** Members that change cells: refused on a protected range for a user who is not its editor. */
const RANGE_WRITES =
  /^(set|clear|insert|delete|copyTo|moveTo|merge|sort|trim|randomize|autoFill|breakApart|check|uncheck|removeDuplicates)/;

export function rangeOf(world: World, sheet: SheetModel, area: Area): GoogleAppsScript.Spreadsheet.Range {
  const impl = new RangeImpl(world, sheet, area);
  return strict(world.rt, 'Range', impl, {
    precheck: (member) => {
      impl._alive();
      if (RANGE_WRITES.test(member)) assertMayEdit(world, sheet, area);
    },
  });
}

export class RangeImpl {
  constructor(
    readonly world: World,
    readonly sheet: SheetModel,
    readonly area: Area,
  ) {}

  _alive(): void {
    if (this.sheet.deleted) throw this.world.rt.error(`The sheet "${this.sheet.name}" was deleted.`);
  }

  /** Every read of cells goes through here or _one: the count of cells handed to the script. */
  private _grid<T>(read: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.area;
    this.world.rt.calls.read(numRows * numCols);
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array(numCols);
      for (let c = 0; c < numCols; c++) line[c] = read(row + r, col + c);
      out[r] = line;
    }
    return out;
  }

  private _each(write: (row: number, col: number, r: number, c: number) => void): void {
    const { row, col, numRows, numCols } = this.area;
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) write(row + r, col + c, r, c);
  }

  /** Google's checks on a 2-D argument: an array of arrays, then the row count, then each row's length. */
  private _checkGrid(values: unknown, method: string): Grid {
    if (!Array.isArray(values) || !values.every(Array.isArray)) {
      throw this.world.rt.error(
        `The parameters (${describe(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const { numRows, numCols } = this.area;
    if (values.length !== numRows) {
      throw this.world.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== numCols) {
        throw this.world.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numCols}.`,
        );
      }
    }
    return values as Grid;
  }

  private _changed(): void {
    this.world.book.listener.changed(this.sheet, this.area);
  }

  private _copy(value: unknown): unknown {
    return isDate(value) ? new Date(value.getTime()) : value;
  }

  // Values and formulas

  getValues(): Grid {
    return this._grid((r, c) => this._copy(this.sheet.value(r, c)));
  }

  private _one(): void {
    this.world.rt.calls.read(1);
  }

  getValue(): unknown {
    this._one();
    return this._copy(this.sheet.value(this.area.row, this.area.col));
  }

  setValues(values: Grid): RangeImpl {
    const grid = this._checkGrid(values, 'setValues');
    this._each((row, col, r, c) => this.sheet.setInput(row, col, grid[r]![c]));
    this._changed();
    return this;
  }

  setValue(value: unknown): RangeImpl {
    this._each((row, col) => this.sheet.setInput(row, col, value));
    this._changed();
    return this;
  }

  getFormulas(): string[][] {
    return this._grid((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }

  getFormula(): string {
    this._one();
    return this.sheet.cell(this.area.row, this.area.col)?.formula ?? '';
  }

  setFormulas(formulas: string[][]): RangeImpl {
    const grid = this._checkGrid(formulas, 'setFormulas');
    this._each((row, col, r, c) => this._setFormula(row, col, grid[r]![c]));
    this._changed();
    return this;
  }

  /** The same formula in every cell (Sheets would shift relative references; the emulation does not). */
  setFormula(formula: string): RangeImpl {
    this._each((row, col) => this._setFormula(row, col, formula));
    this._changed();
    return this;
  }

  private _setFormula(row: number, col: number, formula: unknown): void {
    if (formula === '' || formula === null || formula === undefined) this.sheet.clearContent(row, col);
    else this.sheet.setFormula(row, col, String(formula));
  }

  getDisplayValues(): string[][] {
    return this._grid((r, c) => this._display(r, c));
  }

  getDisplayValue(): string {
    this._one();
    return this._display(this.area.row, this.area.col);
  }

  private _display(row: number, col: number): string {
    const { locale, offset } = this.world.book;
    return displayText(this.sheet.value(row, col), this.sheet.format(row, col, 'numberFormat'), locale, offset);
  }

  isBlank(): boolean {
    return (
      this.getValues().every((line) => line.every((v) => v === '')) &&
      this.getFormulas()
        .flat()
        .every((f) => !f)
    );
  }

  // Notes

  getNotes(): string[][] {
    return this._grid((r, c) => this.sheet.cell(r, c)?.note ?? '');
  }

  getNote(): string {
    this._one();
    return this.sheet.cell(this.area.row, this.area.col)?.note ?? '';
  }

  setNotes(notes: unknown[][]): RangeImpl {
    const grid = this._checkGrid(notes, 'setNotes');
    this._each((row, col, r, c) => this._setNote(row, col, grid[r]![c]));
    return this;
  }

  setNote(note: unknown): RangeImpl {
    this._each((row, col) => this._setNote(row, col, note));
    return this;
  }

  clearNote(): RangeImpl {
    return this.setNote('');
  }

  private _setNote(row: number, col: number, note: unknown): void {
    const text = note === null || note === undefined ? '' : String(note);
    if (text !== '' || this.sheet.cell(row, col)) this.sheet.touch(row, col).note = text;
  }

  // Formats: one private pair of helpers, the public Apps Script names below

  private _formats(key: FormatKey): unknown[][] {
    return this._grid((r, c) => this.sheet.format(r, c, key));
  }

  private _setFormat(row: number, col: number, key: FormatKey, value: unknown): void {
    const existing = this.sheet.cell(row, col);
    if (value === null && (key === 'background' || key === 'fontColor')) {
      // Google: "a null value resets the color": the cell keeps no colour of its own (banding shows through).
      if (existing?.format) delete existing.format[key];
      return;
    }
    const normalized = normalizeFormat(key, value);
    if (!existing && normalized === FORMAT_DEFAULTS[key]) return;
    const cell = existing ?? this.sheet.touch(row, col);
    (cell.format ??= {})[key] = normalized;
  }

  private _setAll(key: FormatKey, value: unknown): RangeImpl {
    this._each((row, col) => this._setFormat(row, col, key, value));
    return this;
  }

  private _setGrid(key: FormatKey, values: unknown[][], method: string): RangeImpl {
    const grid = this._checkGrid(values, method);
    this._each((row, col, r, c) => this._setFormat(row, col, key, grid[r]![c]));
    return this;
  }

  private _first(key: FormatKey): unknown {
    this._one();
    return this.sheet.format(this.area.row, this.area.col, key);
  }

  getBackgrounds(): unknown[][] {
    return this._formats('background');
  }
  getBackground(): unknown {
    return this._first('background');
  }
  setBackgrounds(colors: unknown[][]): RangeImpl {
    return this._setGrid('background', colors, 'setBackgrounds');
  }
  setBackground(color: unknown): RangeImpl {
    return this._setAll('background', color);
  }

  getNumberFormats(): unknown[][] {
    return this._formats('numberFormat');
  }
  getNumberFormat(): unknown {
    return this._first('numberFormat');
  }
  setNumberFormats(formats: unknown[][]): RangeImpl {
    return this._setGrid('numberFormat', formats, 'setNumberFormats');
  }
  setNumberFormat(format: unknown): RangeImpl {
    return this._setAll('numberFormat', format);
  }

  getFontWeights(): unknown[][] {
    return this._formats('fontWeight');
  }
  getFontWeight(): unknown {
    return this._first('fontWeight');
  }
  setFontWeights(weights: unknown[][]): RangeImpl {
    return this._setGrid('fontWeight', weights, 'setFontWeights');
  }
  setFontWeight(weight: unknown): RangeImpl {
    return this._setAll('fontWeight', weight);
  }

  getFontColors(): unknown[][] {
    return this._formats('fontColor');
  }
  getFontColor(): unknown {
    return this._first('fontColor');
  }
  setFontColors(colors: unknown[][]): RangeImpl {
    return this._setGrid('fontColor', colors, 'setFontColors');
  }
  setFontColor(color: unknown): RangeImpl {
    return this._setAll('fontColor', color);
  }

  getFontSizes(): unknown[][] {
    return this._formats('fontSize');
  }
  getFontSize(): unknown {
    return this._first('fontSize');
  }
  setFontSizes(sizes: unknown[][]): RangeImpl {
    return this._setGrid('fontSize', sizes, 'setFontSizes');
  }
  setFontSize(size: unknown): RangeImpl {
    return this._setAll('fontSize', size);
  }

  getFontStyles(): unknown[][] {
    return this._formats('fontStyle');
  }
  getFontStyle(): unknown {
    return this._first('fontStyle');
  }
  setFontStyles(styles: unknown[][]): RangeImpl {
    return this._setGrid('fontStyle', styles, 'setFontStyles');
  }
  setFontStyle(style: unknown): RangeImpl {
    return this._setAll('fontStyle', style);
  }

  getHorizontalAlignments(): unknown[][] {
    return this._formats('horizontalAlignment');
  }
  getHorizontalAlignment(): unknown {
    return this._first('horizontalAlignment');
  }
  setHorizontalAlignments(alignments: unknown[][]): RangeImpl {
    return this._setGrid('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  setHorizontalAlignment(alignment: unknown): RangeImpl {
    return this._setAll('horizontalAlignment', alignment);
  }

  getWraps(): unknown[][] {
    return this._formats('wrap');
  }
  getWrap(): unknown {
    return this._first('wrap');
  }
  setWraps(wraps: unknown[][]): RangeImpl {
    return this._setGrid('wrap', wraps, 'setWraps');
  }
  setWrap(wrap: unknown): RangeImpl {
    return this._setAll('wrap', wrap);
  }

  // Data validation

  private _rule(rule: unknown, method: string): DataValidationImpl | null {
    if (rule === null || rule === undefined) return null;
    return this.world.make.rule(rule, `SpreadsheetApp.Range.${method}`);
  }

  setDataValidation(rule: unknown): RangeImpl {
    const impl = this._rule(rule, 'setDataValidation');
    this._each((row, col) => this._setRule(row, col, impl));
    return this;
  }

  setDataValidations(rules: unknown[][]): RangeImpl {
    const grid = this._checkGrid(rules, 'setDataValidations');
    const impls = grid.map((line) => line.map((rule) => this._rule(rule, 'setDataValidations')));
    this._each((row, col, r, c) => this._setRule(row, col, impls[r]![c]!));
    return this;
  }

  private _setRule(row: number, col: number, rule: DataValidationImpl | null): void {
    if (rule || this.sheet.cell(row, col)) this.sheet.touch(row, col).validation = rule;
  }

  getDataValidation(): unknown {
    const rule = this.sheet.cell(this.area.row, this.area.col)?.validation;
    return rule ? rule._proxy(this.world) : null;
  }

  getDataValidations(): unknown[][] {
    return this._grid((r, c) => {
      const rule = this.sheet.cell(r, c)?.validation;
      return rule ? rule._proxy(this.world) : null;
    });
  }

  clearDataValidations(): RangeImpl {
    this._each((row, col) => this._setRule(row, col, null));
    return this;
  }

  // Clearing

  /** Clears contents and formats (Range.clear()); options pick contentsOnly, formatOnly, validationsOnly, commentsOnly. */
  clear(options?: Record<string, unknown>): RangeImpl {
    const only = options && Object.keys(options).some((k) => options[k]);
    if (!only || options!.contentsOnly) this.clearContent();
    if (!only || options!.formatOnly) this.clearFormat();
    if (only && options!.validationsOnly) this.clearDataValidations();
    if (only && options!.commentsOnly) this.clearNote();
    return this;
  }

  clearContent(): RangeImpl {
    this._each((row, col) => this.sheet.clearContent(row, col));
    this._changed();
    return this;
  }

  clearFormat(): RangeImpl {
    this._each((row, col) => {
      const cell = this.sheet.cell(row, col);
      if (cell) cell.format = undefined;
    });
    return this;
  }

  // Geometry

  getRow(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.col;
  }
  getNumRows(): number {
    return this.area.numRows;
  }
  getNumColumns(): number {
    return this.area.numCols;
  }
  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn(): number {
    return this.area.col + this.area.numCols - 1;
  }
  getA1Notation(): string {
    return areaA1(this.area);
  }

  getSheet(): unknown {
    return this.world.make.sheet(this.sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): unknown {
    const args = [
      this.area.row + rowOffset,
      this.area.col + columnOffset,
      numRows ?? this.area.numRows,
      numColumns ?? this.area.numCols,
    ];
    return rangeOf(this.world, this.sheet, checkedArea(this.world, this.sheet, args, 'SpreadsheetApp.Range.offset'));
  }

  /** A cell of this range, 1-based within it. */
  getCell(row: number, column: number): unknown {
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numCols) {
      throw this.world.rt.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeOf(this.world, this.sheet, {
      row: this.area.row + row - 1,
      col: this.area.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  activate(): RangeImpl {
    this.world.book.active = this.sheet;
    this.world.book.activeArea = { ...this.area };
    return this;
  }

  createTextFinder(findText: string): unknown {
    return this.world.make.textFinder([{ sheet: this.sheet, area: this.area }], findText);
  }

  /**
   * copyTo(destination[, {contentsOnly | formatOnly}]): "Copies the data from a range of cells to another range of
   * cells. Both the values and formatting are copied"; only the destination's top-left cell matters
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range)). One call replaces the whole
   * block: empty source cells empty their destination. Notes and validation go with a normal paste; relative
   * references in formulas are not shifted (the emulation copies formula text as it is).
   */
  copyTo(destination: unknown, options?: Record<string, unknown>): void {
    const target = unwrap(this.world.rt, destination, RangeImpl, 'SpreadsheetApp.Range.copyTo');
    const { numRows, numCols } = this.area;
    const to = { row: target.area.row, col: target.area.col, numRows, numCols };
    if (to.row + numRows - 1 > target.sheet.maxRows || to.col + numCols - 1 > target.sheet.maxColumns) {
      throw this.world.rt.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    assertMayEdit(this.world, target.sheet, to);
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    const copied = this._grid((r, c) => {
      const cell = this.sheet.cell(r, c);
      return cell ? { ...cell, format: cell.format ? { ...cell.format } : undefined } : undefined;
    });
    this.world.rt.calls.cellsRead -= numRows * numCols; // a copy hands nothing to the script
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numCols; c++) {
        const source = copied[r]![c];
        const row = to.row + r;
        const col = to.col + c;
        if (contents) {
          if (source?.formula) target.sheet.setFormula(row, col, source.formula);
          else target.sheet.setValue(row, col, source?.value ?? '');
          const note = source?.note ?? '';
          if (note !== '' || target.sheet.cell(row, col)) target.sheet.touch(row, col).note = note;
          if (source?.validation || target.sheet.cell(row, col))
            target.sheet.touch(row, col).validation = source?.validation ?? null;
        }
        if (formats) {
          const cell = target.sheet.cell(row, col);
          if (source?.format) target.sheet.touch(row, col).format = { ...source.format };
          else if (cell) cell.format = undefined;
        }
      }
    }
    this.world.book.listener.changed(target.sheet, to);
  }

  protect(): unknown {
    return this.world.make.protection(this.sheet, 'RANGE', { ...this.area });
  }
}
