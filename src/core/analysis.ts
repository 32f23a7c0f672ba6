// One pass over a workbook: the campaign setup, the valid entries and every problem, ready for figures.

import { readCampaign, type Campaign } from './campaign';
import {
  afterCutoffProblem,
  differencesFrom,
  readClosings,
  type ClosedPeriod,
  type Difference,
} from './closed-periods';
import type { WorkbookData } from './cells';
import { readEntries, type Entry } from './entries';
import { QUERY, type Text } from '../messages';
import { ChiTieuError, type Problem } from './problems';

export interface Analysis {
  campaign: Campaign;
  entries: Entry[];
  /** Setup problems first, then entry problems in row order. */
  problems: Problem[];
  excludedRows: number[];
  /** Every excluded row with its tab (Entries may span several tabs). */
  excluded: { tab: string; row: number }[];
  entryRowCount: number;
  /** A required tab or column is missing: figures would be wrong, so hosts refuse to compute. */
  fatal: boolean;
  errors: number;
  warnings: number;
  /** Closed periods (folded name → what was kept) and what differs from them now (docs/DOMAIN.md, "closing"). */
  closings: Map<string, ClosedPeriod>;
  differences: Difference[];
}

export function analyze(workbook: WorkbookData): Analysis {
  const setup = readCampaign(workbook);
  const read = readEntries(workbook, setup.campaign);
  setup.campaign.tabs.entries = read.tab;
  const problems = [...setup.problems, ...read.problems];
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  const fatal = setup.fatal || read.tab === null;
  const analysis: Analysis = {
    campaign: setup.campaign,
    entries: read.entries,
    problems,
    excludedRows: read.excludedRows,
    excluded: read.excluded,
    entryRowCount: read.rowCount,
    fatal,
    errors,
    warnings: problems.length - errors,
    closings: readClosings(workbook),
    differences: [],
  };
  // Entries that differ from a closed period's fingerprints: warnings after every other problem.
  analysis.differences = differencesFrom(analysis, analysis.closings);
  for (const d of analysis.differences) problems.push(afterCutoffProblem(d));
  analysis.warnings += analysis.differences.length;
  return analysis;
}

/**
 * Why figures cannot be computed (a missing tab or column), as one message per language naming the fix; null when
 * the workbook is sound. Every host shows this instead of figures (setupError() gives it as the error to throw).
 */
export function setupFailure(analysis: Analysis): Text | null {
  return setupError(analysis)?.text ?? null;
}

/** The same, as the one user-facing error: code `bad-workbook`, the first structural problem's place, every message. */
export function setupError(analysis: Analysis): ChiTieuError | null {
  if (!analysis.fatal) return null;
  const structural = analysis.problems.filter((p) => p.code === 'missing-tab' || p.code === 'missing-column');
  if (structural.length === 0) return new ChiTieuError('bad-workbook', QUERY.text('notSetUp'));
  return ChiTieuError.ofProblems('bad-workbook', structural);
}
