// The report tab prints well: A4 pages across (never one shrunk page), repeated titles, wrapped labels, readable headings.

import { libreOfficeConvert } from '../support/libreoffice';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SAMPLE_TARGETS } from '../../src/sample/district11';
import { chitieu, tempDir } from '../support/cli';

const dir = tempDir('chitieu-print-');
const sample = join(dir, 'sample.xlsx');
const report = join(dir, 'report.xlsx');

beforeAll(() => {
  expect(chitieu('init', sample, '--sample').status).toBe(0);
  expect(chitieu('report', sample, '--period', 'Đợt 2', '--out', report).status).toBe(0);
});

async function parts(): Promise<{ workbook: string; sheet: string }> {
  const zip = await JSZip.loadAsync(readFileSync(report));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const last = sheets.sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1])).pop()!;
  return { workbook, sheet: await zip.file(last)!.async('string') };
}

describe('the report tab on paper', () => {
  it('is A4 landscape at full size, pages across, with title rows and code and name columns on every page', async () => {
    const { workbook, sheet } = await parts();
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown"\/>/);
    expect(sheet).not.toMatch(/fitToPage|fitToWidth/);
    // Print titles are a workbook-level name scoped to the report sheet (the 7th sheet: index 6).
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="6">'Báo cáo – Đợt 2'!$A:$B,'Báo cáo – Đợt 2'!$1:$3</definedName>`,
    );
  });

  it('heads the per-unit columns with short labels and measures, never keys, and lets them and labels wrap', async () => {
    const { sheet } = await parts();
    const header =
      /<row r="(\d+)"([^>]*)>(<c [^>]*t="inlineStr"><is><t xml:space="preserve">Mã đơn vị<\/t>.*?)<\/row>/.exec(sheet)!;
    const cells = [...header[3]!.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]!);
    expect(cells.slice(4)).toHaveLength(SAMPLE_TARGETS.length);
    for (const key of SAMPLE_TARGETS.map((t) => t.key)) expect(cells).not.toContain(key);
    expect(cells).toContain('Lượt người tham gia tập huấn… (lượt)');
    // The header row is tall enough for its wrapped headings.
    expect(header[2]).toMatch(/ht="\d+" customHeight="1"/);
  });

  it('prints in LibreOffice on several A4 pages, each with the report title', () => {
    libreOfficeConvert(report, 'pdf', dir, dir);
    const pdf = join(dir, 'report.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
    const titled: number[] = [];
    for (let p = Math.max(1, pages - 30); p <= pages; p++) {
      const text = spawnSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).stdout;
      if (text.includes('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU')) titled.push(p);
    }
    expect(titled.length).toBeGreaterThan(1);
    const sizes = spawnSync('pdfinfo', ['-f', String(titled[0]), '-l', String(titled.at(-1)), pdf], {
      encoding: 'utf8',
    });
    for (const m of sizes.stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g))
      expect([Math.round(Number(m[1])), Math.round(Number(m[2]))]).toEqual([842, 595]);
  });
});
