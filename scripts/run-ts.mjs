// Runs a TypeScript script (bench, fuzz, preview helpers) by bundling it with esbuild first: no ts-node needed.

import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
// Inside the repository, so that the bundle's require() of external packages finds node_modules.
const cache = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const outfile = join(mkdtempSync(join(cache, 'run-')), 'script.cjs');
await esbuild.build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
process.env.CHITIEU_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
