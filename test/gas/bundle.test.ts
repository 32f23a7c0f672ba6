// The built build/Code.js, loaded as Apps Script loads it, exposes genuine top-level entry points.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const BUILD = join(__dirname, '..', '..', 'build');
const code = () => {
  if (!existsSync(join(BUILD, 'Code.js'))) throw new Error('build/Code.js is missing: run `npm run build` first');
  return readFileSync(join(BUILD, 'Code.js'), 'utf8');
};

describe('build/Code.js', () => {
  const ENTRY_POINTS = ['onOpen', 'onInstall', 'ATTAINMENT', 'ACHIEVED', 'TARGET'];

  it.each(ENTRY_POINTS)('declares %s as a genuine top-level function', (name) => {
    expect(code()).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const context = vm.createContext({});
    vm.runInContext(code(), context);
    // A top-level function declaration in a classic script becomes a property of the global object.
    expect(typeof context[name]).toBe('function');
    expect(Object.getOwnPropertyDescriptor(context, name)?.value).toBe(context[name]);
  });

  it('marks the custom functions with @customfunction JSDoc and nothing else', () => {
    const marked = [...code().matchAll(/@customfunction\s*\*\/\s*function (\w+)\(/g)].map((m) => m[1]);
    expect(marked.sort()).toEqual(['ACHIEVED', 'ATTAINMENT', 'TARGET']);
  });

  it('does no work when loaded (every Apps Script call loads the whole bundle)', () => {
    const touched: string[] = [];
    const spy = new Proxy({}, { get: (_t, key) => (touched.push(String(key)), undefined) });
    const context = vm.createContext({ SpreadsheetApp: spy, CacheService: spy, PropertiesService: spy });
    vm.runInContext(code(), context);
    expect(touched).toEqual([]);
  });

  it('stays within the 150 KB budget and has no module syntax', () => {
    expect(Buffer.byteLength(code())).toBeLessThanOrEqual(150 * 1024);
    expect(code()).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('holds the Vietnamese catalogue only: the add-on never says a sentence in English (scripts/build.mjs)', () => {
    const bundle = code();
    const vi = require('../../src/messages/vi') as typeof import('../../src/messages/vi');
    const en = require('../../src/messages/en') as typeof import('../../src/messages/en');
    const tail = (sentence: string) => sentence.split('§').pop()!.slice(0, 30);
    // Booleans, not toContain: a failure would print the whole bundle.
    expect(bundle.includes(tail(vi.problem['bad-number']({ value: '§' })))).toBe(true);
    expect(bundle.includes(tail(en.problem['bad-number']({ value: '§' })))).toBe(false);
    expect(bundle.includes(vi.addon.sheetBusy)).toBe(true);
    expect(bundle.includes(en.addon.sheetBusy)).toBe(false);
  });

  it('ships a V8 manifest with exactly the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
