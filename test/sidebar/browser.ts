// Debian's Chromium driven by playwright-core, launched as TOOLCHAIN.md says (never a downloaded browser).

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FAKE_SCRIPT_RUN = readFileSync(join(__dirname, 'fake-script-run.js'), 'utf8');

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One headless Chromium with a 300-pixel viewport, like the Sheets sidebar. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: dir },
    viewport: { width: 300, height: 800 },
    deviceScaleFactor: 2,
    locale: 'vi-VN',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Answer = { value: unknown } | { error: string };

export interface Scenario {
  /** An answer for every call, or a list answered call after call (the last one repeating). */
  answers: Record<string, Answer | Answer[]>;
  /** Server functions that answer only when the test calls `release(page)`. */
  hold?: string[];
}

/** Makes google.script.run answer as the scenario says, from before the sidebar's script runs. */
export async function fakeScriptRun(page: Page, scenario: Scenario): Promise<void> {
  await page.addInitScript({ content: `${FAKE_SCRIPT_RUN}\ninstallFakeScriptRun(${JSON.stringify(scenario)});` });
}

export interface Call {
  name: string;
  args: unknown[];
}

export function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
}

/** Lets the held server calls answer; returns how many did. */
export function release(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __release: () => number }).__release());
}
