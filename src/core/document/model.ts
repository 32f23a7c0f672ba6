// A plain document model (sections, headings, paragraphs, tables): what the core says, before any renderer (.docx).

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** Font size in points; the document's size when absent. */
  size?: number;
  /** The first line indented (body text of an official document). */
  indent?: boolean;
  /** Space before the paragraph, in points. */
  spaceBefore?: number;
  /** Space after the paragraph, in points. */
  spaceAfter?: number;
  /** Keep on the same page as the next block (headings, captions). */
  keepWithNext?: boolean;
}

export interface Cell {
  paragraphs: Paragraph[];
  /** How many columns the cell spans (group rows). */
  span?: number;
  /** A light background: header rows and group rows. */
  shaded?: boolean;
}

export interface Table {
  kind: 'table';
  /** Column widths in millimetres; they add up to the text width of the page. */
  widths: number[];
  /** Rows repeated at the top of every page the table runs onto. */
  header: Cell[][];
  rows: Cell[][];
  borders: boolean;
  /** Font size of the cells in points. */
  size: number;
}

export type Block = Paragraph | Table;

export interface Section {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface DocumentModel {
  /** The document's title (file properties). */
  title: string;
  /** A file name a person would keep: "bao-cao-dot-2.docx". */
  fileName: string;
  font: string;
  /** Body text size in points. */
  size: number;
  /** A4 in millimetres, as a portrait page; landscape sections turn it. */
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  sections: Section[];
}

/** The text of a document, block by block (tests, and a quick look at what a renderer receives). */
export function documentText(doc: DocumentModel): string {
  const lines: string[] = [];
  const para = (p: Paragraph) => lines.push(p.runs.map((r) => r.text).join(''));
  for (const section of doc.sections)
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') para(block);
      else
        for (const row of [...block.header, ...block.rows])
          lines.push(
            row.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' / ')).join(' | '),
          );
    }
  return lines.join('\n');
}
