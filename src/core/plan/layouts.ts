// Target tables as they come out of Word, a PDF or a web page, rewritten as one tab-separated line per row: columns aligned with spaces, one cell per line, or a row on one line with single spaces.

import { fold } from '../text';
import { cleanLine, foldSameLength } from './folding';
import { cells, headerColumns, type Columns } from './tables';
import { readUnit } from './units';

// The column names a target table's header is made of ("STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"…).
const COLUMN_NAME =
  /^(?:stt|tt|so tt|noi dung|noi dung chi tieu|ten chi tieu|chi tieu|hoat dong|noi dung hoat dong|cong viec|danh muc|hang muc|dvt|d v t|don vi tinh|dv tinh|don vi|so luong|chi tieu phan dau|chi tieu dang ky|chi tieu giao|ke hoach|muc tieu|so luong chi tieu|chi tieu nam \d{4}|chi tieu \d{4}|tong|tong so|kh|ghi chu)$/;
const INDEX_NAME = /^(?:stt|tt|so tt)$/;
// A row's first cell in a one-cell-per-line table: "1", "12", "II", "B" (never a unit such as "m").
const ROW_INDEX = /^(?:\d{1,4}|[IVX]{1,5}|[A-H])[.)]?$/;
const NUMBER_CELL = /^(?:≥|>=|>|ít nhất|tối thiểu|trên)?\s*\d+(?:[.,]\d+)*\s*%?$/i;

// Folded names and header readings seen during one layout pass (a long paste repeats the same few lines).
let names: Map<string, string> | null = null;
let headers: Map<string, Columns | null> | null = null;

function columnsOf(header: string[]): Columns | null {
  const id = header.join('\t');
  if (headers?.has(id)) return headers.get(id)!;
  const columns = headerColumns(header);
  headers?.set(id, columns);
  return columns;
}

function name(cell: string): string {
  const known = names?.get(cell);
  if (known !== undefined) return known;
  const folded = fold(cell)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
  names?.set(cell, folded);
  return folded;
}

/** Plan lines with every recognised table rewritten as tab-separated rows (a row's other lines left empty, so line numbers hold). */
export function layoutTables(typed: string[]): string[] {
  names = new Map();
  headers = new Map();
  try {
    const spaced = alignedColumns(typed);
    const lines = spaced.map(cleanLine);
    oneCellPerLine(lines);
    singleSpaceRows(lines);
    return lines;
  } finally {
    names = null;
    headers = null;
  }
}

/** Columns aligned with runs of spaces (a PDF's text as pdftotext -layout gives it): the runs become tabs. */
function alignedColumns(typed: string[]): string[] {
  const out = [...typed];
  const split = (line: string) => line.trim().split(/ {2,}|\t+/);
  for (let i = 0; i < out.length; i++) {
    const header = split(out[i]!);
    if (header.length < 3 || out[i]!.includes('\t') || !columnsOf(header)) continue;
    out[i] = header.join('\t');
    let misses = 0;
    for (let j = i + 1; j < out.length && misses < 2; j++) {
      const row = split(out[j]!);
      if (row.length >= 2) {
        out[j] = row.join('\t');
        misses = 0;
      } else if (out[j]!.trim() !== '') misses++;
    }
  }
  return out;
}

/** The first `max` non-empty lines from `from` on, with their positions (bounded: a long paste stays linear). */
function tokens(lines: string[], from: number, max: number): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  for (let i = from; i < lines.length && out.length < max; i++) {
    if (lines[i]!.trim() !== '') out.push({ at: i, text: lines[i]!.trim() });
  }
  return out;
}

// At most this many cells are read as one table (2 500 rows of 8 cells).
const MAX_CELLS = 20000;

/** A header written one cell per line (Word's or a web page's table copied as text), then its rows the same way. */
function oneCellPerLine(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (cells(lines[i]!) || !COLUMN_NAME.test(name(lines[i]!))) continue;
    const ahead = tokens(lines, i, 8);
    let n = 0;
    while (n < ahead.length && !cells(ahead[n]!.text) && COLUMN_NAME.test(name(ahead[n]!.text))) n++;
    const header = ahead.slice(0, n).map((t) => t.text);
    const columns = n >= 3 ? columnsOf(header) : null;
    if (!columns) continue;
    const read = (max: number) => {
      const after = tokens(lines, ahead[n - 1]!.at + 1, max);
      return INDEX_NAME.test(name(header[0]!))
        ? indexedRows(after, header.length, columns)
        : chunkedRows(after, header.length, columns);
    };
    // A look at the first rows before reading a long table: a run of header-like lines stays linear.
    if (read(header.length * 2 + 2).length === 0) continue;
    const rows = read(MAX_CELLS);
    lines[ahead[0]!.at] = header.join('\t');
    for (const t of ahead.slice(1, n)) lines[t.at] = '';
    for (const row of rows) {
      lines[row[0]!.at] = row.map((t) => t.text).join('\t');
      for (const t of row.slice(1)) lines[t.at] = '';
    }
    i = rows[rows.length - 1]![rows[rows.length - 1]!.length - 1]!.at;
  }
}

