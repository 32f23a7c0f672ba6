// Every quantity in a clause with its unit ("ít nhất 5.000 lượt người" → 5000 lượt, "100% …" → percent), leaving out dates, times, years, document numbers, ordinals, rates and conditions.

import { parseNumber } from '../numbers';
import { foldSameLength } from './folding';
import { firstKnownUnit, inList, isMoney, readUnit, wordList, type WordList } from './units';

export interface Quantity {
  value: number;
  percent: boolean;
  unit: string;
  /** Start of the qualifier words before the number ("ít nhất"), or of the number. */
  start: number;
  numberStart: number;
  /** End of the number (and its "%", or its range "01 - 02"). */
  numberEnd: number;
  /** End of the unit. */
  end: number;
}

const MULTIPLIERS: Record<string, number> = { trieu: 1e6, nghin: 1e3, ngan: 1e3, ty: 1e9, ti: 1e9 };
const NUMBER_WORDS =
  /^(?:\s*(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu|ty|lam|linh|le|phay|,))+\s*$/;
const NUMBER = /\d+(?:[.,]\d+)*/g;
// Words before a number that make it a name, a date part or an ordinal: "Quận 11", "lần thứ 22", "số 308".
const DESIGNATORS =
  'giai đoạn,lần thứ,lần,thứ,khóa,khoá,số,phường,quận,huyện,khu phố,điều,khoản,chương,nghị quyết,chỉ thị,' +
  'quyết định,đại hội,covid,top,cấp độ,mức độ,tiểu đoàn,lúc,đường số,phiên bản,đợt,tuần,nhiệm kỳ';
// The same, but only when no known unit follows: "hẻm 12", "năm 2023" are names, "Việt Nam 40 đoàn viên" is a count.
const WEAK_DESIGNATORS =
  'ngày,tháng,năm,quý,giờ,hạng,xã,ấp,khu,tổ,hẻm,đường,phòng,nhóm,đội,cụm,tầng,lô,block,đoàn,chi đoàn,phần,' +
  'mục,tuyến,trường,cổng,kênh,ô,kios,sạp,lớp,khối,mùa';
const QUALIFIERS =
  /(?:(?:^|\s)(?:it nhat|toi thieu|toi da|phan dau dat|phan dau|dat tu|dat|tren|hon|khoang|tu|khong duoi|khong it hon|du kien|uoc dat|uoc)\s*:?)+\s*$/;
// "trị giá 500.000 đồng" prices one thing (a condition); "tổng giá trị 30 tỷ đồng" is a total (a target).
const CONDITION = /(?<!tong )(?:tri gia|gia tri|tuong duong|dinh muc|muc|moi)\s+(?:\S+\s+){0,2}$/;
const TIME_BEFORE = /(?:luc|truoc|sau|vao|tu|den|khoang)\s*$/;
const ATTACHED = /^(?:km|m|m2|m²|m3|m³|ha|kg|tấn|tan|đ|d|vnđ|vnd|cm|l|lít|lit)(?![\p{L}\d])/iu;

let locations: WordList | null = null;
let designators: WordList | null = null;
let weakDesignators: WordList | null = null;

/** The one or two words right before `i` (a colon may stand between them and the number). */
function wordsBefore(text: string, i: number): [string, string] {
  const m = /(?:([\p{L}\p{M}]+)\s+)?([\p{L}\p{M}]+)\s*:?\s*$/u.exec(text.slice(Math.max(0, i - 40), i));
  return m ? [m[2]!, m[1] ? `${m[1]} ${m[2]}` : ''] : ['', ''];
}

function designated(list: WordList, text: string, i: number): boolean {
  const [one, two] = wordsBefore(text, i);
  if (two && inList(list, two)) return true;
  if (!one || !inList(list, one)) return false;
  return !(/^(?:số|so)$/i.test(one) && /^(?:tổng|tong|con)\s/i.test(two));
}

/** A number token in Vietnamese form; in a plan's prose "1,000" is a thousand typed the English way, not 1. */
export function parseQuantity(token: string): number | null {
  if (/^[1-9]\d{0,2},\d{3}$/.test(token)) return Number(token.replace(',', ''));
  const parsed = parseNumber(token);
  return parsed.ok ? parsed.value : null;
}

