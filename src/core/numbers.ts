// Vietnamese numbers as people type them: "1.000" (thousand), "0,5" (half), "02", "5.000 lượt", "100%".

import type { Cell } from './cells';

export type NumberParse = { ok: true; value: number; percent: boolean } | { ok: false; reason: 'empty' | 'bad' };

// A number, an optional % and an optional unit word ("lượt", "cây xanh"); nothing else may follow.
const NUMBER_WITH_UNIT = /^([+\-\u2212]?)\s*(\d[\d., \u00a0]*?)\s*(%?)\s*((?:\p{L}[\p{L}\p{M}]*\s*)*)\.?$/u;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

/** Parses a quantity cell the Vietnamese way; anything else with digits in it ("5-7", "1/2") is refused. */
export function parseNumber(cell: Cell): NumberParse {
  if (cell === null || cell === undefined) return { ok: false, reason: 'empty' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell, percent: false } : bad();
  if (typeof cell !== 'string') return bad();
  const text = cell.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return bad();
  const [, sign, rawBody, percent] = match;
  const body = parseBody(rawBody!.trim());
  if (body.ok === false) return body;
  const value = sign === '' || sign === '+' ? body.value : -body.value;
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value, percent: percent === '%' } : bad();
}

function bad(): NumberParse {
  return { ok: false, reason: 'bad' };
}

function parseBody(body: string): { ok: true; value: number } | { ok: false; reason: 'bad' } {
  if (body.includes(' ')) {
    if (!SPACE_GROUPED.test(body)) return { ok: false, reason: 'bad' };
    body = body.replace(/ /g, '');
  }
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return plain(body);
  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal mark, the other must group by threes.
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(body, decimal) !== 1) return { ok: false, reason: 'bad' };
    const [whole, fraction] = body.split(decimal) as [string, string];
    if (!isGrouped(whole, group) || fraction === '') return { ok: false, reason: 'bad' };
    return plain(whole.split(group).join('') + '.' + fraction);
  }
  const separator = dots > 0 ? '.' : ',';
  const parts = body.split(separator);
  if (parts.length > 2) {
    return isGrouped(body, separator) ? plain(parts.join('')) : { ok: false, reason: 'bad' };
  }
  const [whole, fraction] = parts as [string, string];
  if (whole === '' || fraction === '') return { ok: false, reason: 'bad' };
  // Vietnamese marks decimals with a comma ("0,5", "1,125") and thousands with a dot ("1.000"). A single dot not
  // followed by exactly three digits cannot group thousands, so "1.5" is read as the decimal it must be.
  if (separator === ',') return plain(whole + '.' + fraction);
  const looksGrouped = fraction.length === 3 && whole.length <= 3 && !/^0+$/.test(whole);
  return plain(looksGrouped ? whole + fraction : whole + '.' + fraction);
}

function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function plain(digits: string): { ok: true; value: number } | { ok: false; reason: 'bad' } {
  if (!/^\d+(\.\d+)?$/.test(digits)) return { ok: false, reason: 'bad' };
  return { ok: true, value: Number(digits) };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Formats the Vietnamese way: "1.234,5". Up to `decimals` fraction digits, trailing zeros dropped. */
export function formatNumberVi(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ''] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped},${trimmed}` : grouped;
  return negative && text !== '0' ? `-${text}` : text;
}

/** Formats as a percentage the Vietnamese way: 0.625 → "62,5%". */
export function formatPercentVi(fraction: number, decimals = 1): string {
  return `${formatNumberVi(fraction * 100, decimals)}%`;
}
