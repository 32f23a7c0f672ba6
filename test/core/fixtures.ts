// Small, realistic workbooks (District 11, "Kỳ nghỉ hồng" 2023) built as WorkbookData for the core's tests.

import { analyze, dayFromParts, utcDate, type Analysis, type Cell, type Day, type WorkbookData } from '../../src/core';

export const TARGET_HEADER = ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại', 'Nhóm', 'Cơ sở tính'];
export const UNIT_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Email'];
export const PERIOD_HEADER = ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'];
export const ENTRY_HEADER = ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng'];
export const ALLOCATION_HEADER = ['Mã đơn vị', 'Mã chỉ tiêu', 'Chỉ tiêu giao'];
export const SETTINGS_HEADER = ['Khóa', 'Giá trị'];

/** A calendar day of 2023 (the reference campaign's year). */
export function d23(day: number, month: number): Day {
  return dayFromParts(2023, month, day)!;
}

/** A date cell as hosts give it: a Date whose UTC fields are the day. */
export function dateCell(day: number, month: number, year = 2023): Date {
  return utcDate(dayFromParts(year, month, day)!);
}

export const TARGET_ROWS: Cell[][] = [
  ['cay-xanh', 'Trồng mới cây xanh', 'cây', 500, 'số lượng', 'Chỉ tiêu chung', null],
  ['qua', 'Trao tặng phần quà cho thanh niên công nhân khó khăn', 'phần quà', 50, 'số lượng', 'Chỉ tiêu riêng', null],
  ['duong', 'Nâng cấp, bê tông hoá đường, hẻm tại xã Tân Nhựt', 'km', '0,5', 'số lượng', 'Chỉ tiêu chung', null],
  [
    'tt-thanh-toan-dt',
    'Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
    '%',
    '100%',
    'tỷ lệ',
    'Chỉ tiêu chung',
    null,
  ],
  ['cb-thanh-toan-dt', 'Cán bộ Đoàn sử dụng tài khoản thanh toán điện tử', '%', 80, 'tỷ lệ', 'Chỉ tiêu chung', 250],
];

export const UNIT_ROWS: Cell[][] = [
  ['P01', 'Đoàn Phường 1', 'Phường', 'doanphuong1.q11@gmail.com'],
  ['P02', 'Đoàn Phường 2', 'Phường', 'doanphuong2.q11@gmail.com'],
  ['P03', 'Đoàn Phường 3', 'Phường', 'doanphuong3.q11@gmail.com'],
  ['BVQ11', 'Đoàn Bệnh viện Quận 11', 'Y tế', 'doanbvq11@gmail.com'],
  ['KYMDAN', 'Đoàn Công ty CP cao su Sài Gòn - Kymdan', 'Doanh nghiệp', 'doankymdan@gmail.com'],
];

export const PERIOD_ROWS: Cell[][] = [
  ['Đợt 1', dateCell(11, 6), dateCell(30, 6), dateCell(23, 6)],
  ['Đợt 2', dateCell(1, 7), dateCell(31, 7), dateCell(23, 7)],
  ['Đợt 3', dateCell(1, 8), dateCell(6, 8), dateCell(20, 8)],
];

export const SETTINGS_ROWS: Cell[][] = [
  ['Tên chiến dịch', 'Chiến dịch tình nguyện Kỳ nghỉ hồng lần thứ 22 – năm 2023 (Quận 11)'],
  ['Từ ngày', '11/6/2023'],
  ['Đến ngày', '06/8/2023'],
];

export const LINK = 'https://drive.google.com/drive/folders/q11-kynghihong';

/** One Entries row: date, unit code, target key, quantity, activity, evidence (a link unless given). */
export function entry(
  date: Cell,
  unit: Cell,
  target: Cell,
  quantity: Cell,
  activity: Cell = '',
  evidence: Cell = LINK,
) {
  return [date, unit, target, quantity, activity, evidence];
}

