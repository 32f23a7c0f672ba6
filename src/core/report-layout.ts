// The report tab as a grid of cells with formats: one layout that every host (Sheets, .xlsx) renders as is.

import type { Cell } from './cells';
import { dayFromParts, viDate } from './dates';
import { LABELS, pick, type Lang } from './messages';
import type { ReportModel, Status } from './report';
import { targetHeading } from './short-label';

/**
 * 'integer' is a whole number ("#,##0"): "#,##0.##" would show 1000 as "1.000," in Sheets and Excel. 'label' is text
 * that wraps in its column (target labels, unit names) instead of being cut; 'header' cells wrap too.
 */
export type CellFormat = 'text' | 'label' | 'number' | 'integer' | 'percent' | 'title' | 'header';

export interface ReportLayout {
  rows: Cell[][];
  formats: CellFormat[][];
  width: number;
  /** Rows (0-based) holding the per-target table, for the chart: label column and attainment column. */
  chart: { firstRow: number; lastRow: number; labelColumn: number; valueColumn: number };
}

const STATUS = { met: LABELS.met, exceeded: LABELS.exceeded, 'not-met': LABELS.notMet } satisfies Record<
  Status,
  unknown
>;

function isoToVi(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return viDate(dayFromParts(y!, m!, d!)!);
}

