// Adds one sheet to a copy of an .xlsx at the zip level: every other part is copied as it is, so the copy is faithful
// and a 100 000-row workbook is not re-serialised. Anything unexpected throws NotInjectable (the caller falls back).

import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Cell, CellFormat, ReportLayout } from '../core';

export class NotInjectable extends Error {}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const TYPES = '[Content_Types].xml';
const STYLES = 'xl/styles.xml';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** XML text: escaped, and without the control characters XML 1.0 cannot carry (a pasted NUL must not break the file). */
export function xmlText(text: string): string {
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

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new NotInjectable(`no ${path}`);
  return file.async('string');
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

/** Adds the report's number formats, fonts, fill and cell formats; returns the style index of each layout format. */
function addStyles(styles: string): { styles: string; index: Record<CellFormat | 'titleBig', number> } {
  const ids = [...styles.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const numberId = Math.max(199, ...ids) + 1;
  const percentId = numberId + 1;
  const formats = [
    `<numFmt numFmtId="${numberId}" formatCode="#,##0.##"/>`,
    `<numFmt numFmtId="${percentId}" formatCode="0.0%"/>`,
  ];
  if (/<numFmts[\s>]/.test(styles)) styles = appendTo(styles, 'numFmts', 'numFmt', formats).styles;
  else if (styles.includes('<fonts'))
    styles = styles.replace('<fonts', `<numFmts count="2">${formats.join('')}</numFmts><fonts`);
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

function sheetXml(layout: ReportLayout, styles: Record<CellFormat | 'titleBig', number>, widths: number[]): string {
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
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A4 landscape at full size: a wide block runs onto pages across (left to right, then down), never shrunk to one.
    '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown"/></worksheet>'
  );
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

/** Removes a sheet of that name (an earlier report of the same period) with its relationship, type and part. */
function removeSheet(zip: JSZip, parts: { workbook: string; rels: string; types: string }, name: string) {
  const element = [...parts.workbook.matchAll(/<sheet\s[^>]*\/>/g)]
    .map((m) => m[0])
    .find((e) => attribute(e, 'name')?.toLowerCase() === xmlText(name).toLowerCase()); // Excel ignores case here
  if (!element) return parts;
  const id = attribute(element, 'r:id');
  const rel = [...parts.rels.matchAll(/<Relationship\s[^>]*\/>/g)]
    .map((m) => m[0])
    .find((e) => attribute(e, 'Id') === id);
  if (!id || !rel) throw new NotInjectable('sheet without relationship');
  const target = attribute(rel, 'Target')!;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  zip.remove(path);
  zip.remove(path.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels'));
  return {
    workbook: parts.workbook.replace(element, ''),
    rels: parts.rels.replace(rel, ''),
    types: parts.types.replace(new RegExp(`<Override PartName="/${path.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`), ''),
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

/** Writes `output`: a copy of `input` with the layout as a new last sheet named `sheetName` (replacing one so named). */
export async function writeCopyWithSheet(
  input: string,
  output: string,
  sheetName: string,
  layout: ReportLayout,
  widths: number[],
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  let parts = { workbook: await text(zip, WORKBOOK), rels: await text(zip, RELS), types: await text(zip, TYPES) };
  const styles = addStyles(await text(zip, STYLES));
  parts = { ...parts, workbook: withoutOwnPrintTitles(parts.workbook, sheetName) };
  if (/<definedName[^>]*>[^<]*'?Báo cáo/.test(parts.workbook))
    throw new NotInjectable('defined names point at a report');
  parts = removeSheet(zip, parts, sheetName);

  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
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
  zip.file(
    WORKBOOK,
    withPrintTitles(parts.workbook.replace('</sheets>', `${sheet}</sheets>`), sheetName, sheetIds.length),
  );
  zip.file(
    RELS,
    parts.rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  zip.file(
    TYPES,
    parts.types.replace('</Types>', `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`),
  );
  zip.file(STYLES, styles.styles);
  zip.file(part, sheetXml(layout, styles.index, widths));
  writeFileSync(
    output,
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }),
  );
}
