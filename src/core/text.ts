// Text folding: how keys, codes, headers and tab names are compared (trim, case, diacritics).

/** Lower-cases, strips Vietnamese diacritics (đ → d) and collapses white space, so "  Mã  Đơn vị" matches "ma don vi". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Folds and keeps only letters and digits separated by single spaces: for matching headers like "Mã đơn vị *". */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Trims and collapses inner white space without changing case or accents: how we show what a user typed. */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
