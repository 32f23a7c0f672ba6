// What people paste into a shared sheet, as fast-check arbitraries: any Unicode, odd numbers and dates, formulas.

import fc from 'fast-check';
import { dayFromParts, templateWorkbook, utcDate, type Cell, type WorkbookData } from '../../src/core';

const TRICKY_TEXT = [
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '@SUM(A1)',
  '+84 907 019 345',
  '- Trồng cây',
  '＝1+1',
  '\t=1',
  '\r\n',
  '-5',
  '−3',
  '1.000',
  '0,5',
  '1,000',
  '1.234,5',
  '02',
  '5.000 lượt',
  '100%',
  '1e9',
  'NaN',
  'Infinity',
  'abc',
  '1/2',
  '5-7',
  '32/6/2024',
  '29/02/2023',
  'hôm qua',
  '11/6',
  '2024-06-15T10:00:00Z',
  'ngày 15 tháng 6 năm 2024',
  '  ',
  '\u00a0',
  '\u200b',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '💯',
  'ĐƠN VỊ',
  'P01',
  ' p01 ',
  'CAY',
];

/** Any cell a host could hand over: text (any Unicode, tricky forms, very long), numbers, dates, booleans, blanks. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...TRICKY_TEXT),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 45_000, 45_456.75, NaN, Infinity),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constantFrom(null, undefined, ''),
  fc.string({ minLength: 2_000, maxLength: 6_000 }),
);

const UNITS = ['P01', 'P02', 'BVQ11'];
const TARGETS = ['cay', 'qua', 'ty-le'];
const day = (d: number) => utcDate(dayFromParts(2024, 6, d)!);

/** A plausible entry cell for each column, so that fuzzed rows mix valid and broken cells. */
const plausible: Record<number, fc.Arbitrary<Cell>> = {
  0: fc.integer({ min: 1, max: 30 }).map(day),
  1: fc.constantFrom(...UNITS),
  2: fc.constantFrom(...TARGETS),
  3: fc.integer({ min: 0, max: 50 }),
  4: fc.constantFrom('Trồng cây', 'Tặng quà', ''),
  5: fc.constantFrom('https://drive.google.com/x', ''),
};

/** An Entries row whose every cell is either plausible or anything at all. */
export const entryRow: fc.Arbitrary<Cell[]> = fc.tuple(
  ...[0, 1, 2, 3, 4, 5].map((c) =>
    fc.oneof({ weight: 2, arbitrary: plausible[c]! }, { weight: 1, arbitrary: anyCell }),
  ),
);

/** A small campaign with the given entry rows (header row 1, entries from row 2). */
export function fuzzWorkbook(rows: Cell[][]): WorkbookData {
  return templateWorkbook({
    targets: [
      ['cay', 'Trồng cây xanh', 'cây', 100, 'số lượng', 'Chung', null],
      ['qua', 'Trao quà', 'phần quà', '1.000', 'số lượng', 'Chung', null],
      ['ty-le', 'Tỷ lệ cơ sở dùng thanh toán điện tử', '%', '80%', 'tỷ lệ', 'Chung', null],
    ],
    units: UNITS.map((code, i) => [code, `Đơn vị ${i + 1}`, '', '']),
    periods: [
      ['Đợt 1', day(1), day(15), day(13)],
      ['Đợt 2', day(16), day(30), day(28)],
    ],
    entries: rows,
  });
}

/** Plan texts: real plan shapes with random lines, numbers and noise spliced in. */
const planLine = fc.oneof(
  fc.constantFrom(
    'III. HỆ THỐNG CHỈ TIÊU:',
    '1. Chỉ tiêu chung:',
    'MỘT SỐ CHỈ TIÊU TRỌNG TÂM',
    '- (1) Trồng mới 500 cây xanh;',
    '+ Sửa chữa 02 căn nhà (ít nhất 20 triệu đồng/căn);',
    '• 100% cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
    'STT | Nội dung | ĐVT | Chỉ tiêu',
    '1 | Trồng cây | cây | 1.000',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Theo Thông báo số 308-TB/TĐTN ngày 28/5/2023',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom('-', '+', '(3)', '2.', '•', ''), fc.double(), fc.string({ maxLength: 12 }))
    .map(([mark, n, word]) => `${mark} ${n} ${word}`),
);

export const planText: fc.Arbitrary<string> = fc
  .tuple(fc.array(planLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, separator]) => lines.join(separator));
