// "Tải báo cáo Word (.docx)" in Chromium: the report the built add-on returns, laid out in the browser, downloaded.

import { libreOfficeConvert } from '../support/libreoffice';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { sampleWorkbook } from '../../src/sample/district11';
import { chitieu, tempDir } from '../support/cli';
import { seededEmulation } from '../support/seed';
import { calls } from './browser';
import { scenario, useSidebar } from './sidebar-page';

const open = useSidebar();
const dir = tempDir('chitieu-docx-sidebar-');
let report: unknown;
let renderer: string;

beforeAll(() => {
  // The server side is the built bundle in the Apps Script emulation, on the sample workbook.
  const bundle = seededEmulation(sampleWorkbook()).loadBundle();
  report = bundle.run('getReportDocument', 'Đợt 2');
  renderer = bundle.run('getDocxRenderer') as string;
});

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

describe('the Word report download in the sidebar', () => {
  it('is not part of the sidebar page or the server bundle: the renderer is its own HtmlService file', () => {
    expect(renderer.startsWith('<script>')).toBe(true);
    expect(renderer.length).toBeGreaterThan(100_000);
    const code = readFileSync(join(__dirname, '..', '..', 'build', 'Code.js'), 'utf8');
    // Markers of the docx package: its XML namespaces and its packer.
    expect(code).not.toMatch(/schemas\.openxmlformats\.org\/wordprocessingml/);
    expect(renderer).toMatch(/schemas\.openxmlformats\.org\/wordprocessingml/);
  });

  it('builds the .docx in the browser from the server report and saves it through a link', async () => {
    const { page, pageErrors } = await open(
      scenario({ getReportDocument: { value: report }, getDocxRenderer: { value: renderer } }),
    );
    await page.selectOption('#period', 'Đợt 2');
    expect(await page.locator('#docx').textContent()).toBe('Tải báo cáo Word (.docx)');
    await page.click('#docx');
    const link = page.locator('#docx-status a.download');
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toMatch(/^bao-cao-dot-2\.docx \(\d+ KB\)$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-dot-2.docx');
    const saved = join(dir, 'sidebar.docx');
    await download.saveAs(saved);
    expect(pageErrors).toEqual([]);
    const asked = (await calls(page)).filter((c) => c.name === 'getReportDocument' || c.name === 'getDocxRenderer');
    expect(asked).toEqual([
      { name: 'getDocxRenderer', args: [] },
      { name: 'getReportDocument', args: ['Đợt 2'] },
    ]);

    // A valid .docx: the same document chitieu writes for the same workbook and date (the browser's "today").
    const xml = await documentXml(saved);
    expect(xml).toContain('Quận 11, ngày 10 tháng 7 năm 2024');
    expect(xml).toContain('PHỤ LỤC SỐ LIỆU');
    const book = join(dir, 'sample.xlsx');
    expect(chitieu('init', book, '--sample').status).toBe(0);
    const cli = join(dir, 'cli.docx');
    expect(chitieu('report', book, '--period', 'Đợt 2', '--docx', cli, '--date', '10/07/2024').status).toBe(0);
    expect(xml).toBe(await documentXml(cli));

    // And LibreOffice opens it.
    libreOfficeConvert(saved, 'txt:Text', dir, dir);
    const text = readFileSync(join(dir, 'sidebar.txt'), 'utf8');
    expect(text).toContain('BCH QUẬN ĐOÀN 11');
    expect(text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');

    // A second document reuses the renderer already loaded.
    await page.click('#docx');
    await link.waitFor({ timeout: 20_000 });
    expect((await calls(page)).filter((c) => c.name === 'getDocxRenderer')).toHaveLength(1);
  });

  it("shows the server's message when the report cannot be read", async () => {
    const { page } = await open(
      scenario({
        getReportDocument: { error: 'Không có đợt báo cáo "Đợt 9".' },
        getDocxRenderer: { value: renderer },
      }),
    );
    await page.click('#docx');
    const alert = page.locator('#docx-status [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Không có đợt báo cáo "Đợt 9".');
    expect(await page.locator('#docx').isDisabled()).toBe(false);
  });
});
