// How the report document writes numbers, percentages and dates: the Vietnamese way, whatever the reader's locale.

import { formatNumberVi } from '../numbers';

/** 1000 → "1.000", 0.5 → "0,5", 12.345 → "12,35". */
export function viNumber(value: number): string {
  return formatNumberVi(value, 2);
}

/** A fraction as a percentage with one decimal, whole ones bare: 0.925 → "92,5%", 1 → "100%". */
export function viPercent(fraction: number): string {
  return `${formatNumberVi(fraction * 100, 1)}%`;
}

/** Percent points as a percentage: 85.5 → "85,5%". */
export function viPoints(points: number): string {
  return `${formatNumberVi(points, 1)}%`;
}

/** "2024-07-23" → "23/07/2024". */
export function viIsoDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The date line of an official document: "ngày 05 tháng 02 năm 2024", "ngày 23 tháng 7 năm 2024". Days below 10 and
 * the months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP, followed by Hướng dẫn 29-HD/TWĐTN-VP).
 */
export function viDateWords(date: CalendarDate): { day: string; month: string; year: string } {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return { day, month, year: String(date.year) };
}

/** "23/7/2024" or "23/07/2024" → the date; null when it is not a real day/month/year. */
export function parseViDate(text: string): CalendarDate | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The calendar date of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamDate(instant: Date): CalendarDate {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
