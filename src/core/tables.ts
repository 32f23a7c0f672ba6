// Finding a contract tab in a workbook and its columns under whatever header spelling the user chose.

import { isBlank, type Cell, type SheetData, type WorkbookData } from './cells';
import type { ColumnDef, TabDef } from './contract';
import { makeProblem, type Problem } from './problems';
import { fold, foldWords } from './text';

/** A contract tab as found: its sheet, its header row and where each known column is. */
export interface Table {
  def: TabDef;
  sheet: SheetData;
  /** 0-based index of the header row in sheet.rows (sheet row = index + 1). */
  headerIndex: number;
  /** column id → 0-based column index; absent columns are missing. */
  columns: Record<string, number>;
}

/** A data row of a table with its 1-based sheet row number. */
export interface TableRow {
  row: number;
  /** The name of the tab the row is on (Entries may span several tabs). */
  tab: string;
  get(columnId: string): Cell;
}

/**
 * The sheet holding a contract tab: its Vietnamese name first, then its English name, then an alias, so that a
 * user's own tab called "Results" never hides the real "Kết quả"; among equals, the first in the workbook.
 */
export function findSheet(workbook: WorkbookData, def: TabDef): SheetData | undefined {
  const i = findTabIndex(
    workbook.sheets.map((s) => s.name),
    def,
  );
  return i < 0 ? undefined : workbook.sheets[i];
}

/** The same choice among tab names alone (a host that has listed its tabs, before reading any of them). */
export function findTabName(names: readonly string[], def: TabDef): string | undefined {
  const i = findTabIndex(names, def);
  return i < 0 ? undefined : names[i];
}

/** Whether a tab's name is one of a contract tab's names (Vietnamese, English or an alias). */
export function isTabNamed(name: string, def: TabDef): boolean {
  return findTabIndex([name], def) === 0;
}

// The contract's names folded once per definition (made on first use, never at module load).
let tabRanks: WeakMap<TabDef, Set<string>[]> | null = null;
let columnNames: WeakMap<ColumnDef, [string[], string[]]> | null = null;

function findTabIndex(names: readonly string[], def: TabDef): number {
  tabRanks ??= new WeakMap();
  let ranks = tabRanks.get(def);
  if (!ranks) {
    ranks = [[def.name], [def.english], def.aliases].map((words) => new Set(words.map(foldWords)));
    tabRanks.set(def, ranks);
  }
  const folded = names.map(foldWords);
  for (const wanted of ranks) {
    const i = folded.findIndex((name) => wanted.has(name));
    if (i >= 0) return i;
  }
  return -1;
}

function names(column: ColumnDef, primary: boolean): string[] {
  columnNames ??= new WeakMap();
  let both = columnNames.get(column);
  if (!both) {
    both = [[column.header, column.english].map(foldWords), column.aliases.map(foldWords)];
    columnNames.set(column, both);
  }
  return primary ? both[0] : both[1];
}

// A header such as "Ngày (dd/mm/yyyy)" or "Số lượng *" still names its column.
function headerForms(cell: Cell): string[] {
  const text = typeof cell === 'string' ? cell : cell == null ? '' : String(cell);
  const full = foldWords(text);
  const bare = foldWords(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  return bare && bare !== full ? [full, bare] : [full];
}

/** Maps header cells to column ids: exact names first, aliases second, one sheet column per id. */
export function mapColumns(def: TabDef, header: readonly Cell[]): Record<string, number> {
  const forms = header.map(headerForms);
  const taken = new Set<number>();
  const found: Record<string, number> = {};
  for (const primary of [true, false]) {
    for (const column of def.columns) {
      if (column.id in found) continue;
      const wanted = new Set(names(column, primary));
      for (let c = 0; c < forms.length; c++) {
        if (taken.has(c) || !forms[c]!.some((f) => wanted.has(f))) continue;
        found[column.id] = c;
        taken.add(c);
        break;
      }
    }
  }
  return found;
}

const HEADER_SEARCH_ROWS = 10;

/** Locates the header row (row 1, or a later one under a title) and maps its columns. */
export function readTable(sheet: SheetData, def: TabDef): Table {
  let best: Table = { def, sheet, headerIndex: 0, columns: mapColumns(def, sheet.rows[0] ?? []) };
  const required = def.columns.filter((c) => c.required);
  const complete = (t: Table) => required.every((c) => c.id in t.columns);
  if (complete(best)) return best;
  for (let i = 1; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); i++) {
    const candidate: Table = { def, sheet, headerIndex: i, columns: mapColumns(def, sheet.rows[i] ?? []) };
    if (complete(candidate)) return candidate;
    if (Object.keys(candidate.columns).length > Object.keys(best.columns).length) best = candidate;
  }
  return best;
}

export function missingColumns(table: Table): Problem[] {
  return table.def.columns
    .filter((c) => c.required && !(c.id in table.columns))
    .map((c) =>
      makeProblem({ tab: table.sheet.name, row: table.headerIndex + 1, column: c.header }, 'missing-column', 'error', {
        tab: table.sheet.name,
        columnVi: c.header,
        columnEn: c.english,
      }),
    );
}

export function missingTab(def: TabDef, severity: 'error' | 'warning' = 'error'): Problem {
  const headers = def.columns
    .filter((c) => c.inTemplate)
    .map((c) => c.header)
    .join(' · ');
  return makeProblem({ tab: def.name, row: 0, column: '' }, 'missing-tab', severity, {
    tab: def.name,
    english: def.english,
    headers,
  });
}

/** The non-blank data rows under the header. */
export function dataRows(table: Table): TableRow[] {
  const out: TableRow[] = [];
  const { rows } = table.sheet;
  // Only the tab's own columns count: a row where just a pre-filled "STT" or a helper formula column has a value is
  // not a data row.
  // A stamp alone (a Forms timestamp or the add-on's "Ghi nhận lúc" on a row since emptied) is no entry either.
  const own = Object.keys(table.columns)
    .filter((id) => !table.def.columns.find((c) => c.id === id)?.stamp)
    .map((id) => table.columns[id]!);
  for (let i = table.headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (!cells || own.every((c) => isBlank(cells[c]))) continue;
    out.push(tableRow(table, cells!, i + 1));
  }
  return out;
}

/** A row with a prototype getter: a city-level Entries tab has 100 000 rows, so no closure per row. */
class Row implements TableRow {
  constructor(
    readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly columns: Record<string, number>,
    readonly tab: string,
  ) {}
  get(id: string): Cell {
    const c = this.columns[id];
    return c === undefined ? null : this.cells[c];
  }
}

export function tableRow(table: Table, cells: readonly Cell[], row: number): TableRow {
  return new Row(row, cells, table.columns, table.sheet.name);
}

/** Folded form of a key or code cell, for matching. */
export function keyOf(cell: Cell): string {
  return cell == null ? '' : fold(cell instanceof Date ? '' : String(cell));
}

/** A tab found with its required columns: its table and data rows. */
export interface Located {
  table: Table;
  rows: TableRow[];
}

/** Finds a tab and its rows, reporting a missing tab or column. */
export function locateTable(workbook: WorkbookData, def: TabDef, problems: Problem[]): Located | null {
  const sheet = findSheet(workbook, def);
  if (!sheet) {
    if (def.required) problems.push(missingTab(def));
    return null;
  }
  const table = readTable(sheet, def);
  const missing = missingColumns(table);
  if (missing.length) {
    problems.push(...missing);
    return null;
  }
  return { table, rows: dataRows(table) };
}
