// Plan text made uniform (NFC, plain spaces, no markdown emphasis) and folded char by char, so that positions found on the folded text are positions in the original.

const MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and strips diacritics (đ → d) one character at a time: the result has the same length as the input. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** The plan as lines: NFC, one kind of space, no zero-width characters or markdown bold/italic/heading marks. */
export function planLines(text: string): string[] {
  return splitPlan(text).map(cleanLine);
}

/** The plan's lines as typed (NFC, no byte-order mark), spaces not yet collapsed. */
export function splitPlan(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/** One line cleaned: plain spaces collapsed (tabs kept: they separate table cells), zero-width characters and markdown marks removed. */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s("“'])\*(?=[^\s*])/g, '$1')
    .replace(/([^\s*])\*(?=$|[\s.,;:!?)"”'])/g, '$1')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/[ \u000b\f]+/g, ' ')
    .trim();
}

/** True when the letters of the text are (almost) all capitals: "HỆ THỐNG CHỈ TIÊU". */
export function isUpperCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  return upper >= 4 && lower <= upper * 0.1;
}

/** Upper-case headings shown in sentence case: "MỘT SỐ CHỈ TIÊU TRỌNG TÂM" → "Một số chỉ tiêu trọng tâm". */
export function sentenceCase(text: string): string {
  if (!isUpperCase(text)) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
