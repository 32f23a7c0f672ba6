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
