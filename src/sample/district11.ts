// The built-in sample: the 2023 District 11 "Kỳ nghỉ hồng" plan's targets, units and periods, with
// a few thousand generated entries (seeded, so every run gives the same workbook) and a handful of real-life mistakes.

import { templateWorkbook, utcDate, dayFromParts, type Cell, type WorkbookData } from '../core';
import { seededRandom } from './random';

interface SampleTarget {
  key: string;
  label: string;
  unit: string;
  target: number | string;
  kind: 'số lượng' | 'tỷ lệ';
  group: string;
  base?: number;
  /** Final result as a share of the target, so the sample shows met, exceeded and not-yet-met targets. */
  reach: number;
}

const GENERAL = 'Chỉ tiêu chung';
const SPECIFIC = 'Chỉ tiêu riêng';

export const SAMPLE_TARGETS: SampleTarget[] = [
  {
    key: 'y-tuong',
    label: 'Đăng ký ý tưởng, sáng kiến đề xuất của chiến sỹ, tình nguyện viên',
    unit: 'ý tưởng',
    target: 700,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.08,
  },
  {
    key: 'tap-huan-so',
    label: 'Tổ chức hoạt động tập huấn nâng cao năng lực số',
    unit: 'hoạt động',
    target: 1,
    kind: 'số lượng',
    group: GENERAL,
    reach: 2,
  },
  {
    key: 'luot-tap-huan-so',
    label: 'Lượt người tham gia tập huấn nâng cao năng lực số',
    unit: 'lượt',
    target: '1.000',
    kind: 'số lượng',
    group: GENERAL,
    reach: 0.86,
  },
  {
    key: 'dich-vu-cong',
    label: 'Lượt người dân, thanh niên tiếp cận, sử dụng dịch vụ công trực tuyến',
    unit: 'lượt',
    target: '5.000',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.12,
  },
  {
    key: 'tt-thanh-toan-dt',
    label: 'Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
    unit: '%',
    target: '100%',
    kind: 'tỷ lệ',
    group: GENERAL,
    reach: 0.92,
  },
  {
    key: 'cb-thanh-toan-dt',
    label: 'Cán bộ Đoàn sử dụng tài khoản thanh toán điện tử',
    unit: '%',
    target: 80,
    kind: 'tỷ lệ',
    group: GENERAL,
    base: 250,
    reach: 0.95,
  },
  {
    key: 'hd-ky-nang',
    label: 'Hoạt động tập huấn kỹ năng thực hành xã hội',
    unit: 'hoạt động',
    target: 20,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.1,
  },
  {
    key: 'luot-ky-nang',
    label: 'Lượt thanh thiếu nhi được tập huấn kỹ năng thực hành xã hội',
    unit: 'lượt',
    target: '1.000',
    kind: 'số lượng',
    group: GENERAL,
    reach: 0.97,
  },
  {
    key: 'khoi-nghiep',
    label: 'Tổ chức hoạt động tập huấn khởi nghiệp',
    unit: 'hoạt động',
    target: 1,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1,
  },
  {
    key: 'kham-benh',
    label: 'Lượt người dân, thanh thiếu nhi khó khăn được khám, tư vấn sức khỏe, phát thuốc',
    unit: 'lượt',
    target: 600,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.25,
  },
  {
    key: 'duong',
    label: 'Nâng cấp, bê tông hoá đường, hẻm tại xã Tân Nhựt, huyện Bình Chánh',
    unit: 'km',
    target: '0,5',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1,
  },
  {
    key: 'nha',
    label: 'Sửa chữa nhà cho đoàn viên, thanh niên có hoàn cảnh khó khăn (ít nhất 20 triệu đồng/căn)',
    unit: 'căn',
    target: '02',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1,
  },
  {
    key: 'mang-tuong',
    label: 'Sơn vẽ, trang trí mảng tường, mảng xanh',
    unit: 'mảng',
    target: 16,
    kind: 'số lượng',
    group: GENERAL,
    reach: 0.75,
  },
  {
    key: 'san-choi',
    label: 'Nâng cấp, xây dựng mới sân chơi thiếu nhi',
    unit: 'sân chơi',
    target: '01',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1,
  },
  {
    key: 'cay-xanh',
    label: 'Trồng mới cây xanh',
    unit: 'cây',
    target: 500,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.16,
  },
  {
    key: 'hoi-vien',
    label: 'Phát triển mới hội viên Hội LHTN Việt Nam',
    unit: 'hội viên',
    target: 100,
    kind: 'số lượng',
    group: GENERAL,
    reach: 0.9,
  },
  {
    key: 'doan-vien',
    label: 'Phát triển mới đoàn viên',
    unit: 'đoàn viên',
    target: 40,
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.05,
  },
  {
    key: 'ket-nap-dang',
    label: 'Kết nạp Đảng cho chiến sỹ tình nguyện',
    unit: 'chiến sỹ',
    target: '04',
    kind: 'số lượng',
    group: GENERAL,
    reach: 0.75,
  },
  {
    key: 'chien-sy',
    label: 'Chiến sỹ cùng tham gia chiến dịch tình nguyện Hè',
    unit: 'chiến sỹ',
    target: '1.000',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.03,
  },
  {
    key: 'luot-chien-sy',
    label: 'Lượt chiến sỹ tham gia các hoạt động tình nguyện',
    unit: 'lượt',
    target: '5.000',
    kind: 'số lượng',
    group: GENERAL,
    reach: 1.2,
  },
  {
    key: 'hem-dien',
    label: 'Lắp mới, sửa chữa hệ thống điện cho tuyến hẻm, khu lưu trú thanh niên công nhân',
    unit: 'tuyến hẻm',
    target: '01',
    kind: 'số lượng',
    group: SPECIFIC,
    reach: 1,
  },
  {
    key: 'sua-dien',
    label: 'Sửa chữa điện cho hộ dân, phòng trọ khó khăn',
    unit: 'hộ',
    target: 50,
    kind: 'số lượng',
    group: SPECIFIC,
    reach: 0.88,
  },
  {
    key: 'qua',
    label: 'Trao tặng phần quà cho thanh niên công nhân khó khăn',
    unit: 'phần quà',
    target: 50,
    kind: 'số lượng',
    group: SPECIFIC,
    reach: 1.3,
  },
  {
    key: 'huong-nghiep',
    label: 'Lượt thanh niên được tư vấn, hướng nghiệp, giới thiệu việc làm',
    unit: 'lượt',
    target: '1.000',
    kind: 'số lượng',
    group: SPECIFIC,
    reach: 0.8,
  },
  {
    key: 'chi-doan-moi',
    label: 'Thành lập mới chi đoàn tại doanh nghiệp ngoài nhà nước, đơn vị ngoài công lập',
    unit: 'chi đoàn',
    target: '05',
    kind: 'số lượng',
    group: SPECIFIC,
    reach: 0.6,
  },
];

