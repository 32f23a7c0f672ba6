// Every sentence the sidebar's script shows (the static headings and buttons are in index.html).

export const TEXT = {
  loading: 'Đang tải dữ liệu…',
  working: 'Đang xử lý…',
  noConnection: 'Không kết nối được với Google Sheets (thiếu google.script.run).',
  unknownError: 'Đã xảy ra lỗi không xác định. Hãy thử lại.',
  loadFailed: 'Không tải được dữ liệu: ',
  noTargets: 'Chưa có chỉ tiêu nào trên tab "Chỉ tiêu".',
  noPeriods: 'Chưa có đợt báo cáo nào trên tab "Đợt báo cáo".',
  noProblems: 'Không có lỗi. Dữ liệu hợp lệ.',
  row: 'dòng',
  deadline: 'hạn báo cáo',
  exceeded: 'Vượt',
  met: 'Đạt',
  onTrack: 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  notMet: 'Chưa đạt',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  selectFailed: 'Không chọn được ô: ',
} as const;

/** "3 lỗi, 1 cảnh báo · 2 140 dòng hợp lệ / 2 150" and the like. */
export function problemSummary(errors: number, warnings: number, listed: number): string {
  const parts = [`${errors} lỗi`, `${warnings} cảnh báo`];
  const total = errors + warnings;
  const more = listed < total ? ` (hiển thị ${listed} đầu tiên)` : '';
  return parts.join(', ') + more;
}

export function showMore(count: number): string {
  return `Xem thêm ${count} mục`;
}

export function entriesSummary(valid: number, rows: number): string {
  return `${valid}/${rows} dòng kết quả hợp lệ`;
}

export function marksSummary(marked: number, cleared: number): string {
  return `Đã kiểm tra lại: đánh dấu ${marked} ô, gỡ ${cleared} dấu cũ.`;
}

export function reportDone(tab: string): string {
  return `Đã tạo tab "${tab}".`;
}

export function reportDetails(targets: number, nonReporting: number): string {
  return `${targets} chỉ tiêu, ${nonReporting} đơn vị chưa báo cáo trong đợt.`;
}
