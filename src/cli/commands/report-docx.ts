// `chitieu report … --docx OUT.docx [--date dd/mm/yyyy]`: the period's official report as a Word document.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChiTieuError, type Lang, type ReportModel } from '../../core';
import { reportDocument } from '../../core/document/report-document';
import { parseViDate, vietnamDate, type CalendarDate } from '../../core/document/vi-format';
import { docxBuffer } from '../../docx/node';
import { checkOutputPath, writeOutputFile } from '../output-file';

/** The date line's date: `--date dd/mm/yyyy`, else today in Vietnam. */
export function documentDate(text: string | undefined, now = new Date()): CalendarDate {
  if (text === undefined) return vietnamDate(now);
  const date = parseViDate(text);
  if (!date)
    throw new ChiTieuError('bad-date-option', {
      vi: `--date "${text}" không phải là ngày hợp lệ. Hãy ghi ngày/tháng/năm, ví dụ --date 23/07/2024.`,
      en: `--date "${text}" is not a valid date. Write day/month/year, e.g. --date 23/07/2024.`,
    });
  return date;
}

/** Refuses, before any work, a --docx path that is the input, not a .docx, or not writable (i9's output-file check). */
export function checkDocxPath(out: string, input: string, force: boolean | undefined): void {
  const full = resolve(out);
  if (full === resolve(input))
    throw new ChiTieuError('same-file', {
      vi: 'Tệp Word (--docx) phải khác tệp đầu vào: chitieu không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác.',
      en: 'The Word file (--docx) must differ from the input: chitieu never overwrites the source. Choose another name.',
    });
  if (!/\.docx$/i.test(out))
    throw new ChiTieuError('not-docx', {
      vi: `"${out}" không có đuôi .docx. Hãy đặt tên tệp Word kết thúc bằng .docx, ví dụ bao-cao-dot-1.docx.`,
      en: `"${out}" does not end in .docx. Name the Word file with .docx, e.g. report-period-1.docx.`,
    });
  checkOutputPath(out, { force, flag: '--docx' });
}

/** Writes the document through a temporary file renamed into place: a failure leaves no half-written file. */
export async function writeReportDocx(
  model: ReportModel,
  out: string,
  options: { date: CalendarDate; lang: Lang },
): Promise<void> {
  const bytes = await docxBuffer(reportDocument(model, options));
  await writeOutputFile(out, (temp) => writeFileSync(temp, bytes), '--docx');
}