export interface WorkbookSpec {
  /** Data rows of each tab (without the header); `null` leaves the tab out. */
  targets?: Cell[][] | null;
  units?: Cell[][] | null;
  periods?: Cell[][] | null;
  entries?: Cell[][] | null;
  allocation?: Cell[][] | null;
  settings?: Cell[][] | null;
}

/** A District 11 workbook: the five targets, five units, three periods and the Settings window unless overridden. */
export function workbook(spec: WorkbookSpec = {}): WorkbookData {
  const tabs: [string, string[], Cell[][] | null][] = [
    ['Chỉ tiêu', TARGET_HEADER, spec.targets === undefined ? TARGET_ROWS : spec.targets],
    ['Đơn vị', UNIT_HEADER, spec.units === undefined ? UNIT_ROWS : spec.units],
    ['Đợt báo cáo', PERIOD_HEADER, spec.periods === undefined ? PERIOD_ROWS : spec.periods],
    ['Kết quả', ENTRY_HEADER, spec.entries === undefined ? [] : spec.entries],
    ['Phân bổ', ALLOCATION_HEADER, spec.allocation === undefined ? null : spec.allocation],
    ['Cài đặt', SETTINGS_HEADER, spec.settings === undefined ? SETTINGS_ROWS : spec.settings],
  ];
  return {
    sheets: tabs
      .filter((t): t is [string, string[], Cell[][]] => t[2] !== null)
      .map(([name, header, rows]) => ({ name, rows: [header, ...rows.map((r) => [...r])] })),
  };
}

/** Analyses a District 11 workbook with these entry rows (and other overrides). */
export function analyzeEntries(entries: Cell[][], spec: WorkbookSpec = {}): Analysis {
  return analyze(workbook({ ...spec, entries }));
}

/** The problems of one code, in row order. */
export function problemsOf(analysis: Analysis, code: string) {
  return analysis.problems.filter((p) => p.code === code);
}

/** Index of a target in the campaign by key. */
export function targetIndex(analysis: Analysis, key: string): number {
  const i = analysis.campaign.targets.findIndex((t) => t.key === key);
  if (i < 0) throw new Error(`no target ${key}`);
  return i;
}

/** Index of a unit in the campaign by code. */
export function unitIndex(analysis: Analysis, code: string): number {
  const i = analysis.campaign.units.findIndex((u) => u.code === code);
  if (i < 0) throw new Error(`no unit ${code}`);
  return i;
}

/**
 * A season of District 11 entries (sheet rows 2–28) whose figures are worked out by hand in figures.test.ts:
 * rows 2–23 are valid (row 4 without evidence), rows 24–28 carry one error each.
 */
