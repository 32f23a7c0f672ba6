// Answers to ATTAINMENT / ACHIEVED / TARGET and `chitieu attainment`: one target, optional period and unit.

import type { Analysis } from './analysis';
import type { Period } from './campaign';
import { figuresFor, periodSpan, targetFor, unitFigure } from './figures';
import { ChiTieuError } from './problems';
import { fold } from './text';

export interface Query {
  target: string;
  period?: string | null;
  unit?: string | null;
}

export interface QueryAnswer {
  key: string;
  target: number;
  achieved: number;
  attainment: number;
  period: string | null;
  unit: string | null;
}

function list(values: string[]): string {
  const shown = values.slice(0, 12).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

/** Finds a target by key or label (folded). */
export function findTarget(analysis: Analysis, text: string): number {
  const id = fold(text);
  const { targets } = analysis.campaign;
  let i = targets.findIndex((t) => t.id === id);
  if (i < 0) i = targets.findIndex((t) => fold(t.label) === id);
  if (i < 0) {
    const keys = list(targets.map((t) => t.key));
    throw new ChiTieuError('unknown-target', {
      vi: `Không có chỉ tiêu "${text}". Hãy dùng một mã trong tab Chỉ tiêu: ${keys}.`,
      en: `No target "${text}". Use a key from the Targets tab: ${keys}.`,
    });
  }
  return i;
}

export function findPeriod(analysis: Analysis, text: string): Period {
  const id = fold(text);
  const period = analysis.campaign.periods.find((p) => p.id === id);
  if (!period) {
    const names = list(analysis.campaign.periods.map((p) => p.name));
    throw new ChiTieuError('unknown-period', {
      vi: names
        ? `Không có đợt báo cáo "${text}". Các đợt có trong tab Đợt báo cáo: ${names}.`
        : `Không có đợt báo cáo "${text}": tab Đợt báo cáo chưa có đợt nào. Hãy thêm đợt (Tên đợt, Từ ngày, Đến ngày).`,
      en: names
        ? `No period "${text}". Periods on the Periods tab: ${names}.`
        : `No period "${text}": the Periods tab has none. Add one (Period, From, To).`,
    });
  }
  return period;
}

/** Finds a unit by code or name (folded). */
export function findUnit(analysis: Analysis, text: string): number {
  const id = fold(text);
  const { units } = analysis.campaign;
  let i = units.findIndex((u) => u.id === id);
  if (i < 0) i = units.findIndex((u) => fold(u.name) === id);
  if (i < 0) {
    const codes = list(units.map((u) => u.code));
    throw new ChiTieuError('unknown-unit', {
      vi: `Không có đơn vị "${text}". Hãy dùng một mã trong tab Đơn vị: ${codes}.`,
      en: `No unit "${text}". Use a code from the Units tab: ${codes}.`,
    });
  }
  return i;
}

/** Cumulative achievement (to the period's end, or to date) and attainment of one target. */
export function answer(analysis: Analysis, query: Query): QueryAnswer {
  const targetIndex = findTarget(analysis, query.target);
  const period = query.period ? findPeriod(analysis, query.period) : null;
  const unitIndex = query.unit ? findUnit(analysis, query.unit) : null;
  const span = { ...periodSpan(period), from: null };
  const figures = figuresFor(analysis, span)[targetIndex]!;
  const target = analysis.campaign.targets[targetIndex]!;
  const base = { key: target.key, period: period?.name ?? null, unit: null as string | null };
  if (unitIndex === null) {
    return {
      ...base,
      target: targetFor(analysis, targetIndex, null),
      achieved: figures.achieved,
      attainment: figures.attainment,
    };
  }
  const unit = unitFigure(analysis, targetIndex, unitIndex, figures.byUnit[unitIndex]!);
  return { ...base, unit: analysis.campaign.units[unitIndex]!.code, ...unit };
}
