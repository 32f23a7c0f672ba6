// The .docx as bytes in Node (the CLI).

import { Packer } from 'docx';
import type { DocumentModel } from '../core/document/model';
import { docxDocument } from './render';

export async function docxBuffer(model: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model));
}
