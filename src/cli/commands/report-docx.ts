// `chitieu report … --docx OUT.docx [--date dd/mm/yyyy]`: the period's official report as a Word document.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChiTieuError, type Lang, type ReportModel } from '../../core';
import { reportDocument } from '../../core/document/report-document';
import { parseViDate, vietnamDate, type CalendarDate } from '../../core/document/vi-format';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { CLI } from '../../messages';

/** The date line's date: `--date dd/mm/yyyy`, else today in Vietnam. */
export function documentDate(text: string | undefined, now = new Date()): CalendarDate {
  if (text === undefined) return vietnamDate(now);
  const date = parseViDate(text);
  if (!date) throw new ChiTieuError('bad-date-option', CLI.text('badDateOption', { text }));
  return date;
}

/** Refuses, before any work, a --docx path that is the input, not a .docx, or not writable (i9's output-file check). */
export function checkDocxPath(out: string, input: string, force: boolean | undefined): void {
  const full = resolve(out);
  if (full === resolve(input)) throw new ChiTieuError('same-file', CLI.text('sameDocx'));
  if (!/\.docx$/i.test(out)) throw new ChiTieuError('not-docx', CLI.text('notDocx', { file: out }));
  checkOutputPath(out, { force, flag: '--docx' });
}

/** Writes the document through a temporary file renamed into place: a failure leaves no half-written file. */
export async function writeReportDocx(
  model: ReportModel,
  out: string,
  options: { date: CalendarDate; lang: Lang },
): Promise<void> {
  // The docx package is loaded only when a document is asked for (it costs every other command ~40 ms to load).
  const { docxBuffer } = await import('../../docx/node');
  const bytes = await docxBuffer(reportDocument(model, options));
  await writeOutputFile(out, (temp) => writeFileSync(temp, bytes), '--docx');
}
