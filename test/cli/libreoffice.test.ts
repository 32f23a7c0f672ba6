// A real spreadsheet application opens what `chitieu report` writes: LibreOffice converts it to CSV and PDF.

import { libreOfficeConvert } from '../support/libreoffice';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chitieu, json, ROOT, tempDir } from '../support/cli';

const dir = tempDir('chitieu-lo-');

/** A minimal CSV reader (LibreOffice quotes fields with commas or quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else if (c !== '\r') field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

// npm test installs LibreOffice first (scripts/test-deps.mjs), so its absence is a failure, never a skip.
describe('the report .xlsx in LibreOffice', () => {
  const sample = join(dir, 'sample.xlsx');
  const report = join(dir, 'report.xlsx');
  let expected: any;

  beforeAll(() => {
    expect(chitieu('init', sample, '--sample').status).toBe(0);
    const run = chitieu('report', sample, '--period', 'Đợt 2', '--out', report, '--json');
    expect(run.status).toBe(0);
    expected = json(run);
  });

  it('opens the workbook and its report tab holds every target with the figures chitieu computed', () => {
    const out = join(dir, 'csv');
    mkdirSync(out, { recursive: true });
    // Filter options: comma, double quote, UTF-8, from line 1, …, raw values (not as shown), every sheet (-1).
    libreOfficeConvert(
      report,
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      out,
      dir,
    );
    const file = readdirSync(out).find((f) => f.includes('Báo cáo'));
    expect(file).toBeDefined();
    const rows = parseCsv(readFileSync(join(out, file!), 'utf8'));
    for (const t of expected.targets) {
      const row = rows.find((r) => r[1] === t.key);
      expect(row).toBeDefined();
      expect(row![2]).toBe(t.label);
      expect(Number(row![4])).toBeCloseTo(t.target, 9);
      expect(Number(row![5])).toBeCloseTo(t.periodResult, 6);
      expect(Number(row![6])).toBeCloseTo(t.cumulative, 6);
      // LibreOffice writes a percent-formatted cell as "92%" even when asked for raw values.
      const attainment = row![7]!.endsWith('%') ? Number(row![7]!.slice(0, -1)) / 100 : Number(row![7]);
      expect(attainment).toBeCloseTo(t.attainment, 3);
    }
    const flat = rows.flat();
    for (const code of expected.nonReporting) expect(flat).toContain(code);
  });

  it('prints the report tab to PDF (the picture in the README)', async () => {
    // A copy holding only the report tab, so the PDF is the report and not the 2 600 entry rows.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    for (const sheet of [...book.worksheets]) if (!sheet.name.startsWith('Báo cáo')) book.removeWorksheet(sheet.id);
    const only = join(dir, 'bao-cao-dot-2.xlsx');
    await book.xlsx.writeFile(only);
    libreOfficeConvert(only, 'pdf', dir, dir);
    const pdf = join(dir, 'bao-cao-dot-2.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    expect(png.status).toBe(0);
    const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(page).toBeDefined();
    mkdirSync(join(ROOT, 'test/output'), { recursive: true });
    copyFileSync(join(dir, page!), join(ROOT, 'test/output/report-tab.png'));
  });
});
