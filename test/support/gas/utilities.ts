// Utilities (formatDate, sleep, getUuid) and the fixed-offset time zones the emulation knows.

import { randomUUID } from 'node:crypto';
import type { Runtime } from './runtime';
import { strict } from './strict';

/** Zones without daylight saving time, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  'Asia/Ho_Chi_Minh': 420,
  'Asia/Saigon': 420,
  'Asia/Bangkok': 420,
  UTC: 0,
  GMT: 0,
  'Etc/UTC': 0,
  'Etc/GMT': 0,
};

/** Minutes east of UTC for a zone the emulation knows ("Asia/Ho_Chi_Minh", "UTC", "GMT+7"), else null. */
export function zoneOffsetMinutes(timeZone: string): number | null {
  if (Object.prototype.hasOwnProperty.call(ZONES, timeZone)) return ZONES[timeZone]!;
  const fixed = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!fixed) return null;
  const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
  return fixed[1] === '-' ? -minutes : minutes;
}

/** The wall-clock fields of an instant in a zone. */
export function fieldsInZone(date: Date, offsetMinutes: number) {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** Midnight of a calendar day in a zone, as an instant. */
export function midnightInZone(year: number, month: number, day: number, offsetMinutes: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - offsetMinutes * 60_000);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** java.text.SimpleDateFormat, for the letters y M d H h m s S a E; null for an unsupported letter. */
export function simpleDateFormat(date: Date, offsetMinutes: number, pattern: string): string | { unsupported: string } {
  const f = fieldsInZone(date, offsetMinutes);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, close < 0 ? pattern.length : close);
      out += literal === '' ? "'" : literal;
      i = close < 0 ? pattern.length : close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let run = 1;
    while (pattern[i + run] === ch) run++;
    i += run;
    switch (ch) {
      case 'y':
        out += run === 2 ? pad(f.year % 100, 2) : pad(f.year, run);
        break;
      case 'M':
        if (run > 2) return { unsupported: 'M'.repeat(run) };
        out += pad(f.month, run);
        break;
      case 'd':
        out += pad(f.day, run);
        break;
      case 'H':
        out += pad(f.hour, run);
        break;
      case 'h':
        out += pad(f.hour % 12 || 12, run);
        break;
      case 'm':
        out += pad(f.minute, run);
        break;
      case 's':
        out += pad(f.second, run);
        break;
      case 'S':
        out += pad(f.millisecond, run);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += run >= 4 ? DAYS[f.weekday]! : DAYS[f.weekday]!.slice(0, 3);
        break;
      case 'Z': {
        // RFC 822 zone, as Java's SimpleDateFormat writes it: "+0700".
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        out += `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
        break;
      }
      default:
        return { unsupported: ch.repeat(run) };
    }
  }
  return out;
}

class UtilitiesImpl {
  constructor(private readonly rt: Runtime) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (Object.prototype.toString.call(date) !== '[object Date]' || typeof timeZone !== 'string') {
      throw this.rt.error("The parameters don't match the method signature for Utilities.formatDate.");
    }
    const offset = zoneOffsetMinutes(timeZone);
    if (offset === null) {
      throw this.rt.error(`Utilities.formatDate: time zone "${timeZone}" is not implemented by the emulation`, 'Error');
    }
    const out = simpleDateFormat(date, offset, String(format));
    if (typeof out !== 'string') {
      throw this.rt.error(
        `Utilities.formatDate: pattern "${out.unsupported}" is not implemented by the emulation`,
        'Error',
      );
    }
    return out;
  }

  /** No real wait: the virtual clock moves on (cache expiry sees it). */
  sleep(milliseconds: number): void {
    this.rt.advance(Number(milliseconds));
  }

  getUuid(): string {
    return randomUUID();
  }
}

export function createUtilities(rt: Runtime): GoogleAppsScript.Utilities.Utilities {
  return strict(rt, 'Utilities', new UtilitiesImpl(rt));
}