/** Rows that open with their number ("1", "II"): a row ends when it has all its cells, or at the next row's number once its target cell is read; "I / Chỉ tiêu chung" is a group row. */
function indexedRows(after: Array<{ at: number; text: string }>, width: number, columns: Columns) {
  const needed = Math.max(columns.target, columns.label, columns.unit ?? 0) + 1;
  const rows: Array<Array<{ at: number; text: string }>> = [];
  let k = 0;
  while (k < after.length && ROW_INDEX.test(after[k]!.text)) {
    const row = [after[k]!];
    k++;
    while (k < after.length && row.length < width) {
      const next = after[k]!;
      if (ROW_INDEX.test(next.text) && (row.length >= needed || (row.length === 2 && columns.target !== 2))) break;
      row.push(next);
      k++;
    }
    if (row.length >= needed && !NUMBER_CELL.test(row[columns.target]!.text)) break;
    if (row.length < needed && row.length !== 2) break;
    rows.push(row);
  }
  return rows;
}

/** Rows without a number column: each the header's width, as long as the target cell holds a number. */
function chunkedRows(after: Array<{ at: number; text: string }>, width: number, columns: Columns) {
  const rows: Array<Array<{ at: number; text: string }>> = [];
  for (let k = 0; k + width <= after.length; k += width) {
    const row = after.slice(k, k + width);
    const numbers = row.filter((t) => NUMBER_CELL.test(t.text)).length;
    if (!NUMBER_CELL.test(row[columns.target]!.text) || numbers > 1 || row.some((t) => cells(t.text))) break;
    rows.push(row);
  }
  return rows;
}

/** A header on one line with single spaces ("STT Nội dung ĐVT Số lượng", a PDF copied as text) and rows "1 Trồng cây xanh cây 500". */
function singleSpaceRows(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (cells(lines[i]!)) continue;
    const header = segmentHeader(name(lines[i]!));
    const columns = header && header.length >= 3 ? columnsOf(header) : null;
    if (!columns || !INDEX_NAME.test(header![0]!) || columns.unit === null) continue;
    const unitFirst = columns.unit < columns.target;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line === '') continue;
      const row = splitRow(line, unitFirst);
      if (!row) {
        if (/^\d{1,3}[.)]?\s/.test(line) || cells(line)) break;
        continue; // the wrapped rest of a label: the table reader joins it to its row
      }
      const out: string[] = new Array<string>(header!.length).fill('');
      out[0] = row.index;
      out[columns.label] = row.label;
      out[columns.unit!] = row.unit;
      out[columns.target] = row.target;
      lines[j] = out.join('\t');
    }
    lines[i] = headerText(lines[i]!, header!);
  }
}

/** Splits the folded words of a line into column names, longest first; null when any word is left over. */
function segmentHeader(folded: string): string[] | null {
  const words = folded.split(' ');
  const out: string[] = [];
  for (let k = 0; k < words.length;) {
    let taken = 0;
    for (let n = Math.min(4, words.length - k); n >= 1; n--) {
      if (COLUMN_NAME.test(words.slice(k, k + n).join(' '))) {
        taken = n;
        break;
      }
    }
    if (!taken) return null;
    out.push(words.slice(k, k + taken).join(' '));
    k += taken;
  }
  return out;
}

/** The header's own words, one column per cell (the folded names say where each column starts). */
function headerText(line: string, header: string[]): string {
  const words = line.trim().split(/\s+/);
  let k = 0;
  return header
    .map((h) => {
      const n = h.split(' ').length;
      const text = words.slice(k, k + n).join(' ');
      k += n;
      return text;
    })
    .join('\t');
}

/** "3 Giới thiệu việc làm cho thanh niên lượt 1.200": the number, the label, the unit (a known unit, or "%") and the target. */
function splitRow(
  line: string,
  unitFirst: boolean,
): { index: string; label: string; unit: string; target: string } | null {
  const m = unitFirst
    ? /^(\d{1,3})[.)]?\s+(.+?)\s+(\d+(?:[.,]\d+)*)$/.exec(line)
    : /^(\d{1,3})[.)]?\s+(.+?)\s+(\d+(?:[.,]\d+)*)\s+(\S.*)$/.exec(line);
  if (!m) return null;
  if (!unitFirst) return { index: m[1]!, label: m[2]!, unit: m[4]!, target: m[3]! };
  const words = m[2]!.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const unit = words.slice(words.length - n).join(' ');
    const reading = unit === '%' ? null : readUnit(unit, foldSameLength(unit), 0);
    if (unit === '%' || (reading?.known && !reading.rejected && reading.end === unit.length)) {
      return { index: m[1]!, label: words.slice(0, words.length - n).join(' '), unit, target: m[3]! };
    }
  }
  return null;
}
