// Formula injection: user text that looks like a formula is written as inert text, in Sheets and in .xlsx alike.

import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { templateWorkbook, utcDate, dayFromParts, type Cell } from '../../src/core';
import { textCell } from '../../src/gas/safe-text';
import { tidy } from '../../src/core';
import { chitieu, tempDir } from '../support/cli';
import { seededEmulation } from '../support/seed';
import { addSheets } from '../../src/cli/xlsx';

/** Names a shared sheet gets pasted into it, some hostile, some just Vietnamese typing habits. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example","Bấm vào")',
  '+84 907 019 345',
  '- Trồng cây',
  '@SUM(1+1)',
  '＝1+1',
  '＋cmd',
  '\t=1+1',
  '\r=1+1',
  '-1+1',
];

function workbookWith(names: string[]) {
  const day = (d: number) => utcDate(dayFromParts(2024, 6, d)!);
  const units: Cell[][] = names.map((name, i) => [`U${i + 1}`, name, '', '']);
  return templateWorkbook({
    targets: [['cay', names[0]!, 'cây', 100, 'số lượng', names[2]!, null]],
    units,
    periods: [['Đợt 1', day(1), day(30), day(25)]],
    entries: names.map((name, i) => [day(2 + i), `U${i + 1}`, 'cay', 5, name, 'https://x/' + i]),
  });
}

describe('textCell', () => {
  it.each(HOSTILE)('marks %j as plain text with a leading apostrophe', (text) => {
    expect(textCell(text)).toBe(`'${text}`);
  });
});

// Names are read trimmed (a leading tab or return is not part of a name), then written back as text.
const SHOWN = HOSTILE.map(tidy);

describe('report tab in Sheets (emulation: a string starting with "=" given to setValues becomes a formula)', () => {
  it('holds no formula, and every name reads exactly as typed', () => {
    const emulation = seededEmulation(workbookWith(HOSTILE));
    // The source holds these as text, as when a secretary types them after an apostrophe or pastes them as text.
    emulation.spreadsheet.write(
      'Đơn vị',
      'B2',
      HOSTILE.map((name) => [`'${name}`]),
    );
    emulation.spreadsheet.write('Chỉ tiêu', 'B2', [[`'${HOSTILE[0]}`]]);
    const bundle = emulation.loadBundle();
    const { tab } = bundle.run('generateReport', 'Đợt 1') as { tab: string };
    const formulas = emulation.spreadsheet
      .sheetFormulas(tab)
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
    const values = emulation.spreadsheet.sheetValues(tab).flat();
    for (const name of SHOWN) expect(values).toContain(name);
  });

  it('the emulation really turns an unguarded "=" string into a formula (so the test above can fail)', () => {
    const emulation = seededEmulation(workbookWith(['Tên thường']));
    emulation.spreadsheet.write('Đơn vị', 'B2', [['=1+1']]);
    expect(emulation.spreadsheet.sheetFormulas('Đơn vị')[1]![1]).toBe('=1+1');
  });
});

describe('report tab in .xlsx', () => {
  it('holds no formula cell and keeps every name as typed', async () => {
    const dir = tempDir();
    const input = join(dir, 'hostile.xlsx');
    const book = new ExcelJS.Workbook();
    addSheets(book, workbookWith(HOSTILE));
    await book.xlsx.writeFile(input);
    const out = join(dir, 'report.xlsx');
    const run = chitieu('report', input, '--period', 'Đợt 1', '--out', out);
    expect(run.status).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const sheet = written.getWorksheet('Báo cáo – Đợt 1')!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    for (const name of SHOWN) expect(texts).toContain(name);
  });
});