const WARDS = Array.from({ length: 16 }, (_, i) => [
  `P${String(i + 1).padStart(2, '0')}`,
  `Đoàn Phường ${i + 1}`,
  'Phường',
  `doanphuong${i + 1}.q11@gmail.com`,
]);

const SAMPLE_UNITS: string[][] = [
  ...WARDS,
  ['BVQ11', 'Đoàn Bệnh viện Quận 11', 'Y tế', 'doanbvq11@gmail.com'],
  ['TTYT', 'Chi đoàn Trung tâm Y tế Quận', 'Y tế', 'cdttyt.q11@gmail.com'],
  ['CCT', 'Chi đoàn Chi cục Thuế Quận', 'Cơ quan', 'cdchicucthue.q11@gmail.com'],
  ['VKS', 'Chi đoàn Viện kiểm sát', 'Cơ quan', 'cdvks.q11@gmail.com'],
  ['CQCQ', 'Chi đoàn Cơ quan chính quyền', 'Cơ quan', 'cdcqcq.q11@gmail.com'],
  ['CQDDT', 'Chi đoàn cơ quan Đảng - Đoàn thể', 'Cơ quan', 'cdcqddt.q11@gmail.com'],
  ['DVCI', 'Chi đoàn Công ty TNHH MTV Dịch vụ công ích Quận', 'Doanh nghiệp', 'cddvci.q11@gmail.com'],
  ['KYMDAN', 'Đoàn Công ty CP cao su Sài Gòn - Kymdan', 'Doanh nghiệp', 'doankymdan@gmail.com'],
  ['MEKO', 'Đoàn Công ty CP Hóa - Dược phẩm Mekophar', 'Doanh nghiệp', 'doanmekophar@gmail.com'],
];

const day = (d: number, m: number) => dayFromParts(2023, m, d)!;
const SAMPLE_PERIODS = [
  { name: 'Đợt 1', from: day(11, 6), to: day(30, 6), deadline: day(23, 6) },
  { name: 'Đợt 2', from: day(1, 7), to: day(31, 7), deadline: day(23, 7) },
  { name: 'Đợt 3', from: day(1, 8), to: day(6, 8), deadline: day(20, 8) },
];

