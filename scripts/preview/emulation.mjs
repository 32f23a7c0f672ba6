// Loads the test suite's Apps Script emulation (TypeScript, bundled here with esbuild) with the sample workbook.

import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = `
export { createEmulation } from './test/support/gas/index';
export { sampleWorkbook } from './src/sample/district11';
`;

/** Bundles test/support/gas and src/sample for Node and loads them. */
async function loadModules(root) {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'preview-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-preview-'));
  try {
    const file = join(dir, 'emulation.cjs');
    writeFileSync(file, result.outputFiles[0].text);
    return createRequire(join(root, 'package.json'))(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The emulated spreadsheet holding the sample workbook, with build/Code.js loaded into it.
 * @param {string} root the project root
 * @param {string} code the text of build/Code.js
 */
export async function sampleEmulation(root, code) {
  const { createEmulation, sampleWorkbook } = await loadModules(root);
  const workbook = sampleWorkbook();
  const emulation = createEmulation({
    projectDir: join(root, 'build'),
    spreadsheetName: 'Kỳ nghỉ hồng 2023 – Quận 11 (mẫu)',
    firstSheetName: null,
    addonName: 'Chỉ Tiêu',
  });
  for (const sheet of workbook.sheets) emulation.spreadsheet.addSheet(sheet.name, sheet.rows);
  const bundle = emulation.loadBundle({ code, filename: join(root, 'build', 'Code.js') });
  return { emulation, bundle, tabs: workbook.sheets.map((s) => s.name) };
}
