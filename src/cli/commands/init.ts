// `chitieu init FILE [--sample]`: writes a new workbook with the template tabs (or the District 11 sample).

import type { CommandSpec, GlobalOptions } from '../command-kit';
import { ENTRIES, starterWorkbook, type Cell, type Lang, type TabId, type WorkbookData } from '../../core';
import { sampleWorkbook } from '../../sample/district11';
import { CLI, LABEL } from '../../messages';
import { printJson } from '../output';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { addTemplateRules } from '../template-rules';
import { addWeeklyPeriods } from '../weekly';
import { addSheets, excelJs } from '../xlsx';

export interface InitOptions {
  sample?: boolean;
  force?: boolean;
  json?: boolean;
  lang: Lang;
  /** Weekly periods (issue 14): a weekday-and-hour deadline rule and the campaign window. */
  weekly?: string;
  from?: string;
  to?: string;
}

/** Rows to pre-fill per tab, beyond the headers (an option such as weekly periods adds its rows here). */
function fillFor(options: InitOptions): Partial<Record<TabId, Cell[][]>> {
  void options;
  return {};
}

/** The workbook's data: the sample, or the template with its Settings keys to fill and any option's rows. */
function workbookFor(options: InitOptions): WorkbookData {
  return options.sample ? sampleWorkbook() : starterWorkbook(fillFor(options));
}

export async function initCommand(file: string, options: InitOptions): Promise<number> {
  checkOutputPath(file, { force: options.force, flag: 'FILE' });
  const data = workbookFor(options);
  if (options.weekly) addWeeklyPeriods(data, { weekly: options.weekly, from: options.from, to: options.to });
  const workbook = new (await excelJs()).Workbook();
  workbook.creator = LABEL.say('vi', 'appName');
  addSheets(workbook, data);
  addTemplateRules(workbook);
  await writeOutputFile(file, (temp) => workbook.xlsx.writeFile(temp), 'FILE');
  const tabs = data.sheets.map((s) => s.name);
  const entries = Math.max(0, (data.sheets.find((s) => s.name === ENTRIES.name)?.rows.length ?? 1) - 1);
  if (options.json) printJson({ file, tabs, entries });
  else console.log(CLI.say(options.lang, 'created', { file, tabs: tabs.join(', '), entries }));
  return 0;
}

/** `chitieu init` as commander reads it. */
export const initSpec: CommandSpec<[string], Omit<InitOptions, keyof GlobalOptions>> = {
  name: 'init',
  about: 'initAbout',
  args: [['<file>', 'initFile']],
  options: [
    ['--sample', 'sampleOption'],
    ['--force', 'forceOption'],
    ['--weekly <rule>', 'weeklyOption'],
    ['--from <date>', 'fromOption'],
    ['--to <date>', 'toOption'],
  ],
  run: ([file], options) => initCommand(file, options),
};
