// Adds one sheet to a copy of an .xlsx at the zip level (and, for `rollup`, sets a few cells of one existing sheet):
// every other part is copied as it is stored, not even re-compressed, so the copy is faithful and a 100 000-row
// workbook is not re-serialised. Anything unexpected throws NotInjectable (the caller falls back to exceljs).

import { readFileSync, writeFileSync } from 'node:fs';
import type { Cell, CellFormat, ReportLayout } from '../core';
import { openZip, UnreadableZip, type OpenZip } from './zip-read';
import { zipBuffer, type ZipEntry } from './zip-write';

export class NotInjectable extends Error {}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const TYPES = '[Content_Types].xml';
const STYLES = 'xl/styles.xml';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const NEEDS_ESCAPE = /[\u0000-\u001f&<>"\ud800-\udfff\ufffe\uffff]/;

/** XML text: escaped, and without the control characters XML 1.0 cannot carry (a pasted NUL must not break the file). */
export function xmlText(text: string): string {
  // Most text needs nothing: one test instead of six replacements (the roll-up tab writes 100 000 cells of it).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function text(zip: OpenZip, path: string): string {
  const found = zip.text(path);
  if (found === null) throw new NotInjectable(`no ${path}`);
  return found;
}

/** Appends children to a styles collection (`<fonts count="2">…</fonts>`), returning the index of the first added. */
function appendTo(styles: string, tag: string, child: string, children: string[]): { styles: string; first: number } {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`);
  const match = open.exec(styles);
  const close = styles.indexOf(`</${tag}>`);
  if (!match || close < 0) throw new NotInjectable(`styles.xml has no <${tag}>`);
  const existing = styles.slice(match.index + match[0].length, close).match(new RegExp(`<${child}[\\s>/]`, 'g'));
  const first = existing ? existing.length : 0;
  const attrs = (match[1] ?? '').replace(/\scount="\d+"/, '');
  const updated = `<${tag} count="${first + children.length}"${attrs}>`;
  return {
    styles:
      styles.slice(0, match.index) +
      updated +
      styles.slice(match.index + match[0].length, close) +
      children.join('') +
      styles.slice(close),
    first,
  };
}

export type StyleIndex = Record<CellFormat | 'titleBig' | 'date', number>;

/** Adds the report's number formats, fonts, fill and cell formats; returns the style index of each layout format. */
function addStyles(styles: string): { styles: string; index: StyleIndex } {
  const ids = [...styles.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const numberId = Math.max(199, ...ids) + 1;
  const percentId = numberId + 1;
  const dateId = numberId + 2;
  const formats = [
    `<numFmt numFmtId="${numberId}" formatCode="#,##0.##"/>`,
    `<numFmt numFmtId="${percentId}" formatCode="0.0%"/>`,
    `<numFmt numFmtId="${dateId}" formatCode="dd/mm/yyyy"/>`,
  ];
  if (/<numFmts[\s>]/.test(styles)) styles = appendTo(styles, 'numFmts', 'numFmt', formats).styles;
  else if (styles.includes('<fonts'))
    styles = styles.replace('<fonts', `<numFmts count="${formats.length}">${formats.join('')}</numFmts><fonts`);
  else throw new NotInjectable('styles.xml has no <fonts>');
  const fonts = appendTo(styles, 'fonts', 'font', [
    '<font><b/><sz val="11"/></font>',
    '<font><b/><sz val="14"/></font>',
  ]);
  const fills = appendTo(fonts.styles, 'fills', 'fill', [
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor indexed="64"/></patternFill></fill>',
  ]);
  const bold = fonts.first;
  const xfs = appendTo(fills.styles, 'cellXfs', 'xf', [
    `<xf numFmtId="${numberId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    `<xf numFmtId="${percentId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    // Built-in format 3 is "#,##0": whole numbers need no format of their own.
    `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    // Header cells and labels wrap in their column instead of being cut (applyAlignment + wrapText).
    `<xf numFmtId="0" fontId="${bold}" fillId="${fills.first}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1"/></xf>`,
    `<xf numFmtId="0" fontId="${bold}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    `<xf numFmtId="0" fontId="${bold + 1}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>`,
    `<xf numFmtId="${dateId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  ]);
  const s = xfs.first;
  return {
    styles: xfs.styles,
    index: {
      text: 0,
      number: s,
      percent: s + 1,
      integer: s + 2,
      header: s + 3,
      title: s + 4,
      titleBig: s + 5,
      label: s + 6,
      date: s + 7,
    },
  };
}

function cellXml(ref: string, value: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (value === null || value === undefined || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  // Inline strings: text is never a formula, whatever it starts with.
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

/** Line height of the report's 11-point text, in points. */
const LINE_POINTS = 15;

/** How many lines a wrapped text takes in a column `width` characters wide (words kept whole, as spreadsheets wrap). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(4, Math.floor(width * 1.1));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = Math.min(word.length, room);
    if (used && used + 1 + length > room) {
      lines++;
      used = length;
    } else used += (used ? 1 : 0) + length;
  }
  return lines;
}

/**
 * The height (points) of a row whose label or header cells wrap; null when one line is enough. Written into the file
 * because spreadsheet applications keep a stored row's height on opening (LibreOffice does not grow it to fit).
 */
export function wrappedRowHeight(cells: Cell[], formats: CellFormat[], widths: number[]): number | null {
  let lines = 1;
  cells.forEach((value, c) => {
    if ((formats[c] === 'label' || formats[c] === 'header') && typeof value === 'string')
      lines = Math.max(lines, wrappedLines(value, widths[c] ?? 10));
  });
  return lines > 1 ? lines * LINE_POINTS : null;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WORKSHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function reportSheetXml(layout: ReportLayout, styles: StyleIndex, widths: number[]): string {
  const rows = layout.rows.map((cells, r) => {
    const xml = cells
      .map((value, c) => {
        const format = layout.formats[r]![c] ?? 'text';
        const style = format === 'title' && r === 0 ? styles.titleBig : styles[format];
        return cellXml(`${columnName(c)}${r + 1}`, value, style);
      })
      .join('');
    const height = wrappedRowHeight(cells, layout.formats[r]!, widths);
    return `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${xml}</row>`;
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    XML_DECLARATION +
    WORKSHEET_OPEN +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A4 landscape at full size: a wide block runs onto pages across (left to right, then down), never shrunk to one.
    '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown"/></worksheet>'
  );
}

/** Days from 1899-12-30 to 1970-01-01: a Date's spreadsheet serial is its UTC time in days plus this. */
const SERIAL_EPOCH = 25_569;

/**
 * A plain table as a sheet (the roll-up tab): the first row bold and frozen, dates as date cells shown dd/mm/yyyy,
 * text as inline strings (never a formula), columns `widths` characters wide.
 */
function tableSheetXml(rows: Cell[][], styles: StyleIndex, widths: number[]): string {
  const out: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    let xml = '';
    const cells = rows[r]!;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      const ref = `${columnName(c)}${r + 1}`;
      if (value instanceof Date) xml += cellXml(ref, value.getTime() / 86_400_000 + SERIAL_EPOCH, styles.date);
      else xml += cellXml(ref, value ?? null, r === 0 ? styles.title : 0);
    }
    out.push(`<row r="${r + 1}">${xml}</row>`);
  }
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    XML_DECLARATION +
    WORKSHEET_OPEN +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${out.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

interface Parts {
  workbook: string;
  rels: string;
  types: string;
}

function regexText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The `<sheet …/>` element of the sheet of that name (Excel ignores case in sheet names), if any. */
function sheetElement(workbook: string, name: string): { element: string; index: number } | null {
  // Excel and LibreOffice write <sheet …/>; a <sheet …>…</sheet> would be missed below: the exceljs copy takes it.
  if (/<sheet\s[^>]*[^/]>/.test(workbook)) throw new NotInjectable('sheet element with content');
  const elements = [...workbook.matchAll(/<sheet\s[^>]*\/>/g)].map((m) => m[0]);
  const index = elements.findIndex((e) => attribute(e, 'name')?.toLowerCase() === xmlText(name).toLowerCase());
  return index < 0 ? null : { element: elements[index]!, index };
}

/** The relationship element and part path of a sheet element. */
function sheetPart(rels: string, element: string): { rel: string; path: string } {
  const id = attribute(element, 'r:id');
  const rel = [...rels.matchAll(/<Relationship\s[^>]*\/>/g)].map((m) => m[0]).find((e) => attribute(e, 'Id') === id);
  if (!id || !rel) throw new NotInjectable('sheet without relationship');
  const target = attribute(rel, 'Target')!;
  return { rel, path: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
}

/**
 * Removes a sheet of that name (an earlier report of the same period, the previous roll-up tab) with its
 * relationship and type; its part and the part's relationships go into `removed`. Sheet-level names are numbered by
 * sheet position, so a workbook with such names at or after the removed sheet is left to the exceljs fallback.
 */
function removeSheet(removed: Set<string>, parts: Parts, name: string): Parts {
  const found = sheetElement(parts.workbook, name);
  if (!found) return parts;
  const later = [...parts.workbook.matchAll(/localSheetId="(\d+)"/g)].some((m) => Number(m[1]) >= found.index);
  if (later) throw new NotInjectable('sheet-level names at or after the replaced sheet');
  const { rel, path } = sheetPart(parts.rels, found.element);
  removed.add(path);
  removed.add(path.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels'));
  return {
    workbook: parts.workbook.replace(found.element, ''),
    rels: parts.rels.replace(rel, ''),
    types: parts.types.replace(new RegExp(`<Override PartName="/${regexText(path)}"[^>]*/>`), ''),
  };
}

/** Rows and columns every printed page repeats: the report's title lines, and the code and name columns. */
export const PRINT_TITLES = { rows: '1:3', columns: 'A:B' } as const;

/** The sheet's print titles as the workbook-level defined name Excel and LibreOffice read (_xlnm.Print_Titles). */
function withPrintTitles(workbook: string, sheetName: string, sheetIndex: number): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const [rowFrom, rowTo] = PRINT_TITLES.rows.split(':');
  const [colFrom, colTo] = PRINT_TITLES.columns.split(':');
  const ref = `${quoted}!$${colFrom}:$${colTo},${quoted}!$${rowFrom}:$${rowTo}`;
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${xmlText(ref)}</definedName>`;
  if (workbook.includes('</definedNames>')) return workbook.replace('</definedNames>', `${name}</definedNames>`);
  return workbook.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
}

/**
 * Drops the print titles an earlier run gave the sheet about to be replaced. Sheet-level names are numbered by sheet
 * position, so when another sheet-level name sits after that sheet the copy is left to the exceljs fallback.
 */
function withoutOwnPrintTitles(workbook: string, sheetName: string): string {
  const quoted = xmlText(`'${sheetName.replace(/'/g, "''")}'!`);
  const own = [
    ...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g),
  ].find((m) => m[2]!.startsWith(quoted));
  if (!own) return workbook;
  const index = Number(own[1]);
  const rest = workbook.replace(own[0], '').replace('<definedNames></definedNames>', '');
  const later = [...rest.matchAll(/localSheetId="(\d+)"/g)].some((m) => Number(m[1]) > index);
  if (later) throw new NotInjectable('sheet-level names after the replaced report');
  return rest;
}

/** What a copy adds: one sheet (replacing one of the same name), and optionally an edit of one existing sheet. */
interface CopyPlan {
  sheetName: string;
  sheetXml(styles: StyleIndex): string;
  /** The report's print titles (rows 1–3, columns A–B on every page). */
  printTitles: boolean;
  /** A change to the XML of an existing sheet (the roll-up's summed bases on the Targets tab). */
  edit?: { sheet: string; change(xml: string): string };
}

function copyWorkbook(input: string, output: string, plan: CopyPlan): void {
  let zip: OpenZip;
  try {
    zip = openZip(readFileSync(input));
  } catch (error) {
    if (error instanceof UnreadableZip) throw new NotInjectable(error.message);
    throw error;
  }
  try {
    writeFileSync(output, copiedZip(zip, plan));
  } catch (error) {
    if (error instanceof UnreadableZip || error instanceof RangeError) throw new NotInjectable(error.message);
    throw error;
  }
}

function copiedZip(zip: OpenZip, plan: CopyPlan): Buffer {
  const { sheetName } = plan;
  let parts: Parts = { workbook: text(zip, WORKBOOK), rels: text(zip, RELS), types: text(zip, TYPES) };
  const styles = addStyles(text(zip, STYLES));
  if (plan.printTitles) {
    parts = { ...parts, workbook: withoutOwnPrintTitles(parts.workbook, sheetName) };
    if (/<definedName[^>]*>[^<]*'?Báo cáo/.test(parts.workbook)) {
      throw new NotInjectable('defined names point at a report');
    }
  }
  if (new RegExp(`<definedName[^>]*>[^<]*${regexText(xmlText(sheetName))}`).test(parts.workbook)) {
    throw new NotInjectable('defined names point at the replaced sheet');
  }
  const removed = new Set<string>();
  parts = removeSheet(removed, parts, sheetName);

  const present = new Set(zip.names.filter((name) => !removed.has(name)));
  let n = 1;
  while (present.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  const relIds = [...parts.rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const relId = `rId${Math.max(0, ...relIds) + 1}`;
  const sheetIds = [...parts.workbook.matchAll(/<sheet\s[^>]*sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  if (!parts.workbook.includes('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')) {
    throw new NotInjectable('workbook.xml names relationships with another prefix');
  }
  if (
    !parts.workbook.includes('</sheets>') ||
    !parts.rels.includes('</Relationships>') ||
    !parts.types.includes('</Types>')
  ) {
    throw new NotInjectable('unexpected workbook structure');
  }
  const sheet = `<sheet name="${xmlText(sheetName)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${relId}"/>`;
  const workbook = parts.workbook.replace('</sheets>', `${sheet}</sheets>`);
  const changed = new Map<string, string>([
    [WORKBOOK, plan.printTitles ? withPrintTitles(workbook, sheetName, sheetIds.length) : workbook],
    [
      RELS,
      parts.rels.replace(
        '</Relationships>',
        `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
      ),
    ],
    [
      TYPES,
      parts.types.replace('</Types>', `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`),
    ],
    [STYLES, styles.styles],
  ]);
  if (plan.edit) {
    const found = sheetElement(parts.workbook, plan.edit.sheet);
    if (!found) throw new NotInjectable(`no sheet ${plan.edit.sheet}`);
    const { path } = sheetPart(parts.rels, found.element);
    changed.set(path, plan.edit.change(text(zip, path)));
  }
  const entries: ZipEntry[] = [];
  for (const name of zip.names) {
    if (removed.has(name)) continue;
    const newText = changed.get(name);
    entries.push(newText === undefined ? { copy: zip.raw(name)! } : { name, text: newText });
  }
  entries.push({ name: part, text: plan.sheetXml(styles.index) });
  return zipBuffer(entries);
}

/** Writes `output`: a copy of `input` with the layout as a new last sheet named `sheetName` (replacing one so named). */
export async function writeCopyWithSheet(
  input: string,
  output: string,
  sheetName: string,
  layout: ReportLayout,
  widths: number[],
): Promise<void> {
  copyWorkbook(input, output, {
    sheetName,
    sheetXml: (styles) => reportSheetXml(layout, styles, widths),
    printTitles: true,
  });
}

/**
 * Writes `output`: a copy of `input` with `rows` as a new last sheet named `sheetName` (replacing one so named), and
 * `cells` (1-based row and column) set on the sheet named `cellsSheet`.
 */
export function writeCopyWithTable(
  input: string,
  output: string,
  sheetName: string,
  rows: Cell[][],
  widths: number[],
  cells: { sheet: string; values: CellValue[] } | null,
): void {
  copyWorkbook(input, output, {
    sheetName,
    sheetXml: (styles) => tableSheetXml(rows, styles, widths),
    printTitles: false,
    edit:
      cells && cells.values.length ? { sheet: cells.sheet, change: (xml) => withCells(xml, cells.values) } : undefined,
  });
}

export interface CellValue {
  /** 1-based row and column. */
  row: number;
  column: number;
  value: string | number;
}

/**
 * Sets cells in a sheet's XML: a cell already there keeps its style and gets the new value; a missing cell or row is
 * inserted in order. Cells without a reference, or holding a formula, are left to the exceljs fallback.
 */
export function withCells(xml: string, values: CellValue[]): string {
  const start = xml.indexOf('<sheetData>');
  const end = xml.indexOf('</sheetData>');
  if (start < 0 || end < 0) throw new NotInjectable('no sheetData');
  const byRow = new Map<number, CellValue[]>();
  for (const v of values) byRow.set(v.row, [...(byRow.get(v.row) ?? []), v]);
  // The rows as [number, xml] in file order, each with its cells.
  const body = xml.slice(start + '<sheetData>'.length, end);
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const rows: { r: number; attrs: string; cells: string }[] = [];
  let consumed = 0;
  for (let m = rowPattern.exec(body); m; m = rowPattern.exec(body)) {
    if (body.slice(consumed, m.index).trim()) throw new NotInjectable('unexpected content in sheetData');
    const r = /\sr="(\d+)"/.exec(m[1]!);
    if (!r) throw new NotInjectable('row without a number');
    rows.push({ r: Number(r[1]), attrs: m[1]!, cells: m[2] ?? '' });
    consumed = m.index + m[0].length;
  }
  if (body.slice(consumed).trim()) throw new NotInjectable('unexpected content in sheetData');
  for (const [r, set] of byRow) {
    let row = rows.find((x) => x.r === r);
    if (!row) {
      row = { r, attrs: ` r="${r}"`, cells: '' };
      const at = rows.findIndex((x) => x.r > r);
      rows.splice(at < 0 ? rows.length : at, 0, row);
    }
    // `spans` is only a hint of the row's first and last columns: dropped rather than kept wrong.
    row.attrs = row.attrs.replace(/\sspans="[^"]*"/, '');
    row.cells = rowWithCells(row.cells, r, set);
  }
  let maxColumn = 0;
  for (const v of values) maxColumn = Math.max(maxColumn, v.column);
  const sheetData = rows.map((x) => (x.cells ? `<row${x.attrs}>${x.cells}</row>` : `<row${x.attrs}/>`)).join('');
  return (
    widenDimension(xml.slice(0, start), maxColumn, Math.max(...rows.map((x) => x.r))) +
    `<sheetData>${sheetData}` +
    xml.slice(end)
  );
}

function rowWithCells(cellsXml: string, r: number, set: CellValue[]): string {
  const cellPattern = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;
  const cells: { column: number; xml: string; attrs: string }[] = [];
  for (let m = cellPattern.exec(cellsXml); m; m = cellPattern.exec(cellsXml)) {
    const ref = /\sr="([A-Z]+)\d+"/.exec(m[1]!);
    if (!ref) throw new NotInjectable('cell without a reference');
    cells.push({ column: columnNumber(ref[1]!), xml: m[0], attrs: m[1]! });
  }
  for (const v of set) {
    const at = cells.findIndex((c) => c.column >= v.column);
    const old = at >= 0 && cells[at]!.column === v.column ? cells[at]! : null;
    if (old && /<f[\s>/]/.test(old.xml)) throw new NotInjectable('a formula where a value goes');
    const style = old ? Number(/\ss="(\d+)"/.exec(old.attrs)?.[1] ?? 0) : 0;
    const cell = { column: v.column, attrs: '', xml: cellXml(`${columnName(v.column - 1)}${r}`, v.value, style) };
    if (old) cells[at] = cell;
    else cells.splice(at < 0 ? cells.length : at, 0, cell);
  }
  return cells.map((c) => c.xml).join('');
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Widens the sheet's `<dimension ref="A1:F30"/>` to hold the new cells (spreadsheet applications read it as a hint). */
function widenDimension(head: string, column: number, row: number): string {
  return head.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\s*\/>/,
    (_whole, c1: string, r1: string, c2?: string, r2?: string) => {
      const lastColumn = Math.max(columnNumber(c2 ?? c1), column);
      const lastRow = Math.max(Number(r2 ?? r1), row);
      return `<dimension ref="${c1}${r1}:${columnName(lastColumn - 1)}${lastRow}"/>`;
    },
  );
}
