// Roll-up in Google Sheets (docs/DOMAIN.md "Roll-up to the upper level"): the rows a lower level keeps on its tab
// `Gửi cấp trên`, the IMPORTRANGE formula an upper level reads them with, and each lower level's import state.
// Pure: the add-on (src/gas/send-up.ts, src/gas/lower-imports.ts) only reads and writes what these give.

import { SEND_UP } from '../messages';
import type { Analysis } from './analysis';
import type { Campaign } from './campaign';
import { isBlank, type Cell, type WorkbookData } from './cells';
import { ENTRIES } from './contract';
import { viDate } from './dates';
import { entryTabSuffix } from './entry-tabs';
import { buildRollup, keptEntries, type LowerRollup, type RollupRow } from './rollup';

/** The roll-up tab's columns: the Entries header plus `Dấu thời gian` and `Cơ sở tính` (A to H). */
export const ROLLUP_COLUMNS = ['date', 'unit', 'target', 'quantity', 'activity', 'evidence', 'timestamp', 'base'];

export function rollupHeader(): string[] {
  return ROLLUP_COLUMNS.map((id) => ENTRIES.columns.find((c) => c.id === id)!.header);
}

/** The lower level's tab the upper level imports (a contract name, kept in the catalogue). */
export const SEND_UP_TAB = /* @__PURE__ */ SEND_UP.say('vi', 'sendUpTab');

/** The lower level's roll-up as Sheets sends it: slices cut at its own period ends, closed periods as kept. */
export function sendUpRollup(analysis: Analysis, url: string): LowerRollup {
  const cuts = analysis.campaign.periods.map((p) => p.to);
  const entries = keptEntries(analysis);
  return buildRollup(
    { ...analysis, entries },
    { code: analysis.campaign.upperCode, source: url, cuts, upperKeys: null },
  );
}

/** "23/06/2024 16:05:10", as Google Forms writes a timestamp, from a Moment (the sheet's wall clock). */
function timestampText(moment: number): string {
  const iso = new Date(moment).toISOString();
  return `${viDate(Math.floor(moment / 86_400_000))} ${iso.slice(11, 19)}`;
}

/**
 * One roll-up row's cells. Dates and times go as text (`30/06/2024`): IMPORTRANGE then carries them unchanged
 * whatever the two spreadsheets' locales and time zones, and the core reads dd/mm/yyyy text as a date.
 */
export function rollupCells(row: RollupRow): Cell[] {
  return [
    viDate(row.day),
    row.unit,
    row.key,
    row.quantity,
    row.activity,
    row.evidence,
    row.recordedAt === null ? '' : timestampText(row.recordedAt),
    row.base ?? '',
  ];
}

/**
 * `=IMPORTRANGE("<url>","'Gửi cấp trên'!A:H")`. Arguments are separated by a comma: the formula language Apps
 * Script's Range.setFormula takes (see src/gas/lower-imports.ts); a quote in the URL is doubled as formulas escape it.
 */
export function importFormula(url: string): string {
  return `=IMPORTRANGE("${url.replace(/"/g, '""')}","'${SEND_UP_TAB}'!A:H")`;
}

export type LowerLevelStatus = 'imported' | 'ref' | 'waiting' | 'not-imported' | 'no-url';

/** What the sidebar shows for one lower level (a unit of this level). */
export interface LowerLevelState {
  code: string;
  name: string;
  url: string;
  status: LowerLevelStatus;
  /** Imported rows under the header. */
  rows: number;
}

/**
 * Each lower level's state, read from the values alone: the Units tab's `Bảng tính` and what the import tab shows
 * (`#REF!` until access is allowed or when the URL is wrong; another error value while Sheets loads). Empty when no
 * unit has a spreadsheet URL: this level is no upper level.
 */
export function lowerLevelStates(workbook: WorkbookData, campaign: Campaign): LowerLevelState[] {
  if (!campaign.units.some((u) => u.spreadsheet)) return [];
  return campaign.units.map(({ code, name, id, spreadsheet: url }) => {
    const rows = workbook.sheets.find((s) => entryTabSuffix(s.name) === id)?.rows;
    const first = rows?.[0]?.[0];
    let status: LowerLevelStatus = url ? 'not-imported' : 'no-url';
    if (first === '#REF!') status = 'ref';
    else if (typeof first === 'string' && first.startsWith('#')) status = 'waiting';
    else if (!isBlank(first ?? null)) status = 'imported';
    const count = status === 'imported' ? rows!.slice(1).filter((r) => r.some((c) => !isBlank(c))).length : 0;
    return { code, name, url, status, rows: count };
  });
}
