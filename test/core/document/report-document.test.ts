// The report document model: date line, Vietnamese figures, grouped targets, appendix split, readable headings.

import { analyze, buildReport } from '../../../src/core';
import { documentText, type Table } from '../../../src/core/document/model';
import { appendixParts, reportDocument } from '../../../src/core/document/report-document';
import { parseViDate, viDateWords, viNumber, viPercent } from '../../../src/core/document/vi-format';
import { shortLabel, targetHeading } from '../../../src/core/short-label';
import { sampleWorkbook } from '../../../src/sample/district11';

const model = buildReport(analyze(sampleWorkbook()), 'Đợt 2', new Date('2023-08-01T03:00:00Z'));

describe('the date line', () => {
  it('puts a leading zero on days below 10 and on the months 1 and 2 only', () => {
    expect(viDateWords({ year: 2024, month: 2, day: 5 })).toEqual({ day: '05', month: '02', year: '2024' });
    expect(viDateWords({ year: 2024, month: 7, day: 23 })).toEqual({ day: '23', month: '7', year: '2024' });
    expect(viDateWords({ year: 2024, month: 1, day: 10 })).toEqual({ day: '10', month: '01', year: '2024' });
    expect(viDateWords({ year: 2024, month: 12, day: 1 })).toEqual({ day: '01', month: '12', year: '2024' });
  });

  it('reads --date as day/month/year and refuses days that do not exist', () => {
    expect(parseViDate('5/2/2024')).toEqual({ year: 2024, month: 2, day: 5 });
    expect(parseViDate('29/02/2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseViDate('29/02/2023')).toBeNull();
    expect(parseViDate('2024-02-05')).toBeNull();
  });
});

describe('numbers the Vietnamese way, whatever the locale', () => {
  it('groups thousands with dots, decimals with a comma, percentages with one decimal', () => {
    expect([
      viNumber(1000),
      viNumber(0.5),
      viNumber(1234.5),
      viPercent(0.925),
      viPercent(1),
      viPercent(1.0004),
    ]).toEqual(['1.000', '0,5', '1.234,5', '92,5%', '100%', '100%']);
  });
});

describe('reportDocument on the District 11 sample', () => {
  const doc = reportDocument(model, { date: { year: 2023, month: 8, day: 2 } });
  const text = documentText(doc);

  it('is A4 portrait with the official margins, then a landscape appendix, in Times New Roman 14 pt', () => {
    expect(doc.page).toEqual({ width: 210, height: 297, margins: { top: 20, bottom: 20, left: 30, right: 20 } });
    expect(doc.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect([doc.font, doc.size]).toEqual(['Times New Roman', 14]);
    expect(doc.fileName).toBe('bao-cao-dot-2.docx');
  });

  it('takes its header and signature from the Settings tab', () => {
    expect(text).toContain('BCH ĐOÀN TP. HỒ CHÍ MINH');
    expect(text).toContain('Quận 11, ngày 02 tháng 8 năm 2023');
    expect(text).toContain('Số:        -BC/……');
    expect(text).toContain('TM. BAN THƯỜNG VỤ QUẬN ĐOÀN');
  });

  it('groups the per-target table as the plan groups its targets, numbering them once', () => {
    const table = doc.sections[0]!.blocks.find(
      (b): b is Table => b.kind === 'table' && b.header[0]?.[1]?.paragraphs[0]?.runs[0]?.text === 'Nội dung chỉ tiêu',
    )!;
    const groupRows = table.rows.filter((r) => r.length === 1).map((r) => r[0]!.paragraphs[0]!.runs[0]!.text);
    expect(groupRows).toEqual([...new Set(model.targets.map((t) => t.group))]);
    const numbers = table.rows.filter((r) => r.length > 1).map((r) => r[0]!.paragraphs[0]!.runs[0]!.text);
    expect(numbers).toEqual(model.targets.map((_, i) => String(i + 1)));
  });

  it('writes the summary from the figures', () => {
    const met = model.targets.filter((t) => t.status !== 'not-met').length;
    expect(text).toContain(`Trong ${model.targets.length} chỉ tiêu, ${met} chỉ tiêu đã hoàn thành`);
    expect(text).toContain(`${model.units.length - model.nonReporting.length}/${model.units.length} đơn vị có báo cáo`);
  });

  it('splits a wide appendix across landscape pages, every target once, with readable headings', () => {
    const tables = doc.sections[1]!.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables.length).toBe(appendixParts(model.targets.length).length);
    const headings = tables.flatMap((t) => t.header[0]!.slice(2).map((c) => c.paragraphs[0]!.runs[0]!.text));
    expect(headings).toHaveLength(model.targets.length);
    model.targets.forEach((t, i) => {
      expect(headings[i]!.startsWith(`${i + 1}. `)).toBe(true);
      expect(headings[i]).not.toContain(t.key);
    });
    for (const t of tables) expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(297 - 30 - 20, 5);
  });
});

describe('appendix parts and short headings', () => {
  it('cuts 29 targets into balanced parts that fit a landscape page', () => {
    const parts = appendixParts(29);
    expect(parts.flat()).toEqual(Array.from({ length: 29 }, (_, i) => i));
    expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
    expect(parts.every((p) => p.length <= 10)).toBe(true);
  });

  it('shortens a label at a word, drops its parenthesis, adds the measure, never shows a bare key', () => {
    expect(shortLabel('Sửa chữa nhà cho đoàn viên, thanh niên có hoàn cảnh khó khăn (ít nhất 20 triệu đồng/căn)')).toBe(
      'Sửa chữa nhà cho đoàn viên, thanh niên…',
    );
    expect(targetHeading({ key: 'luot-tap-huan-so', label: 'Lượt người tham gia tập huấn', unit: 'lượt' })).toBe(
      'Lượt người tham gia tập huấn (lượt)',
    );
  });
});

describe('a closed period and late changes', () => {
  it('says when the figures were closed and lists changes made after a closing', () => {
    const closed = reportDocument(
      {
        ...model,
        closedAt: '2023-07-31T10:30:00.000Z',
        lateChanges: [
          { key: 'cay-xanh', label: 'Trồng mới cây xanh', unit: 'cây', change: 1200, rows: 3, periods: ['Đợt 1'] },
        ],
      },
      { date: { year: 2023, month: 8, day: 2 } },
    );
    const text = documentText(closed);
    expect(text).toContain('Số liệu của đợt đã được chốt lúc 17:30 ngày 31/07/2023; báo cáo này dùng số liệu đã chốt.');
    expect(text).toContain(
      'Lũy kế đợt này gồm cả số liệu bổ sung sau chốt số liệu của Đợt 1: Trồng mới cây xanh (+1.200 cây).',
    );
  });
});
