// `chitieu init FILE [--sample]`: writes a new workbook with the template tabs (or the District 11 sample).

import ExcelJS from 'exceljs';
import { ENTRIES, templateWorkbook, type Lang } from '../../core';
import { CLI, LABEL } from '../../messages';
import { sampleWorkbook } from '../../sample/district11';
import { printJson } from '../output';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { addSheets } from '../xlsx';

export async function initCommand(
  file: string,
  options: { sample?: boolean; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  checkOutputPath(file, { force: options.force, flag: 'FILE' });
  const data = options.sample ? sampleWorkbook() : templateWorkbook();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = LABEL.say('vi', 'appName');
  addSheets(workbook, data);
  await writeOutputFile(file, (temp) => workbook.xlsx.writeFile(temp), 'FILE');
  const tabs = data.sheets.map((s) => s.name);
  const entries = Math.max(0, (data.sheets.find((s) => s.name === ENTRIES.name)?.rows.length ?? 1) - 1);
  if (options.json) printJson({ file, tabs, entries });
  else console.log(CLI.say(options.lang, 'created', { file, tabs: tabs.join(', '), entries }));
  return 0;
}
