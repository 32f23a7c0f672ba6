// Sheet: ranges by coordinates or A1, the grid's size, frozen rows, column widths, protection and charts of one tab.

import { parseA1 } from './a1';
import { chartOf, EmbeddedChartImpl, EmbeddedChartView, newChartBuilder } from './charts';
import type { SheetModel } from './model';
import { assertMayEdit, newProtection, protectionOf } from './protection';
import { checkedArea, RangeImpl, rangeOf } from './range';
import { strict, unwrap } from './strict';
import { textFinderOf } from './text-finder';
import type { World } from './world';

/** Members that change the sheet itself: refused on a protected sheet for a user who is not its editor. */
const SHEET_WRITES =
  /^(setName|clear|insert(Rows|Row|Columns|Column)|delete|setFrozen|setColumnWidth|setRowHeight|hideSheet|showSheet|setTabColor|insertChart|updateChart|removeChart|sort)/;

export function sheetOf(world: World, model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
  const impl = new SheetImpl(world, model);
  return strict(world.rt, 'Sheet', impl, {
    precheck: (member) => {
      impl._alive();
      if (SHEET_WRITES.test(member)) assertMayEdit(world, model, null);
    },
  });
}

export class SheetImpl {
  constructor(
    readonly world: World,
    readonly model: SheetModel,
  ) {}

  _alive(): void {
    if (this.model.deleted) throw this.world.rt.error(`The sheet "${this.model.name}" was deleted.`);
  }

  private _error(message: string): Error {
    return this.world.rt.error(message);
  }

  getName(): string {
    return this.model.name;
  }

  setName(name: string): SheetImpl {
    const text = String(name);
    if (this.world.book.nameTaken(text, this.model)) {
      throw this._error(`A sheet with the name "${text}" already exists. Please enter another name.`);
    }
    const old = this.model.name;
    this.model.name = text;
    if (old !== text) this.world.book.listener.sheetRenamed(old, text);
    return this;
  }

  getSheetId(): number {
    return this.model.id;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.world.book.sheets.indexOf(this.model) + 1;
  }

  getParent(): unknown {
    return this.world.make.spreadsheet();
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): unknown {
    if (typeof rowOrA1 === 'string') {
      const area = parseA1(rowOrA1, this.model.maxRows, this.model.maxColumns);
      if (!area) throw this._error('Range not found');
      return rangeOf(
        this.world,
        this.model,
        checkedArea(
          this.world,
          this.model,
          [area.row, area.col, area.numRows, area.numCols],
          'SpreadsheetApp.Sheet.getRange',
        ),
      );
    }
    const args = [rowOrA1, column, numRows, numColumns].slice(0, arguments.length);
    if (args.length < 2)
      throw this._error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return rangeOf(this.world, this.model, checkedArea(this.world, this.model, args, 'SpreadsheetApp.Sheet.getRange'));
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): unknown {
    const numRows = Math.max(1, this.model.lastRow());
    const numCols = Math.max(1, this.model.lastColumn());
    return rangeOf(this.world, this.model, { row: 1, col: 1, numRows, numCols });
  }

  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  /** Writes after the last row with content, growing the grid when needed. */
  appendRow(rowContents: unknown[]): SheetImpl {
    if (!Array.isArray(rowContents)) {
      throw this._error("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (rowContents.length > this.model.maxColumns) this.model.maxColumns = rowContents.length;
    rowContents.forEach((value, c) => this.model.setInput(row, c + 1, value));
    this.world.book.listener.changed(this.model, { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) });
    return this;
  }

  private _count(position: number, howMany: number, max: number, what: string): void {
    if (!Number.isInteger(position) || !Number.isInteger(howMany) || howMany < 1 || position < 0 || position > max) {
      throw this._error(`Those ${what} are out of bounds.`);
    }
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this._count(afterPosition, howMany, this.model.maxRows, 'rows');
    this.model.insertRows(afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this._count(beforePosition - 1, howMany, this.model.maxRows, 'rows');
    this.model.insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this._count(afterPosition, howMany, this.model.maxColumns, 'columns');
    this.model.insertColumns(afterPosition, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._count(rowPosition, howMany, this.model.maxRows, 'rows');
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows)
      throw this._error('Those rows are out of bounds.');
    if (howMany >= this.model.maxRows) throw this._error('Sorry, it is not possible to delete all non-frozen rows.');
    this.model.deleteRows(rowPosition, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._count(columnPosition, howMany, this.model.maxColumns, 'columns');
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.model.maxColumns) {
      throw this._error('Those columns are out of bounds.');
    }
    if (howMany >= this.model.maxColumns)
      throw this._error('Sorry, it is not possible to delete all non-frozen columns.');
    this.model.deleteColumns(columnPosition, howMany);
  }

  setFrozenRows(rows: number): SheetImpl {
    this.model.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): SheetImpl {
    this.model.frozenColumns = columns;
    return this;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  /** Widths depend on rendered text: recorded as done, nothing measured. */
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    void startColumn;
    void numColumns;
    return this;
  }

  setTabColor(color: string | null): SheetImpl {
    this.model.tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  hideSheet(): SheetImpl {
    this.model.hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  activate(): SheetImpl {
    this.world.book.active = this.model;
    this.world.book.activeArea = null;
    return this;
  }

  /** Clears contents and formats of the whole sheet (options as Range.clear). */
  clear(options?: Record<string, unknown>): SheetImpl {
    const all = { row: 1, col: 1, numRows: this.model.maxRows, numCols: this.model.maxColumns };
    new RangeImpl(this.world, this.model, all).clear(options);
    return this;
  }
  clearContents(): SheetImpl {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): SheetImpl {
    return this.clear({ formatOnly: true });
  }

  createTextFinder(findText: string): unknown {
    return textFinderOf(this.world, [{ sheet: this.model, area: null }], findText);
  }

  protect(): unknown {
    return newProtection(this.world, this.model, 'SHEET', null);
  }

  getProtections(type: string): unknown[] {
    if (type === 'SHEET') return this.model.protection ? [protectionOf(this.world, this.model.protection)] : [];
    if (type === 'RANGE') return this.model.rangeProtections.map((p) => protectionOf(this.world, p));
    throw this._error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getProtections.");
  }

  newChart(): unknown {
    return newChartBuilder(this.world);
  }

  insertChart(chart: unknown): void {
    const view = unwrap(this.world.rt, chart, EmbeddedChartView, 'SpreadsheetApp.Sheet.insertChart');
    const { type, ranges, position, options } = view.chart;
    this.model.charts.push(new EmbeddedChartImpl(this.world.book.nextChartId++, type, ranges, position, options));
  }

  updateChart(chart: unknown): void {
    const view = unwrap(this.world.rt, chart, EmbeddedChartView, 'SpreadsheetApp.Sheet.updateChart');
    const at = this.model.charts.findIndex((c) => c.id !== null && c.id === view.chart.id);
    if (at < 0) throw this._error('The chart is not in this sheet.');
    this.model.charts[at] = view.chart;
  }

  getCharts(): unknown[] {
    return this.model.charts.map((c) => chartOf(this.world, c));
  }

  removeChart(chart: unknown): void {
    const view = unwrap(this.world.rt, chart, EmbeddedChartView, 'SpreadsheetApp.Sheet.removeChart');
    const at = this.model.charts.findIndex((c) => c === view.chart || (c.id !== null && c.id === view.chart.id));
    if (at >= 0) this.model.charts.splice(at, 1);
  }
}
