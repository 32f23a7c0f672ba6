// Custom functions and Google's recalculation rule: a call is computed when its formula text or its arguments change, never because data it reads changed.

import { intersects, splitSheetPrefix, parseA1, type Area } from './a1';
import { spillImport, type SpreadsheetRegistry } from './import-range';
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

/** A formula that is one cell reference, e.g. `='Báo cáo – Đợt 1'!D5`: its value is that cell's. */
export interface CellReference {
  sheetName: string | null;
  row: number;
  col: number;
  home: SheetModel;
}

/** Sheets' own functions that tests write: the emulation leaves them unevaluated instead of calling them unknown. */
const BUILT_IN = new Set(
  'SUM SUMIF SUMIFS COUNT COUNTA COUNTIF COUNTIFS AVERAGE MIN MAX IF IFERROR IFS AND OR NOT VLOOKUP HLOOKUP XLOOKUP INDEX MATCH ROUND TODAY NOW TEXT CONCATENATE JOIN SPLIT FILTER QUERY SORT UNIQUE ARRAYFORMULA IMPORTRANGE HYPERLINK LEN LEFT RIGHT MID UPPER LOWER TRIM VALUE DATE YEAR MONTH DAY'.split(
    ' ',
  ),
);

/** Runs a custom function as its own execution (load-bundle.ts). */
export interface CustomFunctionHost {
  /** The top-level function a formula name refers to (case-insensitive, not ending in "_"), or null. */
  resolve(name: string): string | null;
  call(name: string, args: unknown[]): { value: unknown } | { error: string };
}

const REF = String.raw`(?:(?:'(?:[^']|'')+'|[^\s'!(),;:"]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const SINGLE_REFERENCE = new RegExp(String.raw`^=\s*(${REF})\s*$`);

/** `=Sheet!A1` or `='A tab'!B2` (one cell): what it points at; null for anything else. */
export function parseReference(formula: string, home: SheetModel): CellReference | null {
  const match = SINGLE_REFERENCE.exec(formula);
  if (!match) return null;
  const { sheetName, ref } = splitSheetPrefix(match[1]!);
  const area = parseA1(ref.replace(/\$/g, ''), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (!area || area.numRows !== 1 || area.numCols !== 1) return null;
  return { sheetName, row: area.row, col: area.col, home };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How a tab's name is written in a formula: bare when it is a plain word, else quoted with '' for a quote. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/**
 * Rewrites references to a renamed tab (they follow the new name) or a deleted one (each reference becomes `#REF!`
 * and stays so, even if a tab of that name comes back). This is what Sheets is seen to do; Google documents no
 * formula rewriting on these pages, so it is the emulation's reading of observed behaviour, not a citation.
 */
