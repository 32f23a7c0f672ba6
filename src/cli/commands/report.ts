// `chitieu report FILE --period NAME [--out OUT.xlsx]`: the period's report, printed and written to a copy.

import type { CommandSpec } from '../command-kit';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildReport, ChiTieuError, fold, reportLayout, reportTabName, type Lang, type ReportModel } from '../../core';
import { CLI, LABEL } from '../../messages';
import { load, requireSound } from '../load';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { formatNumber, formatPercent, printJson, table, viDateOf, headings } from '../output';
import { addReportSheet, reportColumnWidths } from '../report-sheet';
import { NotInjectable, writeCopyWithSheet } from '../xlsx-inject';
import { checkDocxPath, documentDate, writeReportDocx } from './report-docx';

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
  options: { period: string; out?: string; docx?: string; date?: string; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  // With --docx and no --out only the document is written.
  const writeTab = options.out !== undefined || options.docx === undefined;
  const date = documentDate(options.date);
  if (options.docx !== undefined) checkDocxPath(options.docx, file, options.force);
  const out = options.out ?? defaultReportPath(file, options.period);
  if (writeTab) {
    if (resolve(out) === resolve(file)) {
      throw new ChiTieuError('same-file', CLI.text('sameFile'));
    }
    checkOutputPath(out, { force: options.force, flag: '--out' });
  }
  const loaded = await load(file);
  const { analysis } = loaded;
  requireSound(analysis);
  const model = buildReport(analysis, options.period);
  const tab = reportTabName(model.period.name);
  if (writeTab)
    await writeOutputFile(out, async (temp) => {
      try {
        const layout = reportLayout(model, options.lang);
        await writeCopyWithSheet(file, temp, tab, layout, reportColumnWidths(layout.width));
      } catch (error) {
        if (!(error instanceof NotInjectable)) throw error;
        // A workbook laid out in a way the zip-level copy does not know: let exceljs rewrite it whole.
        const workbook = await loaded.openWorkbook();
        addReportSheet(workbook, model, options.lang);
        await workbook.xlsx.writeFile(temp);
      }
    });
  if (options.docx !== undefined) await writeReportDocx(model, options.docx, { date, lang: options.lang });
  const written = { output: writeTab ? out : null, tab: writeTab ? tab : null, docx: options.docx ?? null };
  if (options.json) printJson({ ...jsonOf(model), ...written });
  else {
    printReport(model, out, tab, options.lang, writeTab);
    if (options.docx !== undefined) console.log(CLI.say(options.lang, 'wroteDocx', { file: options.docx }));
  }
  return 0;
}

function jsonOf(model: ReportModel) {
  const { problems, ...rest } = model;
  void problems;
  return rest;
}

function printReport(model: ReportModel, out: string, tab: string, lang: Lang, wroteTab: boolean): void {
  const p = model.period;
  // A deadline at the end of its day reads as the day alone; one with a time shows it (17:00 23/06/2024).
  const time = p.deadlineAt.slice(11, 19) === '23:59:59' ? '' : `${p.deadlineAt.slice(11, 16)} `;
  const deadline = p.deadline ? `${time}${viDateOf(p.deadline)}` : '—';
  console.log(CLI.say(lang, 'reportHeading', { name: p.name, from: viDateOf(p.from), to: viDateOf(p.to), deadline }));
  console.log(
    table(
      headings(lang, ['key', 'label', 'measure', 'target', 'periodResult', 'cumulative', 'attainment', 'status']),
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
  console.log(CLI.say(lang, 'nonReporting', { count: model.nonReporting.length, units: missing }));
  const late = model.lateUnits.map((c) => `${c} (${names.get(c)})`).join(', ');
  if (late) console.log(CLI.say(lang, 'late', { count: model.lateUnits.length, units: late }));
  const top = model.ranking
    .slice(0, 3)
    .map((r) => `${r.rank}. ${r.name} (${formatNumber(r.score)})`)
    .join('; ');
  console.log(CLI.say(lang, 'leaders', { top }));
  console.log(
    CLI.say(lang, 'reportCounts', {
      errors: model.errors,
      warnings: model.warnings,
      excluded: model.excludedRows.length,
    }),
  );
  if (wroteTab) console.log(CLI.say(lang, 'wroteTab', { tab, file: out }));
}

/** `chitieu report` as commander reads it. */
export const reportSpec: CommandSpec<
  [string],
  { period: string; out?: string; docx?: string; date?: string; force?: boolean }
> = {
  name: 'report',
  about: 'reportAbout',
  args: [['<file>', 'workbookFile']],
  required: [['--period <name>', 'periodOption']],
  options: [
    ['--out <file>', 'outOption'],
    ['--docx <file>', 'docxOption'],
    ['--date <dd/mm/yyyy>', 'dateOption'],
    ['--force', 'forceOption'],
  ],
  run: ([file], options) => reportCommand(file, options),
};
