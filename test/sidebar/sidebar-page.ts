// Opening build/Sidebar.html in Chromium with the fake server, and the helpers the sidebar's browser tests share.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { fakeScriptRun, launchChromium, type Browser, type Scenario } from './browser';
import {
  addTargetsResult,
  planProposal,
  reportResult,
  sidebarData,
  templateResult,
  TODAY,
  validationResult,
} from './fixtures';

export const ROOT = join(__dirname, '..', '..');
export const SIDEBAR = join(ROOT, 'build', 'Sidebar.html');
export const OUTPUT = join(ROOT, 'test', 'output');

/** Every server function the sidebar calls, answered from the fixtures unless overridden. */
export function scenario(overrides: Partial<Scenario['answers']> = {}, hold: string[] = []): Scenario {
  return {
    answers: {
      getSidebarData: { value: sidebarData() },
      validateEntries: { value: validationResult() },
      generateReport: { value: reportResult('Đợt 1') },
      selectCell: { value: null },
      setUpTemplate: { value: templateResult() },
      importPlan: { value: planProposal() },
      addTargets: { value: addTargetsResult(3) },
      ...overrides,
    },
    hold,
  };
}

export interface Opened {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
}

export interface OpenOptions {
  today?: Date;
  /** HTML appended after the page, as HtmlOutput.append does (showPlanImport appends a script). */
  append?: string;
}

/**
 * Registers the hooks that launch Chromium for the test file and close its pages; returns the function that opens
 * the sidebar with the fake server and waits until the first data is on screen (or the load failed).
 */
export function useSidebar(): (s: Scenario, options?: OpenOptions) => Promise<Opened> {
  let browser: Browser;
  let dir: string;
  const opened: Page[] = [];

  beforeAll(async () => {
    if (!existsSync(SIDEBAR)) throw new Error('build/Sidebar.html is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'chitieu-sidebar-'));
    browser = await launchChromium();
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return async (s, { today = TODAY, append } = {}) => {
    let file = SIDEBAR;
    if (append !== undefined) {
      file = join(dir, `Sidebar-${opened.length}-${Date.now()}.html`);
      writeFileSync(file, readFileSync(SIDEBAR, 'utf8') + append);
    }
    const page = await browser.context.newPage();
    opened.push(page);
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.clock.setFixedTime(today);
    await fakeScriptRun(page, s);
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => {
      const ready = document.querySelector('#targets .targets, #targets .muted');
      return ready || !document.getElementById('notice')!.hidden;
    });
    return { page, dialogs, pageErrors };
  };
}

/** Reads until the value equals `expected` (or 5 s pass), then expects it to. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  expect(value).toEqual(expected);
}

export const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
