// Acceptance on a real plan: the 2023 District 11 "Kỳ nghỉ hồng" plan, every target of its two target sections,
// exactly, and nothing else; through the core, the `chitieu` command and the built add-on bundle.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../src/core/plan';
import { createEmulation } from '../test/support/gas';
import { planFile } from './plans-dir';

const PLAN = planFile('2023-quan11-ky-nghi-hong.txt');
const GENERAL = 'Hệ thống chỉ tiêu chung';
const SPECIFIC = 'Hệ thống chỉ tiêu riêng';

// [line, target, unit, kind, group]
const EXPECTED: Array<[number, number, string, 'count' | 'percent', string]> = [
  [41, 700, 'ý tưởng', 'count', GENERAL],
  [42, 1, 'hoạt động', 'count', GENERAL],
  [42, 1000, 'lượt', 'count', GENERAL],
  [43, 5000, 'lượt', 'count', GENERAL],
  [43, 100, '%', 'percent', GENERAL],
  [43, 80, '%', 'percent', GENERAL],
  [44, 20, 'hoạt động', 'count', GENERAL],
  [44, 1000, 'lượt', 'count', GENERAL],
  [45, 1, 'hoạt động', 'count', GENERAL],
  [46, 600, 'lượt', 'count', GENERAL],
  [47, 0.5, 'km', 'count', GENERAL],
  [48, 2, 'căn', 'count', GENERAL],
  [49, 16, 'mảng tường', 'count', GENERAL],
  [50, 1, 'sân chơi', 'count', GENERAL],
  [51, 500, 'cây', 'count', GENERAL],
  [52, 100, 'hội viên', 'count', GENERAL],
  [52, 40, 'đoàn viên', 'count', GENERAL],
  [52, 4, 'chiến sỹ', 'count', GENERAL],
  [53, 1000, 'chiến sỹ', 'count', GENERAL],
  [53, 5000, 'lượt', 'count', GENERAL],
  [57, 1, 'tuyến hẻm', 'count', SPECIFIC],
  [58, 50, 'hộ', 'count', SPECIFIC],
  [59, 50, 'phần quà', 'count', SPECIFIC],
  [61, 1000, 'lượt', 'count', SPECIFIC],
  [63, 5, 'chi đoàn', 'count', SPECIFIC],
];

describe('the District 11 plan', () => {
  const result = parsePlan(readFileSync(PLAN, 'utf8'));

  it('finds every target of "1. Hệ thống chỉ tiêu chung" and "2. Hệ thống chỉ tiêu riêng", in order, and nothing else', () => {
    expect(result.targets.map((t) => [t.line, t.target, t.unit, t.kind, t.group])).toEqual(EXPECTED);
  });

  it('takes nothing from the sections after the targets (02 phiên tòa, 05 gia đình, 30 đoàn viên)', () => {
    expect(result.targets.every((t) => t.line >= 41 && t.line <= 63)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the 20 triệu đồng/căn condition out of the quantities but in the label of item 8', () => {
    const houses = result.targets.filter((t) => t.line === 48);
    expect(houses).toHaveLength(1);
    expect(houses[0]!.label).toBe(
      'Sửa chữa căn nhà cho đoàn viên, thanh niên có hoàn cảnh khó khăn trên địa bàn Quận (ít nhất 20 triệu đồng/căn)',
    );
  });

  it('labels each part of a compound item with its own words, the opening verb shared', () => {
    const labels = result.targets.filter((t) => t.line === 52 || t.line === 43).map((t) => t.label);
    expect(labels).toEqual([
      'Tuyên truyền, vận động người dân, thanh niên tiếp cận, sử dụng dịch vụ công trực tuyến',
      'Thường trực cơ sở Đoàn',
      'Cán bộ Đoàn sử dụng tài khoản thanh toán điện tử',
      'Bồi dưỡng, phát triển mới hội viên Hội LHTN Việt Nam',
      'Bồi dưỡng, phát triển mới đoàn viên',
      'Tổ chức kết nạp Đảng cho chiến sỹ tình nguyện trong Chiến dịch',
    ]);
    expect(result.targets.find((t) => t.line === 51)!.label).toBe('Trồng mới cây xanh');
  });

  it('gives stable, unique ASCII keys', () => {
    const keys = result.targets.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(result.targets.find((t) => t.line === 51)!.key).toBe('trong-moi-cay-xanh');
    expect(parsePlan(readFileSync(PLAN, 'utf8')).targets.map((t) => t.key)).toEqual(keys);
  });
});

describe('the District 11 plan through the command and the add-on', () => {
  it('chitieu import-plan --json proposes the same 25 targets', () => {
    const run = spawnSync(
      process.execPath,
      [join(__dirname, '..', 'dist', 'chitieu.js'), 'import-plan', PLAN, '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { targets: { line: number; target: number }[] };
    expect(out.targets.map((t) => [t.line, t.target])).toEqual(EXPECTED.map(([line, target]) => [line, target]));
  });

  it("the add-on's importPlan proposes the same 25 targets and writes nothing", () => {
    const emulation = createEmulation();
    const bundle = emulation.loadBundle();
    const proposal = bundle.run('importPlan', readFileSync(PLAN, 'utf8')) as { targets: { target: number }[] };
    expect(proposal.targets.map((t) => t.target)).toEqual(EXPECTED.map(([, target]) => target));
  });
});
