// The report tab as a grid of cells with formats: one layout that every host (Sheets, .xlsx) renders as is.

import type { Cell } from './cells';
import { dayFromParts, viDate } from './dates';
import { LABEL, pick, REPORT, type Lang, type WordOf } from '../messages';
import type { ReportModel } from './report-model';
import { targetHeading } from './short-label';

/**
 * 'integer' is a whole number ("#,##0"): "#,##0.##" would show 1000 as "1.000," in Sheets and Excel. 'label' is text
 * that wraps in its column (target labels, unit names) instead of being cut; 'header' cells wrap too.
 */
export type CellFormat = 'text' | 'label' | 'number' | 'integer' | 'percent' | 'title' | 'header';

export interface ReportLayout {
  rows: Cell[][];
  formats: CellFormat[][];
  width: number;
  /** Rows (0-based) holding the per-target table, for the chart: label column and attainment column. */
  chart: { firstRow: number; lastRow: number; labelColumn: number; valueColumn: number };
}

function isoToVi(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return viDate(dayFromParts(y!, m!, d!)!);
}

/** "2026-11-23T17:55:00Z" → "24/11/2026 00:55": boards read times in Vietnam's zone (UTC+7, no daylight saving). */
function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${isoToVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** "2024-06-23T17:00:00+07:00" → "17:00 23/06/2024"; a deadline at the end of its day shows as the day alone. */
function deadlineText(iso: string): string {
  const day = isoToVi(iso.slice(0, 10));
  const time = iso.slice(11, 16);
  return iso.slice(11, 19) === '23:59:59' ? day : `${time} ${day}`;
}

/** Lays the report out top to bottom: heading, targets, units, non-reporting units, ranking, excluded rows. */
export function reportLayout(model: ReportModel, lang: Lang = 'vi'): ReportLayout {
  const rows: Cell[][] = [];
  const formats: CellFormat[][] = [];
  const L = (key: WordOf<typeof REPORT>) => REPORT.say(lang, key);
  const add = (cells: Cell[], format: CellFormat | CellFormat[] = 'text') => {
    rows.push(cells);
    const each = Array.isArray(format) ? format : cells.map(() => format);
    formats.push(each.map((f, i) => (f === 'number' && Number.isInteger(cells[i]) ? 'integer' : f)));
  };
  const blank = () => add([]);

  add([L('title')], 'title');
  if (model.campaign) add([model.campaign]);
  const p = model.period;
  add([REPORT.say(lang, 'period', { name: p.name, from: isoToVi(p.from), to: isoToVi(p.to) })]);
  if (p.deadline) add([REPORT.say(lang, 'deadline', { date: deadlineText(p.deadlineAt) })]);
  if (model.window)
    add([REPORT.say(lang, 'window', { from: isoToVi(model.window.from), to: isoToVi(model.window.to) })]);
  add([REPORT.say(lang, 'generated', { time: vietnamTime(model.generatedAt) })]);
  if (model.closedAt) add([REPORT.say(lang, 'closedAt', { time: vietnamTime(model.closedAt) })]);
  blank();

  add([L('targetsHeading')], 'title');
  const targetHeader = [
    L('number'),
    L('key'),
    L('label'),
    L('measure'),
    L('target'),
    L('periodResult'),
    L('cumulative'),
    L('attainment'),
    L('status'),
    L('pace'),
  ];
  add(targetHeader, 'header');
  const firstTarget = rows.length;
  model.targets.forEach((t, i) => {
    const pace = LABEL.say(lang, t.paceStatus);
    add(
      [
        i + 1,
        t.key,
        t.label,
        t.unit,
        t.target,
        t.periodResult,
        t.cumulative,
        t.attainment,
        LABEL.say(lang, t.status),
        pace,
      ],
      ['number', 'text', 'label', 'text', 'number', 'number', 'number', 'percent', 'text', 'text'],
    );
  });
  const lastTarget = rows.length - 1;
  add([L('targetsNote')]);
  if (model.lateChanges?.length) {
    const closed = [...new Set(model.lateChanges.flatMap((c) => c.periods))].join(', ');
    add([REPORT.say(lang, 'lateHeading', { periods: closed })], 'header');
    add([L('number'), L('key'), L('label'), L('measure'), L('change'), L('rows')], 'header');
    model.lateChanges.forEach((c, i) =>
      add([i + 1, c.key, c.label, c.unit, c.change, c.rows], ['number', 'text', 'text', 'text', 'number', 'number']),
    );
    add([L('lateNote')]);
  }
  blank();

  add([L('unitsHeading')], 'title');
  const keys = model.targets.map((t) => t.key);
  add(
    [
      L('unitCode'),
      L('unitName'),
      L('cluster'),
      L('reporting'),
      // Short readable headings (label and measure), never bare keys: the key is in section I beside its label.
      ...model.targets.map((t) => targetHeading(t, 30)),
    ],
    'header',
  );
  for (const u of model.units) {
    add(
      [u.code, u.name, u.cluster, LABEL.say(lang, u.reporting), ...keys.map((k) => u.results[k] ?? 0)],
      ['text', 'label', 'text', 'text', ...keys.map((): CellFormat => 'number')],
    );
  }
  blank();

  add([REPORT.say(lang, 'nonReportingHeading', { count: model.nonReporting.length })], 'title');
  const names = new Map(model.units.map((u) => [u.code, u]));
  if (model.nonReporting.length === 0) add([L('allReported')]);
  for (const code of model.nonReporting) add([code, names.get(code)?.name ?? '', names.get(code)?.cluster ?? '']);
  if (model.lateUnits.length) {
    add([REPORT.say(lang, 'lateUnits', { count: model.lateUnits.length })], 'header');
    for (const code of model.lateUnits) add([code, names.get(code)?.name ?? '', names.get(code)?.cluster ?? '']);
  }
  blank();

  add([L('rankingHeading')], 'title');
  add([pick(model.rankingRule, lang)]);
  add([L('rank'), L('unitCode'), L('unitName'), L('score'), L('validEntries')], 'header');
  for (const r of model.ranking)
    add([r.rank, r.code, r.name, r.score, r.validEntries], ['number', 'text', 'label', 'number', 'number']);
  blank();

  add([L('excludedHeading')], 'title');
  add([REPORT.say(lang, 'counts', { errors: model.errors, warnings: model.warnings })]);
  // One line per Entries tab (entries may span several tabs).
  const excludedByTab = new Map<string, number[]>();
  for (const x of model.excluded) excludedByTab.set(x.tab, [...(excludedByTab.get(x.tab) ?? []), x.row]);
  for (const [tab, rowsOfTab] of excludedByTab) {
    add([REPORT.say(lang, 'excludedRows', { tab, rows: rowsOfTab.join(', ') })]);
  }
  if (excludedByTab.size === 0) add([L('noneExcluded')]);

  const width = Math.max(...rows.map((r) => r.length));
  return {
    rows,
    formats,
    width,
    chart: { firstRow: firstTarget, lastRow: lastTarget, labelColumn: 1, valueColumn: 7 },
  };
}
