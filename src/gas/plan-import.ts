// Plan import in the add-on: propose Targets rows from a plan's text (nothing written), then append the confirmed ones.

import { ChiTieuError, fold, KIND_WORDS, readTable, TARGETS, type Cell } from '../core';
import { checkTargetRows } from '../core/arguments';
import { ADDON } from '../messages';
import { parsePlan, type ExistingTarget } from '../core/plan';
import { sameTarget } from '../core/plan/keys';
import { sourceChanged } from './source-changed';
import { textCell } from './safe-text';
import { readContractTab } from './spreadsheet-reader';
import { setUpTemplateTabs } from './template-setup';

const MAX_PLAN_CHARS = 1_000_000;
const LOCK_WAIT_MS = 20_000;

export interface ProposedTarget {
  key: string;
  label: string;
  unit: string;
  target: number;
  kind: 'count' | 'percent';
  group: string;
  line: number;
  /** The target is already on the Targets tab under this key: adding would skip it. */
  exists: boolean;
  /** The key this target would have had, which the Targets tab holds for another target. */
  renamedFrom?: string;
}

export interface PlanProposal {
  targets: ProposedTarget[];
  warnings: string[];
}

export interface AddTargetsResult {
  added: number;
  skipped: string[];
  /** Keys the Targets tab held for another target: the row was added under a new key instead. */
  renamed: Array<{ from: string; to: string }>;
}

/** The Targets tab's rows (key, label, unit), read once. */
function existingTargets(): ExistingTarget[] {
  const sheet = readContractTab(SpreadsheetApp.getActiveSpreadsheet(), TARGETS)?.data;
  if (!sheet || sheet.rows.length === 0) return [];
  // The header may sit under a title row: the core finds it in the top rows.
  const table = readTable(sheet, TARGETS);
  const { key, label, unit } = table.columns;
  if (key === undefined) return [];
  const text = (row: Cell[], column: number | undefined) => (column === undefined ? '' : String(row[column] ?? ''));
  return sheet.rows
    .slice(table.headerIndex + 1)
    .map((r) => ({ key: text(r, key).trim(), label: text(r, label), unit: text(r, unit) }))
    .filter((t) => t.key !== '');
}

/** Reads the plan's targets; marks those the Targets tab already has, gives a new key where it holds the key for another target. Writes nothing. */
export function proposeTargets(text: unknown): PlanProposal {
  if (typeof text !== 'string' || text.trim() === '') throw new ChiTieuError('plan-empty', ADDON.text('planEmpty'));
  if (text.length > MAX_PLAN_CHARS) throw new ChiTieuError('plan-too-long', ADDON.text('planTooLong'));
  const plan = parsePlan(text, existingTargets());
  return {
    targets: plan.targets,
    warnings: plan.warnings.map((w) => w.message),
  };
}

/**
 * Appends confirmed rows to the Targets tab in one write, under the document lock. A row whose target the tab
 * already holds under its key is skipped; a key the tab (or the batch) holds for another target gets the next free
 * "-2", "-3"; existing rows are never changed. Creates the template first if the tab is missing.
 */
export function appendTargets(rows: unknown): AddTargetsResult {
  const parsed = checkTargetRows(rows);
  if (!parsed.success) throw new ChiTieuError('bad-target-rows', ADDON.text('badTargetRows'));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new ChiTieuError('sheet-busy', ADDON.text('sheetBusy'));
  try {
    let target = readContractTab(spreadsheet, TARGETS)?.sheet;
    if (!target) {
      setUpTemplateTabs(spreadsheet);
      target = readContractTab(spreadsheet, TARGETS)!.sheet;
    }
    const width = Math.max(1, target.getLastColumn());
    // The header row is the one the core reads (row 1, or a later one under a title): one read of the top rows.
    const top = target.getRange(1, 1, Math.min(10, Math.max(1, target.getLastRow())), width).getValues() as Cell[][];
    const columns = readTable({ name: target.getName(), rows: top }, TARGETS).columns;
    const onTab = new Map(existingTargets().map((t) => [fold(t.key), t]));
    const skipped: string[] = [];
    const renamed: Array<{ from: string; to: string }> = [];
    const out: unknown[][] = [];
    for (const row of parsed.data) {
      const there = onTab.get(fold(row.key));
      if (there && sameTarget({ label: row.label, unit: row.unit }, there)) {
        skipped.push(row.key);
        continue;
      }
      let key = row.key.trim();
      for (let n = 2; onTab.has(fold(key)); n++) key = `${row.key.trim()}-${n}`;
      if (key !== row.key.trim()) renamed.push({ from: row.key.trim(), to: key });
      onTab.set(fold(key), { key, label: row.label, unit: row.unit });
      const cells: unknown[] = new Array(width).fill('');
      const put = (columnId: string, value: unknown) => {
        const c = columns[columnId];
        if (c !== undefined) cells[c] = typeof value === 'string' ? textCell(value) : value;
      };
      put('key', key);
      put('label', row.label);
      put('unit', row.unit);
      put('target', row.target);
      put('kind', KIND_WORDS[row.kind][0]);
      put('group', row.group ?? '');
      out.push(cells);
    }
    if (out.length) {
      const first = target.getLastRow() + 1;
      if (target.getMaxRows() < first + out.length - 1) target.insertRowsAfter(target.getMaxRows(), out.length);
      target.getRange(first, 1, out.length, width).setValues(out);
      sourceChanged();
    }
    return { added: out.length, skipped, renamed };
  } finally {
    lock.releaseLock();
  }
}
