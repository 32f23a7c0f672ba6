// How a cell's value is displayed (getDisplayValues, TextFinder): common number, percent and date formats in the sheet's locale.

import { isDate } from './runtime';
import { simpleDateFormat } from './utilities';

const COMMA_DECIMAL = /^(vi|de|fr|es|it|pt|id|nl|ru|tr|pl)\b/i;

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Renders "0", "0.00", "#,##0", "#,##0.0#", "0%", "0.0%"; null for other formats. */
function formatNumber(value: number, format: string, locale: string): string | null {
  const match = /^(#,##)?0(?:\.(0*)(#*))?(%)?$/.exec(format);
  if (!match) return null;
  const [, grouping, zeros = '', hashes = '', percent] = match;
  const decimal = COMMA_DECIMAL.test(locale.replace('_', '-')) ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  const scaled = percent ? value * 100 : value;
  let text = Math.abs(scaled).toFixed(zeros.length + hashes.length);
  if (hashes.length) text = text.replace(new RegExp(`0{0,${hashes.length}}$`), '').replace(/\.$/, '');
  const [whole = '0', fraction] = text.split('.');
  const shown = (grouping ? groupDigits(whole, group) : whole) + (fraction ? decimal + fraction : '');
  return (scaled < 0 && /[1-9]/.test(shown) ? '-' : '') + shown + (percent ? '%' : '');
}

/** Sheets' date codes (d, dd, m/mm as month unless after h or before s, yy, yyyy, h, hh, ss) as SimpleDateFormat. */
function sheetsDatePattern(format: string): string | null {
  if (!/[dy]/i.test(format) || /[#0%"]/.test(format)) return null;
  const runs = format.match(/([A-Za-z])\1*|[^A-Za-z]+/g) ?? [];
  const letters = runs.map((run) => (/[A-Za-z]/.test(run) ? run[0]!.toLowerCase() : ''));
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const short = run.length === 1;
    switch (letters[i]) {
      case '':
        out += run.replace(/'/g, "''");
        break;
      case 'y':
        out += run.length <= 2 ? 'yy' : 'yyyy';
        break;
      case 'd':
        if (run.length > 2) return null;
        out += short ? 'd' : 'dd';
        break;
      case 'h':
        out += short ? 'H' : 'HH';
        break;
      case 's':
        out += short ? 's' : 'ss';
        break;
      case 'm': {
        const before = letters.slice(0, i).filter(Boolean).pop();
        const after = letters.slice(i + 1).find(Boolean);
        const minutes = before === 'h' || after === 's';
        out += minutes ? (short ? 'm' : 'mm') : short ? 'M' : 'MM';
        break;
      }
      default:
        return null;
    }
  }
  return out;
}

/** The text a cell shows. Unknown formats fall back to the value's plain text (simplified). */
export function displayText(value: unknown, numberFormat: unknown, locale: string, offsetMinutes: number): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = typeof numberFormat === 'string' ? numberFormat : '';
  if (isDate(value)) {
    const pattern = sheetsDatePattern(format) ?? (locale === 'en_US' ? 'M/d/yyyy' : 'd/M/yyyy');
    const out = simpleDateFormat(value, offsetMinutes, pattern);
    return typeof out === 'string' ? out : value.toISOString();
  }
  if (typeof value === 'number') {
    const formatted = formatNumber(value, format, locale);
    if (formatted !== null) return formatted;
    const decimal = COMMA_DECIMAL.test(locale.replace('_', '-')) ? ',' : '.';
    return String(Number(value.toPrecision(15))).replace('.', decimal);
  }
  return String(value);
}
