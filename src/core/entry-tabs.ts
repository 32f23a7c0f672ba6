// Which tabs hold entries: the main Entries tab and every tab named "Kết quả – …" / "Entries - …" (docs/DOMAIN.md).

import type { SheetData, WorkbookData } from './cells';
import type { Campaign } from './campaign';
import { ENTRIES } from './contract';
import { makeProblem, type Problem } from './problems';
import { dataRows, findSheet, findTabName, missingColumns, readTable, type Table, type TableRow } from './tables';
import { fold } from './text';

/** One Entries tab as found, with the unit it belongs to when its name ends in a unit code. */
export interface EntryTab {
  name: string;
  table: Table;
  rows: TableRow[];
  /** Index into campaign.units of the tab's own unit ("Kết quả – P01"); undefined on a shared tab. */
  ownUnit: number | undefined;
  /** The main Entries tab (`Kết quả`, or the alias the workbook uses): its rows are `excludedRows`. */
  main: boolean;
}

const NAMES = [ENTRIES.name, ENTRIES.english].map(fold);
const SEPARATORS = [' – ', ' - '];

/**
 * The folded part after "Kết quả – " or "Entries - " when a tab's name has that form ('' for the bare name);
 * null for any other name. "Kết quả – P01" → "p01".
 */
export function entryTabSuffix(tabName: string): string | null {
  const folded = fold(tabName);
  for (const name of NAMES) {
    if (folded === name) return '';
    for (const separator of SEPARATORS) {
      if (folded.startsWith(name + separator)) return folded.slice(name.length + separator.length).trim();
    }
  }
  return null;
}

/** Names of the tabs that are read as Entries, in workbook order (the main tab may be an alias such as "Results"). */
export function entryTabNames(names: readonly string[]): string[] {
  const main = findTabName(names, ENTRIES);
  return names.filter((name) => name === main || entryTabSuffix(name) !== null);
}

/** The name of a unit's own Entries tab, as setUpTemplate and the roll-up import write it. */
export function unitTabName(code: string): string {
  return `${ENTRIES.name} – ${code}`;
}

// What an IMPORTRANGE cell shows before it has imported: an error until access is allowed or when the link is wrong,
// "Loading..." meanwhile (https://support.google.com/docs/answer/3093340). getValues() gives that text.
const NOT_IMPORTED = /^(?:#(?:REF!|N\/A|ERROR!|VALUE!|NAME\?)|Loading\.*)$/i;

/** The text A1 shows when the tab is an upper level's import that has not imported yet, else null. */
function importPending(sheet: SheetData): string | null {
  const a1 = sheet.rows[0]?.[0];
  return typeof a1 === 'string' && NOT_IMPORTED.test(a1.trim()) ? a1.trim() : null;
}

/**
 * Every Entries tab with its rows. A tab named like an Entries tab without the required columns gets its
 * missing-column problems and is skipped (an upper level's import that shows #REF! or "Loading..." in A1 gets one
 * `import-pending` warning instead); only the main tab's absence or bad header stops the figures (`mainOk`).
 */
export function locateEntryTabs(
  workbook: WorkbookData,
  campaign: Campaign,
  problems: Problem[],
): { tabs: EntryTab[]; main: string | null } {
  const mainName = findSheet(workbook, ENTRIES)?.name ?? null;
  const unitIndex = new Map(campaign.units.map((u, i) => [u.id, i]));
  const tabs: EntryTab[] = [];
  let mainOk = false;
  for (const name of entryTabNames(workbook.sheets.map((s) => s.name))) {
    const sheet = workbook.sheets.find((s) => s.name === name)!;
    const table = readTable(sheet, ENTRIES);
    const missing = missingColumns(table);
    const pending = missing.length ? importPending(sheet) : null;
    if (pending !== null) {
      const place = { tab: name, row: 1, column: 'A' };
      problems.push(makeProblem(place, 'import-pending', 'warning', { tab: name, value: pending }));
      continue;
    }
    if (missing.length) {
      problems.push(...missing);
      continue;
    }
    const suffix = entryTabSuffix(name);
    const main = name === mainName;
    if (main) mainOk = true;
    tabs.push({ name, table, rows: dataRows(table), ownUnit: suffix ? unitIndex.get(suffix) : undefined, main });
  }
  // Without a main tab, unit tabs alone are a complete Entries list; a main tab with a bad header is not.
  const usable = mainName === null ? tabs.length > 0 : mainOk;
  return { tabs, main: usable ? (mainName ?? tabs[0]!.name) : null };
}
