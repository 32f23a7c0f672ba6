// The text of a PDF plan (CLI only, never in the Apps Script bundle): pdf.js reads the text items, this lays them out as lines, table cells separated by tabs.

import { execFileSync } from 'node:child_process';

/** One run of text as pdf.js places it: x and y of its baseline start (PDF points, y upwards), its width and font size. */
export interface PdfItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

// pdfjs-dist 4 ships ES modules only; a CommonJS CLI (and jest) cannot `import()` them in process, so a short Node child
// does: it prints the items as JSON. See TOOLCHAIN.md: pdfjs-dist 4.10.38 is the version that runs on Node 20.
const READER = `
const [file, lib] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const pdfjs = await import(lib);
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
const out = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const content = await page.getTextContent();
  for (const it of content.items) {
    if (!('str' in it) || it.str.trim() === '') continue;
    out.push({ page: p, str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, size: Math.hypot(it.transform[2], it.transform[3]) || 10 });
  }
}
process.stdout.write(JSON.stringify({ pages: doc.numPages, items: out }));
`;

/** The page count and the text items of every page of a PDF file; throws when pdf.js cannot open it (damaged, encrypted, not a PDF). */
export function readPdf(file: string): { pages: number; items: PdfItem[] } {
  const lib = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const json = execFileSync(process.execPath, ['--input-type=module', '-e', READER, file, pathToUrl(lib)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(json) as { pages: number; items: PdfItem[] };
}

function pathToUrl(file: string): string {
  return 'file://' + file.split('/').map(encodeURIComponent).join('/');
}

/**
 * Lays text items out as plain lines: items on one baseline form a line; a column start shared by several lines (a
 * table's column) or a wide gap becomes a tab; a taller gap between lines an empty line (a new paragraph). A table
 * cell wrapped on several lines (pdf.js gives each line apart, often centred around the row) joins its row.
 */
export function layoutPdfText(items: PdfItem[]): string {
  const pages = new Map<number, PdfItem[]>();
  for (const it of items) pages.set(it.page, [...(pages.get(it.page) ?? []), it]);
  const out: string[] = [];
  for (const page of [...pages.keys()].sort((a, b) => a - b)) {
    const lines = groupLines(pages.get(page)!);
    const stops = columnStops(lines);
    const rows = lines.map((line) => ({ y: line[0]!.y, cells: splitCells(line, stops), fragments: [] as string[] }));
    const margin = Math.min(...lines.map((l) => l[0]!.x));
    const spacing = median(
      lines
        .slice(1)
        .map((l, i) => lines[i]![0]!.y - l[0]!.y)
        .filter((d) => d > 0),
    );
    const column = (x: number) => stops.findIndex((s) => Math.abs(s - x) <= 1.5);
    // The table's first column: the leftmost column start that lines with three cells or more open with.
    const first = Math.min(...rows.filter((r) => r.cells.length >= 3).map((r) => r.cells[0]!.x), Infinity);
    // A line of pieces at inner column starts (nothing in the first column) next to table rows: the rest of wrapped
    // cells. Each piece joins the row above or below that lacks that cell, else the one it reads on with.
    const fragment = (row: (typeof rows)[number]) =>
      row.cells[0]!.x > margin + 5 && row.cells[0]!.x > first + 1.5 && row.cells.every((cell) => column(cell.x) >= 0);
    const isRow = (r: (typeof rows)[number]) => r.cells.length >= 2 && !fragment(r);
    const kept = rows.filter((row) => {
      if (!fragment(row)) return true;
      const near = rows.filter((r) => isRow(r) && Math.abs(r.y - row.y) <= spacing * 2.5);
      const above = near.filter((r) => r.y > row.y).pop();
      const below = near.find((r) => r.y < row.y);
      if (!above && !below) return true;
      for (const piece of row.cells) {
        const c = column(piece.x);
        const own = (r: typeof row | undefined) => r?.cells.find((cell) => column(cell.x) === c);
        const lower = (text: string | undefined) => text !== undefined && /^\p{Ll}/u.test(text);
        let host: typeof row | undefined;
        if (above && below && !own(above) !== !own(below)) host = own(above) ? below : above;
        else if (lower(piece.text)) host = above ?? below;
        else if (lower(own(below)?.text)) host = below;
        else host = above ?? below;
        const cell = own(host);
        if (cell) cell.text = row.y > host!.y ? `${piece.text} ${cell.text}` : `${cell.text} ${piece.text}`;
        else {
          host!.cells.push({ x: piece.x, text: piece.text });
          host!.cells.sort((x, y) => x.x - y.x);
        }
      }
      return false;
    });
    // A paragraph gap is measured from the line just above on the page (a joined piece of a cell included).
    for (const row of kept) {
      const k = rows.indexOf(row);
      if (k > 0 && row !== kept[0] && spacing > 0 && rows[k - 1]!.y - row.y > spacing * 1.6) out.push('');
      out.push(row.cells.map((c) => c.text.trim()).join('\t'));
    }
    out.push('');
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Cell {
  x: number;
  text: string;
}

/** A line's cells: a new cell where an item starts at a column stop after a gap, or after a wide gap. */
function splitCells(line: PdfItem[], stops: number[]): Cell[] {
  const cells: Cell[] = [{ x: line[0]!.x, text: line[0]!.str }];
  for (let i = 1; i < line.length; i++) {
    const prev = line[i - 1]!;
    const it = line[i]!;
    const gap = it.x - (prev.x + prev.width);
    const cell = cells[cells.length - 1]!;
    const atStop = gap > 1 && stops.some((s) => Math.abs(s - it.x) <= 1.5);
    if (atStop || gap > it.size * 1.5) cells.push({ x: it.x, text: it.str });
    else if (gap > it.size * 0.15 && !/\s$/.test(cell.text) && !/^\s/.test(it.str)) cell.text += ' ' + it.str;
    else cell.text += it.str;
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/ {2,}/g, ' ').trim() }));
}

/** Items grouped by baseline (within a third of the font size), top to bottom, each line left to right. */
function groupLines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(2, it.size / 3)) line.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** x positions (rounded) where items start on at least three lines, at least twice not first on their line: table columns. */
function columnStops(lines: PdfItem[][]): number[] {
  const all = new Map<number, number>();
  const inner = new Map<number, number>();
  for (const line of lines) {
    const seen = new Set<number>();
    line.forEach((it, i) => {
      const x = Math.round(it.x);
      if (seen.has(x)) return;
      seen.add(x);
      all.set(x, (all.get(x) ?? 0) + 1);
      if (i > 0) inner.set(x, (inner.get(x) ?? 0) + 1);
    });
  }
  const near = (counts: Map<number, number>, x: number) =>
    [x - 1, x, x + 1].reduce((n, k) => n + (counts.get(k) ?? 0), 0);
  return [...inner.keys()].filter((x) => near(all, x) >= 3 && near(inner, x) >= 2);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
