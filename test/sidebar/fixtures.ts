// Realistic answers of the server entry points, as the sidebar receives them through google.script.run.

import type { ReportResult, SidebarData, ValidationResult } from '../../src/gas/sidebar-types';

export const PERIODS = [
  { name: 'Đợt 1', from: '2024-06-01', to: '2024-06-30', deadline: '2024-06-23' },
  { name: 'Đợt 2', from: '2024-07-01', to: '2024-07-31', deadline: '2024-07-23' },
  { name: 'Đợt 3', from: '2024-08-01', to: '2024-08-20', deadline: '2024-08-20' },
];

/** A day inside "Đợt 2", about half-way through the campaign. */
export const TODAY = new Date(2024, 6, 10, 9, 0, 0);

export function sidebarData(): SidebarData {
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

function target(
  key: string,
  label: string,
  unit: string,
  kind: 'count' | 'percent',
  group: string,
  target: number,
  achieved: number,
  attainment: number,
): SidebarData['targets'][number] {
  return { key, label, unit, kind, group, target, achieved, attainment };
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
