// Runs a TypeScript script (bench, fuzz, preview helpers) by bundling it with esbuild first: no ts-node needed.

import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const outfile = join(mkdtempSync(join(tmpdir(), 'chitieu-run-')), 'script.cjs');
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
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
