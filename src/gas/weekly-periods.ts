// setUpTemplate's weekly periods: the Settings rule "thứ 7 17:00" and the window give one Periods row per week.

import { PERIODS, readTable, weeklyPlan, type Cell } from '../core';
import { readSpreadsheet } from './spreadsheet-reader';
import { textCell } from './safe-text';

const DEADLINE_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * Writes the weekly periods under the Periods header when the tab has no period yet (rows the add-on adds where nothing
 * stood: docs/DOMAIN.md, "What the add-on may write"), one write per column. Returns how many were written.
 */
export function writeWeeklyPeriods(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const read = readSpreadsheet(spreadsheet);
  const plan = weeklyPlan(read.data);
  if (!plan.ok) return 0;
  const sheet = read.sheetFor(PERIODS);
  const tab = read.data.sheets.find((s) => s.name === sheet?.getName());
  if (!sheet || !tab) return 0;
  const table = readTable(tab, PERIODS);
  // The core's dates carry the sheet's wall clock in their UTC fields; Sheets takes instants.
  const offsetMs = (read.data.offsetMinutes ?? 420) * 60_000;
  const first = Math.max(table.headerIndex + 2, tab.rows.length + 1);
  const count = plan.rows.length;
  if (sheet.getMaxRows() < first + count - 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), first + count - 1 - sheet.getMaxRows());
  (['name', 'from', 'to', 'deadline'] as const).forEach((id, i) => {
    const column = table.columns[id];
    if (column === undefined) return;
    const values = plan.rows.map((row) => {
      const cell: Cell = row[i] ?? null;
      return [cell instanceof Date ? new Date(cell.getTime() - offsetMs) : textCell(String(cell ?? ''))];
    });
    const range = sheet.getRange(first, column + 1, count, 1);
    range.setValues(values);
    if (id === 'deadline') range.setNumberFormat(DEADLINE_FORMAT);
  });
  return count;
}
