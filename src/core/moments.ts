// Date-times as sheets hold them (deadlines, Google Forms timestamps, the add-on's stamps), on the sheet's wall clock.

import type { Cell } from './cells';
import { parseDate, type Day } from './dates';
import { fold } from './text';

/**
 * A moment as milliseconds since 1970-01-01 00:00 on the spreadsheet's wall clock (its time zone, read as if it were
 * UTC): hosts hand date-time cells over this way (a Date whose UTC fields are what the sheet shows), so comparing a
 * deadline with a recorded time needs no time zone. `isoMoment` adds the zone's offset back for JSON.
 */
export type Moment = number;

export type MomentParse =
  { ok: true; at: Moment; hasTime: boolean } | { ok: false; reason: 'empty' | 'bad' | 'no-year' };

const MS_PER_DAY = 86_400_000;
// Sheets and Excel count days from 1899-12-30; a serial's fraction is the time of day.
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
// Matched on folded text. "17:00", "17h00", "17h", "17 gio 00", "17 gio 00 phut", "16:05:10", "5:30 pm".
const TIME = String.raw`(\d{1,2})\s*(?::|h|gio)\s*(\d{2}(?![\d/.\-]))?\s*(?:phut|p)?(?:\s*:\s*(\d{1,2}))?\s*(am|pm|sa|ch)?`;
const TIME_FIRST = new RegExp(`^${TIME}\\s*(?:,|-)?\\s*(?=(?:ngay\\s+)?\\d)`);
const TIME_LAST = new RegExp(`(?:\\s+|,\\s*|t)(?:luc\\s+)?${TIME}$`);

/** The time of day in a folded text's time part, or null when it is not a time ("25:00", "17:75"). */
function timeOfDay(m: RegExpExecArray): number | null {
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const half = m[4];
  if (half === 'pm' || half === 'ch') hour = hour === 12 ? 12 : hour + 12;
  else if ((half === 'am' || half === 'sa') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * Parses a date or date-time: `23/6/2024 17:00`, `17h00 23/6/2024`, `17 giờ 00 ngày 23/6/2024`,
 * `23/06/2024 16:05:10` (Google Forms), ISO, a date-time cell or serial; a bare date has `hasTime: false`.
 */
export function parseMoment(cell: Cell): MomentParse {
  if (cell instanceof Date) {
    const at = cell.getTime();
    const day = parseDate(cell);
    if (!day.ok) return day;
    return { ok: true, at, hasTime: at - day.day * MS_PER_DAY !== 0 };
  }
  if (typeof cell === 'number') {
    const day = parseDate(cell);
    if (!day.ok) return day;
    const at = Math.round(SERIAL_EPOCH_MS + cell * MS_PER_DAY);
    return { ok: true, at, hasTime: at % MS_PER_DAY !== 0 };
  }
  if (typeof cell !== 'string') return parseDate(cell) as MomentParse;
  // The zone of an ISO text ("…T17:00:00+07:00", "…Z") is the sheet's own in practice: the wall clock is kept.
  const text = fold(cell)
    .replace(/(?:\.\d+)?z$/, '')
    .replace(/(\d:\d{2}(?::\d{2})?)\s*(?:gmt|utc)?\s*[+-]\d{2}:?\d{2}$/, '$1');
  let time: number | null = null;
  let rest = text;
  const first = TIME_FIRST.exec(text);
  const last = first ? null : TIME_LAST.exec(text);
  const m = first ?? last;
  // "2024-06-23T17:00" and "23/6/2024 17:00" have their time last; a date alone has none.
  if (m && !/^\d{1,2}[/.-]\d{1,2}$/.test(m[0].trim())) {
    time = timeOfDay(m);
    if (time === null) return { ok: false, reason: 'bad' };
    rest = first ? text.slice(m[0].length) : text.slice(0, m.index);
  }
  const day = parseDate(rest.replace(/[\s,]+$/, ''));
  if (!day.ok) return day;
  return { ok: true, at: day.day * MS_PER_DAY + (time ?? 0), hasTime: time !== null };
}

/** The last second of a day: a deadline given without a time. */
export function endOfDay(day: Day): Moment {
  return (day + 1) * MS_PER_DAY - 1000;
}

/** The calendar day of a moment. */
export function dayOfMoment(at: Moment): Day {
  return Math.floor(at / MS_PER_DAY);
}

/** "2024-06-23T17:00:00+07:00": the moment with the zone's offset (minutes east of UTC). */
export function isoMoment(at: Moment, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${new Date(at).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "17:00 23/06/2024", the way people read a deadline. */
export function viMoment(at: Moment): string {
  const iso = new Date(at).toISOString();
  const [y, mo, d] = iso.slice(0, 10).split('-');
  const seconds = iso.slice(17, 19);
  return `${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`} ${d}/${mo}/${y}`;
}

/** The wall-clock moment of an instant in a zone whose offset (minutes east of UTC) is given; Vietnam is +420. */
export function momentOf(instant: Date, offsetMinutes = 420): Moment {
  return instant.getTime() + offsetMinutes * 60_000;
}