/** Spans to leave alone: quoted names ("Sinh viên 5 tốt"), links, dates, times and document numbers. */
function blockedSpans(text: string, folded: string): Uint8Array {
  const blocked = new Uint8Array(text.length + 1);
  const block = (re: RegExp, source: string, test?: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (!test || test(m)) blocked.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  block(/“[^”]*”|"[^"]*"|«[^»]*»|‘[^’]*’/g, text);
  block(/\S+@\S+|(?:https?:\/\/|www\.)\S+/g, text);
  // dd/mm(/yyyy), dd-mm-yyyy, dd.mm.yyyy; "16/16 phường" (not a date) stays a quantity.
  block(/(?<!\d)(\d{1,2})\s?[/-]\s?(\d{1,2})(?:\s?[/-]\s?(\d{2,4}))?(?!\d)/g, text, (m) => {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && (m[3] !== undefined || !/^\s?-/.test(m[0].slice(m[1]!.length)));
  });
  block(/(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)/g, text);
  block(/(?<!\d)\d{1,2}\s?\/\s?(?:19|20)\d{2}(?!\d)/g, text);
  // Times: 17h00, 8g30, 17:00, 7 giờ 30.
  block(/(?<!\d)\d{1,2}\s?(?:h|g|:|giờ|gio)\s?\d{2}(?!\d)/g, folded);
  // Document numbers and codes: 308-TB/TĐTN, 12/KH-ĐTN, COVID-19, H5N1.
  block(/\d+(?:[.,]\d+)*\s?[-/]\s?\p{L}[\p{L}\d.\-/&]*/gu, text);
  block(/\p{L}+[-–]\d+/gu, text);
  block(/(?<!\d)(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}(?!\d)/g, text);
  return blocked;
}

/** Parenthesised spans ("(ít nhất 20 triệu đồng/căn)"): conditions, not targets, unless they are all an item has. */
function parenSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') {
      if (depth++ === 0) open = i;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      if (--depth === 0) spans.push([open, i + 1]);
    }
  }
  if (depth > 0) spans.push([open, text.length]);
  return spans;
}

/** A unit named before a colon when the number stands alone: "Số chiến sĩ tham gia: 1.000" → chiến sĩ. */
function unitFromLabel(text: string, folded: string, numberStart: number, numberEnd: number): string | null {
  const colon = text.lastIndexOf(':', numberStart);
  if (colon < 0 || !QUALIFIERS_OR_SPACE.test(folded.slice(colon + 1, numberStart))) return null;
  if (!/^\s*(?:[.;,)]|$)/.test(text.slice(numberEnd))) return null;
  const from = Math.max(text.lastIndexOf(';', colon) + 1, 0);
  if (folded.slice(from, colon).split(/\s+/).length > 10) return null;
  return firstKnownUnit(text, folded, from, colon);
}
const QUALIFIERS_OR_SPACE = /^(?:\s|it nhat|toi thieu|tren|khoang|dat|phan dau)*$/;

