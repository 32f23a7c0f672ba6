// A small campaign workbook with the report document's header settings filled in (tests of the Word report).

import { d, writeXlsx } from './workbooks';

export const HEADER_SETTINGS: [string, string][] = [
  ['Tên chiến dịch', 'Chiến dịch Mùa hè xanh 2024'],
  ['Cơ quan cấp trên', 'BCH ĐOÀN TP. HỒ CHÍ MINH'],
  ['Cơ quan ban hành', 'BCH QUẬN ĐOÀN 11'],
  ['Số ký hiệu', '12-BC/QĐ11'],
  ['Địa danh', 'Quận 11'],
  ['Người ký', 'Nguyễn Văn An'],
  ['Chức vụ', 'Bí thư'],
  ['Thay mặt', 'Ban Thường vụ Quận Đoàn'],
  ['Nơi nhận', 'Thành Đoàn: VP, Ban Mặt trận; Quận ủy: TT; Các cơ sở Đoàn; Lưu: VP'],
];

/**
 * Three targets in two groups (a count of 1.000, a fraction 0,5 km, a percent target with a base of 40), four units
 * (P04 does not report; P01 recorded before the deadline, P02 after it, P03 without a time), one period. Figures: trees 1.250 of 1.000 (125%), road 0,5 of 0,5 (100%), e-payment share
 * 37 of 40 = 92,5% against 80% (115,6%).
 */
export async function writeReportWorkbook(file: string, settings: [string, string][] = HEADER_SETTINGS): Promise<void> {
  await writeXlsx(file, {
    'Chỉ tiêu': [
      ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại', 'Nhóm', 'Cơ sở tính'],
      ['cay-xanh', 'Trồng mới cây xanh tại các tuyến đường', 'cây', '1.000', 'số lượng', 'Chỉ tiêu chung', null],
      ['duong', 'Nâng cấp, bê tông hoá đường hẻm', 'km', '0,5', 'số lượng', 'Chỉ tiêu chung', null],
      [
        'thanh-toan',
        'Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
        '%',
        80,
        'tỷ lệ',
        'Chỉ tiêu riêng',
        40,
      ],
    ],
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
      ['P01', 'Đoàn Phường 1', 'Cụm 1'],
      ['P02', 'Đoàn Phường 2', 'Cụm 1'],
      ['P03', 'Đoàn Phường 3', 'Cụm 2'],
      ['P04', 'Đoàn Phường 4', 'Cụm 2'],
    ],
    'Đợt báo cáo': [
      ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
      ['Đợt 1', d(1, 6), d(30, 6), d(23, 6)],
    ],
    'Kết quả': [
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng', 'Dấu thời gian'],
      [
        d(3, 6),
        'P01',
        'cay-xanh',
        '1.000',
        'Trồng cây tuyến đường Lạc Long Quân',
        'https://example.org/1',
        '20/06/2024 10:00:00',
      ],
      [d(9, 6), 'P02', 'cay-xanh', 250, 'Trồng cây hẻm 20', 'https://example.org/2', '25/06/2024 08:00:00'],
      [d(12, 6), 'P02', 'duong', '0,25', 'Bê tông hoá hẻm 20', 'https://example.org/3', '25/06/2024 08:00:00'],
      [d(15, 6), 'P03', 'duong', '0,25', 'Bê tông hoá hẻm 45', 'https://example.org/4', null],
      [d(16, 6), 'P01', 'thanh-toan', 12, 'Rà soát tài khoản', 'https://example.org/5', '20/06/2024 10:00:00'],
      [d(17, 6), 'P02', 'thanh-toan', 10, 'Rà soát tài khoản', 'https://example.org/6', '25/06/2024 08:00:00'],
      [d(18, 6), 'P03', 'thanh-toan', 15, 'Rà soát tài khoản', 'https://example.org/7', null],
    ],
    'Cài đặt': [['Khóa', 'Giá trị'], ...settings],
  });
}
