// Realistic answers of the server entry points, as the sidebar receives them through google.script.run.

import { dayFromParts, progressAt, type Analysis, type Day } from '../../src/core';
import type { AddTargetsResult, PlanProposal, ProposedTarget } from '../../src/gas/plan-import';
import type { ReportResult, SidebarData, ValidationResult } from '../../src/gas/sidebar-types';
import type { TemplateResult } from '../../src/gas/template-setup';

export const PERIODS = [
  { name: 'Đợt 1', from: '2024-06-01', to: '2024-06-30', deadline: '2024-06-23' },
  { name: 'Đợt 2', from: '2024-07-01', to: '2024-07-31', deadline: '2024-07-23' },
  { name: 'Đợt 3', from: '2024-08-01', to: '2024-08-20', deadline: '2024-08-20' },
];

/** A day inside "Đợt 2", about half-way through the campaign. */
export const TODAY = new Date(2024, 6, 10, 9, 0, 0);

/** The campaign window of the fixture: the periods' span (no Settings From–To). */
const WINDOW = { from: dayFromParts(2024, 6, 1)!, to: dayFromParts(2024, 8, 20)! };

/** The server's answer on `today`: status and pace to date as the core computes them (src/gas/sidebar-api.ts). */
export function sidebarData(today: Date = TODAY): SidebarData {
  const day = dayFromParts(today.getFullYear(), today.getMonth() + 1, today.getDate())!;
  const target = (...args: TargetArgs) => targetOn(day, ...args);
  return {
    campaign: 'Kỳ nghỉ hồng 2024 – Quận Đoàn 11',
    targets: [
      target('cay-xanh', 'Trồng mới cây xanh', 'cây', 'count', 'Chỉ tiêu chung', 500, 580, 1.16),
      target('nha', 'Sửa chữa nhà', 'căn', 'count', 'Chỉ tiêu chung', 2, 1, 0.5),
      target('duong', 'Nâng cấp, bê tông hoá đường giao thông', 'km', 'count', 'Chỉ tiêu chung', 0.5, 0.1, 0.2),
      target(
        'thanh-toan',
        'Thường trực cơ sở Đoàn dùng tài khoản thanh toán điện tử',
        '%',
        'percent',
        'Chỉ tiêu riêng',
        100,
        100,
        1,
      ),
      target('ky-nang-so', 'Cán bộ Đoàn được tập huấn kỹ năng số', '%', 'percent', 'Chỉ tiêu riêng', 80, 52, 0.65),
    ],
    periods: PERIODS,
    problems: [
      problem(
        'Kết quả',
        12,
        'Số lượng',
        'bad-number',
        'error',
        '"abc" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.',
      ),
      problem(
        'Kết quả',
        27,
        'Mã đơn vị',
        'unknown-unit',
        'error',
        'Mã đơn vị "P99" không có trong tab Đơn vị. Hãy chọn một mã trong danh sách đơn vị hoặc thêm đơn vị đó.',
      ),
      problem(
        'Kết quả',
        31,
        'Ngày',
        'outside-campaign',
        'error',
        'Ngày 15/9/2024 nằm ngoài thời gian chiến dịch (01/6/2024 – 20/8/2024). Hãy kiểm tra lại ngày thực hiện.',
      ),
      problem(
        'Kết quả',
        40,
        'Minh chứng',
        'missing-evidence',
        'warning',
        'Chưa có minh chứng. Hãy dán đường dẫn ảnh hoặc tài liệu minh chứng.',
      ),
    ],
    errors: 3,
    warnings: 1,
    entryRows: 214,
    validEntries: 211,
    setupMessage: null,
  };
}

export function validationResult(): ValidationResult {
  return {
    problems: [
      problem(
        'Kết quả',
        12,
        'Số lượng',
        'bad-number',
        'error',
        '"abc" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.',
      ),
    ],
    errors: 1,
    warnings: 0,
    marked: 1,
    cleared: 3,
  };
}

export function reportResult(period: string): ReportResult {
  return { tab: `Báo cáo – ${period}`, period, targets: 5, nonReporting: 2 };
}

/** A plan's target section as pasted into the import panel. */
export const PLAN_TEXT = [
  'II. HỆ THỐNG CHỈ TIÊU',
  '1. Chỉ tiêu chung',
  '- Trồng mới 500 cây xanh;',
  '- Sửa chữa 02 căn nhà tình nghĩa (ít nhất 20 triệu đồng/căn);',
  '- Nâng cấp, bê tông hoá 0,5 km đường giao thông nông thôn.',
  '- Phối hợp tổ chức các hoạt động chăm lo cho thiếu nhi.',
  '2. Chỉ tiêu riêng',
  '- 100% Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử.',
].join('\n');

/**
 * What importPlan proposes for PLAN_TEXT (preview.test.ts checks it against the real importer), here as if the Targets
 * tab already had "sua-chua-can-nha-tinh-nghia".
 */
export function planProposal(): PlanProposal {
  return {
    targets: [
      proposed('trong-moi-cay-xanh', 'Trồng mới cây xanh', 'cây', 500, 'count', 'Chỉ tiêu chung', 3),
      proposed(
        'sua-chua-can-nha-tinh-nghia',
        'Sửa chữa căn nhà tình nghĩa (ít nhất 20 triệu đồng/căn)',
        'căn',
        2,
        'count',
        'Chỉ tiêu chung',
        4,
        true,
      ),
      proposed(
        'nang-cap-be-tong-hoa-km',
        'Nâng cấp, bê tông hoá km đường giao thông nông thôn',
        'km',
        0.5,
        'count',
        'Chỉ tiêu chung',
        5,
      ),
      proposed(
        'thuong-truc-co-so-doan-su-dung',
        'Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
        '%',
        100,
        'percent',
        'Chỉ tiêu riêng',
        8,
      ),
    ],
    warnings: [
      'Dòng 6 trong phần chỉ tiêu không có số lượng đọc được: "Phối hợp tổ chức các hoạt động chăm lo cho thiếu nhi.". Nếu đó là một chỉ tiêu, hãy thêm bằng tay.',
    ],
  };
}

export function addTargetsResult(
  added: number,
  skipped: string[] = [],
  renamed: Array<{ from: string; to: string }> = [],
): AddTargetsResult {
  return { added, skipped, renamed };
}

export function templateResult(): TemplateResult {
  return {
    createdTabs: ['Cài đặt', 'Chỉ tiêu', 'Đơn vị', 'Đợt báo cáo', 'Kết quả'],
    addedHeaders: [],
    changes: 5,
  };
}

function proposed(
  key: string,
  label: string,
  unit: string,
  target: number,
  kind: 'count' | 'percent',
  group: string,
  line: number,
  exists = false,
): ProposedTarget {
  return { key, label, unit, target, kind, group, line, exists };
}

type TargetArgs = [string, string, string, 'count' | 'percent', string, number, number, number];

function targetOn(day: Day, ...args: TargetArgs): SidebarData['targets'][number] {
  const [key, label, measure, kind, group, target, achieved, attainment] = args;
  const analysis = { campaign: { window: WINDOW } } as unknown as Analysis;
  const { status, pace, paceStatus, standing } = progressAt(analysis, attainment, day);
  return { key, label, measure, kind, group, target, achieved, attainment, status, pace, paceStatus, standing };
}

function problem(
  tab: string,
  row: number,
  column: string,
  code: string,
  severity: 'error' | 'warning',
  message: string,
): SidebarData['problems'][number] {
  return { tab, row, column, code, severity, message };
}
