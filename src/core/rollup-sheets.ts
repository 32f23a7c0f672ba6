// Roll-up in Google Sheets (docs/DOMAIN.md "Roll-up to the upper level"): the rows a lower level keeps on its tab
// `Gửi cấp trên`, the IMPORTRANGE formula an upper level reads them with, and each lower level's import state.
// Pure: the add-on (src/gas/send-up.ts, src/gas/lower-imports.ts) only reads and writes what these give.

import { SEND_UP } from '../messages';
import type { Analysis } from './analysis';
import type { Campaign } from './campaign';
import { isBlank, type Cell, type WorkbookData } from './cells';
import { ENTRIES } from './contract';
import { viDate } from './dates';
import type { Entry } from './entries';
import { entryTabSuffix } from './entry-tabs';
import { buildRollup, type LowerRollup, type RollupRow } from './rollup';
import { fold } from './text';

/** The roll-up tab's columns: the Entries header plus `Dấu thời gian` and `Cơ sở tính` (A to H). */
export const ROLLUP_COLUMNS = ['date', 'unit', 'target', 'quantity', 'activity', 'evidence', 'timestamp', 'base'];

export function rollupHeader(): string[] {
  return ROLLUP_COLUMNS.map((id) => ENTRIES.columns.find((c) => c.id === id)!.header);
}

/** The lower level's tab the upper level imports (a contract name, kept in the catalogue). */
export const SEND_UP_TAB = SEND_UP.say('vi', 'sendUpTab');

/**
 * The valid entries a roll-up sends: live entries outside every closed period, and for each closed period the entries
 * it fingerprinted (so a closed period sends its kept figures). An entry in overlapping closed periods is counted
 * once: the latest closing's fingerprint of that row wins.
 */
export function keptEntries(analysis: Analysis): Entry[] {
  const { periods, units, targets } = analysis.campaign;
  const closed = [...analysis.closings.values()]
    .map((c) => ({ closing: c, period: periods.find((p) => p.id === fold(c.name)) }))
    .filter((c) => c.period !== undefined)
    .sort((a, b) => a.closing.closedAt.localeCompare(b.closing.closedAt));
  if (closed.length === 0) return analysis.entries;
  const inClosed = (day: number) => closed.some(({ period }) => day >= period!.from && day <= period!.to);
  const unitOf = new Map(units.map((u, i) => [u.id, i]));
  const targetOf = new Map(targets.map((t, i) => [t.id, i]));
  const live = new Map(analysis.entries.map((e) => [`${e.tab}|${e.row}`, e]));
  const kept = new Map<string, Entry>();
  for (const { closing, period } of closed) {
    for (const f of closing.fingerprints) {
      const unit = unitOf.get(fold(f.unit));
      const target = targetOf.get(fold(f.target));
      if (unit === undefined || target === undefined || f.day < period!.from || f.day > period!.to) continue;
      const now = live.get(`${f.tab}|${f.row}`);
      const same =
        now && now.day === f.day && now.unit === unit && now.target === target && now.quantity === f.quantity;
      const recordedAt = same ? now.recordedAt : null;
      kept.set(`${f.tab}|${f.row}`, {
        tab: f.tab,
        row: f.row,
        day: f.day,
        unit,
        target,
        quantity: f.quantity,
        recordedAt,
      });
    }
  }
  return [...analysis.entries.filter((e) => !inClosed(e.day)), ...kept.values()];
}

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
