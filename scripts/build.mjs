// Builds build/Code.js (Apps Script bundle with generated top-level entry points), build/appsscript.json and dist/chitieu.js.

import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSidebar } from './build-sidebar.mjs';
import { entryPointDocs } from './entry-docs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GAS_ENTRY = 'src/gas/main.ts';
const BUNDLE_LIMIT = 150 * 1024;

/**
 * The add-on speaks Vietnamese only (it has no language switch; docs/DOMAIN.md), so in its bundle the catalogue's
 * English half (src/messages/en.ts, ~12 KB) is replaced by the Vietnamese one: every section keeps its keys and types,
 * and the 150 KB every custom-function cell loads holds no sentence nobody reads there. The CLI, the sidebar and the
 * tests of the core keep both languages.
 */
const vietnameseOnly = {
  name: 'vietnamese-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/en$/ }, (args) =>
      args.importer === join(root, 'src/messages/index.ts') ? { path: join(root, 'src/messages/vi.ts') } : undefined,
    );
  },
};

async function buildAppsScript() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: '__bundle',
    plugins: [vietnameseOnly],
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Apps Script's V8 rejects BigInt literals: make them a build error.
    supported: { bigint: false },
    // Fully minified: every custom-function cell loads the whole bundle, and its 150 KB budget must hold the
    // second round's features. The entry points keep their names (the generated top-level forwarders call
    // __bundle.NAME); dist/Code.js.map maps a stack trace back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    sourcemap: 'external',
    outfile: 'build/Code.js',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  // An IIFE's metafile lists no exports, so the entry module's own exported functions are the registry.
  const docs = entryPointDocs(join(root, GAS_ENTRY));
  const exports = [...docs.keys()];
  const footer = [...docs].map(([name, doc]) => {
    return `${doc.jsdoc}\nfunction ${name}(${doc.params.join(', ')}) {\n  return __bundle.${name}.apply(this, arguments);\n}\n`;
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  // The map stays out of build/ (clasp pushes build/ as is); the footer comes after the mapped code.
  const code = `${js.text.replace(/\/\/# sourceMappingURL=.*\n?$/, '')}\n${footer.join('\n')}`;
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/Code.js.map'), map.text);
  checkAppsScriptCode(code, exports);
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(root, 'build/appsscript.json'));
  return { size: Buffer.byteLength(code), exports };
}

/** Fails the build on what Apps Script's V8 would not load: module syntax, a parse error, a missing entry point. */
function checkAppsScriptCode(code, exports) {
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('build/Code.js contains ES module syntax');
  new vm.Script(code, { filename: 'Code.js' });
  for (const name of exports) {
    if (!new RegExp(`^function ${name}\\(`, 'm').test(code)) throw new Error(`no top-level function ${name}`);
  }
  if (Buffer.byteLength(code) > BUNDLE_LIMIT) {
    throw new Error(`build/Code.js is ${Buffer.byteLength(code)} bytes, over the ${BUNDLE_LIMIT}-byte budget`);
  }
}

async function buildCli() {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: 'dist/chitieu.js',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  chmodSync(join(root, 'dist/chitieu.js'), 0o755);
}

const [gas, , sidebar] = await Promise.all([buildAppsScript(), buildCli(), buildSidebar(root)]);
if (!process.argv.includes('--quiet')) {
  console.log(`build/Code.js ${(gas.size / 1024).toFixed(1)} KB, entry points: ${gas.exports.join(', ')}`);
  console.log('dist/chitieu.js');
  console.log(`build/Sidebar.html ${(sidebar.size / 1024).toFixed(1)} KB`);
  console.log(
    `build/DocxRenderer.html ${(sidebar.rendererSize / 1024).toFixed(1)} KB (loaded only for a Word download)`,
  );
}
