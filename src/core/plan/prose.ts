// Targets announced in prose, for a text with no target section: a news item's or a directive's sentence that sets targets ("đề ra các mục tiêu: …; …", "phấn đấu …", "mỗi chi đoàn thực hiện: …") and the list after it.

import { sentenceEnds } from './items';
import type { PlanLine } from './lines';
import type { ItemLine } from './sections';

// Words that set targets by themselves: what follows them (or their colon) in the sentence is the targets.
const SETS =
  /\b(?:de ra|dat ra|dat chi tieu|dat muc tieu|giao chi tieu|phan dau|(?:voi|co) (?:cac )?(?:chi tieu|muc tieu)|(?:chi tieu|muc tieu) (?:la|gom|cu the la))\b/g;
// Words that set targets only when a colon follows in the same sentence: "… yêu cầu Đoàn các trường:", "mỗi chi đoàn thực hiện:".
const SETS_WITH_COLON =
  /\b(?:thuc hien|trien khai|yeu cau|de nghi|chi tieu|muc tieu|nhiem vu|noi dung|nhu sau|sau day|gom)\b[^:]*:\s*/g;
// The sentence reports what was done (a past year's results), not what is to be done.
const PAST = /\b(?:da|nam qua|nam truoc|ket qua|dat duoc)\b/;
const ITEM_MARKERS = new Set(['arabic', 'arabic-paren', 'decimal', 'small-letter', 'paren', 'dash', 'dot', 'plus']);

/** The sentences of a line: [start, end) of each. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (ch === '.' || ch === '!' || ch === '?') &&
      (i === text.length - 1 || sentenceEnds(text, i))
    ) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** Where the targets of a sentence begin (after its setting words or their colon), or null when it sets none. */
function targetsStart(folded: string): number | null {
  let best: number | null = null;
  SETS.lastIndex = 0;
  for (let m = SETS.exec(folded); m; m = SETS.exec(folded)) {
    if (PAST.test(folded.slice(0, m.index))) continue;
    const after = m.index + m[0].length;
    // "giao chỉ tiêu cho mỗi Đoàn phường như sau: …": the targets follow the colon.
    const colon = /^[^:;]{0,80}:\s*/.exec(folded.slice(after));
    best = after + (colon ? colon[0].length : 0);
    break;
  }
  if (best !== null) return best;
  SETS_WITH_COLON.lastIndex = 0;
  const m = SETS_WITH_COLON.exec(folded);
  if (m && !PAST.test(folded.slice(0, m.index))) return m.index + m[0].length;
  return null;
}

/** The target items of a text announced in prose: the rest of each setting sentence, and the marked list after one that ends with a colon. */
export function proseItems(lines: PlanLine[]): ItemLine[] {
  const items: ItemLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const pl = lines[i]!;
    if (!pl.text) continue;
    const raw = pl.marker ? pl.text : pl.text;
    for (const [s, e] of sentences(raw)) {
      const start = targetsStart(pl.folded.slice(s, e));
      if (start === null) continue;
      const rest = raw
        .slice(s + start, e)
        .replace(/[.!?]\s*$/, '')
        .trim();
      if (rest) {
        items.push({ line: pl.line, text: rest, group: '' });
        continue;
      }
      if (e < raw.length || !/:\s*$/.test(raw.slice(s, e))) continue;
      // "… các nội dung sau:" ends its line: the list below is the targets, until a line without a list marker.
      for (let j = i + 1; j < lines.length; j++) {
        const item = lines[j]!;
        if (!item.text) {
          if (lines[j + 1]?.marker && ITEM_MARKERS.has(lines[j + 1]!.marker!.style)) continue;
          break;
        }
        if (!item.marker || !ITEM_MARKERS.has(item.marker.style)) break;
        items.push({ line: item.line, text: item.text, group: '' });
        i = j;
      }
    }
  }
  return items;
}
