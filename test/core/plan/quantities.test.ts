// Quantities in one clause: Vietnamese number forms, units, qualifiers, and the numbers that are not targets.

import { findQuantities } from '../../../src/core/plan/quantities';

const pairs = (clause: string) => findQuantities(clause).map((q) => [q.value, q.unit]);

describe('findQuantities', () => {
  it.each([
    ['Tuyên truyền, vận động 1.000 lượt người tham gia', [[1000, 'lượt']]],
    ['Nâng cấp, bê tông hoá 0,5km đường, hẻm', [[0.5, 'km']]],
    ['Sửa chữa 02 căn nhà cho đoàn viên', [[2, 'căn']]],
    ['Lắp mới hệ thống điện cho ít nhất **01** tuyến hẻm'.replace(/\*\*/g, ''), [[1, 'tuyến hẻm']]],
    ['Trao 1,000 phần quà', [[1000, 'phần quà']]],
    ['Vận động 2,5 tỷ đồng', [[2.5, 'tỷ đồng']]],
    ['Trồng mới 10 triệu cây xanh', [[10000000, 'cây']]],
    [
      '100% Thường trực cơ sở Đoàn, 80% cán bộ Đoàn sử dụng tài khoản',
      [
        [100, '%'],
        [80, '%'],
      ],
    ],
    ['Tỷ lệ đoàn viên tham gia đạt từ 80 % trở lên', [[80, '%']]],
    ['Tổ chức từ 01 - 02 hoạt động', [[1, 'hoạt động']]],
    ['16/16 phường có công trình thanh niên', [[16, 'phường']]],
    ['Tặng 200 vé xe cho sinh viên', [[200, 'vé']]],
    ['Lắp đặt 50 camera an ninh', [[50, 'camera']]],
    ['Trong moi 2.000 cay xanh', [[2000, 'cay']]],
    ['Số chiến sĩ tham gia: 1.000', [[1000, 'chiến sĩ']]],
    ['Thực hiện ít nhất 01 công trình/cơ sở', [[1, 'công trình']]],
    ['Sửa chữa 02 (hai) căn nhà cho hộ nghèo', [[2, 'căn']]],
    ['Huy động 1.500 ĐVTN công nhân tham gia', [[1500, 'ĐVTN']]],
    [
      'Thực hiện 150 công trình, phần việc thanh niên với tổng giá trị 30 tỷ đồng',
      [
        [150, 'công trình'],
        [30, 'tỷ đồng'],
      ],
    ],
    [
      'Thành lập 15 đội hình, có mặt tại 100% điểm thi',
      [
        [15, 'đội hình'],
        [100, '%'],
      ],
    ],
  ])('%s', (clause, expected) => {
    expect(pairs(clause)).toEqual(expected);
  });

  it.each([
    ['Sửa chữa 02 căn nhà (ít nhất 20 triệu đồng/căn)', [[2, 'căn']]],
    ['Trao 300 suất học bổng, mỗi suất trị giá 500.000 đồng', [[300, 'suất học bổng']]],
    ['Tổ chức 10 lớp, mỗi lớp 30 học viên', [[10, 'lớp']]],
    ['Thực hiện 01 công trình trị giá 100 triệu đồng', [[1, 'công trình']]],
    ['Kỳ nghỉ hồng lần thứ 22 - năm 2023', []],
    ['kỷ niệm 30 năm các chương trình (1994 - 2023)', []],
    ['Theo Thông báo số 308-TB/TĐTN-BMT.ANQP.ĐBDC ngày 28/5/2023', []],
    ['Từ ngày 11/6 đến ngày 06/8/2023', []],
    ['báo cáo trước 17h00 thứ Bảy, lễ ra quân lúc 7 giờ 30', []],
    ['tại Quận 11, xã Tân Nhựt, huyện Bình Chánh', []],
    ['hướng đến danh hiệu "Sinh viên 5 tốt" và "3 sạch"', []],
    ['phòng chống dịch Covid-19, chuyển đổi số 4.0, mạng 5G', []],
    ['khoảng thời gian 04 tuần, thanh niên từ 16 đến 30 tuổi', []],
    ['thực hiện tại 02 xã nông thôn mới', []],
    ['liên hệ 0903.123.456 hoặc doan@gmail.com', []],
  ])('leaves out conditions, dates, names and codes: %s', (clause, expected) => {
    expect(pairs(clause)).toEqual(expected);
  });

  it('marks where the qualifier and the number start, so labels can drop them', () => {
    const [q] = findQuantities('Tổ chức ít nhất 01 hoạt động');
    expect(q).toMatchObject({ value: 1, start: 8, numberStart: 16, numberEnd: 18, end: 28 });
  });
});

describe('quantities that are no target', () => {
  it('drops a zero quantity (found by fuzzing: "- 0 A" under a target heading)', () => {
    const { parsePlan } = require('../../../src/core/plan') as typeof import('../../../src/core/plan');
    expect(parsePlan('III. HỆ THỐNG CHỈ TIÊU:\n- 0 A').targets).toEqual([]);
    expect(parsePlan('III. HỆ THỐNG CHỈ TIÊU:\n- Trồng 0 cây, sửa 02 căn nhà').targets.map((t) => t.target)).toEqual([
      2,
    ]);
  });
});
