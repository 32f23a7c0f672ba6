// `chitieu init FILE [--sample]`: writes a new workbook with the template tabs (or the District 11 sample).

import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { ChiTieuError, ENTRIES, templateWorkbook, type Lang } from '../../core';
import { CLI, LABEL } from '../../messages';
import { sampleWorkbook } from '../../sample/district11';
import { printJson } from '../output';
import { addSheets } from '../xlsx';

export async function initCommand(
  file: string,
  options: { sample?: boolean; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  if (existsSync(file) && !options.force) {
    throw new ChiTieuError('file-exists', CLI.text('fileExists', { file }));
  }
  const data = options.sample ? sampleWorkbook() : templateWorkbook();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = LABEL.say('vi', 'appName');
  addSheets(workbook, data);
  await workbook.xlsx.writeFile(file);
  const tabs = data.sheets.map((s) => s.name);
  const entries = Math.max(0, (data.sheets.find((s) => s.name === ENTRIES.name)?.rows.length ?? 1) - 1);
  if (options.json) printJson({ file, tabs, entries });
  else console.log(CLI.say(options.lang, 'created', { file, tabs: tabs.join(', '), entries }));
  return 0;
}