/** "2026-11-23T17:55:00Z" → "24/11/2026 00:55": boards read times in Vietnam's zone (UTC+7, no daylight saving). */
function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${isoToVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** "2024-06-23T17:00:00+07:00" → "17:00 23/06/2024"; a deadline at the end of its day shows as the day alone. */
function deadlineText(iso: string): string {
  const day = isoToVi(iso.slice(0, 10));
  const time = iso.slice(11, 16);
  return iso.slice(11, 19) === '23:59:59' ? day : `${time} ${day}`;
}

/** Lays the report out top to bottom: heading, targets, units, non-reporting units, ranking, excluded rows. */
export function reportLayout(model: ReportModel, lang: Lang = 'vi'): ReportLayout {
  const rows: Cell[][] = [];
  const formats: CellFormat[][] = [];
  const L = (vi: string, en: string) => pick({ vi, en }, lang);
  const add = (cells: Cell[], format: CellFormat | CellFormat[] = 'text') => {
    rows.push(cells);
    const each = Array.isArray(format) ? format : cells.map(() => format);
    formats.push(each.map((f, i) => (f === 'number' && Number.isInteger(cells[i]) ? 'integer' : f)));
  };
  const blank = () => add([]);

  add([L('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU', 'TARGET PROGRESS REPORT')], 'title');
  if (model.campaign) add([model.campaign]);
  const p = model.period;
  add([`${L('Đợt', 'Period')}: ${p.name} (${isoToVi(p.from)} – ${isoToVi(p.to)})`]);
  if (p.deadline) add([`${L('Hạn báo cáo', 'Deadline')}: ${deadlineText(p.deadlineAt)}`]);
  if (model.window)
    add([`${L('Thời gian chiến dịch', 'Campaign')}: ${isoToVi(model.window.from)} – ${isoToVi(model.window.to)}`]);
  add([`${L('Lập lúc', 'Generated')}: ${vietnamTime(model.generatedAt)} ${L('(giờ Việt Nam)', '(Vietnam time)')}`]);
  if (model.closedAt)
    add([
      `${L('Số liệu đã chốt lúc', 'Figures closed at')}: ${vietnamTime(model.closedAt)} ${L('(giờ Việt Nam); thay đổi sau đó không làm đổi báo cáo này', '(Vietnam time); later changes do not alter this report')}`,
    ]);
  blank();

  add([L('I. KẾT QUẢ THEO CHỈ TIÊU', 'I. RESULTS BY TARGET')], 'title');
  const targetHeader = [
    L('STT', 'No.'),
    L('Mã', 'Key'),
    L('Nội dung', 'Label'),
    L('ĐVT', 'Unit'),
    L('Chỉ tiêu', 'Target'),
    L('Kết quả trong đợt', 'Period result'),
    L('Lũy kế', 'Cumulative'),
    L('Tỷ lệ đạt', 'Attainment'),
    L('Đánh giá', 'Status'),
    L('Tiến độ', 'Pace'),
  ];
  add(targetHeader, 'header');
  const firstTarget = rows.length;
  model.targets.forEach((t, i) => {
    const pace = pick(t.paceStatus === 'ahead' ? LABELS.ahead : LABELS.behind, lang);
    add(
      [
        i + 1,
        t.key,
        t.label,
        t.unit,
        t.target,
        t.periodResult,
        t.cumulative,
        t.attainment,
        pick(STATUS[t.status], lang),
        pace,
      ],
      ['number', 'text', 'label', 'text', 'number', 'number', 'number', 'percent', 'text', 'text'],
    );
  });
  const lastTarget = rows.length - 1;
  add([
    L(
      'Tỷ lệ là điểm phần trăm với chỉ tiêu tỷ lệ; tiến độ so tỷ lệ đạt với phần thời gian chiến dịch đã qua.',
      'Percent targets are in percent points; pace compares attainment with the share of the campaign elapsed.',
    ),
  ]);
  if (model.lateChanges?.length) {
    const closed = [...new Set(model.lateChanges.flatMap((c) => c.periods))].join(', ');
    add([`${L('Bổ sung sau chốt số liệu', 'Added after closing')} (${closed})`], 'header');
    add(
      [
        L('STT', 'No.'),
        L('Mã', 'Key'),
        L('Nội dung', 'Label'),
        L('ĐVT', 'Unit'),
        L('Thay đổi', 'Change'),
        L('Số dòng', 'Rows'),
      ],
      'header',
    );
    model.lateChanges.forEach((c, i) =>
      add([i + 1, c.key, c.label, c.unit, c.change, c.rows], ['number', 'text', 'text', 'text', 'number', 'number']),
    );
    add([
      L(
        'Các thay đổi này thuộc các đợt đã chốt, được tính vào lũy kế của đợt này nhưng không làm đổi báo cáo đã chốt.',
        'These changes belong to closed periods: they count in this cumulative but leave the closed reports as they were.',
      ),
    ]);
  }
  blank();

  add([L('II. KẾT QUẢ TRONG ĐỢT THEO ĐƠN VỊ', 'II. PERIOD RESULTS BY UNIT')], 'title');
  const keys = model.targets.map((t) => t.key);
  add(
    [
      L('Mã đơn vị', 'Unit code'),
      L('Tên đơn vị', 'Unit name'),
      L('Cụm', 'Cluster'),
      L('Báo cáo', 'Reporting'),
      // Short readable headings (label and measure), never bare keys: the key is in section I beside its label.
      ...model.targets.map((t) => targetHeading(t, 30)),
    ],
    'header',
  );
  for (const u of model.units) {
    add(
      [u.code, u.name, u.cluster, pick(LABELS[u.reporting], lang), ...keys.map((k) => u.results[k] ?? 0)],
      ['text', 'label', 'text', 'text', ...keys.map((): CellFormat => 'number')],
    );
  }
  blank();

  add([`${L('III. ĐƠN VỊ CHƯA BÁO CÁO', 'III. UNITS THAT DID NOT REPORT')} (${model.nonReporting.length})`], 'title');
  const names = new Map(model.units.map((u) => [u.code, u]));
  if (model.nonReporting.length === 0) add([L('Tất cả đơn vị đã báo cáo.', 'Every unit reported.')]);
  for (const code of model.nonReporting) add([code, names.get(code)?.name ?? '', names.get(code)?.cluster ?? '']);
  if (model.lateUnits.length) {
    add([`${pick(LABELS.lateUnits, lang)} (${model.lateUnits.length})`], 'header');
    for (const code of model.lateUnits) add([code, names.get(code)?.name ?? '', names.get(code)?.cluster ?? '']);
  }
  blank();

  add([L('IV. XẾP HẠNG THI ĐUA', 'IV. EMULATION RANKING')], 'title');
  add([pick(model.rankingRule, lang)]);
  add(
    [
      L('Hạng', 'Rank'),
      L('Mã đơn vị', 'Unit code'),
      L('Tên đơn vị', 'Unit name'),
      L('Điểm', 'Score'),
      L('Số dòng hợp lệ', 'Valid entries'),
    ],
    'header',
  );
  for (const r of model.ranking)
    add([r.rank, r.code, r.name, r.score, r.validEntries], ['number', 'text', 'label', 'number', 'number']);
  blank();

  add([L('V. DỮ LIỆU BỊ LOẠI', 'V. EXCLUDED DATA')], 'title');
  add([`${L('Lỗi', 'Errors')}: ${model.errors} · ${L('Cảnh báo', 'Warnings')}: ${model.warnings}`]);
  // One line per Entries tab (entries may span several tabs).
  const excludedByTab = new Map<string, number[]>();
  for (const x of model.excluded) excludedByTab.set(x.tab, [...(excludedByTab.get(x.tab) ?? []), x.row]);
  for (const [tab, rowsOfTab] of excludedByTab) {
    add([
      `${L('Các dòng bị loại khỏi số liệu', 'Rows excluded from the figures')} (tab ${tab}): ${rowsOfTab.join(', ')}`,
    ]);
  }
  if (excludedByTab.size === 0) add([L('Không có dòng nào bị loại.', 'No row was excluded.')]);

  const width = Math.max(...rows.map((r) => r.length));
  return {
    rows,
    formats,
    width,
    chart: { firstRow: firstTarget, lastRow: lastTarget, labelColumn: 1, valueColumn: 7 },
  };
}
