// Each line of a plan with its list or heading marker ("III.", "1.2.", "a)", "(1)", "-", "+", "•") and the outline level that marker implies.

import { foldSameLength, isUpperCase } from './folding';

export type MarkerStyle =
  | 'part'
  | 'letter'
  | 'roman'
  | 'arabic'
  | 'arabic-paren'
  | 'decimal'
  | 'small-letter'
  | 'paren'
  | 'dash'
  | 'dot'
  | 'plus';

/** A list or heading marker; a lower level is a higher heading (part 0, roman 2, "1." 3, "-" 7). */
export interface Marker {
  style: MarkerStyle;
  level: number;
  /** The marker's number ("III" → 3, "b" → 2); null for bullets. */
  value: number | null;
}

export interface PlanLine {
  /** 1-based line number in the source. */
  line: number;
  marker: Marker | null;
  /** The line without its markers. */
  text: string;
  /** Folded `text` (same length). */
  folded: string;
  upper: boolean;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(numeral: string): number {
  let total = 0;
  const s = numeral.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

interface MarkerRule {
  style: MarkerStyle;
  pattern: RegExp;
  level: (m: RegExpExecArray) => number;
  value: (m: RegExpExecArray) => number | null;
}

const letterValue = (m: RegExpExecArray) => foldSameLength(m[1]!).charCodeAt(0) - 96;

// Order matters: the first rule that matches names the marker.
const RULES: MarkerRule[] = [
  {
    style: 'part',
    pattern:
      /^(?:phần|phan|chương|chuong|PHẦN|PHAN|CHƯƠNG|CHUONG|Phần|Phan|Chương|Chuong)\s+(thứ\s+\S+|thu\s+\S+|[IVXLC]+|\d+)\s*[.:\-–)]?\s*/,
    level: () => 0,
    value: () => null,
  },
  {
    style: 'roman',
    pattern: /^([IVXL]{1,6})\s*[.):/\-–](?=\s|$|[^\d\s])\s*/,
    level: () => 2,
    value: (m) => romanValue(m[1]!),
  },
  { style: 'letter', pattern: /^([A-Z])\s*[.)]\s+/, level: () => 1, value: (m) => m[1]!.charCodeAt(0) - 64 },
  {
    style: 'decimal',
    pattern: /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s*[)\-–:])?(?=\s|$|[^\d\s.,])\s*/,
    level: (m) => 2 + m[1]!.split('.').length,
    value: (m) => Number(m[1]!.split('.').pop()),
  },
  {
    style: 'arabic',
    pattern: /^(\d{1,2})(?:\.|\/(?=\s)|\s*[:–]|\s*-(?=\s))(?=\s|$|[^\d\s])\s*/,
    level: () => 3,
    value: (m) => Number(m[1]),
  },
  { style: 'arabic-paren', pattern: /^(\d{1,2})\)\s*/, level: () => 3.5, value: (m) => Number(m[1]) },
  { style: 'paren', pattern: /^\((\d{1,2})\)\s*/, level: () => 6, value: (m) => Number(m[1]) },
  { style: 'small-letter', pattern: /^\(?([a-zđ])\)\s*|^([a-zđ])\.\s+/, level: () => 5, value: letterValue },
  { style: 'dash', pattern: /^[-–—−]+\s*/, level: () => 7, value: () => null },
  {
    style: 'dot',
    pattern: /^(?:[•●▪■◦○·►▸➢➤✓✔❖♦◆→§\uf000-\uf0ff]|\*(?=\s)|o(?=\s))\s*/,
    level: () => 7.5,
    value: () => null,
  },
  { style: 'plus', pattern: /^\+\s*/, level: () => 8, value: () => null },
];

function matchMarker(text: string): { marker: Marker; length: number } | null {
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m || m[0].length === 0) continue;
    const rest = text.slice(m[0].length);
    // "1.000 lượt" and "5-7" are numbers, not markers; a marker needs something after it.
    if (rule.style !== 'part' && rest === '') continue;
    if (rule.style === 'small-letter' && m[2] === undefined && m[1] === undefined) continue;
    const fixed = rule.style === 'small-letter' && m[1] === undefined ? ({ ...m, 1: m[2] } as RegExpExecArray) : m;
    return { marker: { style: rule.style, level: rule.level(fixed), value: rule.value(fixed) }, length: m[0].length };
  }
  return null;
}

/** Splits a cleaned line into its first marker (the one that places it in the outline) and its text. */
export function readLine(raw: string, line: number): PlanLine {
  const first = matchMarker(raw);
  let text = first ? raw.slice(first.length) : raw;
  // "- (1) Đăng ký…", "1. a) …": later markers are dropped from the text.
  for (let guard = 0; first && guard < 3; guard++) {
    const inner = matchMarker(text);
    if (!inner || inner.marker.style === 'part' || inner.marker.style === 'letter') break;
    text = text.slice(inner.length);
  }
  text = text.trim();
  return { line, marker: first?.marker ?? null, text, folded: foldSameLength(text), upper: isUpperCase(text) };
}
