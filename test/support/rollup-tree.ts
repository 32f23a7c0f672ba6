// A realistic roll-up tree for tests: a city with districts Q1 and Q3, a ward (PTD) reporting straight to it, and
// district Q11 whose wards P01–P03 roll up to Q11 first (two levels). Each leaf workbook's valid entries are kept
// aside, so tests can compute the city's figures independently of the core.

import { join } from 'node:path';
import { seededRandom } from '../../src/sample/random';
import { ENTRY_HEADER } from '../core/fixtures';
import { d, writeXlsx, type Rows } from './workbooks';

/** The roll-up tab's header (docs/DOMAIN.md): the Entries header plus `Dấu thời gian` and `Cơ sở tính`. */
export const ROLLUP_HEADER = [...ENTRY_HEADER, 'Dấu thời gian', 'Cơ sở tính'];

export const PERIODS: Rows = [
  ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
  ['Đợt 1', d(1, 6), d(30, 6), d(5, 7)],
  ['Tuần đầu tháng 7', d(1, 7), d(7, 7), d(8, 7)],
  ['Đợt 2', d(1, 7), d(31, 7), d(5, 8)],
  ['Đợt 3', d(1, 8), d(31, 8), d(5, 9)],
];
const TARGET_HEADER = ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại', 'Cơ sở tính', 'Mã ở cấp trên'];

export interface LeafTarget {
  key: string;
  upperKey?: string;
  kind: 'count' | 'percent';
  base?: number;
}

/** A valid entry of a leaf, with the key it has at the city. */
export interface KnownEntry {
  level: string;
  unit: string;
  cityKey: string | null;
  kind: 'count' | 'percent';
  day: number;
  quantity: number;
}

export interface Leaf {
  code: string;
  units: string[];
  targets: LeafTarget[];
}

export const CITY_TARGETS: Rows = [
  TARGET_HEADER,
  ['cay-xanh', 'Trồng mới cây xanh', 'cây', 5000, 'số lượng', null, null],
  ['qua', 'Trao tặng phần quà cho thanh niên khó khăn', 'phần quà', 800, 'số lượng', null, null],
  ['tk-dt', 'Cán bộ Đoàn sử dụng tài khoản thanh toán điện tử', '%', 80, 'tỷ lệ', null, null],
];

export const LEAVES: Leaf[] = [
  {
    code: 'Q1',
    units: ['Q1-BV', 'Q1-CTY', 'Q1-P1'],
    targets: [
      { key: 'trees', upperKey: 'cay-xanh', kind: 'count' },
      { key: 'qua', kind: 'count' },
      { key: 'tk-dt', kind: 'percent', base: 200 },
      { key: 'rieng-q1', kind: 'count' },
    ],
  },
  // Q3 has no gift target; its percent target has no base (each of its four units counts 0 or 1).
  {
    code: 'Q3',
    units: ['Q3-A', 'Q3-B', 'Q3-C', 'Q3-D'],
    targets: [
      { key: 'cay-xanh', kind: 'count' },
      { key: 'tk-dt', kind: 'percent' },
    ],
  },
  ...['P01', 'P02', 'P03'].map((code, i) => ({
    code,
    units: [`${code}-KP1`, `${code}-KP2`],
    targets: [
      { key: 'cay-xanh', kind: 'count' as const },
      { key: 'qua', kind: 'count' as const },
      { key: 'tk-dt', kind: 'percent' as const, base: 50 + 10 * i },
    ],
  })),
  {
    code: 'PTD',
    units: ['PTD-KP1', 'PTD-KP2', 'PTD-KP3'],
    targets: [
      { key: 'cay-xanh', kind: 'count' },
      { key: 'qua', kind: 'count' },
      { key: 'tk-dt', kind: 'percent', base: 40 },
    ],
  },
];

/** Which level each leaf rolls up to first: the wards of Q11 go to Q11, the others straight to the city. */
export const PARENT: Record<string, string> = { P01: 'Q11', P02: 'Q11', P03: 'Q11' };

const DAY0 = Date.UTC(2024, 5, 1) / 86_400_000;

function settings(name: string, upperCode: string | null): Rows {
  const rows: Rows = [
    ['Khóa', 'Giá trị'],
    ['Tên chiến dịch', name],
    ['Từ ngày', '01/6/2024'],
    ['Đến ngày', '31/8/2024'],
  ];
  if (upperCode) rows.push(['Mã ở cấp trên', upperCode]);
  return rows;
}

function unitRows(codes: string[]): Rows {
  return [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Email'],
    ...codes.map((c) => [c, `Đơn vị ${c}`, '', `${c.toLowerCase()}@gmail.com`]),
  ];
}

