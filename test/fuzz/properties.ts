// The fuzz properties, shared by `npm test` (few runs) and `npm run fuzz` (100 000 and more).

import fc from 'fast-check';
import { analyze, answer, buildReport, ChiTieuError, type Cell, type WorkbookData } from '../../src/core';
import { parsePlan } from '../../src/core/plan';
import { entryRow, fuzzWorkbook, planText } from './arbitraries';

const KNOWN_CODES = new Set([
  'missing-value',
  'bad-number',
  'negative',
  'bad-date',
  'outside-campaign',
  'unknown-unit',
  'unknown-target',
  'duplicate',
  'over-base',
  'missing-evidence',
  'over-target',
  'fractional-count',
  'ambiguous-comma',
  'late-entry',
  'after-cutoff',
]);

/** A comparable copy of a cell (NaN and -0 and invalid dates included), to prove the input was never changed. */
export function frozen(rows: Cell[][]): string {
  return JSON.stringify(rows, (_k, v) => {
    if (v instanceof Date) return `date:${v.getTime()}`;
    if (typeof v === 'number') return `n:${Object.is(v, -0) ? '-0' : String(v)}`;
    if (v === undefined) return 'undef';
    return v;
  });
}

function entriesOf(workbook: WorkbookData): Cell[][] {
  return workbook.sheets.find((s) => s.name === 'Kết quả')!.rows;
}

/**
 * Core: nothing throws; every non-blank row is either a valid entry or carries a located error; every problem has a
 * known code, a sheet row and a Vietnamese and an English message; figures are finite; the rows are unchanged.
 */
export const coreProperty = fc.property(fc.array(entryRow, { minLength: 1, maxLength: 6 }), (rows) => {
  const workbook = fuzzWorkbook(rows);
  const before = frozen(entriesOf(workbook));
  const analysis = analyze(workbook);
  const valid = new Set(analysis.entries.map((e) => e.row));
  const errorRows = new Set(analysis.problems.filter((p) => p.severity === 'error').map((p) => p.row));
  rows.forEach((row, i) => {
    const sheetRow = i + 2;
    const blank = row.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
    if (blank) return;
    if (valid.has(sheetRow) === errorRows.has(sheetRow))
      throw new Error(`row ${sheetRow} is neither valid nor in error`);
  });
  for (const p of analysis.problems) {
    if (!KNOWN_CODES.has(p.code)) throw new Error(`unknown code ${p.code}`);
    if (p.tab !== 'Kết quả' || p.row < 1 || !p.column || !p.message || !p.messageEn)
      throw new Error('unlocated problem');
  }
  for (const e of analysis.entries) if (!Number.isFinite(e.quantity) || e.quantity < 0) throw new Error('bad quantity');
  for (const period of ['Đợt 1', 'Đợt 2']) {
    const report = buildReport(analysis, period);
    for (const t of report.targets) {
      if (![t.periodResult, t.cumulative, t.attainment].every(Number.isFinite)) throw new Error('figure not finite');
    }
  }
  if (frozen(entriesOf(workbook)) !== before) throw new Error('the entry rows were changed');
});

/** Any text as a query: either an answer or a ChiTieuError with a message, never another exception. */
export const queryProperty = fc.property(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.option(fc.string()),
  (target, period) => {
    const analysis = analyze(fuzzWorkbook([]));
    try {
      const a = answer(analysis, { target, period });
      if (!Number.isFinite(a.attainment)) throw new Error('attainment not finite');
    } catch (error) {
      if (!(error instanceof ChiTieuError) || !error.text.vi || !error.text.en) throw error;
    }
  },
);

/** Plan importer: nothing throws; keys are unique ASCII; quantities positive and finite; lines inside the text. */
export const planProperty = fc.property(planText, (text) => {
  const plan = parsePlan(text);
  const lines = text.split(/\r\n|\r|\n/).length;
  const keys = new Set<string>();
  for (const t of plan.targets) {
    if (!/^[a-z0-9-]+$/.test(t.key) || keys.has(t.key)) throw new Error(`bad key ${t.key}`);
    keys.add(t.key);
    if (!Number.isFinite(t.target) || t.target <= 0) throw new Error(`bad target ${t.target}`);
    if (t.line < 1 || t.line > lines) throw new Error(`bad line ${t.line}`);
  }
});
