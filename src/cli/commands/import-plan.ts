// `chitieu import-plan PLAN [--json] [--into FILE.xlsx]`: proposes Targets rows from a plan (.txt, .docx or text .pdf) and can append them to a workbook.

import type ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  ChiTieuError,
  dataRows,
  findSheet,
  headerRow,
  KIND_WORDS,
  keyOf,
  missingColumns,
  readTable,
  TARGETS,
  type Lang,
} from '../../core';
import { htmlToText } from '../../core/plan/html';
import { layoutPdfText, readPdf, type PdfItem } from '../pdf-text';
import { importPlan, type PlanImport, type PlanTarget } from '../../core/plan';
import { CLI, LABEL } from '../../messages';
import { printJson, table } from '../output';
import { openWorkbook, sheetData } from '../xlsx';

export async function importPlanCommand(
  file: string,
  options: { json?: boolean; into?: string; lang: 'vi' | 'en' },
): Promise<number> {
  const text = await readPlan(file);
  const plan = importPlan(text);
  const appended = options.into ? await appendTargets(options.into, plan.targets) : null;
  if (options.json) {
    printJson({
      targets: plan.targets,
      warnings: plan.warnings.map((w) => ({
        code: w.code,
        line: w.line,
        message: options.lang === 'en' ? w.messageEn : w.message,
      })),
      ...(appended ? { into: { file: options.into, added: appended.added, skipped: appended.skipped } } : {}),
    });
  } else {
    printHuman(plan, options.lang, appended, options.into);
  }
  return plan.targets.length > 0 ? 0 : 1;
}

/** The plan's text: .docx through mammoth (lists and tables kept), anything else read as UTF-8 or UTF-16 text. */
export async function readPlan(file: string): Promise<string> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ChiTieuError('missing-file', CLI.text('missingPlan', { file }));
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    try {
      const mammoth = await import('mammoth');
      const { value } = await mammoth.convertToHtml({ path: file });
      return htmlToText(value);
    } catch {
      throw unreadable(file);
    }
  }
  if (ext === '.pdf') return readPdfPlan(file);
  if (['.doc', '.xlsx', '.xls', '.odt', '.rtf', '.pages'].includes(ext)) {
    throw new ChiTieuError('unsupported-plan', CLI.text('unsupportedPlan', { file, ext }));
  }
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\ufffd')) throw unreadable(file);
  return text;
}

/** A text PDF's lines (tables with tab-separated cells); a PDF without text (a scan) gets its own message. */
function readPdfPlan(file: string): string {
  let pdf: { pages: number; items: PdfItem[] };
  try {
    pdf = readPdf(file);
  } catch {
    throw new ChiTieuError('unreadable-plan', CLI.text('pdfUnreadable', { file }));
  }
  const letters = pdf.items.reduce((n, it) => n + (it.str.match(/[\p{L}\d]/gu)?.length ?? 0), 0);
  if (letters < 20) {
    throw new ChiTieuError('scanned-pdf', CLI.text('pdfScanned', { file, pages: pdf.pages }));
  }
  return layoutPdfText(pdf.items);
}

function unreadable(file: string): ChiTieuError {
  return new ChiTieuError('unreadable-plan', CLI.text('unreadablePlan', { file }));
}

interface Appended {
  added: string[];
  skipped: string[];
}

/** Appends the targets whose keys are not on the Targets tab yet; existing rows are never changed. */
async function appendTargets(into: string, targets: PlanTarget[]): Promise<Appended> {
  const workbook = await openWorkbook(into);
  const { sheet, columns, lastRow, keys } = targetsSheet(workbook);
  const added: string[] = [];
  const skipped: string[] = [];
  let row = lastRow;
  for (const target of targets) {
    if (keys.has(keyOf(target.key))) {
      skipped.push(target.key);
      continue;
    }
    row++;
    const values: Record<string, string | number> = {
      key: target.key,
      label: target.label,
      unit: target.unit,
      target: target.target,
      kind: KIND_WORDS[target.kind][0],
      group: target.group,
    };
    for (const [id, value] of Object.entries(values)) {
      const column = columns[id];
      if (column !== undefined) sheet.getRow(row).getCell(column + 1).value = value;
    }
    keys.add(keyOf(target.key));
    added.push(target.key);
  }
  if (added.length > 0) await workbook.xlsx.writeFile(into);
  return { added, skipped };
}

function targetsSheet(workbook: ExcelJS.Workbook): {
  sheet: ExcelJS.Worksheet;
  columns: Record<string, number>;
  lastRow: number;
  keys: Set<string>;
} {
  const data = { sheets: workbook.worksheets.map(sheetData) };
  const found = findSheet(data, TARGETS);
  if (!found) {
    const sheet = workbook.addWorksheet(TARGETS.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(headerRow(TARGETS));
    sheet.getRow(1).font = { bold: true };
    const columns = Object.fromEntries(TARGETS.columns.map((c, i) => [c.id, i]));
    return { sheet, columns, lastRow: 1, keys: new Set() };
  }
  const parsed = readTable(found, TARGETS);
  const missing = missingColumns(parsed);
  if (missing.length > 0) {
    throw ChiTieuError.ofProblems('bad-workbook', missing);
  }
  const sheet = workbook.worksheets.find((w) => w.name === found.name)!;
  const keys = new Set(dataRows(parsed).map((r) => keyOf(r.get('key'))));
  return { sheet, columns: parsed.columns, lastRow: found.rows.length, keys };
}

function printHuman(plan: PlanImport, lang: Lang, appended: Appended | null, into: string | undefined): void {
  const say = CLI.say;
  if (plan.targets.length > 0) {
    console.log(
      table(
        [
          say(lang, 'line'),
          say(lang, 'key'),
          say(lang, 'label'),
          say(lang, 'measureLong'),
          say(lang, 'target'),
          say(lang, 'kind'),
          say(lang, 'group'),
        ],
        plan.targets.map((p) => [
          String(p.line),
          p.key,
          p.label,
          p.unit,
          p.target,
          // The Kind column's words in Vietnamese (what the Targets tab takes); the code itself in English.
          lang === 'en' ? p.kind : LABEL.say('vi', p.kind),
          p.group,
        ]),
        [7, 24, 50, 14, 10, 11, 26],
      ),
    );
  }
  for (const w of plan.warnings) console.log(lang === 'en' ? w.messageEn : w.message);
  console.log(say(lang, 'proposed', { count: plan.targets.length }));
  if (appended && into) {
    console.log(
      say(lang, 'appended', {
        added: appended.added.length,
        tab: lang === 'en' ? TARGETS.english : TARGETS.name,
        file: into,
        skipped: appended.skipped.length,
        keys: appended.skipped.join(', '),
      }),
    );
  }
}
