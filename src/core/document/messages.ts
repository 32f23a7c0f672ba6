// The report document's words (docs/DOMAIN.md, "The official report document"): Vietnamese first, English second.

import type { Text } from '../messages';

type Params = Record<string, string | number>;
const t = (vi: string, en: string): Text => ({ vi, en });

/** Fixed words of the document. */
export const DOC = {
  union: t('ĐOÀN TNCS HỒ CHÍ MINH', 'HO CHI MINH COMMUNIST YOUTH UNION'),
  title: t('BÁO CÁO', 'REPORT'),
  blankPlace: t('…………', '…………'),
  blankBody: t('……………………', '……………………'),
  blankReference: t('Số:        -BC/……', 'No.:        -BC/……'),
  referencePrefix: t('Số: ', 'No.: '),
  campaignFallback: t('chiến dịch', 'the campaign'),
  sectionResults: t('I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU', 'I. RESULTS BY TARGET'),
  summaryHeading: t('1. Tóm tắt', '1. Summary'),
  tableHeading: t('2. Kết quả theo từng chỉ tiêu', '2. Results by target'),
  highlightsHeading: t('3. Những kết quả nổi bật', '3. Highlights'),
  sectionReporting: t('II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ', 'II. HOW THE UNITS REPORTED'),
  sectionRanking: t('III. XẾP HẠNG THI ĐUA', 'III. EMULATION RANKING'),
  sectionLimits: t('IV. HẠN CHẾ, KHÓ KHĂN', 'IV. SHORTCOMINGS AND DIFFICULTIES'),
  sectionNext: t('V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'V. NEXT STEPS'),
  boardWritesHighlights: t(
    '[Ban Chỉ huy ghi tại đây: các hoạt động, mô hình, cách làm nổi bật trong đợt; đơn vị, cá nhân tiêu biểu.]',
    '[The command board writes here: outstanding activities, models and practices of the period; exemplary units and people.]',
  ),
  boardWritesLimits: t(
    '[Ban Chỉ huy ghi tại đây: hạn chế, khó khăn, nguyên nhân; các chỉ tiêu chậm tiến độ và lý do.]',
    '[The command board writes here: shortcomings, difficulties and their causes; targets behind schedule and why.]',
  ),
  boardWritesNext: t(
    '[Ban Chỉ huy ghi tại đây: nhiệm vụ trọng tâm, giải pháp cho các chỉ tiêu chưa đạt, kiến nghị, đề xuất.]',
    '[The command board writes here: priorities, how to reach the targets not yet met, requests and proposals.]',
  ),
  dotted: t('……………………………………………………………………………………………', '……………………………………………………………………………………………'),
  colNo: t('STT', 'No.'),
  colLabel: t('Nội dung chỉ tiêu', 'Target'),
  colMeasure: t('ĐVT', 'Unit'),
  colTarget: t('Chỉ tiêu', 'Target'),
  colPeriod: t('Kết quả trong đợt', 'Period result'),
  colCumulative: t('Lũy kế', 'Cumulative'),
  colAttainment: t('Tỷ lệ đạt', 'Attain­ment'),
  colStatus: t('Đánh giá', 'Status'),
  colRank: t('Hạng', 'Rank'),
  colUnit: t('Đơn vị', 'Unit'),
  colScore: t('Điểm', 'Score'),
  colEntries: t('Số dòng kết quả hợp lệ', 'Valid entries'),
  exceeded: t('Vượt', 'Exceeded'),
  met: t('Đạt', 'Met'),
  notMet: t('Chưa đạt', 'Not met'),
  behind: t('chậm tiến độ', 'behind schedule'),
  otherGroup: t('Chỉ tiêu khác', 'Other targets'),
  total: t('Tổng cộng', 'Total'),
  percentUnitNote: t(
    '*: chỉ tiêu tỷ lệ; mỗi đơn vị ghi số thành viên đạt tại cuối đợt, dòng Tổng cộng là tỷ lệ (%) của cả chiến dịch.',
    '*: percent target; each unit shows how many of its members meet it at the end of the period, the Total row the campaign share (%).',
  ),
  noReportMark: t('–: đơn vị chưa báo cáo trong đợt.', '–: the unit did not report in the period.'),
  percentNote: t(
    'Chỉ tiêu tỷ lệ: kết quả và lũy kế là tỷ lệ (%) tại cuối đợt; tỷ lệ đạt = lũy kế ÷ chỉ tiêu.',
    'Percent targets: result and cumulative are the share (%) at the end of the period; attainment = cumulative ÷ target.',
  ),
  everyoneReported: t('Tất cả đơn vị đã báo cáo trong đợt.', 'Every unit reported in the period.'),
  noLateUnits: t('Không có đơn vị báo cáo trễ hạn.', 'No unit reported late.'),
  recipients: t('Nơi nhận:', 'Recipients:'),
  recipientsFallback: t('Lưu: VP', 'File copy'),
  onBehalfDefault: t('TM. BAN CHẤP HÀNH', 'ON BEHALF OF THE EXECUTIVE COMMITTEE'),
  onBehalfPrefix: t('TM. ', 'ON BEHALF OF '),
  appendixTitle: t('PHỤ LỤC SỐ LIỆU', 'DATA APPENDIX'),
} satisfies Record<string, Text>;

/** Sentences with figures in them. */
export const DOC_SENTENCES = {
  dateLine: (p: Params) =>
    t(`${p.place}, ngày ${p.day} tháng ${p.month} năm ${p.year}`, `${p.place}, ${p.day}/${p.month}/${p.year}`),
  subject: (p: Params) =>
    t(`Kết quả thực hiện chỉ tiêu ${p.campaign} – ${p.period}`, `Target results of ${p.campaign} – ${p.period}`),
  dates: (p: Params) => t(`(Từ ngày ${p.from} đến ngày ${p.to})`, `(From ${p.from} to ${p.to})`),
  intro: (p: Params) =>
    t(
      `Thực hiện kế hoạch ${p.campaign}, ${p.body} báo cáo kết quả thực hiện chỉ tiêu ${p.period} (từ ngày ${p.from} đến ngày ${p.to}), số liệu tổng hợp từ bảng tính của chiến dịch ngày ${p.generated}, như sau:`,
      `Under the plan of ${p.campaign}, ${p.body} reports the target results of ${p.period} (${p.from} to ${p.to}), from the campaign's spreadsheet as of ${p.generated}, as follows:`,
    ),
  bodyFallback: () => t('Ban Chỉ huy chiến dịch', 'the command board'),
  targetsDone: (p: Params) =>
    t(
      `Trong ${p.total} chỉ tiêu, ${p.done} chỉ tiêu đã hoàn thành (vượt ${p.exceeded}, đạt ${p.met}), ${p.notMet} chỉ tiêu chưa đạt.`,
      `Of ${p.total} targets, ${p.done} are done (${p.exceeded} exceeded, ${p.met} met) and ${p.notMet} are not yet met.`,
    ),
  exceededList: (p: Params) => t(`Các chỉ tiêu vượt: ${p.list}.`, `Targets exceeded: ${p.list}.`),
  behindList: (p: Params) =>
    t(
      `Đến ngày ${p.to} (đã qua ${p.elapsed} thời gian chiến dịch), ${p.count} chỉ tiêu chậm tiến độ: ${p.list}.`,
      `By ${p.to} (${p.elapsed} of the campaign elapsed), ${p.count} targets are behind schedule: ${p.list}.`,
    ),
  noneBehind: (p: Params) =>
    t(
      `Đến ngày ${p.to} (đã qua ${p.elapsed} thời gian chiến dịch), không có chỉ tiêu nào chậm tiến độ.`,
      `By ${p.to} (${p.elapsed} of the campaign elapsed), no target is behind schedule.`,
    ),
  unitsReportedTimely: (p: Params) =>
    t(
      `${p.reported}/${p.total} đơn vị có báo cáo kết quả trong đợt: ${p.onTime} đơn vị đúng hạn, ${p.late} đơn vị trễ hạn, ${p.unknown} đơn vị chưa rõ thời điểm ghi nhận; ${p.none} đơn vị chưa báo cáo.`,
      `${p.reported} of ${p.total} units reported results in the period: ${p.onTime} on time, ${p.late} late, ${p.unknown} with no recorded time; ${p.none} did not report.`,
    ),
  dataProblems: (p: Params) =>
    t(
      `Bảng tính có ${p.errors} lỗi và ${p.warnings} cảnh báo dữ liệu; ${p.excluded} dòng có lỗi không được tính vào số liệu.`,
      `The spreadsheet has ${p.errors} data errors and ${p.warnings} warnings; ${p.excluded} rows with errors are left out of the figures.`,
    ),
  closedAt: (p: Params) =>
    t(
      `Số liệu của đợt đã được chốt lúc ${p.time} ngày ${p.date}; báo cáo này dùng số liệu đã chốt.`,
      `The period's figures were closed at ${p.time} on ${p.date}; this report gives the figures kept then.`,
    ),
  lateChanges: (p: Params) =>
    t(
      `Lũy kế đợt này gồm cả số liệu bổ sung sau chốt số liệu của ${p.periods}: ${p.list}.`,
      `This cumulative includes changes made after closing ${p.periods}: ${p.list}.`,
    ),
  nonReporting: (p: Params) =>
    t(
      `1. Đơn vị chưa báo cáo trong đợt (${p.count}): ${p.list}.`,
      `1. Units that did not report (${p.count}): ${p.list}.`,
    ),
  lateUnits: (p: Params) =>
    t(`2. Đơn vị báo cáo trễ hạn (${p.count}): ${p.list}.`, `2. Units that reported late (${p.count}): ${p.list}.`),
  lateHeading: () => t('2. Đơn vị báo cáo trễ hạn: ', '2. Units that reported late: '),
  nonReportingHeading: () => t('1. Đơn vị chưa báo cáo trong đợt: ', '1. Units that did not report: '),
  deadline: (p: Params) => t(`Hạn báo cáo của đợt: ${p.deadline}.`, `The period's deadline: ${p.deadline}.`),
  closing: (p: Params) =>
    t(
      `Trên đây là báo cáo kết quả thực hiện chỉ tiêu ${p.campaign} – ${p.period}./.`,
      `This concludes the target report of ${p.campaign} – ${p.period}.`,
    ),
  appendixSubtitle: (p: Params) =>
    t(
      `Kết quả trong đợt của các đơn vị – ${p.period} (từ ngày ${p.from} đến ngày ${p.to})`,
      `Period results by unit – ${p.period} (${p.from} to ${p.to})`,
    ),
  appendixOf: (p: Params) =>
    t(`(Kèm theo Báo cáo số ${p.reference} ngày ${p.date})`, `(Attached to report no. ${p.reference} of ${p.date})`),
  appendixPart: (p: Params) =>
    t(
      `Bảng ${p.part}/${p.parts}: chỉ tiêu ${p.first} – ${p.last} (số thứ tự như mục I)`,
      `Table ${p.part}/${p.parts}: targets ${p.first} – ${p.last} (numbered as in section I)`,
    ),
} satisfies Record<string, (p: Params) => Text>;
