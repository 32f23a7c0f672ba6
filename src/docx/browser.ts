// The sidebar's Word renderer: report model → document model → .docx Blob, in the browser (build/DocxRenderer.html).

import { Packer } from 'docx';
import { reportDocument } from '../core/document/report-document';
import { vietnamDate } from '../core/document/vi-format';
import type { ReportModel } from '../core/report-model';
import { docxDocument } from './render';

export interface DocxRenderer {
  /** The .docx of a period's report and the file name to save it under; the date line is today in Vietnam. */
  render(model: ReportModel): Promise<{ blob: Blob; fileName: string }>;
}

const renderer: DocxRenderer = {
  async render(model) {
    const doc = reportDocument(model, { date: vietnamDate(new Date()) });
    return { blob: await Packer.toBlob(docxDocument(doc)), fileName: doc.fileName };
  },
};

(globalThis as { ChiTieuDocx?: DocxRenderer }).ChiTieuDocx = renderer;
