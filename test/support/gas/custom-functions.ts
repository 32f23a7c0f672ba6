// Custom functions and Google's recalculation rule: a call is computed when its formula text or its arguments change, never because data it reads changed.

import { intersects, splitSheetPrefix, parseA1, type Area } from './a1';
import type { BookModel, Cell, ModelListener, SheetModel } from './model';
import { isDate } from './runtime';

/** One argument as written: a literal, or a reference whose current value is passed. */
export type Arg = { kind: 'value'; value: unknown } | { kind: 'ref'; sheetName: string | null; area: Area };

export interface CustomCall {
  name: string;
  args: Arg[];
  sheet: SheetModel;
  row: number;
  col: number;
  /** The argument values of the last evaluation; undefined before the first. */
  lastArgs?: unknown[];
  /** The message of the error the function threw at its last evaluation. */
  error?: string;
}

/** Runs a custom function as its own execution (load-bundle.ts). */
export interface CustomFunctionHost {
  /** The top-level function a formula name refers to (case-insensitive, not ending in "_"), or null. */
  resolve(name: string): string | null;
  call(name: string, args: unknown[]): { value: unknown } | { error: string };
}

const REF = String.raw`(?:(?:'(?:[^']|'')+'|[^\s'!(),;:"]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const TOKEN = new RegExp(
  String.raw`\s*(?:("(?:[^"]|"")*")|([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?![\w!:])|(TRUE|FALSE)(?![\w(!:])|(${REF}))\s*`,
  'iy',
);

/**
 * Parses `=NAME(arg; arg, …)` where each argument is a string literal ("" escapes), a number, TRUE/FALSE, an A1 cell
 * or range reference (optionally 'Sheet'!A1) or nothing; null for any other formula (it is not evaluated).
 */
export function parseCustomCall(formula: string): { name: string; args: Arg[] } | null {
  const head = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(formula);
  if (!head) return null;
  const args: Arg[] = [];
  let at = head[0].length;
  if (/^\s*\)\s*$/.test(formula.slice(at))) return { name: head[1]!, args };
  for (;;) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(formula);
    if (token && token[0].trim() !== '') {
      at = TOKEN.lastIndex;
      if (token[1] !== undefined) args.push({ kind: 'value', value: token[1].slice(1, -1).replace(/""/g, '"') });
      else if (token[2] !== undefined) args.push({ kind: 'value', value: Number(token[2]) });
      else if (token[3] !== undefined) args.push({ kind: 'value', value: token[3].toUpperCase() === 'TRUE' });
      else {
        const { sheetName, ref } = splitSheetPrefix(token[4]!);
        const area = parseA1(ref.replace(/\$/g, ''), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        if (!area) return null;
        args.push({ kind: 'ref', sheetName, area });
      }
    } else {
      at += /^\s*/.exec(formula.slice(at))![0].length;
      args.push({ kind: 'value', value: '' });
    }
    const separator = formula[at];
    if (separator === ',' || separator === ';') {
      at++;
      continue;
    }
    if (separator === ')' && formula.slice(at + 1).trim() === '') return { name: head[1]!, args };
    return null;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return Object.is(a, b);
}

/** What a cell can show for a custom function's result (a 2-D result is reduced to its top-left value). */
function cellResult(result: unknown): { value: unknown } | { error: string; shown: string } {
  let value = result;
  while (Array.isArray(value)) value = value[0];
  if (value === null || value === undefined) return { value: '' };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { value } : { error: 'Result was not a finite number.', shown: '#NUM!' };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return { value };
  return { error: 'Result was not a number, date, string or boolean.', shown: '#ERROR!' };
}

/** The recalculation engine: listens to every write and evaluates pending custom-function cells when idle. */
export class Recalc implements ModelListener {
  host: CustomFunctionHost | null = null;
  /** Cells whose formula text or argument values changed since their last evaluation. */
  readonly pending = new Set<Cell>();
  /** Custom-function cells with a reference among their arguments. */
  private readonly withRefs = new Set<Cell>();
  private readonly evaluating = new Set<Cell>();
  private settling = false;

  constructor(private readonly book: BookModel) {}

