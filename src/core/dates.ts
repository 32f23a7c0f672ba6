// Calendar days as Vietnamese sheets hold them: dd/mm/yyyy text, ISO text, date cells or date serials.

import type { Cell } from './cells';
import { fold } from './text';

/** A calendar day as a whole number of days since 1970-01-01: cheap to compare and free of time zones. */
export type Day = number;

export type DateParse = { ok: true; day: Day } | { ok: false; reason: 'empty' | 'bad' | 'no-year' };

const MS_PER_DAY = 86_400_000;
// Sheets and Excel count days from 1899-12-30.
const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(2201, 0, 1);
const SERIAL_EPOCH = Date.UTC(1899, 11, 30) / MS_PER_DAY;
// Matched against folded text, so letters are lower case ("t", "z").
const DMY =
  /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?:[ ,t]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:z|[ap]m)?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const WORDS = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const DAY_MONTH = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})$/;

export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return ms / MS_PER_DAY;
}

/** Parses a date cell. Text is read day first ("11/6/2023" is 11 June); "11/6" without a year is refused. */
export function parseDate(cell: Cell): DateParse {
  if (cell === null || cell === undefined) return { ok: false, reason: 'empty' };
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (isNaN(time)) return { ok: false, reason: 'bad' };
    // Most date cells are exactly midnight UTC (how hosts hand them over): no calendar arithmetic needed.
    if (time % MS_PER_DAY === 0 && time >= MIN_TIME && time < MAX_TIME) return { ok: true, day: time / MS_PER_DAY };
    return ok(dayFromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  }
  if (typeof cell === 'number') {
    // A bare number is a date serial only in a plausible range (1927–2173); "5" in a date column is a mistake.
    if (!Number.isFinite(cell) || cell < 10_000 || cell > 100_000) return { ok: false, reason: 'bad' };
    return { ok: true, day: Math.floor(cell) + SERIAL_EPOCH };
  }
  if (typeof cell !== 'string') return { ok: false, reason: 'bad' };
  let text = fold(cell);
  if (text === '') return { ok: false, reason: 'empty' };
  text = text.replace(/^ngay\s+/, '');
  let m = DMY.exec(text);
  if (m) return ok(dayFromParts(fullYear(m[3]!), Number(m[2]), Number(m[1])));
  m = YMD.exec(text);
  if (m) return ok(dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  m = WORDS.exec(text);
  if (m) return ok(dayFromParts(Number(m[3]), Number(m[2]), Number(m[1])));
  if (DAY_MONTH.test(text)) return { ok: false, reason: 'no-year' };
  return { ok: false, reason: 'bad' };
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function ok(day: Day | null): DateParse {
  return day === null ? { ok: false, reason: 'bad' } : { ok: true, day };
}

/** "2023-06-11". */
export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "11/06/2023", the way Vietnamese documents write dates. */
export function viDate(day: Day): string {
  const [y, m, d] = isoDate(day).split('-');
  return `${d}/${m}/${y}`;
}

/** A Date whose UTC fields are the day: what exceljs writes as a date cell. */
export function utcDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}
