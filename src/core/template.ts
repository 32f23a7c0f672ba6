// The template workbook: the contract tabs with their Vietnamese headers (what `init` and setUpTemplate create).

import type { Cell, WorkbookData } from './cells';
import { TABS, type TabDef } from './contract';

export function headerRow(def: TabDef): string[] {
  return def.columns.filter((c) => c.inTemplate && !c.formsOnly).map((c) => c.header);
}

/** The template's tabs, each with its header row; `fill` adds data rows per tab id. */
export function templateWorkbook(fill: Partial<Record<TabDef['id'], Cell[][]>> = {}): WorkbookData {
  return { sheets: TABS.map((def) => ({ name: def.name, rows: [headerRow(def), ...(fill[def.id] ?? [])] })) };
}
