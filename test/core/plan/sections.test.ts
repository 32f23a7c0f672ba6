// Target sections in the shapes plans take: headings of any numbering, case and spelling, and where a section ends.

import fc from 'fast-check';
import { parsePlan } from '../../../src/core/plan';
import { htmlToText } from '../../../src/core/plan/html';

const found = (text: string) => parsePlan(text).targets.map((t) => [t.target, t.unit, t.group]);

describe('parsePlan sections', () => {
  it('ends a section at the next heading of the same level that is not a target heading', () => {
    const plan = ['II. CHỈ TIÊU', '- Trồng 500 cây xanh;', 'III. NỘI DUNG', '- Tổ chức 02 phiên tòa giả định.'].join(
      '\n',
    );
    expect(found(plan)).toEqual([[500, 'cây', 'Chỉ tiêu']]);
  });

  it('reads headings without diacritics or in capitals, and sub-headings as groups', () => {
    const plan = [
      'III. HE THONG CHI TIEU',
      '1. Chi tieu chung:',
      '- Trong moi 300 cay xanh;',
      '2. Chi tieu rieng:',
      '+ Tang 50 phan qua.',
      'IV. TO CHUC THUC HIEN',
      '- Bao cao 02 lan.',
    ].join('\n');
    expect(found(plan)).toEqual([
      [300, 'cay', 'Chi tieu chung'],
      [50, 'phan qua', 'Chi tieu rieng'],
    ]);
  });

  it('skips the aims under a combined "MỤC TIÊU - CHỈ TIÊU" heading', () => {
    const plan = [
      'I. MỤC TIÊU - CHỈ TIÊU',
      '1. Mục tiêu:',
      '- Hướng đến kỷ niệm 95 năm thành lập Đảng, huy động 63 tỉnh thành.',
      '2. Chỉ tiêu:',
      '- Trao tặng 40.000 phần quà Tết;',
      'II. THỜI GIAN',
    ].join('\n');
    expect(found(plan)).toEqual([[40000, 'phần quà', 'Chỉ tiêu']]);
  });

  it('reads "Chỉ tiêu:" lines inside activities, grouped under the activity', () => {
    const plan = [
      '1. Công trình thanh niên',
      '- Nội dung: lắp đặt 120 bóng đèn tại ấp 3.',
      '- Chỉ tiêu: 02 tuyến đường.',
      '- Thời gian: từ 12/7 đến 25/7/2023.',
    ].join('\n');
    expect(found(plan)).toEqual([[2, 'tuyến đường', 'Công trình thanh niên']]);
  });

  it('items run together with ";" after "Chỉ tiêu:" on one line give one target each', () => {
    const plan =
      '3. Chỉ tiêu: trồng mới 150 cây xanh; tổ chức 04 ngày Chủ nhật xanh; trao 30 suất học bổng.\n4. Tổ chức thực hiện: 05 đồng chí.';
    expect(found(plan).map(([v, u]) => [v, u])).toEqual([
      [150, 'cây'],
      [4, 'ngày'],
      [30, 'suất học bổng'],
    ]);
  });

  it('reads a target table without a unit column, the unit from the target cell or the label', () => {
    const plan = [
      'II. HỆ THỐNG CHỈ TIÊU',
      'TT\tNội dung chỉ tiêu\tChỉ tiêu',
      '1\tTrồng cây xanh\t1.000 cây',
      '2\tSố đoàn viên được kết nạp\t120',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n');
    expect(found(plan)).toEqual([
      [1000, 'cây', 'Hệ thống chỉ tiêu'],
      [120, 'đoàn viên', 'Hệ thống chỉ tiêu'],
    ]);
  });

  it('warns when a plan has no target section', () => {
    const result = parsePlan('KẾ HOẠCH\nI. MỤC ĐÍCH\n- Tổ chức 05 hoạt động.');
    expect(result.targets).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-target-section']);
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs, rebuilds list markers and turns table rows into "cell | cell"', () => {
    const html =
      '<h1>II. CHỈ TIÊU</h1><ol><li>Trồng 500 cây&nbsp;xanh</li><li>Sửa <strong>02</strong> căn nhà<ul><li>Ưu tiên hộ nghèo</li></ul></li></ol>' +
      '<table><tr><td><p>STT</p></td><td><p>Nội dung</p></td></tr><tr><td><p>1</p></td><td><p>Hiến máu</p><p>tình nguyện</p></td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual([
      'II. CHỈ TIÊU',
      '1. Trồng 500 cây xanh',
      '2. Sửa 02 căn nhà',
      '+ Ưu tiên hộ nghèo',
      'STT | Nội dung',
      '1 | Hiến máu tình nguyện',
    ]);
  });
});

