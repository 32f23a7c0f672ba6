// Keys people keep: readable, cut where a phrase ends, unique within the Targets tab; a key another target holds gets "-2", the same target is recognised.

import { parsePlan } from '../../../src/core/plan';
import { keyFor, planKeys, sameTarget } from '../../../src/core/plan/keys';

describe('keyFor', () => {
  it.each([
    ['Trồng mới cây xanh', 'cây', 'trong-moi-cay-xanh'],
    ['Tăng phần quà trị giá 1 triệu đồng cho thiếu nhi khó khăn', 'phần quà', 'tang-phan-qua'],
    ['Trao tặng phần quà cho thanh niên công nhân có hoàn cảnh khó khăn', 'phần quà', 'trao-tang-phan-qua'],
    ['Tổ chức buổi tập huấn kỹ năng thực hành xã hội cho thanh thiếu nhi', 'buổi', 'to-chuc-buoi-tap-huan-ky-nang'],
    ['Tư vấn, khám sức khỏe miễn phí cho công nhân', 'lượt', 'tu-van-kham-suc-khoe-mien-phi'],
    ['Thường trực cơ sở Đoàn', '%', 'thuong-truc-co-so-doan'],
    ['Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử', '%', 'thuong-truc-co-so-doan-su-dung'],
    ['Nâng cấp, bê tông hoá km đường giao thông nông thôn', 'km', 'nang-cap-be-tong-hoa-km'],
    ['Tổ chức các hoạt động tập huấn khởi nghiệp', 'hoạt động', 'to-chuc-hoat-dong-tap-huan'],
  ])('"%s" → %s', (label, unit, key) => {
    expect(keyFor(label, unit)).toBe(key);
  });

  it('never ends inside a phrase it was cut from: the key is a prefix of the label’s words up to a phrase end', () => {
    expect(keyFor('Tặng phần quà trị giá 500.000 đồng', 'phần quà')).not.toMatch(/-tri$/);
    expect(keyFor('Hỗ trợ người dân được khám, tư vấn sức khỏe, phát thuốc miễn phí', 'lượt')).toBe(
      'ho-tro-nguoi-dan-kham',
    );
  });
});

describe('planKeys', () => {
  it('tells two targets of one plan with one short key apart by their longer keys', () => {
    const keys = planKeys([
      { label: 'Tổ chức buổi tập huấn kỹ năng', unit: 'buổi', target: 5 },
      { label: 'Tổ chức buổi tập huấn kỹ năng: lượt thanh niên tham gia', unit: 'lượt', target: 1000 },
    ]).map((k) => k.key);
    expect(keys).toEqual(['to-chuc-buoi-tap-huan-ky-nang', 'to-chuc-buoi-tap-huan-ky-nang-luot-thanh-nien-tham-gia']);
  });

  it('gives "-2" when the Targets tab holds the key for another target, and keeps the key of the same target', () => {
    const existing = [
      { key: 'tang-phan-qua', label: 'Tặng phần quà trị giá 1 triệu đồng cho thiếu nhi', unit: 'phần quà' },
      { key: 'Trong-Moi-Cay-Xanh', label: 'Cây xanh (nhập tay)', unit: 'cây' },
    ];
    const keys = planKeys(
      [
        { label: 'Tặng phần quà trị giá 500.000 đồng cho công nhân', unit: 'phần quà', target: 50 },
        { label: 'Trồng mới cây xanh', unit: 'cây', target: 500 },
      ],
      existing,
    );
    expect(keys).toEqual([
      { key: 'tang-phan-qua-2', exists: false, clash: 'tang-phan-qua' },
      { key: 'trong-moi-cay-xanh', exists: true, clash: null },
    ]);
  });

  it('finds the next free suffix and never gives one key twice', () => {
    const existing = ['tang-phan-qua', 'tang-phan-qua-2'].map((key) => ({ key, label: key, unit: 'x' }));
    const keys = planKeys(
      [
        { label: 'Tặng phần quà cho công nhân', unit: 'phần quà', target: 1 },
        { label: 'Tặng phần quà cho công nhân', unit: 'phần quà', target: 2 },
      ],
      existing,
    ).map((k) => k.key);
    expect(keys).toEqual(['tang-phan-qua-3', 'tang-phan-qua-4']);
  });
});

describe('sameTarget', () => {
  it('is the same label, or the same unit with one label’s words inside the other’s', () => {
    expect(sameTarget({ label: 'Trồng mới cây xanh', unit: 'cây' }, { label: 'trong moi cay xanh', unit: 'x' })).toBe(
      true,
    );
    expect(
      sameTarget({ label: 'Trồng mới cây xanh', unit: 'cây' }, { label: 'Cây xanh (nhập tay)', unit: 'Cây' }),
    ).toBe(true);
    expect(
      sameTarget(
        { label: 'Tặng quà cho thiếu nhi', unit: 'phần quà' },
        { label: 'Tặng quà cho công nhân', unit: 'phần quà' },
      ),
    ).toBe(false);
  });
});

describe('parsePlan with the Targets tab’s rows', () => {
  it('renames a clashing key and says which key it would have had', () => {
    const plan = 'III. HỆ THỐNG CHỈ TIÊU\n- Trao tặng 50 phần quà cho thanh niên công nhân;\n- Trồng mới 500 cây xanh.';
    const result = parsePlan(plan, [
      { key: 'trao-tang-phan-qua', label: 'Trao tặng phần quà cho thiếu nhi vùng sâu', unit: 'phần quà' },
      { key: 'trong-moi-cay-xanh', label: 'Trồng mới cây xanh', unit: 'cây' },
    ]);
    expect(result.targets.map((t) => [t.key, t.exists, t.renamedFrom])).toEqual([
      ['trao-tang-phan-qua-2', false, 'trao-tang-phan-qua'],
      ['trong-moi-cay-xanh', true, undefined],
    ]);
  });
});
