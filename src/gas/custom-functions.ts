// ATTAINMENT, ACHIEVED and TARGET: answered from a cached answer table, read from the sheet at most once per data version.

import {
  analyze,
  buildAnswerTable,
  ChiTieuError,
  lookupAnswer,
  optionalArg,
  queryArgs,
  resolveUnit,
  setupFailure,
  type Analysis,
  type AnswerTable,
  type QueryAnswer,
} from '../core';
import { cacheKey, readCached, writeCached } from './data-version';
import { readWorkbook } from './spreadsheet-reader';

// Filled on first use within one execution (never at load: every call loads the whole bundle).
let analysisOfThisRun: Analysis | null = null;

function currentAnalysis(): Analysis {
  if (!analysisOfThisRun) analysisOfThisRun = analyze(readWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  const failure = setupFailure(analysisOfThisRun);
  if (failure) throw new Error(failure.vi);
  return analysisOfThisRun;
}

/** The campaign table, or one unit's: from the document cache when the data has not changed since. */
function table(unit: string | null): AnswerTable {
  const campaignKey = cacheKey('campaign');
  let campaign = readCached<AnswerTable>(campaignKey);
  if (!campaign) {
    campaign = buildAnswerTable(currentAnalysis(), null);
    writeCached(campaignKey, campaign);
  }
  if (unit === null) return campaign;
  const unitIndex = resolveUnit(campaign, unit);
  const key = cacheKey(`unit:${campaign.units[unitIndex]!.code}`);
  let forUnit = readCached<AnswerTable>(key);
  if (!forUnit) {
    forUnit = buildAnswerTable(currentAnalysis(), unitIndex);
    writeCached(key, forUnit);
  }
  return forUnit;
}

/** Custom functions must throw an Error whose message the cell shows: Vietnamese, and nothing technical. */
function query(target: unknown, period: unknown, unit: unknown): QueryAnswer {
  const args = queryArgs().safeParse({ target, period, unit });
  if (!args.success) throw new Error('Thiếu mã chỉ tiêu. Ví dụ: =ATTAINMENT("cay-xanh").');
  try {
    const forUnit = optionalArg(args.data.unit);
    return lookupAnswer(table(forUnit), String(args.data.target).trim(), optionalArg(args.data.period));
  } catch (error) {
    if (error instanceof ChiTieuError) throw new Error(error.text.vi);
    throw error;
  }
}

export function attainment(target: unknown, period?: unknown, unit?: unknown): number {
  return query(target, period, unit).attainment;
}

export function achieved(target: unknown, period?: unknown, unit?: unknown): number {
  return query(target, period, unit).achieved;
}

export function targetOf(target: unknown, unit?: unknown): number {
  return query(target, null, unit).target;
}