describe('parsePlan: targets announced in a sentence, subtitles, multi-line table cells', () => {
  it('reads the targets a sentence announces ("… phấn đấu đạt các chỉ tiêu sau: …"), and nothing after it', () => {
    const plan = [
      'III. NỘI DUNG THỰC HIỆN',
      'Chiến dịch năm 2024 của Trường phấn đấu đạt các chỉ tiêu sau: huy động 400 chiến sĩ; trao 1.000 phần quà.',
      '1. Mặt trận huyện Củ Chi',
      '- Lực lượng: 03 đội hình, khoảng 150 chiến sĩ.',
    ].join('\n');
    expect(found(plan).map(([v, u]) => [v, u])).toEqual([
      [400, 'chiến sĩ'],
      [1000, 'phần quà'],
    ]);
  });

  it("reads the list after such a sentence up to the next heading, but not a past year's results", () => {
    const plan = [
      'II. KẾT QUẢ NĂM 2023',
      'Năm 2023, chiến dịch đã đạt và vượt các chỉ tiêu sau: trồng 900 cây xanh.',
      'Các đơn vị đăng ký chỉ tiêu theo mẫu sau: Mẫu 01 gồm 05 cột.',
      'III. NỘI DUNG',
      'Năm 2024, Ban Thường vụ Quận Đoàn đề ra và phấn đấu đạt các chỉ tiêu cụ thể như sau:',
      '- Trồng mới 500 cây xanh;',
      '- Tặng 50 phần quà.',
      '1. Hoạt động tình nguyện:',
      '- Tổ chức 02 phiên tòa giả định.',
    ].join('\n');
    expect(found(plan).map(([v, u]) => [v, u])).toEqual([
      [500, 'cây'],
      [50, 'phần quà'],
    ]);
  });

  it('keeps a capitalised subtitle and a "(Kèm theo …)" note under an annex heading in its title', () => {
    const plan = [
      'PHỤ LỤC CHỈ TIÊU',
      'CHIẾN DỊCH TÌNH NGUYỆN MÙA HÈ XANH NĂM 2025',
      '(Kèm theo Kế hoạch số 18-KH/ĐTN ngày 25/4/2025)',
      '1. Số lượng chiến sĩ tham gia: 350 chiến sĩ.',
      '2. Tỷ lệ chiến sĩ được tập huấn: 100%.',
    ].join('\n');
    expect(found(plan)).toEqual([
      [350, 'chiến sĩ', 'Phụ lục chỉ tiêu'],
      [100, '%', 'Phụ lục chỉ tiêu'],
    ]);
    expect(parsePlan(plan).warnings).toEqual([]);
  });

  it('joins a table row whose cell runs over several lines (tab- or |-separated), and ends the table at prose', () => {
    const tab = [
      'STT\tNội dung\tĐVT\tChỉ tiêu\tGhi chú',
      '1\tSửa chữa nhà cho đoàn viên có hoàn cảnh',
      'khó khăn',
      '(ít nhất 30 triệu đồng/căn)\tCăn\t03\tPhối hợp Ủy ban',
      'MTTQ Quận',
      '2\tTrồng mới cây xanh\tCây\t300',
      'Các cơ sở Đoàn báo cáo trước ngày 10/8.',
      'Ấp 1\t50\t20',
    ].join('\n');
    expect(parsePlan(tab).targets.map((t) => [t.target, t.unit, t.line, t.label])).toEqual([
      [3, 'căn', 2, 'Sửa chữa nhà cho đoàn viên có hoàn cảnh khó khăn (ít nhất 30 triệu đồng/căn)'],
      [300, 'cây', 6, 'Trồng mới cây xanh'],
    ]);
    const noNumbers = [
      'Nội dung\tĐVT\tChỉ tiêu',
      'CHỈ TIÊU CHUNG',
      'Sửa chữa nhà cho đoàn viên',
      '(ít nhất 30 triệu đồng/căn)\tCăn\t03',
      'CHỈ TIÊU RIÊNG',
      'Tặng quà cho thiếu nhi\tPhần quà\t50',
    ].join('\n');
    expect(parsePlan(noNumbers).targets.map((t) => [t.target, t.unit, t.line, t.group])).toEqual([
      [3, 'căn', 3, 'Chỉ tiêu chung'],
      [50, 'phần quà', 6, 'Chỉ tiêu riêng'],
    ]);
    const pipe = [
      '| STT | Nội dung | ĐVT | Chỉ tiêu |',
      '| 1 | Sửa chữa nhà tình thương | Căn | 02 |',
      '|   | (ít nhất 30 triệu đồng/căn) |  |  |',
      '| 2 | Trồng mới cây xanh | Cây | 300 |',
    ].join('\n');
    expect(parsePlan(pipe).targets.map((t) => [t.target, t.unit, t.label])).toEqual([
      [2, 'căn', 'Sửa chữa nhà tình thương (ít nhất 30 triệu đồng/căn)'],
      [300, 'cây', 'Trồng mới cây xanh'],
    ]);
  });
});

describe('parsePlan on any text', () => {
  const pieces = fc.constantFrom(
    'III. HỆ THỐNG CHỈ TIÊU:',
    '1. Chỉ tiêu chung:',
    '- Trồng mới 500 cây xanh;',
    '(2) Sửa chữa 02 căn nhà (ít nhất 20 triệu đồng/căn);',
    '100% cơ sở Đoàn, 80% chi đoàn',
    'IV. TỔ CHỨC THỰC HIỆN',
    'STT | Nội dung | ĐVT | Chỉ tiêu',
    '1 | Hiến máu | đơn vị máu | 1.000',
    'ngày 11/6/2023, số 308-TB/TĐTN',
    '',
  );
  it('never throws and proposes only positive finite targets with unique keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const { targets } = parsePlan(parts.join('\n'));
        expect(new Set(targets.map((t) => t.key)).size).toBe(targets.length);
        for (const t of targets) expect(Number.isFinite(t.target) && t.target >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
