// ATTAINMENT, ACHIEVED and TARGET: the sheet formulas, answered from one read of the source per execution.

import { analyze, answer, ChiTieuError, optionalArg, QueryArgs, type Analysis, type QueryAnswer } from '../core';
import { readWorkbook } from './spreadsheet-reader';

// Filled on first use within one execution (never at load: every call loads the whole bundle).
let analysisOfThisRun: Analysis | null = null;

function currentAnalysis(): Analysis {
  if (!analysisOfThisRun) analysisOfThisRun = analyze(readWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  return analysisOfThisRun;
}

/** Custom functions must throw an Error whose message the cell shows: Vietnamese, and nothing technical. */
function query(target: unknown, period: unknown, unit: unknown): QueryAnswer {
  const args = QueryArgs.safeParse({ target, period, unit });
  if (!args.success) {
    throw new Error('Thiếu mã chỉ tiêu. Ví dụ: =ATTAINMENT("trees"). / Missing target key.');
  }
  const analysis = currentAnalysis();
  if (analysis.fatal) {
    const first = analysis.problems.find((p) => p.code === 'missing-tab' || p.code === 'missing-column');
    throw new Error(first ? first.message : 'Bảng tính chưa đúng mẫu. Hãy chạy "Tạo mẫu".');
  }
  try {
    return answer(analysis, {
      target: String(args.data.target),
      period: optionalArg(args.data.period),
      unit: optionalArg(args.data.unit),
    });
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
