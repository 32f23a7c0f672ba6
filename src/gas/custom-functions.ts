// ATTAINMENT, ACHIEVED and TARGET: answered from a cached answer table, read from the sheet at most once per data version.

import {
  analyze,
  buildAnswerTable,
  ChiTieuError,
  lookupAnswer,
  optionalArg,
  resolveUnit,
  setupFailure,
  type Analysis,
  type AnswerTable,
  type QueryAnswer,
} from '../core';
import { checkQueryArgs } from '../core/arguments';
import { cacheKey, readCached, writeCached } from './data-version';
import { readSpreadsheet } from './spreadsheet-reader';

// Filled on first use within one execution (never at load: every call loads the whole bundle).
let analysisOfThisRun: Analysis | null = null;

function currentAnalysis(): Analysis {
  if (!analysisOfThisRun) analysisOfThisRun = analyze(readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).data);
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

type FunctionName = 'ATTAINMENT' | 'ACHIEVED' | 'TARGET';

/** What Sheets passed instead of text, in words: a multi-cell range arrives as an array, a date cell as a Date. */
function received(value: unknown): string {
  if (Array.isArray(value)) return 'một vùng nhiều ô';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return 'một ngày';
  if (typeof value === 'boolean') return `giá trị ${value ? 'TRUE' : 'FALSE'}`;
  return 'một giá trị không phải văn bản';
}

const isTextOrNumber = (value: unknown) => typeof value === 'string' || typeof value === 'number';
const isBlankArg = (value: unknown) => value === null || value === undefined || value === '';

/** The message for arguments Sheets passed that are not what the function takes: which one, and what it expects. */
function argumentProblem(name: FunctionName, target: unknown, period: unknown, unit: unknown): string {
  const example = `=${name}("cay-xanh")`;
  if (typeof target === 'string' && target.trim() === '') return `Thiếu mã chỉ tiêu. Ví dụ: ${example}.`;
  if (!isTextOrNumber(target)) {
    if (isBlankArg(target)) return `Thiếu mã chỉ tiêu. Ví dụ: ${example}.`;
    return (
      `Đối số đầu tiên phải là mã chỉ tiêu (văn bản), ví dụ ${example}, hoặc một ô chứa mã đó; ` +
      `ở đây là ${received(target)}.`
    );
  }
  if (!isBlankArg(period) && !isTextOrNumber(period)) {
    return (
      `Đối số thứ hai phải là tên đợt báo cáo (văn bản), ví dụ =${name}("cay-xanh"; "Đợt 1"), hoặc một ô chứa tên ` +
      `đó; ở đây là ${received(period)}.`
    );
  }
  if (!isBlankArg(unit) && !isTextOrNumber(unit)) {
    const position = name === 'TARGET' ? 'thứ hai' : 'thứ ba';
    const unitExample = name === 'TARGET' ? `=TARGET("cay-xanh"; "P01")` : `=${name}("cay-xanh"; "Đợt 1"; "P01")`;
    return (
      `Đối số ${position} phải là mã đơn vị (văn bản), ví dụ ${unitExample}, hoặc một ô chứa mã đó; ` +
      `ở đây là ${received(unit)}.`
    );
  }
  return `Đối số không hợp lệ. Ví dụ: ${example}.`;
}

/** Custom functions must throw an Error whose message the cell shows: Vietnamese, and nothing technical. */
function query(name: FunctionName, target: unknown, period: unknown, unit: unknown): QueryAnswer {
  const args = checkQueryArgs({ target, period, unit });
  if (!args.success) throw new Error(argumentProblem(name, target, period, unit));
  try {
    const forUnit = optionalArg(args.data.unit);
    return lookupAnswer(table(forUnit), String(args.data.target).trim(), optionalArg(args.data.period));
  } catch (error) {
    if (error instanceof ChiTieuError) throw new Error(error.text.vi);
    throw error;
  }
}

export function attainment(target: unknown, period?: unknown, unit?: unknown): number {
  return query('ATTAINMENT', target, period, unit).attainment;
}

export function achieved(target: unknown, period?: unknown, unit?: unknown): number {
  return query('ACHIEVED', target, period, unit).achieved;
}

export function targetOf(target: unknown, unit?: unknown): number {
  return query('TARGET', target, null, unit).target;
}