  formulaSet(sheet: SheetModel, cell: Cell, row: number, col: number): void {
    const parsed = parseCustomCall(cell.formula);
    this.withRefs.delete(cell);
    if (!parsed) {
      cell.custom = undefined;
      this.pending.delete(cell);
      cell.value = '';
      return;
    }
    cell.custom = { ...parsed, sheet, row, col };
    if (parsed.args.some((a) => a.kind === 'ref')) this.withRefs.add(cell);
    this.pending.add(cell);
  }

  formulaRemoved(cell: Cell): void {
    cell.custom = undefined;
    this.pending.delete(cell);
    this.withRefs.delete(cell);
  }

  /** Values in area changed: calls whose argument values now differ become pending (Sheets' rule). */
  changed(sheet: SheetModel, area: Area): void {
    for (const cell of this.withRefs) {
      const call = cell.custom!;
      if (this.pending.has(cell) || this.evaluating.has(cell) || call.lastArgs === undefined) continue;
      const touched = call.args.some(
        (a) => a.kind === 'ref' && this.sheetOf(call, a) === sheet && intersects(a.area, area),
      );
      if (touched && !sameValue(this.resolveArgs(call), call.lastArgs)) this.pending.add(cell);
    }
  }

  /** Rows or columns moved: find each custom call's cell again (references in formulas are not rewritten). */
  structureChanged(sheet: SheetModel): void {
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (cell?.custom) Object.assign(cell.custom, { row: r + 1, col: c + 1 });
      }),
    );
  }

  /** Evaluates every pending cell (each call is its own execution); nothing happens until a bundle is loaded. */
  settle(): void {
    if (this.settling || !this.host) return;
    this.settling = true;
    const runs = new Map<Cell, number>();
    try {
      for (const cell of this.pending) {
        const count = (runs.get(cell) ?? 0) + 1;
        runs.set(cell, count);
        if (count > 50) {
          this.pending.delete(cell);
          cell.value = '#REF!';
          cell.custom!.error = 'Circular dependency detected.';
          continue;
        }
        this.evaluate(cell);
      }
    } finally {
      this.settling = false;
    }
  }

  /** Recomputes every custom-function cell of the workbook; returns how many there are. */
  recalculateAll(): number {
    let count = 0;
    for (const sheet of this.book.sheets) {
      for (const cells of sheet.rows) {
        cells?.forEach((cell) => {
          if (cell?.custom) {
            this.pending.add(cell);
            count++;
          }
        });
      }
    }
    this.settle();
    return count;
  }

  private sheetOf(call: CustomCall, arg: Arg & { kind: 'ref' }): SheetModel | undefined {
    return arg.sheetName === null ? call.sheet : this.book.byName(arg.sheetName);
  }

  private resolveArgs(call: CustomCall): unknown[] {
    return call.args.map((arg) => {
      if (arg.kind === 'value') return arg.value;
      const sheet = this.sheetOf(call, arg);
      if (!sheet || sheet.deleted) return '#REF!';
      const { row, col, numRows, numCols } = arg.area;
      const read = (r: number, c: number) => {
        const cell = sheet.cell(r, c);
        if (cell && this.pending.has(cell) && !this.evaluating.has(cell)) this.evaluate(cell);
        const value = cell?.value ?? '';
        return isDate(value) ? new Date(value.getTime()) : value;
      };
      if (numRows === 1 && numCols === 1) return read(row, col);
      const rows: unknown[][] = [];
      for (let r = row; r < row + numRows; r++) {
        const out: unknown[] = [];
        for (let c = col; c < col + numCols; c++) out.push(read(r, c));
        rows.push(out);
      }
      return rows;
    });
  }

  private evaluate(cell: Cell): void {
    const call = cell.custom!;
    this.pending.delete(cell);
    this.evaluating.add(cell);
    try {
      const args = this.resolveArgs(call);
      const before = cell.value;
      const name = this.host!.resolve(call.name);
      call.error = undefined;
      if (name === null) {
        cell.value = '';
      } else {
        const outcome = this.host!.call(name, args);
        const result = 'error' in outcome ? { error: outcome.error, shown: '#ERROR!' } : cellResult(outcome.value);
        if ('error' in result) {
          cell.value = result.shown;
          call.error = result.error;
        } else cell.value = result.value;
      }
      call.lastArgs = args;
      if (!sameValue(before, cell.value)) {
        this.changed(call.sheet, { row: call.row, col: call.col, numRows: 1, numCols: 1 });
      }
    } finally {
      this.evaluating.delete(cell);
    }
  }
}
