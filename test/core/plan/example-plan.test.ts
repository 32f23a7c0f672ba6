// The project's own example plan (a made-up ward's "Mùa hè xanh", shaped like a district plan): every target, exactly.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlan } from '../../../src/core/plan';

const PLAN = path.join(__dirname, '../../support/plans/2024-mua-he-xanh-phuong-mau.txt');
const GENERAL = 'Hệ thống chỉ tiêu chung';
const SPECIFIC = 'Hệ thống chỉ tiêu riêng';

// [line, target, unit, kind, group]
const EXPECTED: Array<[number, number, string, 'count' | 'percent', string]> = [
  [35, 300, 'cây', 'count', GENERAL],
  [36, 3, 'căn', 'count', GENERAL],
  [37, 10, 'buổi', 'count', GENERAL],
  [37, 2000, 'lượt', 'count', GENERAL],
  [38, 1.5, 'km', 'count', GENERAL],
  [39, 100, '%', 'percent', GENERAL],
  [39, 90, '%', 'percent', GENERAL],
  [40, 200, 'phần quà', 'count', GENERAL],
  [41, 60, 'đoàn viên', 'count', GENERAL],
  [41, 120, 'hội viên', 'count', GENERAL],
  [45, 400, 'lượt', 'count', SPECIFIC],
  [47, 2, 'đội hình', 'count', SPECIFIC],
];

describe('the example ward plan', () => {
  const text = readFileSync(PLAN, 'utf8');
  const result = parsePlan(text);

  it('finds every target of both target sections, in order, and nothing else', () => {
    expect(result.targets.map((t) => [t.line, t.target, t.unit, t.kind, t.group])).toEqual(EXPECTED);
    expect(result.warnings).toEqual([]);
  });

  it('takes nothing from the purpose, time or organisation sections (03 lực lượng, 02 đợt, 07 đồng chí, 05 đoàn viên)', () => {
    const lines = text.split('\n');
    const start = lines.indexOf('III. HỆ THỐNG CHỈ TIÊU:') + 1;
    const end = lines.indexOf('IV. TỔ CHỨC THỰC HIỆN:') + 1;
    expect(result.targets.every((t) => t.line > start && t.line < end)).toBe(true);
  });

  it('keeps the 15 triệu đồng/căn condition in the label, not as a target', () => {
    const houses = result.targets.filter((t) => t.line === 36);
    expect(houses).toHaveLength(1);
    expect(houses[0]!.label).toBe(
      'Sửa chữa căn nhà cho hộ gia đình chính sách có hoàn cảnh khó khăn (ít nhất 15 triệu đồng/căn)',
    );
  });

  it('labels each part of a compound item with its own words', () => {
    expect(result.targets.filter((t) => [37, 39, 41].includes(t.line)).map((t) => t.label)).toEqual([
      'Tổ chức buổi sinh hoạt hè cho thiếu nhi',
      'Thu hút thiếu nhi tham gia sinh hoạt hè',
      'Chi đoàn khu phố có công trình thanh niên',
      'Đoàn viên tham gia ít nhất một hoạt động tình nguyện',
      'Kết nạp mới đoàn viên',
      'Phát triển hội viên Hội LHTN Việt Nam',
    ]);
  });

  it('gives stable, unique ASCII keys', () => {
    const keys = result.targets.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(result.targets[0]!.key).toBe('trong-moi-cay-xanh');
    expect(parsePlan(text).targets.map((t) => t.key)).toEqual(keys);
  });
});
