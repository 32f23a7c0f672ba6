// Plan import in the add-on: propose Targets rows from a plan's text (nothing written), then append the confirmed ones.

import { ChiTieuError, fold, KIND_WORDS, readTable, TARGETS, targetRows, type Cell } from '../core';
import { importPlan as readPlan } from '../core/plan';
import { ADDON } from '../messages';
import { sourceChanged } from './sidebar-api';
import { textCell } from './safe-text';
import { readSpreadsheet } from './spreadsheet-reader';
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
  /** The key is already on the Targets tab: adding would skip it. */
  exists: boolean;
}

export interface PlanProposal {
  targets: ProposedTarget[];
  warnings: string[];
}

export interface AddTargetsResult {
  added: number;
  skipped: string[];
}

function existingKeys(): Set<string> {
  const read = readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
  const sheet = read.data.sheets.find((s) => read.sheetFor(TARGETS)?.getName() === s.name);
  if (!sheet || sheet.rows.length === 0) return new Set();
  // The header may sit under a title row: the core finds it in the top rows.
  const table = readTable(sheet, TARGETS);
  const column = table.columns.key;
  if (column === undefined) return new Set();
  return new Set(
    sheet.rows
      .slice(table.headerIndex + 1)
      .map((r) => fold(String(r[column] ?? '')))
      .filter(Boolean),
  );
}

/** Reads the plan's target sections; marks the keys the Targets tab already has. Writes nothing. */
export function proposeTargets(text: unknown): PlanProposal {
  if (typeof text !== 'string' || text.trim() === '') throw new ChiTieuError('plan-empty', ADDON.text('planEmpty'));
  if (text.length > MAX_PLAN_CHARS) throw new ChiTieuError('plan-too-long', ADDON.text('planTooLong'));
  const plan = readPlan(text);
  const existing = existingKeys();
  return {
    targets: plan.targets.map((t) => ({ ...t, exists: existing.has(fold(t.key)) })),
    warnings: plan.warnings.map((w) => w.message),
  };
}

/**
 * Appends confirmed rows to the Targets tab in one write, under the document lock. Keys already there (or twice in
 * the batch) are skipped; existing rows are never changed. Creates the template first if the tab is missing.
 */
export function appendTargets(rows: unknown): AddTargetsResult {
  const parsed = targetRows().safeParse(rows);
  if (!parsed.success) throw new ChiTieuError('bad-target-rows', ADDON.text('badTargetRows'));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new ChiTieuError('sheet-busy', ADDON.text('sheetBusy'));
  try {
    let target = readSpreadsheet(spreadsheet).sheetFor(TARGETS);
    if (!target) {
      setUpTemplateTabs(spreadsheet);
      target = readSpreadsheet(spreadsheet).sheetFor(TARGETS)!;
    }
    const width = Math.max(1, target.getLastColumn());
    // The header row is the one the core reads (row 1, or a later one under a title): one read of the top rows.
    const top = target.getRange(1, 1, Math.min(10, Math.max(1, target.getLastRow())), width).getValues() as Cell[][];
    const columns = readTable({ name: target.getName(), rows: top }, TARGETS).columns;
    const seen = existingKeys();
    const skipped: string[] = [];
    const out: unknown[][] = [];
    for (const row of parsed.data) {
      const id = fold(row.key);
      if (seen.has(id)) {
        skipped.push(row.key);
        continue;
      }
      seen.add(id);
      const cells: unknown[] = new Array(width).fill('');
      const put = (columnId: string, value: unknown) => {
        const c = columns[columnId];
        if (c !== undefined) cells[c] = typeof value === 'string' ? textCell(value) : value;
      };
      put('key', row.key.trim());
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
    return { added: out.length, skipped };
  } finally {
    lock.releaseLock();
  }
}
