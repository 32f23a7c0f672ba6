// The template workbook: the contract tabs with their Vietnamese headers (what `init` and setUpTemplate create).

import type { Cell, WorkbookData } from './cells';
import { SETTING_KEYS, SETTINGS, TABS, type TabDef } from './contract';
import { SETTING_HINT } from './messages';

export function headerRow(def: TabDef): string[] {
  return def.columns.filter((c) => c.inTemplate && !c.formsOnly).map((c) => c.header);
}

/** The template's tabs, each with its header row; `fill` adds data rows per tab id. */
export function templateWorkbook(fill: Partial<Record<TabDef['id'], Cell[][]>> = {}): WorkbookData {
  return { sheets: TABS.map((def) => ({ name: def.name, rows: [headerRow(def), ...(fill[def.id] ?? [])] })) };
}

/**
 * The Settings rows a new workbook lists for the user to fill: every key of SETTING_KEYS by its Vietnamese name
 * (keys added there appear here too), the value empty, and a hint in a third column.
 */
export function settingsTemplateRows(): Cell[][] {
  return Object.entries(SETTING_KEYS).map(([id, names]) => [
    names[0],
    null,
    SETTING_HINT.has(id) ? SETTING_HINT.say('vi', id) : null,
  ]);
}

/** The header of the Settings tab's hint column (an extra column: the contract leaves those alone). */
export const SETTINGS_HINT_HEADER = 'Ghi chú';

/**
 * What `chitieu init` writes: the template tabs, Settings listing its keys to fill. `fill` adds rows per tab
 * (weekly periods, say), overriding the Settings rows when given.
 */
export function starterWorkbook(fill: Partial<Record<TabDef['id'], Cell[][]>> = {}): WorkbookData {
  const data = templateWorkbook({ settings: settingsTemplateRows(), ...fill });
  const settings = data.sheets.find((s) => s.name === SETTINGS.name)!;
  settings.rows[0] = [...settings.rows[0]!, SETTINGS_HINT_HEADER];
  return data;
}
