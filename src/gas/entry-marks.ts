// Writes the add-on's problem marks on the Entries tab: one read and one write of notes and colours per call.

import { ENTRIES, readTable, type Analysis, type Problem, type SheetData } from '../core';
import { applyMarks } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Problems of the Entries tab with the 0-based sheet column each one belongs on. */
function locatedProblems(analysis: Analysis, entries: SheetData): { problem: Problem; column: number }[] {
  const table = readTable(entries, ENTRIES);
  const columnOf = new Map(ENTRIES.columns.map((c) => [c.header, table.columns[c.id]]));
  const out: { problem: Problem; column: number }[] = [];
  for (const problem of analysis.problems) {
    if (problem.tab !== entries.name || problem.row <= table.headerIndex + 1) continue;
    const column = columnOf.get(problem.column);
    if (column !== undefined) out.push({ problem, column });
  }
  return out;
}

/**
 * Marks problems on sheet rows [firstRow, firstRow + rowCount) and clears our stale marks there.
 * Values are never read back or written: only notes and backgrounds.
 */
export function markEntryRows(
  sheet: Sheet,
  entries: SheetData,
  analysis: Analysis,
  firstRow: number,
  rowCount: number,
): { marked: number; cleared: number } {
  const width = Math.max(1, ...entries.rows.map((r) => r.length));
  if (rowCount <= 0) return { marked: 0, cleared: 0 };
  const range = sheet.getRange(firstRow, 1, rowCount, width);
  const grid = { notes: range.getNotes(), backgrounds: range.getBackgrounds() };
  const inRows = locatedProblems(analysis, entries).filter(
    ({ problem }) => problem.row >= firstRow && problem.row < firstRow + rowCount,
  );
  const result = applyMarks(grid, firstRow, inRows);
  if (result.marked || result.cleared) {
    range.setNotes(result.notes);
    range.setBackgrounds(result.backgrounds);
  }
  return { marked: result.marked, cleared: result.cleared };
}
