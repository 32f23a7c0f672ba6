// `chitieu report … --docx OUT.docx [--date dd/mm/yyyy]`: the period's official report as a Word document.

import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ChiTieuError, type Lang, type ReportModel } from '../../core';
import { reportDocument } from '../../core/document/report-document';
import { parseViDate, vietnamDate, type CalendarDate } from '../../core/document/vi-format';
import { docxBuffer } from '../../docx/node';

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

/** Refuses, before any work, a --docx path that is the input, an existing file without --force, or a missing folder. */
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
  if (existsSync(full) && statSync(full).isDirectory())
    throw new ChiTieuError('output-is-folder', {
      vi: `"${out}" là một thư mục. Hãy ghi --docx là tên một tệp .docx.`,
      en: `"${out}" is a folder. Give --docx the name of a .docx file.`,
    });
  if (existsSync(full) && !force)
    throw new ChiTieuError('file-exists', {
      vi: `Tệp "${out}" đã có. chitieu không ghi đè tệp có sẵn; hãy chọn tên khác hoặc thêm --force.`,
      en: `"${out}" already exists. chitieu does not overwrite files; choose another name or add --force.`,
    });
  if (!existsSync(dirname(full)))
    throw new ChiTieuError('missing-folder', {
      vi: `Không có thư mục "${dirname(out)}" để ghi tệp Word. Hãy tạo thư mục đó hoặc chọn --docx ở nơi khác.`,
      en: `Folder "${dirname(out)}" does not exist. Create it or choose another --docx.`,
    });
}

/** Writes the document through a temporary file renamed into place, so a failure leaves no half-written file. */
export async function writeReportDocx(
  model: ReportModel,
  out: string,
  options: { date: CalendarDate; lang: Lang },
): Promise<void> {
  const bytes = await docxBuffer(reportDocument(model, options));
  const full = resolve(out);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, full);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ChiTieuError('write-failed', {
      vi: `Không ghi được "${out}" (${reason}). Hãy kiểm tra quyền ghi và dung lượng đĩa.`,
      en: `Could not write "${out}" (${reason}). Check write permission and free disk space.`,
    });
  }
}