/** The quantities of one clause, in order. */
export function findQuantities(text: string): Quantity[] {
  const folded = foldSameLength(text);
  const blocked = blockedSpans(text, folded);
  const parens = parenSpans(text);
  const inParen = (i: number) => parens.find(([s, e]) => i > s && i < e);
  const outside: Quantity[] = [];
  const inside: Quantity[] = [];
  const upperClause = text === text.toUpperCase() && text !== text.toLowerCase();
  NUMBER.lastIndex = 0;
  let skipUntil = -1;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const i = m.index;
    if (i < skipUntil || blocked[i]) continue;
    const before = text[i - 1] ?? '';
    if (/[\p{L}\d_.,/]/u.test(before) || (/[-–]/.test(before) && /\p{L}/u.test(text[i - 2] ?? ''))) continue;
    if (before === '(' && text[i + m[0].length] === ')') continue;
    let value = parseQuantity(m[0]);
    if (value === null) continue;
    let k = i + m[0].length;
    const rest = folded.slice(k);
    const percent = /^\s?(?:%|phan tram\b)/.exec(rest);
    if (percent) k += percent[0].length;
    // A range "01 - 02 hoạt động", "3 đến 5 buổi": the lower bound is the target.
    const range = /^\s*(?:-|–|—|den|toi|hoac)\s*(\d+(?:[.,]\d+)*)(\s?%)?/.exec(folded.slice(k));
    if (range && parseQuantity(range[1]!) !== null) k += range[0].length;
    // A share "16/16 phường" (a date was blocked already): the first number is the target.
    const share = /^\s?\/\s?\d+/.exec(text.slice(k));
    if (share && !percent) k += share[0].length;
    // "02 (hai) căn nhà": the number in words is part of the number.
    const spelled = /^\s*\(([\p{L}\s,]{2,40})\)/u.exec(text.slice(k));
    if (spelled && NUMBER_WORDS.test(foldSameLength(spelled[1]!))) k += spelled[0].length;
    skipUntil = k;
    const prefix = folded.slice(Math.max(0, i - 40), i);
    designators ??= wordList(DESIGNATORS);
    weakDesignators ??= wordList(WEAK_DESIGNATORS);
    if (designated(designators, text, i)) continue;
    let unit: string;
    let end = k;
    let known = true;
    if (percent || range?.[2]) {
      unit = '%';
    } else {
      if (/^\p{L}/u.test(text.slice(k)) && !ATTACHED.test(text.slice(k))) continue; // "4G", "17h", "5K"
      // "10 triệu cây xanh" is ten million trees; "20 triệu đồng" is money counted in triệu đồng.
      let reading = readUnit(text, folded, k, upperClause);
      const scale = /^\s+(trieu|nghin|ngan|ty|ti)\s+/.exec(folded.slice(k));
      const scaled = scale && readUnit(text, folded, k + scale[0].length, upperClause);
      if (scale && scaled && !scaled.rejected && !isMoney(scaled.unit)) {
        value *= MULTIPLIERS[scale[1]!]!;
        reading = scaled;
        k += scale[0].trimEnd().length;
      }
      if (!reading) {
        const named = unitFromLabel(text, folded, i, k);
        if (!named) continue;
        unit = named;
      } else {
        if (reading.rejected) continue;
        unit = reading.unit;
        end = reading.end;
        known = reading.known;
      }
      if (/^giờ$/i.test(unit) && (TIME_BEFORE.test(prefix) || /^\s*\d/.test(text.slice(end)))) continue;
      // A money rate ("20 triệu đồng/căn") is a condition; "01 công trình/cơ sở" is a target per unit.
      if (isMoney(unit) && /^\s?\/\s?\p{L}/u.test(text.slice(end))) continue;
      if (isMoney(unit) && CONDITION.test(prefix)) continue;
      if (/^(?:19|20)\d{2}$/.test(m[0]) && !known) continue; // a year
    }
    if (!known && designated(weakDesignators, text, i)) continue;
    const prevWord = /([\p{L}\p{M}]+)\s+$/u.exec(text.slice(0, i));
    if (prevWord && !upperClause && !known && /^\p{Lu}/u.test(prevWord[1]!) && text.slice(0, prevWord.index).trim()) {
      continue; // "Quận Bình Tân 2 …": a name, not a count
    }
    // "tại 02 xã" names a place ("tại 100% điểm thi" is a coverage); ", mỗi lớp 30 học viên" is a condition of the quantity before it.
    locations ??= wordList('tại,ở,thuộc');
    const wordBefore = /([\p{L}\p{M}]+)\s*$/u.exec(text.slice(0, i));
    if (wordBefore && unit !== '%' && inList(locations, wordBefore[1]!)) continue;
    const near = text.slice(Math.max(0, i - 30), i).toLowerCase();
    const each = /(?:^|\s)mỗi\s+\p{L}+(?:\s+\p{L}+)?\s*(?:có|ít nhất|tối thiểu|khoảng|từ|đạt)?\s*$/u.exec(near);
    // Only as an aside after a comma: "…, các đơn vị khác vận động mỗi đơn vị 15 …" is a target of its own.
    if (each && outside.length > 0 && /[,;(–-]\s*$/.test(text.slice(0, i - near.length + each.index + 1))) continue;
    const qualifier = QUALIFIERS.exec(folded.slice(0, i));
    const start = qualifier ? qualifier.index + (qualifier[0].match(/^\s*/)?.[0].length ?? 0) : i;
    const quantity: Quantity = { value, percent: unit === '%', unit, start, numberStart: i, numberEnd: k, end };
    skipUntil = Math.max(k, end);
    (inParen(i) ? inside : outside).push(quantity);
  }
  if (outside.length > 0) return outside;
  // Only a parenthesis carries a number: "Xây nhà tình thương (02 căn)" — but never a condition or a rate.
  return inside.filter((q) => {
    const span = inParen(q.numberStart)!;
    const content = folded.slice(span[0] + 1, span[1] - 1);
    return !/[/]|it nhat|toi thieu|tri gia|moi|trong do|tuong duong|khoang|tong/.test(content) && !isMoney(q.unit);
  });
}
