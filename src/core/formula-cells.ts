// Cells that hold a formula saved without its value: told apart from empty cells so the message names the fix.

import type { Table } from './tables';

/** Whether the cell of `columnId` on sheet row `row` holds a formula the file gives no value for. */
export function isFormulaWithoutValue(table: Table, row: number, columnId: string): boolean {
  const pending = table.sheet.formulasWithoutValue;
  if (!pending) return false;
  const column = table.columns[columnId];
  return column !== undefined && pending.has(`${row}:${column + 1}`);
}