/** Writes a leaf's workbook with seeded entries (some of them wrong) and returns its valid entries. */
export async function writeLeaf(
  dir: string,
  leaf: Leaf,
  seed: number,
  upperCode = leaf.code,
): Promise<{ file: string; valid: KnownEntry[] }> {
  const random = seededRandom(seed);
  const valid: KnownEntry[] = [];
  const entries: Rows = [ENTRY_HEADER];
  const cityKey = (t: LeafTarget) => {
    const key = t.upperKey ?? t.key;
    return ['cay-xanh', 'qua', 'tk-dt'].includes(key) ? key : null;
  };
  for (const t of leaf.targets) {
    for (const unit of leaf.units) {
      const count = 3 + Math.floor(random() * 6);
      let level = 0;
      for (let i = 0; i < count; i++) {
        const day = DAY0 + Math.floor(random() * 92);
        let quantity: number;
        if (t.kind === 'percent') {
          // A state: how many members meet it now, never above the unit's share of the base (or 1 without a base).
          const cap = t.base ? Math.floor(t.base / leaf.units.length) : 1;
          level = Math.min(cap, level + (t.base ? Math.floor(random() * 8) : random() < 0.5 ? 1 : 0));
          quantity = level;
        } else quantity = 1 + Math.floor(random() * 40);
        entries.push([
          new Date(day * 86_400_000),
          unit,
          t.key,
          quantity,
          `Hoạt động ${i + 1} của ${unit}`,
          'https://drive.google.com/x',
        ]);
        valid.push({ level: leaf.code, unit, cityKey: cityKey(t), kind: t.kind, day, quantity });
      }
    }
  }
  // Wrong rows that must count nowhere: a range typed as a number, an unknown unit, a date outside the campaign.
  const t0 = leaf.targets[0]!.key;
  entries.push([d(3, 7), leaf.units[0]!, t0, '5-7', 'Ghi khoảng số', 'x']);
  entries.push([d(4, 7), 'KHONG-CO', t0, 9, 'Gõ sai mã đơn vị', 'x']);
  entries.push([d(20, 9), leaf.units[0]!, t0, 9, 'Sau chiến dịch', 'x']);
  // Percent entries must come in day order per unit for "latest" to mean what the generator meant: sort by day.
  const body = entries.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  valid.sort((a, b) => a.day - b.day);
  const file = join(dir, `${leaf.code}.xlsx`);
  await writeXlsx(file, {
    'Chỉ tiêu': [
      TARGET_HEADER,
      ...leaf.targets.map((t) => [
        t.key,
        `Chỉ tiêu ${t.key}`,
        '',
        t.kind === 'percent' ? 80 : 100,
        t.kind === 'percent' ? 'tỷ lệ' : 'số lượng',
        t.base ?? null,
        t.upperKey ?? null,
      ]),
    ],
    'Đơn vị': unitRows(leaf.units),
    'Đợt báo cáo': PERIODS,
    'Kết quả': [ENTRY_HEADER, ...body],
    'Cài đặt': settings(`Kỳ nghỉ hồng 2024 – ${leaf.code}`, upperCode),
  });
  return { file, valid };
}

/** Q11's own workbook: its wards are its units, its figures come from their roll-up. */
export async function writeQ11(dir: string): Promise<string> {
  const file = join(dir, 'Q11.xlsx');
  await writeXlsx(file, {
    'Chỉ tiêu': [
      TARGET_HEADER,
      ['cay-xanh', 'Cây xanh', 'cây', 1500, 'số lượng', null, null],
      ['qua', 'Phần quà', 'phần quà', 200, 'số lượng', null, null],
      ['tk-dt', 'Tài khoản thanh toán điện tử', '%', 80, 'tỷ lệ', null, null],
    ],
    'Đơn vị': unitRows(['P01', 'P02', 'P03']),
    'Đợt báo cáo': PERIODS,
    'Kết quả': [ENTRY_HEADER],
    'Cài đặt': settings('Kỳ nghỉ hồng 2024 – Quận 11', 'Q11'),
  });
  return file;
}

export async function writeCity(dir: string): Promise<string> {
  const file = join(dir, 'thanh-pho.xlsx');
  await writeXlsx(file, {
    'Chỉ tiêu': CITY_TARGETS,
    'Đơn vị': unitRows(['Q1', 'Q3', 'Q11', 'PTD']),
    'Đợt báo cáo': PERIODS,
    'Kết quả': [ENTRY_HEADER],
    'Cài đặt': settings('Kỳ nghỉ hồng 2024 – Thành phố', null),
  });
  return file;
}

/** The city's figures for a period computed straight from every leaf's valid entries. */
export function independentFigures(
  valid: KnownEntry[],
  bases: Record<string, number>,
  period: { from: number; to: number },
) {
  const out: Record<string, { periodResult: number; cumulative: number }> = {};
  for (const key of ['cay-xanh', 'qua']) {
    const mine = valid.filter((e) => e.cityKey === key && e.day <= period.to);
    out[key] = {
      periodResult: mine.filter((e) => e.day >= period.from).reduce((s, e) => s + e.quantity, 0),
      cumulative: mine.reduce((s, e) => s + e.quantity, 0),
    };
  }
  const latest = new Map<string, number>();
  for (const e of valid)
    if (e.cityKey === 'tk-dt' && e.day <= period.to) latest.set(`${e.level}|${e.unit}`, e.quantity);
  const members = [...latest.values()].reduce((s, v) => s + v, 0);
  const base = Object.values(bases).reduce((s, b) => s + b, 0);
  const share = (100 * members) / base;
  out['tk-dt'] = { periodResult: share, cumulative: share };
  return out;
}
