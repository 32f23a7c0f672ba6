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
  templateUnchanged: 'Bảng tính đã đúng mẫu, không cần thay đổi.',
  planEmpty: 'Hãy dán nội dung kế hoạch vào ô.',
  noProposals: 'Không tìm thấy chỉ tiêu nào. Hãy dán phần hệ thống chỉ tiêu của kế hoạch.',
  exists: 'đã có',
  existsTitle: 'Mã này đã có trên tab "Chỉ tiêu": nếu chọn thêm, dòng này sẽ bị bỏ qua.',
  count: 'số lượng',
  percent: 'tỷ lệ',
  key: 'Mã',
  label: 'Nội dung',
  target: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  kind: 'Loại',
  proposalColumns: ['Thêm', 'Nội dung', 'Dòng trong kế hoạch', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Loại'],
  noneSelected: 'Hãy chọn ít nhất một chỉ tiêu để thêm.',
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

export function templateDone(tabs: number, headers: number): string {
  return `Đã tạo mẫu: ${tabs} tab mới, ${headers} cột mới.`;
}

export function proposalSummary(found: number, existing: number): string {
  return existing
    ? `Tìm thấy ${found} chỉ tiêu, ${existing} đã có trên tab "Chỉ tiêu".`
    : `Tìm thấy ${found} chỉ tiêu.`;
}

export function selectedSummary(selected: number, total: number): string {
  return `Đã chọn ${selected}/${total} chỉ tiêu`;
}

export function sourceLine(line: number): string {
  return `dòng ${line}`;
}

export function addChoice(label: string): string {
  return `Thêm "${label}"`;
}

// Plan import: the label is editable (issue 11).
export function emptyLabel(label: string): string {
  return `Chỉ tiêu "${label}" chưa có nội dung. Hãy nhập nội dung (tên chỉ tiêu).`;
}

/** Keys the Targets tab held for another target: those rows were added under new keys. */
export function renamedSummary(renamed: Array<{ from: string; to: string }>): string {
  return renamed.length
    ? ` Mã đã dùng cho chỉ tiêu khác nên đặt mã mới: ${renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.`
    : '';
}

export function emptyKey(label: string): string {
  return `Chỉ tiêu "${label}" chưa có mã. Hãy nhập mã.`;
}

export function duplicateKey(key: string): string {
  return `Mã "${key}" được chọn nhiều lần. Mỗi chỉ tiêu cần một mã riêng.`;
}

export function badTarget(label: string): string {
  return `Chỉ tiêu "${label}" cần một con số lớn hơn 0.`;
}

export function addedSummary(added: number, skipped: string[]): string {
  return skipped.length ? `Đã thêm ${added} chỉ tiêu; bỏ qua: ${skipped.join(', ')}.` : `Đã thêm ${added} chỉ tiêu.`;
}

// The Word report download (issue 13): "Tải báo cáo Word (.docx)" in the period panel.
export const DOCX_TEXT = {
  working: 'Đang tạo báo cáo Word…',
  rendererFailed:
    'Không tải được bộ tạo tệp Word trong thanh bên. Hãy đóng thanh bên, mở lại rồi thử lần nữa; hoặc dùng lệnh chitieu report --docx trên tệp .xlsx tải về.',
  ready: 'Báo cáo Word đã sẵn sàng. Bấm vào tên tệp để lưu về máy:',
  hint: 'Điền số ký hiệu, nơi nhận, người ký… ở tab Cài đặt; các phần kết quả nổi bật, hạn chế, phương hướng để Ban Chỉ huy viết thêm trong Word.',
};

/** "bao-cao-dot-2.docx (24 KB)". */
export function docxLink(fileName: string, bytes: number): string {
  return `${fileName} (${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB)`;
}

/** Reporting status, closing and reopening a period (issue 14). */
export const CLOSING_UI = {
  reporting: { 'on-time': 'Đúng hạn', unknown: 'Chưa rõ thời điểm', late: 'Trễ hạn', none: 'Chưa báo cáo' },
  deadline: (at: string) => `Hạn báo cáo: ${at}`,
  closedAt: (at: string) => `Đã chốt số liệu lúc ${at}: báo cáo, ATTAINMENT và ACHIEVED của đợt giữ số liệu đã chốt.`,
  open: 'Đợt đang mở: số liệu cập nhật theo dữ liệu.',
  counts: (onTime: number, unknown: number, late: number, none: number) =>
    `${onTime} đúng hạn · ${unknown} chưa rõ thời điểm · ${late} trễ hạn · ${none} chưa báo cáo`,
  emailsLabel: 'Địa chỉ e-mail các đơn vị chưa báo cáo (sao chép để nhắc):',
  noEmail: (units: string) => `Chưa có e-mail: ${units}`,
  allReported: 'Tất cả đơn vị đã báo cáo trong đợt.',
  confirmClose: (period: string) =>
    `Chốt số liệu đợt ${period}? Báo cáo và số liệu của đợt sẽ được giữ nguyên như hiện tại; sửa đổi sau đó được đánh dấu và ghi vào Nhật ký. Ai cũng vẫn nhập liệu được.`,
  confirmReopen: (period: string) =>
    `Mở lại đợt ${period}? Báo cáo và các hàm sẽ tính lại theo số liệu hiện tại (kể cả các sửa đổi sau khi chốt).`,
  yes: 'Xác nhận',
  no: 'Hủy',
};

/** "2024-06-23T17:00:00+07:00" → "17:00 23/06/2024". */
export function viDeadline(iso: string): string {
  const [date, time] = [iso.slice(0, 10).split('-'), iso.slice(11, 16)];
  return `${time} ${date[2]}/${date[1]}/${date[0]}`;
}
