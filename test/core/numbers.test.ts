// Vietnamese quantities as secretaries type them, and the Vietnamese number format.

import { formatNumberVi, formatPercentVi, parseNumber } from '../../src/core';

function valueOf(text: string | number) {
  const parsed = parseNumber(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse (${parsed.reason})`);
  return parsed;
}

describe('parseNumber accepts the forms people type', () => {
  it.each([
    ['1.000', 1000],
    ['0,5', 0.5],
    ['02', 2],
    ['04', 4],
    ['5.000 lượt', 5000],
    ['1.234,5', 1234.5],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['10 000 000 đồng', 10_000_000],
    ['1.000.000', 1_000_000],
    ['12', 12],
    ['  12  ', 12],
    ['0,25', 0.25],
    ['0,500', 0.5],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['2,75 km', 2.75],
    ['12 cây xanh', 12],
    ['3 phần quà.', 3],
    ['0', 0],
    ['1.234.567,89', 1234567.89],
  ])('"%s" is %p', (text, expected) => {
    const parsed = valueOf(text);
    expect(parsed.value).toBe(expected);
    expect(parsed.percent).toBe(false);
  });

  it.each([
    ['100%', 100],
    ['80 %', 80],
    ['12,5%', 12.5],
  ])('"%s" is the percentage %p', (text, expected) => {
    expect(valueOf(text)).toEqual({ ok: true, value: expected, percent: true });
  });

  it('reads a number cell as it is', () => {
    expect(valueOf(42)).toEqual({ ok: true, value: 42, percent: false });
    expect(valueOf(0.5).value).toBe(0.5);
  });

  it('keeps the sign of a negative number, ASCII or typographic minus', () => {
    expect(valueOf('-5').value).toBe(-5);
    expect(valueOf('\u22125').value).toBe(-5);
    expect(valueOf('-1.000').value).toBe(-1000);
    expect(valueOf(-3).value).toBe(-3);
  });
});

describe('parseNumber rejects what is not a number', () => {
  it.each(['abc', 'mười', '1/2', '5-7', '5 - 7', '1.2.3', '1.234.5', '12 cây 5', 'khoảng 10', '1,2,3', '%'])(
    '"%s" is bad',
    (text) => {
      expect(parseNumber(text)).toEqual({ ok: false, reason: 'bad' });
    },
  );

  it.each([
    ['1,000', 1],
    ['12,345', 12.345],
    ['1,125', 1.125],
  ])('"%s" is %d: the comma is the Vietnamese decimal mark, whatever follows it', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value, percent: false });
  });
  it('"100,000,5" is bad: a second comma cannot be a decimal mark', () => {
    expect(parseNumber('100,000,5')).toEqual({ ok: false, reason: 'bad' });
  });

  it('calls empty cells empty, not bad', () => {
    expect(parseNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumber('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumber(null)).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumber(undefined)).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses booleans, dates and non-finite numbers', () => {
    expect(parseNumber(true).ok).toBe(false);
    expect(parseNumber(new Date(Date.UTC(2023, 5, 11))).ok).toBe(false);
    expect(parseNumber(Number.NaN).ok).toBe(false);
    expect(parseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe('formatNumberVi and formatPercentVi', () => {
  it.each([
    [1000, '1.000'],
    [1234.5, '1.234,5'],
    [0.5, '0,5'],
    [1234567.891, '1.234.567,89'],
    [12, '12'],
    [0, '0'],
    [-2500, '-2.500'],
    [-0.001, '0'],
  ])('%p is "%s"', (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });

  it('formats fractions as Vietnamese percentages', () => {
    expect(formatPercentVi(0.625)).toBe('62,5%');
    expect(formatPercentVi(1.16)).toBe('116%');
    expect(formatPercentVi(0)).toBe('0%');
  });
});

describe('absurd quantities', () => {
  it('refuses a quantity over a trillion as bad-number instead of overflowing the sums', () => {
    const { analyze } = require('../../src/core') as typeof import('../../src/core');
    const analysis = analyze({
      sheets: [
        {
          name: 'Chỉ tiêu',
          rows: [
            ['Mã', 'Chỉ tiêu'],
            ['cay-xanh', 500],
          ],
        },
        { name: 'Đơn vị', rows: [['Mã đơn vị'], ['P01']] },
        {
          name: 'Kết quả',
          rows: [
            ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Minh chứng'],
            ['11/6/2023', 'P01', 'cay-xanh', 1e308, 'https://x/1'],
            ['12/6/2023', 'P01', 'cay-xanh', 12, 'https://x/2'],
          ],
        },
      ],
    });
    expect(analysis.problems).toEqual([
      expect.objectContaining({ row: 2, code: 'bad-number', message: expect.stringMatching(/quá lớn/) }),
    ]);
    expect(analysis.entries.map((e) => e.quantity)).toEqual([12]);
  });
});
