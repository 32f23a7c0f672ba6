// `chitieu init FILE [--sample]`: writes a new workbook with the template tabs (or the District 11 sample).

import { templateWorkbook, type Lang } from '../../core';
import { sampleWorkbook } from '../../sample/district11';
import { t } from '../lang';
import { printJson } from '../output';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { addSheets, excelJs } from '../xlsx';

export async function initCommand(
  file: string,
  options: { sample?: boolean; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  checkOutputPath(file, { force: options.force, flag: 'FILE' });
  const data = options.sample ? sampleWorkbook() : templateWorkbook();
  const workbook = new (await excelJs()).Workbook();
  workbook.creator = 'Chỉ Tiêu';
  addSheets(workbook, data);
  await writeOutputFile(file, (temp) => workbook.xlsx.writeFile(temp), 'FILE');
  const tabs = data.sheets.map((s) => s.name);
  const entries = Math.max(0, (data.sheets.find((s) => s.name === 'Kết quả')?.rows.length ?? 1) - 1);
  if (options.json) printJson({ file, tabs, entries });
  else
    console.log(
      t(
        options.lang,
        `Đã tạo ${file}: các tab ${tabs.join(', ')}; ${entries} dòng kết quả.`,
        `Created ${file}: tabs ${tabs.join(', ')}; ${entries} entry rows.`,
      ),
    );
  return 0;
}