const ACTIVITIES: Record<string, string[]> = {
  'cay-xanh': ['Trồng cây xanh tại khu phố', 'Ra quân "Sống xanh" trồng cây', 'Trồng cây tại trường học'],
  'dich-vu-cong': [
    'Hướng dẫn người dân nộp hồ sơ trực tuyến',
    'Ngày thứ bảy tình nguyện dịch vụ công',
    'Hỗ trợ cài đặt VNeID',
  ],
  'kham-benh': ['Khám, phát thuốc miễn phí', 'Tư vấn sức khỏe cho thanh niên công nhân'],
  qua: ['Trao quà cho thanh niên công nhân khó khăn', 'Tặng quà tại khu nhà trọ'],
};

function targetNumber(t: SampleTarget): number {
  return typeof t.target === 'number'
    ? t.target
    : Number(t.target.replace(/\./g, '').replace(',', '.').replace('%', ''));
}

/** Splits `total` into `parts` positive pieces with `decimals` digits (whole numbers by default). */
function split(total: number, parts: number, rnd: () => number, decimals = 0): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const n = Math.max(1, Math.min(parts, units));
  const weights = Array.from({ length: n }, () => 0.3 + rnd());
  const sum = weights.reduce((a, b) => a + b, 0);
  const pieces = weights.map((w) => Math.max(1, Math.floor((w / sum) * units)));
  let rest = units - pieces.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % n) {
    if (rest > 0) (pieces[i]!++, rest--);
    else if (pieces[i]! > 1) (pieces[i]!--, rest++);
  }
  return pieces.map((p) => p / scale);
}

const CAMPAIGN_FROM = day(11, 6);
const CAMPAIGN_DAYS = day(6, 8) - CAMPAIGN_FROM + 1;

/** The sample's entry rows (without header), each as Date, unit, target, quantity, activity, evidence. */
function sampleEntries(rnd = seededRandom(2023)): Cell[][] {
  const rows: { day: number; cells: Cell[] }[] = [];
  const codes = SAMPLE_UNITS.map((u) => u[0]!);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const dayIn = () => CAMPAIGN_FROM + Math.floor(Math.pow(rnd(), 0.9) * CAMPAIGN_DAYS);
  const evidence = (n: number) => `https://drive.google.com/drive/folders/q11-kynghihong-${n.toString(36)}`;
  let serial = 1;
  const seen = new Set<string>();
  const push = (d: number, unit: string, key: string, quantity: Cell, activity: string) => {
    // Two units stop reporting after June, so later periods show non-reporting units.
    if (d > day(30, 6) && (unit === 'VKS' || unit === 'CQDDT'))
      unit = 'P' + String(1 + Math.floor(rnd() * 16)).padStart(2, '0');
    // Only the deliberate mistakes below may be duplicates: move an accidental twin to the next day.
    const step = d < day(20, 7) ? 1 : -1;
    while (seen.has(`${d}|${unit}|${key}|${quantity}|${activity}`)) d += step;
    seen.add(`${d}|${unit}|${key}|${quantity}|${activity}`);
    const link = rnd() < 0.03 ? '' : evidence(serial++);
    rows.push({ day: d, cells: [utcDate(d), unit, key, quantity, activity, link] });
  };

  for (const t of SAMPLE_TARGETS) {
    const goal = targetNumber(t);
    if (t.kind === 'tỷ lệ') {
      if (t.base === undefined) {
        // One figure per unit: 1 once its standing committee uses e-payment; a few still report 0.
        for (const code of codes)
          push(dayIn(), code, t.key, rnd() < t.reach ? 1 : 0, 'Rà soát tài khoản thanh toán điện tử');
      } else {
        // Each unit reports how many of its officers use it, then updates the figure later.
        const counts = split((t.base * goal * t.reach) / 100, codes.length, rnd);
        codes.forEach((code, i) => {
          const early = Math.floor(counts[i]! * 0.6);
          push(CAMPAIGN_FROM + Math.floor(rnd() * 15), code, t.key, early, 'Cập nhật số cán bộ sử dụng');
          push(CAMPAIGN_FROM + 20 + Math.floor(rnd() * 30), code, t.key, counts[i]!, 'Cập nhật số cán bộ sử dụng');
        });
      }
      continue;
    }
    const total = Math.round(goal * t.reach * 100) / 100;
    const decimals = Number.isInteger(total) ? 0 : 2;
    const pieces = goal >= 100 ? Math.round(goal / 4) : Math.ceil(total * 10 ** decimals);
    for (const q of split(total, Math.min(pieces, 400), rnd, decimals)) {
      push(dayIn(), pick(codes), t.key, q, pick(ACTIVITIES[t.key] ?? [t.label]));
    }
  }
  rows.sort((a, b) => a.day - b.day);
  const cells = rows.map((r) => r.cells);
  // Secretaries type some numbers and dates as text, the Vietnamese way.
  cells.forEach((row, i) => {
    if (i % 17 === 3 && typeof row[3] === 'number' && row[3] >= 1000) row[3] = row[3].toLocaleString('de-DE');
    if (i % 23 === 5) row[0] = formatDmy(row[0] as Date);
    const word = unitWord(row[2] as string);
    if (i % 41 === 7 && typeof row[3] === 'number' && Number.isInteger(row[3]) && word !== '%')
      row[3] = `${row[3]} ${word}`;
    if (i % 53 === 11 && typeof row[3] === 'number' && !Number.isInteger(row[3]))
      row[3] = String(row[3]).replace('.', ',');
  });
  return [...cells, ...MISTAKES.map((m) => [...m])];
}

