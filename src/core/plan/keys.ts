// Readable ASCII keys from labels ("Trồng mới cây xanh" → "trong-moi-cay-xanh"), cut where a phrase ends, unique within the import and the Targets tab.

import { fold } from '../text';

const MAX_WORDS = 8;
const MAX_LENGTH = 48;
// Dropped wherever they stand: they add length, not meaning.
const FILLER = new Set('cac nhung va la duoc ve mot'.split(' '));
// A phrase ends before these (once two words are taken): "Trao tặng phần quà | cho công nhân", "Tặng phần quà | trị giá …".
const BOUNDARY = new Set('cho cua tai voi de nham o trong tren duoi co thuoc den tu moi gom theo nhu'.split(' '));
const BOUNDARY_PAIRS = new Set(['tri gia', 'gia tri', 'trong do', 'it nhat', 'toi thieu']);

interface Word {
  word: string;
  /** A comma, colon, semicolon or bracket stands right after it. */
  stop: boolean;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of fold(text).matchAll(/([a-z0-9]+)([^a-z0-9]*)/g)) {
    out.push({ word: m[1]!, stop: /[,:;(\-–]/.test(m[2]!) });
  }
  return out;
}

/**
 * A key from the label's first phrase: words up to where the phrase ends (a preposition, "trị giá", a comma or colon
 * after three words), at most eight words.
 */
export function keyFor(label: string, unit: string): string {
  const words = wordsOf(label);
  const picked: string[] = [];
  for (let i = 0; i < words.length && picked.length < MAX_WORDS; i++) {
    const { word, stop } = words[i]!;
    const pair = `${word} ${words[i + 1]?.word ?? ''}`;
    if (picked.length >= 2 && (BOUNDARY.has(word) || BOUNDARY_PAIRS.has(pair))) break;
    if (FILLER.has(word)) continue;
    if ([...picked, word].join('-').length > MAX_LENGTH) break;
    picked.push(word);
    if (stop && picked.length >= 3) break;
  }
  if (picked.length === 0) picked.push(...wordsOf(unit === '%' ? 'ty le' : unit).map((w) => w.word));
  return picked.length ? picked.join('-') : 'chi-tieu';
}

/** A longer key that tells apart two targets with one short key: the first phrase and the one after the label's colon or comma. */
function longKeyFor(label: string, unit: string): string {
  const head = keyFor(label, unit);
  const stop = /[:,;]\s*/.exec(label);
  if (!stop) return head;
  const tail = keyFor(label.slice(stop.index + stop[0].length), '');
  return tail === 'chi-tieu' ? head : `${head}-${tail}`;
}

/** A target already on the Targets tab, as the importer compares it. */
export interface ExistingTarget {
  key: string;
  label: string;
  unit: string;
  target: number | null;
}

/** The same target: the same label, or the same unit and number (its label edited since). */
export function sameTarget(a: { label: string; unit: string; target: number | null }, b: ExistingTarget): boolean {
  return fold(a.label) === fold(b.label) || (fold(a.unit) === fold(b.unit) && a.target === b.target);
}

/**
 * Keys for the proposed targets in order: two different targets of the plan with one short key take their longer
 * keys; a key the Targets tab holds for another target gets the next free "-2", "-3"; a target the tab already holds
 * keeps that row's key and is marked `exists`.
 */
export function planKeys(
  targets: Array<{ label: string; unit: string; target: number }>,
  existing: ExistingTarget[] = [],
): Array<{ key: string; exists: boolean }> {
  const short = targets.map((t) => keyFor(t.label, t.unit));
  const counts = new Map<string, number>();
  for (const k of short) counts.set(k, (counts.get(k) ?? 0) + 1);
  const wanted = targets.map((t, i) => (counts.get(short[i]!)! > 1 ? longKeyFor(t.label, t.unit) : short[i]!));
  const onTab = new Map(existing.map((e) => [fold(e.key), e]));
  const used = new Set(onTab.keys());
  const given = new Set<string>();
  return targets.map((t, i) => {
    const key = wanted[i]!;
    const there = onTab.get(fold(key));
    if (there && !given.has(fold(key)) && sameTarget(t, there)) {
      given.add(fold(key));
      return { key: there.key, exists: true };
    }
    let candidate = key;
    for (let n = 2; used.has(fold(candidate)) || given.has(fold(candidate)); n++) candidate = `${key}-${n}`;
    given.add(fold(candidate));
    used.add(fold(candidate));
    return { key: candidate, exists: false };
  });
}
