// The report copy at the zip level: every other part byte for byte, a regenerated report replaced, odd text safe.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildReport, reportLayout } from '../../src/core';
import { addReportSheet, REPORT_COLUMN_WIDTHS } from '../../src/cli/report-sheet';
import { workbookData } from '../../src/cli/xlsx';
import { writeCopyWithSheet, xmlText } from '../../src/cli/xlsx-inject';
import { chitieu, tempDir } from '../support/cli';

const dir = tempDir('chitieu-inject-');
const sample = join(dir, 'sample.xlsx');

beforeAll(() => expect(chitieu('init', sample, '--sample').status).toBe(0));

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

async function modelOf(file: string, period: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { book, model: buildReport(analyze(workbookData(book)), period) };
}

describe('writeCopyWithSheet', () => {
  it('copies every part of the input unchanged and adds the report as the last sheet', async () => {
    const out = join(dir, 'copy.xlsx');
    const { model } = await modelOf(sample, 'Đợt 1');
    await writeCopyWithSheet(sample, out, 'Báo cáo – Đợt 1', reportLayout(model), REPORT_COLUMN_WIDTHS);
    const before = await entries(sample);
    const after = await entries(out);
    const changed = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    for (const [name, bytes] of before) if (!changed.includes(name)) expect(after.get(name)?.equals(bytes)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Chỉ tiêu',
      'Đơn vị',
      'Đợt báo cáo',
      'Kết quả',
      'Phân bổ',
      'Cài đặt',
      'Báo cáo – Đợt 1',
    ]);
    const report = book.getWorksheet('Báo cáo – Đợt 1')!;
    const trees = model.targets.find((t) => t.key === 'cay-xanh')!;
    const row = report.getColumn(2).values.indexOf('cay-xanh');
    expect(report.getRow(row).getCell(7).value).toBe(trees.cumulative);
    expect(report.getRow(row).getCell(8).numFmt).toBe('0.0%');
    expect(report.getRow(row).getCell(8).value).toBe(trees.attainment);
  });

  it('replaces a report of the same period instead of adding a second one', async () => {
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    const { model } = await modelOf(sample, 'Đợt 2');
    await writeCopyWithSheet(sample, first, 'Báo cáo – Đợt 2', reportLayout(model), REPORT_COLUMN_WIDTHS);
    await writeCopyWithSheet(first, second, 'Báo cáo – Đợt 2', reportLayout(model), REPORT_COLUMN_WIDTHS);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(second);
    expect(book.worksheets.filter((w) => w.name.startsWith('Báo cáo')).map((w) => w.name)).toEqual(['Báo cáo – Đợt 2']);
  });

  it('writes text XML cannot carry without breaking the file', () => {
    expect(xmlText('a\u0000b<c>&"d"\u0007\ud800')).toBe('ab&lt;c&gt;&amp;&quot;d&quot;');
    expect(xmlText('Trồng cây 🌳')).toBe('Trồng cây 🌳');
  });
});

describe('addReportSheet (the exceljs fallback for workbooks the zip copy does not know)', () => {
  it('writes the same report tab through exceljs', async () => {
    const { book, model } = await modelOf(sample, 'Đợt 1');
    const name = addReportSheet(book, model, 'vi');
    const out = join(dir, 'fallback.xlsx');
    await book.xlsx.writeFile(out);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const values = again.getWorksheet(name)!.getColumn(3).values;
    for (const t of model.targets) expect(values).toContain(t.label);
  });
});