function unitWord(key: string): string {
  return SAMPLE_TARGETS.find((t) => t.key === key)?.unit ?? '';
}

function formatDmy(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

const LINK = 'https://drive.google.com/drive/folders/q11-kynghihong-loi';
/** Real-life mistakes, one of each kind the validator knows. */
const MISTAKES: Cell[][] = [
  ['15/6/2023', 'P03', 'cay-xanh', 'mười', 'Trồng cây tại khu phố 2', LINK],
  ['16/6/2023', 'P05', 'qua', -5, 'Trao quà (nhập nhầm dấu trừ)', LINK],
  ['05/6/2023', 'P07', 'dich-vu-cong', 40, 'Hỗ trợ dịch vụ công trước ngày ra quân', LINK],
  ['31/6/2023', 'P08', 'kham-benh', 25, 'Khám bệnh miễn phí', LINK],
  ['20/6/2023', 'P17', 'cay-xanh', 10, 'Đơn vị gõ sai mã', LINK],
  ['21/6/2023', 'MEKO', 'cay xanh moi', 12, 'Gõ sai mã chỉ tiêu', LINK],
  ['22/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ', LINK],
  ['22/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ', LINK],
  ['24/6/2023', 'P09', '', 15, 'Thiếu mã chỉ tiêu', LINK],
  ['25/6/2023', 'VKS', 'tt-thanh-toan-dt', 3, 'Ghi số người thay vì 1/0', LINK],
  ['26/6/2023', 'P12', 'luot-chien-sy', '5-7', 'Ghi khoảng số', LINK],
];

/** The whole sample workbook: template tabs filled with the plan. */
export function sampleWorkbook(): WorkbookData {
  const settings: Cell[][] = [
    ['Tên chiến dịch', 'Chiến dịch tình nguyện Kỳ nghỉ hồng lần thứ 22 – năm 2023 (Quận 11)'],
    ['Từ ngày', utcDate(day(11, 6))],
    ['Đến ngày', utcDate(day(6, 8))],
    // The district's code among the city's units, for the roll-up (tổng hợp) to the city.
    ['Mã ở cấp trên', 'Q11'],
    // The plan's weekly reports before 17:00 each Saturday (the Periods tab holds the phases, so no week is written).
    ['Hạn báo cáo hằng tuần', 'thứ 7 17:00'],
    // The report document's header and signature; the number (Số ký hiệu) is given by the office when it is sent.
    ['Cơ quan cấp trên', 'BCH ĐOÀN TP. HỒ CHÍ MINH'],
    ['Cơ quan ban hành', 'BCH QUẬN ĐOÀN 11'],
    ['Số ký hiệu', ''],
    ['Địa danh', 'Quận 11'],
    ['Người ký', 'Nguyễn Văn An'],
    ['Chức vụ', 'BÍ THƯ'],
    ['Thay mặt', 'TM. BAN THƯỜNG VỤ QUẬN ĐOÀN'],
    [
      'Nơi nhận',
      'Thành Đoàn: VP, BCH CD cấp Thành, Ban Kiểm tra, Ban CNLĐ; Quận Ủy: TT, VP, BDV; Quận Đoàn: TT, các Ban; Ban Chỉ huy chiến dịch cấp Quận; Các cơ sở Đoàn; Lưu: VP',
    ],
  ];
  return templateWorkbook({
    targets: SAMPLE_TARGETS.map((t) => [t.key, t.label, t.unit, t.target, t.kind, t.group, t.base ?? null]),
    units: SAMPLE_UNITS,
    periods: SAMPLE_PERIODS.map((p) => [p.name, utcDate(p.from), utcDate(p.to), utcDate(p.deadline)]),
    entries: sampleEntries(),
    allocation: WARDS.map((w) => [w[0]!, 'cay-xanh', 25]),
    settings,
  });
}
