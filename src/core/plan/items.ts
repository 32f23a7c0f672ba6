// Splitting a target item into clauses: items run together with ";", sentences inside one item, inline markers "(2)", "b)".

const INLINE_MARKER = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|[a-zđ]\)|[-+•*–])\s*/;

/** The clauses of one item, without their inline markers; parentheses are never split. */
export function splitItem(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const clause = text.slice(from, to).replace(INLINE_MARKER, '').trim();
    if (clause) out.push(clause);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || (ch === '.' && sentenceEnds(text, i)))) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

// A full stop ends a sentence when a capital, a digit or a marker follows and the word before is not an abbreviation ("TP.", "v.v.").
export function sentenceEnds(text: string, i: number): boolean {
  if (!/^\s+(?:[\p{Lu}\d“"(]|[-+•])/u.test(text.slice(i + 1))) return false;
  const word = /([\p{L}\d]+)$/u.exec(text.slice(0, i))?.[1] ?? '';
  if (/^\d+$/.test(word)) return true;
  return (
    !(word.length <= 4 && /^\p{Lu}/u.test(word) && word === word.toUpperCase()) &&
    !/^(?:v\.v|Tp|TP|Th|Đ\/c|đ\/c)$/.test(word)
  );
}
