// `chitieu report FILE --period NAME [--out OUT.xlsx]`: the period's report, printed and written to a copy.

import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildReport, ChiTieuError, fold, reportLayout, type Lang, type ReportModel } from '../../core';
import { CLI, LABEL } from '../../messages';
import { load, requireSound } from '../load';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { formatNumber, formatPercent, printJson, table } from '../output';
import { addReportSheet, REPORT_COLUMN_WIDTHS, reportTabName } from '../report-sheet';
import { NotInjectable, writeCopyWithSheet } from '../xlsx-inject';

/** "sample.xlsx" + "Đợt 1" → "sample.bao-cao-dot-1.xlsx", next to the input. */
export function defaultReportPath(input: string, period: string): string {
  const slug =
    fold(period)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'dot';
  return join(dirname(input), `${basename(input, extname(input))}.bao-cao-${slug}.xlsx`);
}

export async function reportCommand(
  file: string,
  options: { period: string; out?: string; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  const out = options.out ?? defaultReportPath(file, options.period);
  if (resolve(out) === resolve(file)) {
    throw new ChiTieuError('same-file', CLI.text('sameFile'));
  }
  checkOutputPath(out, { force: options.force, flag: '--out' });
  const { workbook, analysis } = await load(file);
  requireSound(analysis);
  const model = buildReport(analysis, options.period);
  const tab = reportTabName(model.period.name);
  await writeOutputFile(out, async (temp) => {
    try {
      await writeCopyWithSheet(file, temp, tab, reportLayout(model, options.lang), REPORT_COLUMN_WIDTHS);
    } catch (error) {
      if (!(error instanceof NotInjectable)) throw error;
      // A workbook laid out in a way the zip-level copy does not know: let exceljs rewrite it whole.
      addReportSheet(workbook, model, options.lang);
      await workbook.xlsx.writeFile(temp);
    }
  });
  if (options.json) printJson({ ...jsonOf(model), output: out, tab });
  else printReport(model, out, tab, options.lang);
  return 0;
}

function jsonOf(model: ReportModel) {
  const { problems, ...rest } = model;
  void problems;
  return rest;
}

function printReport(model: ReportModel, out: string, tab: string, lang: Lang): void {
  const p = model.period;
  const say = CLI.say;
  console.log(say(lang, 'reportHeading', { name: p.name, from: p.from, to: p.to, deadline: p.deadline ?? '—' }));
  console.log(
    table(
      [
        say(lang, 'key'),
        say(lang, 'label'),
        say(lang, 'measure'),
        say(lang, 'target'),
        say(lang, 'periodResult'),
        say(lang, 'cumulative'),
        say(lang, 'attainment'),
        say(lang, 'status'),
      ],
      model.targets.map((x) => [
        x.key,
        x.label,
        x.unit,
        formatNumber(x.target),
        formatNumber(x.periodResult),
        formatNumber(x.cumulative),
        formatPercent(x.attainment),
        LABEL.say(lang, x.status),
      ]),
      [18, 40, 11, 10, 11, 11, 10, 10],
    ),
  );
  const names = new Map(model.units.map((u) => [u.code, u.name]));
  const missing = model.nonReporting.map((c) => `${c} (${names.get(c)})`).join(', ');
  console.log(say(lang, 'nonReporting', { count: model.nonReporting.length, units: missing }));
  const top = model.ranking
    .slice(0, 3)
    .map((r) => `${r.rank}. ${r.name} (${formatNumber(r.score)})`)
    .join('; ');
  console.log(say(lang, 'leaders', { top }));
  console.log(
    say(lang, 'reportCounts', { errors: model.errors, warnings: model.warnings, excluded: model.excludedRows.length }),
  );
  console.log(say(lang, 'wroteTab', { tab, file: out }));
}
