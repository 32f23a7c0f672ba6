// Renders the core's document model to a .docx with the `docx` package (Node and browser; never in build/Code.js).

import {
  AlignmentType,
  Document,
  PageOrientation,
  Paragraph as DocxParagraph,
  ShadingType,
  Table as DocxTable,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Align, Cell, DocumentModel, Paragraph, Table } from '../core/document/model';
import { LABEL } from '../messages';

/** Twentieths of a point per millimetre (1 inch = 25,4 mm = 1440 twips). */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;
/** First-line indent of body text (1 cm) and the light fill of header rows. */
const INDENT_MM = 10;
const SHADE = 'E7E6E6';

function paragraph(p: Paragraph, size: number): DocxParagraph {
  const points = p.size ?? size;
  return new DocxParagraph({
    alignment: ALIGN[p.align ?? 'justify'],
    indent: p.indent ? { firstLine: twips(INDENT_MM) } : undefined,
    spacing: { before: Math.round((p.spaceBefore ?? 0) * 20), after: Math.round((p.spaceAfter ?? 0) * 20), line: 276 },
    keepNext: p.keepWithNext,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: points * 2,
        }),
    ),
  });
}

function cell(c: Cell, table: Table, column: number): TableCell {
  const span = c.span ?? 1;
  const width = table.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: c.paragraphs.map((p) => paragraph({ ...p, spaceBefore: 0, spaceAfter: 0 }, table.size)),
    columnSpan: span > 1 ? span : undefined,
    width: { size: twips(width), type: WidthType.DXA },
    shading: c.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: SHADE } : undefined,
    margins: table.borders ? { left: twips(1), right: twips(1), top: 0, bottom: 0 } : undefined,
  });
}

function row(cells: Cell[], table: Table, header: boolean): TableRow {
  let column = 0;
  const children = cells.map((c) => {
    const built = cell(c, table, column);
    column += c.span ?? 1;
    return built;
  });
  return new TableRow({ children, tableHeader: header || undefined, cantSplit: true });
}

function table(t: Table): DocxTable {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return new DocxTable({
    width: { size: twips(total), type: WidthType.DXA },
    columnWidths: t.widths.map(twips),
    layout: TableLayoutType.FIXED,
    borders: t.borders ? undefined : TableBorders.NONE,
    rows: [...t.header.map((r) => row(r, t, true)), ...t.rows.map((r) => row(r, t, false))],
  });
}

/** The docx Document of a model: A4, the model's margins, one Word section per model section. */
export function docxDocument(model: DocumentModel): Document {
  const { width, height, margins } = model.page;
  return new Document({
    creator: LABEL.say('vi', 'appName'),
    title: model.title,
    styles: { default: { document: { run: { font: model.font, size: model.size * 2 } } } },
    sections: model.sections.map((section) => ({
      properties: {
        page: {
          size: {
            width: twips(width),
            height: twips(height),
            orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: twips(margins.top),
            bottom: twips(margins.bottom),
            left: twips(margins.left),
            right: twips(margins.right),
          },
        },
      },
      children: section.blocks.map((b) => (b.kind === 'paragraph' ? paragraph(b, model.size) : table(b))),
    })),
  });
}