export const SEASON_ENTRIES: Cell[][] = [
  entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố'),
  entry('20/6/2023', 'P02', 'cay-xanh', 60, 'Ra quân "Sống xanh" trồng cây'),
  entry(dateCell(30, 6), 'P03', 'cay-xanh', 25, 'Trồng cây tại trường học', ''),
  entry('1/7/2023', 'P01', 'cay-xanh', 100, 'Trồng cây xanh tại khu phố'),
  entry('15/07/2023', 'BVQ11', 'cay-xanh', 75, 'Trồng cây tại bệnh viện'),
  entry(dateCell(6, 8), 'KYMDAN', 'cay-xanh', 30, 'Trồng cây tại nhà máy'),
  entry('3/8/2023', 'BVQ11', 'cay-xanh', 0, 'Chưa trồng được cây trong tuần'),
  entry('16/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ'),
  entry('22/7/2023', 'KYMDAN', 'qua', '12 phần quà', 'Trao quà cho thanh niên công nhân khó khăn'),
  entry('5/7/2023', 'P03', 'duong', '0,2', 'Bê tông hoá hẻm ấp 1, xã Tân Nhựt'),
  entry('20/7/2023', 'P03', 'duong', '0,3', 'Bê tông hoá hẻm ấp 3, xã Tân Nhựt'),
  entry('2/8/2023', 'P03', 'duong', '0,1', 'Bê tông hoá hẻm ấp 4, xã Tân Nhựt'),
  entry('14/6/2023', 'P01', 'tt-thanh-toan-dt', 1, 'Rà soát tài khoản thanh toán điện tử'),
  entry('20/6/2023', 'P02', 'tt-thanh-toan-dt', 0, 'Rà soát tài khoản thanh toán điện tử'),
  entry('1/7/2023', 'BVQ11', 'tt-thanh-toan-dt', 1, 'Rà soát tài khoản thanh toán điện tử'),
  entry('2/8/2023', 'P03', 'tt-thanh-toan-dt', '100%', 'Rà soát tài khoản thanh toán điện tử'),
  entry('3/8/2023', 'P02', 'tt-thanh-toan-dt', 1, 'Rà soát tài khoản thanh toán điện tử'),
  entry('15/6/2023', 'P01', 'cb-thanh-toan-dt', 20, 'Cập nhật số cán bộ sử dụng'),
  entry('18/6/2023', 'P02', 'cb-thanh-toan-dt', 30, 'Cập nhật số cán bộ sử dụng'),
  entry('10/7/2023', 'P01', 'cb-thanh-toan-dt', 45, 'Cập nhật số cán bộ sử dụng'),
  entry('12/7/2023', 'BVQ11', 'cb-thanh-toan-dt', 50, 'Cập nhật số cán bộ sử dụng'),
  entry('4/8/2023', 'P02', 'cb-thanh-toan-dt', 35, 'Cập nhật số cán bộ sử dụng'),
  // Row 24 onwards: one error each, so none of them may count anywhere.
  entry('26/6/2023', 'P02', 'cay-xanh', '5-7', 'Ghi khoảng số'),
  entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố'),
  entry('20/6/2023', 'P17', 'cay-xanh', 10, 'Đơn vị gõ sai mã'),
  entry('05/6/2023', 'P01', 'qua', 40, 'Trao quà trước ngày ra quân'),
  entry('25/6/2023', 'BVQ11', 'tt-thanh-toan-dt', 3, 'Ghi số người thay vì 1/0'),
];

/** P01 plants 100 trees of its own; KYMDAN gives 20 gifts. */
export const SEASON_ALLOCATION: Cell[][] = [
  ['P01', 'cay-xanh', 100],
  ['KYMDAN', 'qua', 20],
];

/** The analysed season, with its allocations. */
export function season(spec: WorkbookSpec = {}): Analysis {
  return analyzeEntries(SEASON_ENTRIES, { allocation: SEASON_ALLOCATION, ...spec });
}

/**
 * Two targets (a count, and a percent target stored as Sheets' 0.8 for "80%"), two units, a period whose deadline
 * does not read as a date, an Entries tab with an STT column and a row where only STT is filled; `extra` replaces or
 * adds tabs, `first` puts tabs before the contract tabs.
 */
export function twoUnitWorkbook(
  extra: Partial<Record<string, Cell[][]>> = {},
  first: { name: string; rows: Cell[][] }[] = [],
): WorkbookData {
  const tabs: Record<string, Cell[][]> = {
    'Chỉ tiêu': [
      ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'],
      ['cay', 'Trồng cây', 'cây', 100, 'số lượng'],
      ['epay', 'Cán bộ dùng thanh toán điện tử', '%', 0.8, 'tỷ lệ'],
    ],
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị'],
      ['P01', 'Đoàn Phường 1'],
      ['P02', 'Đoàn Phường 2'],
    ],
    'Đợt báo cáo': [
      ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
      ['Đợt 1', '01/06/2024', '30/06/2024', 'trước 23/6'],
      ['Đợt 2', '01/07/2024', '31/07/2024', '23/07/2024'],
    ],
    'Kết quả': [
      ['STT', 'Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Minh chứng'],
      [1, '15/06/2024', 'P01', 'cay', 40, 'https://x/1'],
      [2, '16/06/2024', 'P01', 'epay', 1, 'https://x/2'],
      [3, '', '', '', '', ''],
    ],
    ...extra,
  } as Record<string, Cell[][]>;
  return { sheets: [...first, ...Object.entries(tabs).map(([name, rows]) => ({ name, rows }))] };
}
