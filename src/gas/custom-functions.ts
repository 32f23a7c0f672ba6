// ATTAINMENT, ACHIEVED and TARGET: answered from a cached answer table, read from the sheet at most once per data version.

import {
  analyze,
  buildAnswerTable,
  ChiTieuError,
  lookupAnswer,
  optionalArg,
  resolveUnit,
  setupError,
  type Analysis,
  type AnswerTable,
  type Lang,
  type QueryAnswer,
} from '../core';
import { FORMULA } from '../messages';
import { checkQueryArgs } from '../core/arguments';
import { cacheKey, readCached, writeCached } from './data-version';
import { readSpreadsheet } from './spreadsheet-reader';

// Filled on first use within one execution (never at load: every call loads the whole bundle).
let analysisOfThisRun: Analysis | null = null;

function currentAnalysis(): Analysis {
  if (!analysisOfThisRun) analysisOfThisRun = analyze(readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).data);
  const failure = setupError(analysisOfThisRun);
  if (failure) throw failure;
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
function received(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return FORMULA.say(lang, 'receivedRange');
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return FORMULA.say(lang, 'receivedDate');
  if (typeof value === 'boolean') return FORMULA.say(lang, 'receivedBoolean', { value: value ? 'TRUE' : 'FALSE' });
  return FORMULA.say(lang, 'receivedOther');
}

const isTextOrNumber = (value: unknown) => typeof value === 'string' || typeof value === 'number';
const isBlankArg = (value: unknown) => value === null || value === undefined || value === '';

/** The arguments Sheets passed that are not what the function takes: which one, and what it expects. */
function argumentProblem(name: FunctionName, target: unknown, period: unknown, unit: unknown): ChiTieuError {
  const example = `=${name}("cay-xanh")`;
  const say = (lang: Lang): string => {
    if (typeof target === 'string' && target.trim() === '') return FORMULA.say(lang, 'missingTarget', { example });
    if (!isTextOrNumber(target)) {
      if (isBlankArg(target)) return FORMULA.say(lang, 'missingTarget', { example });
      return FORMULA.say(lang, 'targetNotText', { example, received: received(target, lang) });
    }
    if (!isBlankArg(period) && !isTextOrNumber(period))
      return FORMULA.say(lang, 'periodNotText', { name, received: received(period, lang) });
    if (!isBlankArg(unit) && !isTextOrNumber(unit))
      return FORMULA.say(lang, 'unitNotText', { name, received: received(unit, lang) });
    return FORMULA.say(lang, 'badArguments', { example });
  };
  return new ChiTieuError('bad-argument', { vi: say('vi'), en: say('en') });
}

/**
 * A custom function shows the message of the Error it throws in its cell
 * (https://developers.google.com/apps-script/guides/sheets/functions): our errors are rethrown as a
 * plain Error carrying only the Vietnamese sentence, nothing technical.
 */
function query(name: FunctionName, target: unknown, period: unknown, unit: unknown): QueryAnswer {
  try {
    const args = checkQueryArgs({ target, period, unit });
    if (!args.success) throw argumentProblem(name, target, period, unit);
    const forUnit = optionalArg(args.data.unit);
    return lookupAnswer(table(forUnit), String(args.data.target).trim(), optionalArg(args.data.period));
  } catch (error) {
    if (error instanceof ChiTieuError) throw new Error(error.message);
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
