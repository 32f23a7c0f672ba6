// Stable ASCII keys from labels ("Trồng mới cây xanh" → "trong-moi-cay-xanh"), unique within an import ("-2", "-3").

import { fold } from '../text';

const MAX_WORDS = 4;
const MAX_LENGTH = 32;
const FILLER = new Set('cho cua tai va voi de nham o ve la duoc cac nhung'.split(' '));

/** A short key from the label's first meaningful words; the unit when the label has none. */
export function keyFor(label: string, unit: string): string {
  const words = (text: string) =>
    fold(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter((w) => w && !FILLER.has(w));
  let picked = words(label).slice(0, MAX_WORDS);
  if (picked.length === 0) picked = words(unit === '%' ? 'ty le' : unit);
  if (picked.length === 0) picked = ['chi', 'tieu'];
  let key = '';
  for (const w of picked) {
    const next = key ? `${key}-${w}` : w;
    if (next.length > MAX_LENGTH && key) break;
    key = next;
  }
  return key;
}

/** Makes keys unique in order of appearance: the second "cay-xanh" becomes "cay-xanh-2". */
export function uniqueKeys(keys: string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return keys.map((key) => {
    let candidate = key;
    for (let n = 2; used.has(candidate); n++) candidate = `${key}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
