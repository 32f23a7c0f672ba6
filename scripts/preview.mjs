// `npm run preview`: the sidebar on http://127.0.0.1:8787 against the sample workbook in the Apps Script emulation.

import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sampleEmulation } from './preview/emulation.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 8787;
const MAX_BODY = 1024 * 1024;

/** Sidebar.html with the google.script.run shim (and a frame the width of the Sheets sidebar) put first in <head>. */
function previewPage(root, functions) {
  const html = readFileSync(join(root, 'build', 'Sidebar.html'), 'utf8');
  const shim = readFileSync(join(root, 'scripts', 'preview', 'shim.js'), 'utf8');
  const names = JSON.stringify(functions).replace(/</g, '\\u003c');
  const head = [
    '<style>html{background:#f1f3f4}body{max-width:300px;min-height:100vh;margin:0 auto;box-shadow:0 0 4px #0003}</style>',
    `<script>window.__PREVIEW_FUNCTIONS__ = ${names};\n${shim.replace(/<\/script/gi, '<\\/script')}</script>`,
  ].join('\n');
  if (!/<head>/i.test(html)) throw new Error('build/Sidebar.html has no <head>');
  return html.replace(/<head>/i, (tag) => `${tag}\n${head}`);
}

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Only this page may call: the Host must be ours (no DNS rebinding), and a browser's Origin too (no CSRF). */
function sameOrigin(request, port) {
  const hosts = [`${HOST}:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || hosts.some((host) => origin === `http://${host}`);
}

function describeCall(name, args) {
  return `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}

/**
 * Starts the preview server. Resolves once it listens.
 * @param {{root?: string, port?: number, log?: (line: string) => void}} options port 0 picks a free port
 */
export async function startPreview({ root = ROOT, port = DEFAULT_PORT, log = console.log } = {}) {
  for (const file of ['build/Code.js', 'build/Sidebar.html']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const { emulation, bundle } = await sampleEmulation(root, readFileSync(join(root, 'build', 'Code.js'), 'utf8'));
  // As google.script.run: any top-level function but the private ones (a trailing underscore).
  const functions = bundle.functions.filter((name) => !name.endsWith('_'));
  let page = null;

  async function run(request, response, listeningPort) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only');
    if (!sameOrigin(request, listeningPort)) return send(response, 403, 'text/plain; charset=utf-8', 'forbidden');
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
      return send(response, 415, 'text/plain; charset=utf-8', 'application/json only');
    }
    let answer;
    const started = performance.now();
    let call = '?';
    try {
      const { name, args = [] } = JSON.parse(await readBody(request));
      call = describeCall(String(name), Array.isArray(args) ? args : []);
      if (typeof name !== 'string' || !functions.includes(name) || !Array.isArray(args)) {
        throw new Error(`Script function not found: ${name}`);
      }
      const callsBefore = emulation.calls.total;
      const value = bundle.run(name, ...args);
      answer = { ok: true, value: value === undefined ? null : value };
      const where = name === 'selectCell' ? `, ô đang chọn ${emulation.spreadsheet.activeRangeA1()}` : '';
      const took = `${Math.round(performance.now() - started)} ms, ${emulation.calls.total - callsBefore} lệnh dịch vụ`;
      log(`${call} → xong (${took}${where})`);
    } catch (error) {
      const message = error && typeof error.message === 'string' ? error.message : String(error);
      answer = { ok: false, message };
      log(`${call} → lỗi: ${message}`);
    }
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(answer));
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const listeningPort = server.address().port;
    if (path === '/run') {
      run(request, response, listeningPort).catch((error) => send(response, 500, 'text/plain', String(error)));
    } else if ((path === '/' || path === '/index.html') && request.method === 'GET') {
      if (!sameOrigin(request, listeningPort)) return send(response, 403, 'text/plain; charset=utf-8', 'forbidden');
      page = page ?? previewPage(root, functions);
      send(response, 200, 'text/html; charset=utf-8', page);
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', (error) => {
      const busy = error.code === 'EADDRINUSE';
      reject(busy ? new Error(`Cổng ${port} đang được dùng. Hãy chọn cổng khác: --port ${port + 1}`) : error);
    });
    server.listen(port, HOST, resolve);
  });
  const url = `http://${HOST}:${server.address().port}/`;
  return {
    url,
    emulation,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function portFromArgs(argv) {
  const i = argv.indexOf('--port');
  const text = i >= 0 ? argv[i + 1] : process.env.PORT;
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${text}" is not a port number`);
  return port;
}

async function main() {
  const preview = await startPreview({ port: portFromArgs(process.argv.slice(2)) });
  console.log(
    `Chỉ Tiêu – xem thử thanh bên với bảng tính mẫu (Kỳ nghỉ hồng 2023, Quận 11): ${preview.url}\n` +
      'Dữ liệu chỉ nằm trong bộ nhớ. Bấm Ctrl-C để dừng.',
  );
  const stop = () => {
    preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
