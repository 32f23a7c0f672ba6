// Writes the add-on's problem marks on the Entries tab: one read and one write of notes and colours per call.

import { ENTRIES, factsOf, PROBLEM, readTable, type Analysis, type Problem, type SheetData } from '../core';
import { applyMarks, isOurNote } from './marks';

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
 * Marks problems on sheet rows [firstRow, firstRow + rowCount) and clears our stale marks there. The rows may lie
 * beyond the data (a bad last row the user just emptied): they are blank, so only our old marks go.
 * Values are never read back or written: only notes and backgrounds.
 */
export function markEntryRows(
  sheet: Sheet,
  entries: SheetData,
  analysis: Analysis,
  firstRow: number,
  rowCount: number,
): { marked: number; cleared: number } {
  if (rowCount <= 0) return { marked: 0, cleared: 0 };
  const columns = Object.values(readTable(entries, ENTRIES).columns);
  const width = Math.max(1, ...columns.map((c) => c + 1), ...entries.rows.map((r) => r.length));
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

/** Beyond this many partner rows an edit leaves the rest to "Kiểm tra dữ liệu" (validateEntries). */
const MAX_PARTNER_ROWS = 50;

/** The sentence our note carries for a duplicate of row `first`: a note on the sheet is text, so it is found by it. */
function duplicateNote(first: number): string {
  return PROBLEM.say('vi', 'duplicate', { first });
}

/**
 * Rows outside the edited rows [first, last] whose duplicate mark depends on them: a row the edit just made a
 * duplicate of an edited row (from the new analysis), and a row still carrying our mark "same as row k" for an
 * edited row k that may no longer hold (from its note: one getNotes() of the date column). Sorted, at most
 * MAX_PARTNER_ROWS. Rows moved by insertions or deletions (which fire no onEdit) are not followed.
 */
export function duplicatePartnerRows(
  sheet: Sheet,
  entries: SheetData,
  analysis: Analysis,
  first: number,
  last: number,
): number[] {
  const table = readTable(entries, ENTRIES);
  const outside = (row: number) => row < first || row > last;
  const rows = new Set<number>();
  for (const p of analysis.problems) {
    const kept = factsOf(p, 'duplicate')?.first;
    if (p.tab === entries.name && kept !== undefined && !outside(kept) && outside(p.row)) rows.add(p.row);
  }
  const messages: string[] = [];
  for (let k = first; k <= last; k++) messages.push(duplicateNote(k));
  const date = table.columns.date;
  const firstData = table.headerIndex + 2;
  const lastData = entries.rows.length;
  if (date !== undefined && lastData >= firstData) {
    const notes = sheet.getRange(firstData, date + 1, lastData - firstData + 1, 1).getNotes();
    notes.forEach(([note], i) => {
      const row = firstData + i;
      if (note && outside(row) && isOurNote(note) && messages.some((m) => note.includes(m))) rows.add(row);
    });
  }
  return [...rows].sort((a, b) => a - b).slice(0, MAX_PARTNER_ROWS);
}

/** Marks the given sorted rows, one batch per run of consecutive rows. */
export function markEntryRowList(sheet: Sheet, entries: SheetData, analysis: Analysis, rows: number[]): void {
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    markEntryRows(sheet, entries, analysis, rows[i]!, j - i + 1);
    i = j + 1;
  }
}
