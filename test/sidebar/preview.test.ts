// `npm run preview` (scripts/preview.mjs): the sidebar served on 127.0.0.1 against the sample in the emulation.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type Browser } from './browser';
import { PLAN_TEXT, planProposal } from './fixtures';

const ROOT = join(__dirname, '..', '..');
const OUTPUT = join(ROOT, 'test', 'output');

let child: ChildProcess;
let url: string;
let output = '';

beforeAll(async () => {
  child = spawn(process.execPath, [join(ROOT, 'scripts', 'preview.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview did not start:\n${output}`)), 30000);
    const look = () => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found && output.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => reject(new Error(`the preview exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function call(name: string, ...args: unknown[]): Promise<{ ok: boolean; value?: any; message?: string }> {
  const response = await fetch(`${url}run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { ok: boolean; value?: any; message?: string };
}

describe('npm run preview', () => {
  it('prints its URL on 127.0.0.1 and serves the sidebar with the google.script.run shim', async () => {
    expect(output).toContain('Ctrl-C');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('Tạo báo cáo');
    expect(html).toContain('window.__PREVIEW_FUNCTIONS__');
    // The shim comes first, the sidebar's own script last.
    expect(html.indexOf('window.google =')).toBeGreaterThan(0);
    expect(html.indexOf('window.google =')).toBeLessThan(html.lastIndexOf('<script>'));
  });

  it('runs build/Code.js on the sample workbook: getSidebarData, generateReport, selectCell', async () => {
    const data = await call('getSidebarData');
    expect(data.ok).toBe(true);
    expect(data.value.campaign).toContain('Kỳ nghỉ hồng');
    expect(data.value.targets.length).toBeGreaterThan(20);
    expect(data.value.periods.map((p: { name: string }) => p.name)).toEqual(['Đợt 1', 'Đợt 2', 'Đợt 3']);
    expect(data.value.problems.length).toBeGreaterThan(0);
    expect(data.value.setupMessage).toBeNull();

    const report = await call('generateReport', 'Đợt 2');
    expect(report).toEqual({ ok: true, value: expect.objectContaining({ tab: 'Báo cáo – Đợt 2', period: 'Đợt 2' }) });

    const problem = data.value.problems[0];
    expect(await call('selectCell', problem.tab, problem.row, problem.column)).toEqual({ ok: true, value: null });
    expect(output).toMatch(/selectCell\(.*\) → xong .*ô đang chọn/);
  });

  it("answers a server error with its message, as google.script.run's failure handler gets it", async () => {
    const failed = await call('generateReport', 'Đợt 9');
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/Đợt 9/);
    expect(await call('noSuchFunction')).toEqual({ ok: false, message: 'Script function not found: noSuchFunction' });
  });

  it('refuses calls from other origins and other host names', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${url}run`, { method: 'POST', headers, body: JSON.stringify({ name: 'getSidebarData', args: [] }) });
    expect((await post({ 'Content-Type': 'application/json', Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await fetch(`${url}run`)).status).toBe(405);
  });

  it('listens on 127.0.0.1 only', async () => {
    const port = Number(new URL(url).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return; // no other interface to try on this machine
    const result = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port });
      socket.once('connect', () => (socket.destroy(), resolve('connected')));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(result).toBe('ECONNREFUSED');
  });

  it('works in Chromium end to end: bars from the sample, then a report', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      await page.locator('li.target').first().waitFor();
      expect(await page.locator('li.target').count()).toBeGreaterThan(20);
      expect(await page.locator('.problem').count()).toBeGreaterThan(0);
      await page.locator('#period').selectOption('Đợt 1');
      await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
      await page.locator('#report-status .done').waitFor();
      expect(await page.locator('#report-status .done').textContent()).toBe('Đã tạo tab "Báo cáo – Đợt 1".');
      mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, 'preview.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });

  it('imports a plan in Chromium end to end: proposals as the core reads them, added to the Targets tab', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      await page.locator('li.target').first().waitFor();
      const before = await page.locator('li.target').count();
      await page.getByRole('tab', { name: 'Nhập kế hoạch' }).click();
      await page.locator('#plan-text').fill(PLAN_TEXT);
      await page.getByRole('button', { name: 'Đọc kế hoạch', exact: true }).click();
      await page.locator('tr.proposal').first().waitFor();
      // The fixture the faked sidebar tests use is what the real importer proposes (the sample has none of its keys).
      const shown = await page
        .locator('tr.proposal')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            (tr.querySelector('.field-label') as HTMLInputElement).value,
            (tr.querySelector('.field-key') as HTMLInputElement).value,
            (tr.querySelector('.field-kind') as HTMLSelectElement).value,
            (tr.querySelector('.field-check') as HTMLInputElement).checked,
          ]),
        );
      expect(shown).toEqual(planProposal().targets.map((t) => [t.label, t.key, t.kind, true]));
      expect(await page.locator('.plan-warning').allTextContents()).toEqual(planProposal().warnings);

      await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
      await page.locator('#add-status .done').waitFor();
      expect(await page.locator('#add-status .done').textContent()).toBe('Đã thêm 4 chỉ tiêu.');
      await page.getByRole('tab', { name: 'Tổng quan' }).click();
      await page.locator('li.target[data-key="trong-moi-cay-xanh"]').waitFor();
      expect(await page.locator('li.target').count()).toBe(before + 4);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });

  it('stops on Ctrl-C (SIGINT)', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
