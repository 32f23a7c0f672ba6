// Builds build/Sidebar.html: the sidebar's TypeScript bundled to one ES2019 script and inlined with its CSS.

import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const SIDEBAR_DIR = 'src/sidebar';
const SIDEBAR_LIMIT = 40 * 1024;

/** Keeps inlined text from closing its element early or opening an HTML comment inside it. */
export function escapeInline(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Bundles one browser entry (iife, es2019, minified) into a script ready to inline; fails the build on what
 * HtmlService, serving it as a classic script, would not run: module syntax or a parse error.
 * @param {string} root the project root
 * @param {string} entry the entry module, relative to root
 * @param {string} name the script's name in errors
 */
async function browserScript(root, entry, name) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const script = escapeInline(result.outputFiles[0].text.trim(), 'script');
  if (/^\s*(import|export)\s/m.test(script)) throw new Error(`${name} contains ES module syntax`);
  new vm.Script(script, { filename: name });
  return script;
}

/**
 * Bundles src/sidebar/main.ts (iife, browser, es2019) and inlines it and styles.css into index.html.
 * @param {string} root the project root
 * @returns {Promise<{path: string, size: number, scriptSize: number}>}
 */
export async function buildSidebar(root) {
  const script = await browserScript(root, join(SIDEBAR_DIR, 'main.ts'), 'Sidebar.js');

  const css = escapeInline(readFileSync(join(root, SIDEBAR_DIR, 'styles.css'), 'utf8').trim(), 'style');
  const template = readFileSync(join(root, SIDEBAR_DIR, 'index.html'), 'utf8');
  for (const placeholder of ['<!-- STYLE -->', '<!-- SCRIPT -->']) {
    if (template.split(placeholder).length !== 2) throw new Error(`index.html must hold ${placeholder} once`);
  }
  // Function replacers: "$&" and friends in the code must stay literal.
  const html = template
    .replace('<!-- STYLE -->', () => `<style>\n${css}\n</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}\n</script>`);

  const renderer = await buildDocxRenderer(root);
  const path = join(root, 'build/Sidebar.html');
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(path, html);
  const size = Buffer.byteLength(html);
  if (size > SIDEBAR_LIMIT)
    throw new Error(`build/Sidebar.html is ${size} bytes, over the ${SIDEBAR_LIMIT}-byte budget`);
  return { path, size, scriptSize: Buffer.byteLength(script), rendererSize: renderer.size };
}

// The Word renderer (the docx package, ~230 KB) is its own file, loaded by the sidebar only when a person asks for a
// .docx: it never weighs on opening the sidebar, and never enters build/Code.js.
const RENDERER_LIMIT = 320 * 1024;

/**
 * Bundles src/docx/browser.ts into build/DocxRenderer.html: one classic <script> that sets globalThis.ChiTieuDocx.
 * @param {string} root the project root
 * @returns {Promise<{path: string, size: number}>}
 */
export async function buildDocxRenderer(root) {
  const script = await browserScript(root, 'src/docx/browser.ts', 'DocxRenderer.js');
  const html = `<script>\n${script}\n</script>\n`;
  const path = join(root, 'build/DocxRenderer.html');
  // build/ may not exist yet: the Apps Script bundle, built in parallel, is not awaited before this.
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(path, html);
  const size = Buffer.byteLength(html);
  if (size > RENDERER_LIMIT)
    throw new Error(`build/DocxRenderer.html is ${size} bytes, over the ${RENDERER_LIMIT}-byte budget`);
  return { path, size };
}
