// The official report of a period as a document model (docs/DOMAIN.md, "The official report document (.docx)").

import { pick, type Lang } from '../messages';
import type { Reporting } from '../deadlines';
import type { ReportModel, TargetRow } from '../report-model';
import { fold } from '../text';
import { targetHeading } from '../short-label';
import { DOCUMENT_SENTENCE, DOCUMENT_WORD } from '../../messages';
import type { Block, Cell, DocumentModel, Paragraph, Run, Table } from './model';
import { viDateWords, viIsoDate, viNumber, viPercent, viPoints, vietnamDate, type CalendarDate } from './vi-format';

/** A4 and the margins of Hướng dẫn 29-HD/TWĐTN-VP, in millimetres. */
export const A4 = { width: 210, height: 297 } as const;
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 20 } as const;
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const LANDSCAPE_WIDTH = A4.height - MARGINS.left - MARGINS.right;
const BODY_SIZE = 14;
const TABLE_SIZE = 12;
const APPENDIX_SIZE = 10;
/** Appendix: the STT and unit columns, then each target at least this wide (mm). */
const APPENDIX_FIXED = [9, 50];
const APPENDIX_MIN_COLUMN = 19;

export interface ReportDocumentOptions {
  /** The date line's date; today in Vietnam when absent. */
  date?: CalendarDate;
  lang?: Lang;
}