export function renameReferences(formula: string, oldName: string, newName: string | null): string {
  const quoted = `'${escapeRegExp(oldName.replace(/'/g, "''"))}'!`;
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(oldName) ? String.raw`|(?<![\w.'])` + `${escapeRegExp(oldName)}!` : '';
  const cell = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
  const pattern = new RegExp(`(?:${quoted}${bare})(${cell})`, 'gi');
  return formula.replace(pattern, (_all, ref: string) =>
    newName === null ? '#REF!' : `${sheetPrefix(newName)}${ref}`,
  );
}

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
  /** Cells whose formula is a single reference to another cell. */
  private readonly references = new Set<Cell>();
  /** IMPORTRANGE cells, and the other emulated spreadsheets they import from. */
  private readonly imports = new Set<Cell>();
  registry: SpreadsheetRegistry | null = null;
  private settling = false;
  /**
   * Sheets runs each custom-function cell as its own execution, in no promised order, possibly at the same time
   * (https://developers.google.com/apps-script/guides/sheets/functions): 'shuffled' evaluates pending cells in a
   * seeded random order instead of the sheet's.
   */
  order: 'sheet' | 'shuffled' = 'sheet';
  random: () => number = Math.random;
  /** Runs before each custom-function execution (e.g. to evict the cache, as Google may at any time). */
  beforeEachCall: (() => void) | null = null;

  constructor(private readonly book: BookModel) {}

  formulaSet(sheet: SheetModel, cell: Cell, row: number, col: number): void {
    this.withRefs.delete(cell);
    this.references.delete(cell);
    this.dropImport(cell);
    cell.reference = undefined;
    const call = parseCustomCall(cell.formula);
    const [url, range] = call?.args ?? [];
    if (call?.name.toUpperCase() === 'IMPORTRANGE' && url?.kind === 'value' && range?.kind === 'value') {
      cell.custom = undefined;
      this.pending.delete(cell);
      cell.importRange = { url: String(url.value), range: String(range.value), sheet, row, col, spilled: [] };
      this.imports.add(cell);
      return;
    }
    if (cell.formula.includes('#REF!')) {
      cell.custom = undefined;
      this.pending.delete(cell);
      cell.value = '#REF!';
      return;
    }
    const reference = parseReference(cell.formula, sheet);
    if (reference) {
      cell.custom = undefined;
      this.pending.delete(cell);
      cell.reference = reference;
      this.references.add(cell);
      return;
    }
    const parsed = parseCustomCall(cell.formula);
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

  /** An IMPORTRANGE cell that is one no more: its spilled values go. */
  private dropImport(cell: Cell): void {
    const call = cell.importRange;
    if (!call) return;
    for (const spilled of call.spilled)
      if (spilled.spillOf === cell) Object.assign(spilled, { value: '', spillOf: undefined });
    cell.importRange = undefined;
    this.imports.delete(cell);
  }

  /** Recomputes every IMPORTRANGE (the emulation refreshes them whenever it is idle; see import-range.ts). */
  private evaluateImports(): void {
    for (const cell of this.imports) {
      const call = cell.importRange!;
      if (call.sheet.deleted) continue;
      spillImport(this.registry, cell, call);
      const rows = Math.max(1, call.sheet.lastRow() - call.row + 1);
      this.changed(call.sheet, { row: call.row, col: call.col, numRows: rows, numCols: call.sheet.maxColumns });
    }
  }

  formulaRemoved(cell: Cell): void {
    this.dropImport(cell);
    cell.custom = undefined;
    cell.reference = undefined;
    this.pending.delete(cell);
    this.withRefs.delete(cell);
    this.references.delete(cell);
  }

  sheetRenamed(oldName: string, newName: string | null): void {
    for (const sheet of this.book.sheets) {
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (!cell?.formula) return;
          const next = renameReferences(cell.formula, oldName, newName);
          if (next !== cell.formula) sheet.setFormula(r + 1, c + 1, next);
        }),
      );
    }
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
        if (cell?.importRange) Object.assign(cell.importRange, { row: r + 1, col: c + 1 });
      }),
    );
  }

  /** Evaluates every pending cell (each call is its own execution); nothing happens until a bundle is loaded. */
  settle(): void {
    if (this.settling) return;
    this.evaluateImports();
    if (!this.host) return;
    this.settling = true;
    const runs = new Map<Cell, number>();
    try {
      for (let cell = this.nextPending(); cell; cell = this.nextPending()) {
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
    this.evaluateReferences();
  }

  private nextPending(): Cell | undefined {
    if (this.pending.size === 0) return undefined;
    if (this.order === 'sheet') return this.pending.values().next().value;
    const all = [...this.pending];
    return all[Math.floor(this.random() * all.length)];
  }

  /** A reference shows the referenced cell's value; a tab that does not exist gives #REF!. */
  private evaluateReferences(): void {
    for (const cell of this.references) {
      const ref = cell.reference!;
      const sheet = ref.sheetName === null ? ref.home : this.book.byName(ref.sheetName);
      const value = !sheet || sheet.deleted ? '#REF!' : (sheet.cell(ref.row, ref.col)?.value ?? '');
      cell.value = isDate(value) ? new Date(value.getTime()) : value;
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
      if (name === null && BUILT_IN.has(call.name.toUpperCase())) {
        cell.value = ''; // a built-in function: not evaluated by the emulation
      } else if (name === null) {
        // What Sheets shows for a function nobody defines.
        cell.value = '#NAME?';
        call.error = `Unknown function: '${call.name}'.`;
      } else {
        this.beforeEachCall?.();
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
