// The importer's warnings in Vietnamese and English.

import type { Text } from '../messages';

export const PLAN_WARNINGS = {
  'no-target-section': (): Text => ({
    vi: 'Không tìm thấy phần chỉ tiêu trong kế hoạch (ví dụ "III. HỆ THỐNG CHỈ TIÊU", "Chỉ tiêu cụ thể:"). Hãy kiểm tra tiêu đề phần chỉ tiêu, hoặc nhập chỉ tiêu bằng tay.',
    en: 'No target section found in the plan (such as "III. HỆ THỐNG CHỈ TIÊU" or "Chỉ tiêu cụ thể:"). Check the heading of the target section, or enter the targets by hand.',
  }),
  'no-quantity': (p: { line: number; text: string }): Text => ({
    vi: `Dòng ${p.line} trong phần chỉ tiêu không có số lượng đọc được: "${p.text}". Nếu đó là một chỉ tiêu, hãy thêm bằng tay.`,
    en: `Line ${p.line} of the target section has no quantity that could be read: "${p.text}". If it is a target, add it by hand.`,
  }),
};

// PDF plans (chitieu import-plan, CLI only).
export const PLAN_PDF_MESSAGES = {
  scanned: (p: { file: string; pages: number }): Text => ({
    vi: `Tệp PDF "${p.file}" (${p.pages} trang) không có chữ đọc được: có lẽ đó là bản scan (ảnh chụp văn bản). Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word của kế hoạch, hoặc chép phần hệ thống chỉ tiêu vào tệp .txt rồi thử lại.`,
    en: `The PDF "${p.file}" (${p.pages} pages) has no readable text: it is probably a scan (a picture of the document). Use the plan's Word file (.docx) or a PDF exported from Word, or copy its target section into a .txt file, then try again.`,
  }),
  unreadable: (p: { file: string }): Text => ({
    vi: `Không mở được tệp PDF "${p.file}" (tệp hỏng, có mật khẩu, hoặc không phải PDF). Hãy mở và lưu lại bằng trình đọc PDF, hoặc dùng bản .docx của kế hoạch.`,
    en: `The PDF "${p.file}" cannot be opened (damaged, password-protected, or not a PDF). Open it and save it again in a PDF reader, or use the plan's .docx.`,
  }),
};

// Keys of imported targets (issue 11): a key the Targets tab holds for another target.
export const PLAN_KEY_MESSAGES = {
  renamed: (p: { from: string; to: string; label: string; tab: string }): Text => ({
    vi: `Mã "${p.from}" đã dùng cho một chỉ tiêu khác trên tab ${p.tab}: chỉ tiêu "${p.label}" nhận mã "${p.to}".`,
    en: `Key "${p.from}" is another target's on the ${p.tab} tab: "${p.label}" gets the key "${p.to}".`,
  }),
};