/** Builds the document; pure: the date comes in (or from the report's own generation time). */
export function reportDocument(model: ReportModel, options: ReportDocumentOptions = {}): DocumentModel {
  const lang = options.lang ?? 'vi';
  const L = (text: { vi: string; en: string }) => pick(text, lang);
  const date = options.date ?? vietnamDate(new Date(model.generatedAt));
  const settings = model.documentSettings ?? {};
  const campaign = model.campaign || L(DOCUMENT_WORD.text('campaignFallback'));
  const period = model.period;
  const from = viIsoDate(period.from);
  const to = viIsoDate(period.to);
  const words = viDateWords(date);
  const dateText = `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
  const reference = settings.reference
    ? /^(số|no\.?)\s*:/i.test(settings.reference)
      ? settings.reference
      : L(DOCUMENT_WORD.text('referencePrefix')) + settings.reference
    : L(DOCUMENT_WORD.text('blankReference'));

  const portrait: Block[] = [
    headerTable(model, settings, reference, words, L),
    para([{ text: L(DOCUMENT_WORD.text('title')), bold: true }], { align: 'center', size: 15, spaceBefore: 12 }),
    para([{ text: L(DOCUMENT_SENTENCE.text('subject', { campaign, period: period.name })), bold: true }], {
      align: 'center',
    }),
    para([{ text: L(DOCUMENT_SENTENCE.text('dates', { from, to })), italic: true }], { align: 'center' }),
    para([{ text: '-----' }], { align: 'center', spaceAfter: 6 }),
    para(
      [
        {
          text: L(
            DOCUMENT_SENTENCE.text('intro', {
              campaign,
              body: settings.issuingBody ? titleCase(settings.issuingBody) : L(DOCUMENT_SENTENCE.text('bodyFallback')),
              period: period.name,
              from,
              to,
              generated: viIsoDate(generatedLocal(model.generatedAt)),
            }),
          ),
        },
      ],
      { indent: true, align: 'justify' },
    ),
    heading(L(DOCUMENT_WORD.text('sectionResults'))),
    heading(L(DOCUMENT_WORD.text('summaryHeading')), false),
    ...summary(model, L).map((text) => para([{ text }], { indent: true, align: 'justify' })),
    heading(L(DOCUMENT_WORD.text('tableHeading')), false),
    targetTable(model.targets, L),
    para([{ text: L(DOCUMENT_WORD.text('percentNote')), italic: true }], { size: 11, spaceAfter: 6 }),
    heading(L(DOCUMENT_WORD.text('highlightsHeading')), false),
    ...boardPlace(L(DOCUMENT_WORD.text('boardWritesHighlights')), L),
    heading(L(DOCUMENT_WORD.text('sectionReporting'))),
    ...reportingBlocks(model, L),
    heading(L(DOCUMENT_WORD.text('sectionRanking'))),
    para([{ text: L(model.rankingRule) }], { indent: true, align: 'justify' }),
    rankingTable(model, L),
    heading(L(DOCUMENT_WORD.text('sectionLimits'))),
    ...boardPlace(L(DOCUMENT_WORD.text('boardWritesLimits')), L),
    heading(L(DOCUMENT_WORD.text('sectionNext'))),
    ...boardPlace(L(DOCUMENT_WORD.text('boardWritesNext')), L),
    // The closing sentence stays on the page of the signature block.
    para([{ text: L(DOCUMENT_SENTENCE.text('closing', { campaign, period: period.name })) }], {
      indent: true,
      spaceAfter: 6,
      keepWithNext: true,
    }),
    signatureTable(settings, L),
  ];

  const appendix: Block[] = [
    para([{ text: L(DOCUMENT_WORD.text('appendixTitle')), bold: true }], { align: 'center', size: 14 }),
    para([{ text: L(DOCUMENT_SENTENCE.text('appendixSubtitle', { period: period.name, from, to })), bold: true }], {
      align: 'center',
    }),
    para(
      [
        {
          text: L(
            DOCUMENT_SENTENCE.text('appendixOf', {
              reference: reference.replace(/^(Số|No\.)\s*:\s*/i, ''),
              date: dateText,
            }),
          ),
          italic: true,
        },
      ],
      {
        align: 'center',
        size: 12,
        spaceAfter: 6,
      },
    ),
    ...appendixTables(model, L),
    para([{ text: L(DOCUMENT_WORD.text('noReportMark')), italic: true }], { size: 11 }),
    ...(model.targets.some((t) => t.kind === 'percent')
      ? [para([{ text: L(DOCUMENT_WORD.text('percentUnitNote')), italic: true }], { size: 11 })]
      : []),
  ];

  return {
    title: `${L(DOCUMENT_WORD.text('title'))} – ${L(DOCUMENT_SENTENCE.text('subject', { campaign, period: period.name }))}`,
    fileName: `bao-cao-${slug(period.name)}.docx`,
    font: 'Times New Roman',
    size: BODY_SIZE,
    page: { ...A4, margins: { ...MARGINS } },
    sections: [
      { orientation: 'portrait', blocks: portrait },
      { orientation: 'landscape', blocks: appendix },
    ],
  };
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'dot'
  );
}

/** "2026-11-23T17:55:00Z" → "2026-11-24": the day in Vietnam. */
function generatedLocal(iso: string): string {
  const d = vietnamDate(new Date(iso));
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "BCH QUẬN ĐOÀN 11" → "Ban Chấp hành Quận Đoàn 11" is beyond a rule: keep the words, only soften the capitals. */
function titleCase(body: string): string {
  if (body !== body.toUpperCase()) return body;
  return body
    .toLowerCase()
    .split(' ')
    .map((w) => (/^(bch|btv|tp\.?|tncs)$/.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function para(runs: Run[], options: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  return { kind: 'paragraph', runs, ...options };
}

function heading(text: string, major = true): Paragraph {
  return para([{ text, bold: true, italic: !major }], {
    keepWithNext: true,
    spaceBefore: major ? 6 : 3,
    spaceAfter: 3,
  });
}

function cell(text: string, options: { bold?: boolean; italic?: boolean; align?: Paragraph['align'] } = {}): Cell {
  return {
    paragraphs: [para([{ text, bold: options.bold, italic: options.italic }], { align: options.align ?? 'left' })],
  };
}

function headCell(text: string): Cell {
  return { paragraphs: [para([{ text, bold: true }], { align: 'center' })], shaded: true };
}

const num = (text: string) => cell(text, { align: 'right' });

/** The two-column header: bodies and number at the left, the Union and the date line at the right. */
function headerTable(
  model: ReportModel,
  settings: ReportModel['documentSettings'],
  reference: string,
  words: { day: string; month: string; year: string },
  L: (t: { vi: string; en: string }) => string,
): Table {
  void model;
  const left: Paragraph[] = [];
  if (settings.upperBody) left.push(para([{ text: settings.upperBody.toUpperCase() }], { align: 'center', size: 13 }));
  left.push(
    para([{ text: (settings.issuingBody ?? L(DOCUMENT_WORD.text('blankBody'))).toUpperCase(), bold: true }], {
      align: 'center',
      size: 13,
    }),
  );
  left.push(para([{ text: '***' }], { align: 'center', size: 13 }));
  left.push(para([{ text: reference }], { align: 'center', size: 13 }));
  const place = settings.place ?? L(DOCUMENT_WORD.text('blankPlace'));
  const right: Paragraph[] = [
    para([{ text: L(DOCUMENT_WORD.text('union')), bold: true, underline: true }], { align: 'center', size: 15 }),
    para([{ text: '' }], { align: 'center', size: 13 }),
    para([{ text: L(DOCUMENT_SENTENCE.text('dateLine', { place, ...words })), italic: true }], {
      align: 'center',
      size: 13,
    }),
  ];
  return {
    kind: 'table',
    widths: [70, TEXT_WIDTH - 70],
    header: [],
    rows: [[{ paragraphs: left }, { paragraphs: right }]],
    borders: false,
    size: 13,
  };
}

type Lx = (t: { vi: string; en: string }) => string;

function statusText(t: TargetRow, L: Lx): string {
  const status =
    t.status === 'exceeded'
      ? L(DOCUMENT_WORD.text('exceeded'))
      : t.status === 'met'
        ? L(DOCUMENT_WORD.text('met'))
        : L(DOCUMENT_WORD.text('notMet'));
  return t.status === 'not-met' && t.paceStatus === 'behind' ? `${status}, ${L(DOCUMENT_WORD.text('behind'))}` : status;
}

/** A target's figure as people read it: a count as a number, a percent target in percent. */
function figure(t: TargetRow, value: number): string {
  return t.kind === 'percent' ? viPoints(value) : viNumber(value);
}

/** The summary sentences, each from the figures. */
export function summary(model: ReportModel, L: Lx): string[] {
  const targets = model.targets;
  const exceeded = targets.filter((t) => t.status === 'exceeded');
  const met = targets.filter((t) => t.status === 'met');
  const behind = targets.filter((t) => t.status === 'not-met' && t.paceStatus === 'behind');
  const named = (list: TargetRow[]) => list.map((t) => `${t.label} (${viPercent(t.attainment)})`).join('; ');
  const to = viIsoDate(model.period.to);
  const elapsed = viPercent(targets[0]?.expected ?? 0);
  const sentences = [
    L(
      DOCUMENT_SENTENCE.text('targetsDone', {
        total: targets.length,
        done: exceeded.length + met.length,
        exceeded: exceeded.length,
        met: met.length,
        notMet: targets.length - exceeded.length - met.length,
      }),
    ),
  ];
  if (exceeded.length) sentences.push(L(DOCUMENT_SENTENCE.text('exceededList', { list: named(exceeded) })));
  sentences.push(
    behind.length
      ? L(DOCUMENT_SENTENCE.text('behindList', { to, elapsed, count: behind.length, list: named(behind) }))
      : L(DOCUMENT_SENTENCE.text('noneBehind', { to, elapsed })),
  );
  const total = model.units.length;
  const none = model.nonReporting.length;
  const count = (status: Reporting) => model.units.filter((u) => u.reporting === status).length;
  sentences.push(
    L(
      DOCUMENT_SENTENCE.text('unitsReportedTimely', {
        reported: total - none,
        total,
        onTime: count('on-time'),
        late: count('late'),
        unknown: count('unknown'),
        none,
      }),
    ),
  );
  if (model.closedAt) {
    const local = new Date(new Date(model.closedAt).getTime() + 7 * 3_600_000).toISOString();
    sentences.push(L(DOCUMENT_SENTENCE.text('closedAt', { time: local.slice(11, 16), date: viIsoDate(local) })));
  }
  if (model.lateChanges?.length) {
    const periods = [...new Set(model.lateChanges.flatMap((c) => c.periods))].join(', ');
    const list = model.lateChanges
      .map((c) => `${c.label} (${c.change > 0 ? '+' : ''}${viNumber(c.change)} ${c.unit})`.replace(/ \)$/, ')'))
      .join('; ');
    sentences.push(L(DOCUMENT_SENTENCE.text('lateChanges', { periods, list })));
  }
  if (model.errors || model.warnings)
    sentences.push(
      L(
        DOCUMENT_SENTENCE.text('dataProblems', {
          errors: model.errors,
          warnings: model.warnings,
          excluded: model.excludedRows.length,
        }),
      ),
    );
  return sentences;
}

/** The per-target table, grouped as the plan groups its targets (the Targets tab's Nhóm). */
function targetTable(targets: TargetRow[], L: Lx): Table {
  const widths = [11, 47, 15, 16, 17, 17, 17, 20];
  const header = [
    [
      headCell(L(DOCUMENT_WORD.text('colNo'))),
      headCell(L(DOCUMENT_WORD.text('colLabel'))),
      headCell(L(DOCUMENT_WORD.text('colMeasure'))),
      headCell(L(DOCUMENT_WORD.text('colTarget'))),
      headCell(L(DOCUMENT_WORD.text('colPeriod'))),
      headCell(L(DOCUMENT_WORD.text('colCumulative'))),
      headCell(L(DOCUMENT_WORD.text('colAttainment'))),
      headCell(L(DOCUMENT_WORD.text('colStatus'))),
    ],
  ];
  const groups = new Map<string, { row: TargetRow; index: number }[]>();
  targets.forEach((row, index) => {
    const group = row.group.trim();
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push({ row, index });
  });
  const showGroups = groups.size > 1 || (groups.size === 1 && !groups.has(''));
  const rows: Cell[][] = [];
  for (const [group, members] of groups) {
    if (showGroups)
      rows.push([
        {
          paragraphs: [para([{ text: group || L(DOCUMENT_WORD.text('otherGroup')), bold: true }])],
          span: widths.length,
          shaded: true,
        },
      ]);
    for (const { row: t, index } of members)
      rows.push([
        cell(String(index + 1), { align: 'center' }),
        cell(t.label || t.key),
        cell(t.unit, { align: 'center' }),
        num(t.kind === 'percent' ? viPoints(t.target) : viNumber(t.target)),
        num(figure(t, t.periodResult)),
        num(figure(t, t.cumulative)),
        num(viPercent(t.attainment)),
        cell(statusText(t, L), { align: 'center' }),
      ]);
  }
  return { kind: 'table', widths, header, rows, borders: true, size: TABLE_SIZE };
}

function unitName(u: { code: string; name: string }): string {
  return u.name ? `${u.name} (${u.code})` : u.code;
}

function reportingBlocks(model: ReportModel, L: Lx): Paragraph[] {
  const byCode = new Map(model.units.map((u) => [u.code, u]));
  const names = (codes: string[]) => codes.map((c) => unitName(byCode.get(c) ?? { code: c, name: '' })).join('; ');
  const blocks: Paragraph[] = [];
  if (model.period.deadline)
    blocks.push(
      para([{ text: L(DOCUMENT_SENTENCE.text('deadline', { deadline: viIsoDate(model.period.deadline) })) }], {
        indent: true,
      }),
    );
  blocks.push(
    model.nonReporting.length
      ? para(
          [
            {
              text: L(
                DOCUMENT_SENTENCE.text('nonReporting', {
                  count: model.nonReporting.length,
                  list: names(model.nonReporting),
                }),
              ),
            },
          ],
          {
            indent: true,
            align: 'justify',
          },
        )
      : para(
          [
            { text: L(DOCUMENT_SENTENCE.text('nonReportingHeading')) },
            { text: L(DOCUMENT_WORD.text('everyoneReported')) },
          ],
          { indent: true },
        ),
  );
  const late = model.lateUnits;
  blocks.push(
    late.length
      ? para([{ text: L(DOCUMENT_SENTENCE.text('lateUnits', { count: late.length, list: names(late) })) }], {
          indent: true,
          align: 'justify',
        })
      : para([{ text: L(DOCUMENT_SENTENCE.text('lateHeading')) }, { text: L(DOCUMENT_WORD.text('noLateUnits')) }], {
          indent: true,
        }),
  );
  return blocks;
}

function rankingTable(model: ReportModel, L: Lx): Table {
  const byCode = new Map(model.units.map((u) => [u.code, u]));
  return {
    kind: 'table',
    widths: [18, 92, 22, 28],
    header: [
      [
        headCell(L(DOCUMENT_WORD.text('colRank'))),
        headCell(L(DOCUMENT_WORD.text('colUnit'))),
        headCell(L(DOCUMENT_WORD.text('colScore'))),
        headCell(L(DOCUMENT_WORD.text('colEntries'))),
      ],
    ],
    rows: model.ranking.map((r) => [
      cell(String(r.rank), { align: 'center' }),
      cell(unitName(byCode.get(r.code) ?? r)),
      num(viNumber(r.score)),
      num(viNumber(r.validEntries)),
    ]),
    borders: true,
    size: TABLE_SIZE,
  };
}

/** A clearly marked place for the board to write: the prompt in brackets, then dotted lines. */
function boardPlace(prompt: string, L: Lx): Paragraph[] {
  return [
    para([{ text: prompt, italic: true }], { indent: true }),
    ...[0, 1, 2].map(() => para([{ text: L(DOCUMENT_WORD.text('dotted')) }], { align: 'left' })),
  ];
}

/** Nơi nhận at the left, the signature block at the right. */
function signatureTable(settings: ReportModel['documentSettings'], L: Lx): Table {
  const recipients = (settings.recipients ?? '')
    .split(/[;\n]/)
    .map((r) => r.trim().replace(/[;.,]+$/, ''))
    .filter(Boolean);
  const lines = recipients.length ? recipients : [L(DOCUMENT_WORD.text('recipientsFallback'))];
  const left: Paragraph[] = [
    para([{ text: L(DOCUMENT_WORD.text('recipients')), bold: true, italic: true }], { size: 12 }),
    ...lines.map((line, i) =>
      para([{ text: `- ${line}${i === lines.length - 1 ? '.' : ';'}` }], { size: 11, align: 'left' }),
    ),
  ];
  const onBehalf = settings.onBehalfOf
    ? /^(tm|t\/m|kt|tl|tuq)\b\.?/i.test(settings.onBehalfOf)
      ? settings.onBehalfOf.toUpperCase()
      : L(DOCUMENT_WORD.text('onBehalfPrefix')) + settings.onBehalfOf.toUpperCase()
    : L(DOCUMENT_WORD.text('onBehalfDefault'));
  const right: Paragraph[] = [para([{ text: onBehalf, bold: true }], { align: 'center', size: 13 })];
  if (settings.signatoryTitle)
    right.push(para([{ text: settings.signatoryTitle.toUpperCase(), bold: true }], { align: 'center', size: 13 }));
  for (let i = 0; i < 4; i++) right.push(para([{ text: '' }], { align: 'center' }));
  right.push(para([{ text: settings.signatory ?? '', bold: true }], { align: 'center' }));
  return {
    kind: 'table',
    widths: [75, TEXT_WIDTH - 75],
    header: [],
    rows: [[{ paragraphs: left }, { paragraphs: right }]],
    borders: false,
    size: 13,
  };
}

/** How many targets fit across one landscape page, and the targets cut into that many balanced parts. */
export function appendixParts(count: number): number[][] {
  const room = LANDSCAPE_WIDTH - APPENDIX_FIXED.reduce((a, b) => a + b, 0);
  const perPage = Math.max(1, Math.floor(room / APPENDIX_MIN_COLUMN));
  const parts = Math.max(1, Math.ceil(count / perPage));
  const out: number[][] = [];
  let next = 0;
  for (let p = 0; p < parts; p++) {
    const size = Math.ceil((count - next) / (parts - p));
    out.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  return count ? out : [[]];
}

/** Units × targets, one table per part; the header (numbered like section I) repeats on every page. */
function appendixTables(model: ReportModel, L: Lx): Block[] {
  const parts = appendixParts(model.targets.length);
  const blocks: Block[] = [];
  parts.forEach((indexes, p) => {
    const room = LANDSCAPE_WIDTH - APPENDIX_FIXED.reduce((a, b) => a + b, 0);
    const each = indexes.length ? room / indexes.length : room;
    const targets = indexes.map((i) => model.targets[i]!);
    if (parts.length > 1)
      blocks.push(
        para(
          [
            {
              text: L(
                DOCUMENT_SENTENCE.text('appendixPart', {
                  part: p + 1,
                  parts: parts.length,
                  first: indexes[0]! + 1,
                  last: indexes[indexes.length - 1]! + 1,
                }),
              ),
              bold: true,
              italic: true,
            },
          ],
          { keepWithNext: true, size: 11, spaceAfter: 3 },
        ),
      );
    const header = [
      [
        headCell(L(DOCUMENT_WORD.text('colNo'))),
        headCell(L(DOCUMENT_WORD.text('colUnit'))),
        ...indexes.map((i) => {
          const t = model.targets[i]!;
          return headCell(`${i + 1}. ${targetHeading(t)}${t.kind === 'percent' ? ' *' : ''}`);
        }),
      ],
    ];
    const rows: Cell[][] = model.units.map((u, n) => [
      cell(String(n + 1), { align: 'center' }),
      cell(unitName(u)),
      // A percent target's unit figure is a count (members who meet it at the period's end), not a share.
      ...targets.map((t) => num(u.reported ? viNumber(u.results[t.key] ?? 0) : '–')),
    ]);
    rows.push([
      cell(''),
      cell(L(DOCUMENT_WORD.text('total')), { bold: true }),
      ...targets.map((t) => ({ ...num(figure(t, t.periodResult)), shaded: true })),
    ]);
    blocks.push({
      kind: 'table',
      widths: [...APPENDIX_FIXED, ...indexes.map(() => each)],
      header,
      rows,
      borders: true,
      size: APPENDIX_SIZE,
    });
    if (p < parts.length - 1) blocks.push(para([{ text: '' }], { spaceAfter: 6 }));
  });
  return blocks;
}
