// `chitieu import-plan PLAN [--json] [--into FILE.xlsx]`: proposes Targets rows from a plan (.txt, .docx or text .pdf) and can append them to a workbook.

import type { CommandSpec } from '../command-kit';
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
import { parsePlan, type ExistingTarget, type PlanImport, type PlanTarget } from '../../core/plan';
import { CLI, LABEL, PLAN } from '../../messages';
import { printJson, table, headings } from '../output';
import { writeOutputFile } from '../output-file';
import { openWorkbook, sheetData } from '../xlsx';

export async function importPlanCommand(
  file: string,
  options: { json?: boolean; into?: string; lang: 'vi' | 'en' },
): Promise<number> {
  const text = await readPlan(file);
  // Against a workbook, a key its Targets tab holds for another target becomes "-2" (never a skip).
  const existing = options.into ? targetsSheet(await openWorkbook(options.into)).existing : [];
  const plan = parsePlan(text, existing);
  const appended = options.into ? await appendTargets(options.into, plan.targets) : null;
  if (options.json) {
    printJson({
      // `exists` says something only against a workbook (--into).
      targets: options.into ? plan.targets : plan.targets.map(({ exists: _exists, ...t }) => t),
      warnings: plan.warnings.map((w) => ({
        code: w.code,
        line: w.line,
        message: options.lang === 'en' ? w.messageEn : w.message,
      })),
      ...(appended
        ? {
            into: {
              file: options.into,
              added: appended.added,
              skipped: appended.skipped,
              renamed: plan.targets.filter((t) => t.renamedFrom).map((t) => ({ from: t.renamedFrom, to: t.key })),
            },
          }
        : {}),
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
  // Written whole then renamed over the file: a full disk half-way leaves the workbook as it was.
  if (added.length > 0) await writeOutputFile(into, (temp) => workbook.xlsx.writeFile(temp), '--into');
  return { added, skipped };
}

function targetsSheet(workbook: ExcelJS.Workbook): {
  sheet: ExcelJS.Worksheet;
  columns: Record<string, number>;
  lastRow: number;
  keys: Set<string>;
  existing: ExistingTarget[];
} {
  const data = { sheets: workbook.worksheets.map(sheetData) };
  const found = findSheet(data, TARGETS);
  if (!found) {
    const sheet = workbook.addWorksheet(TARGETS.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(headerRow(TARGETS));
    sheet.getRow(1).font = { bold: true };
    const columns = Object.fromEntries(TARGETS.columns.map((c, i) => [c.id, i]));
    return { sheet, columns, lastRow: 1, keys: new Set(), existing: [] };
  }
  const parsed = readTable(found, TARGETS);
  const missing = missingColumns(parsed);
  if (missing.length > 0) {
    throw new ChiTieuError('bad-workbook', {
      vi: missing.map((p) => p.message).join('\n'),
      en: missing.map((p) => p.messageEn).join('\n'),
    });
  }
  const sheet = workbook.worksheets.find((w) => w.name === found.name)!;
  const rows = dataRows(parsed);
  const keys = new Set(rows.map((r) => keyOf(r.get('key'))));
  const existing = rows.map((r) => ({
    key: String(r.get('key') ?? '').trim(),
    label: String(r.get('label') ?? ''),
    unit: String(r.get('unit') ?? ''),
  }));
  return { sheet, columns: parsed.columns, lastRow: found.rows.length, keys, existing };
}

function printHuman(plan: PlanImport, lang: Lang, appended: Appended | null, into: string | undefined): void {
  if (plan.targets.length > 0) {
    console.log(
      table(
        headings(lang, ['line', 'key', 'label', 'measureLong', 'target', 'kind', 'group']),
        plan.targets.map((p) => [
          String(p.line),
          p.key,
          p.label,
          p.unit,
          p.target,
          lang === 'en' ? p.kind : LABEL.say('vi', p.kind),
          p.group,
        ]),
        [7, 24, 50, 14, 10, 11, 26],
      ),
    );
  }
  for (const w of plan.warnings) console.log(lang === 'en' ? w.messageEn : w.message);
  console.log(CLI.say(lang, 'proposed', { count: plan.targets.length }));
  for (const target of plan.targets.filter((t) => t.renamedFrom)) {
    const text = PLAN.text('renamed', {
      from: target.renamedFrom!,
      to: target.key,
      label: target.label,
      tab: lang === 'en' ? TARGETS.english : TARGETS.name,
    });
    console.log(lang === 'en' ? text.en : text.vi);
  }
  if (appended && into) {
    console.log(
      CLI.say(lang, 'appended', {
        added: appended.added.length,
        tab: lang === 'en' ? TARGETS.english : TARGETS.name,
        file: into,
        skipped: appended.skipped.length,
        keys: appended.skipped.join(', '),
      }),
    );
  }
}

/** `chitieu import-plan` as commander reads it. */
export const importPlanSpec: CommandSpec<[string], { into?: string }> = {
  name: 'import-plan',
  about: 'importPlanAbout',
  args: [['<plan>', 'planFile']],
  options: [['--into <file>', 'intoOption']],
  run: ([plan], options) => importPlanCommand(plan, options),
};
