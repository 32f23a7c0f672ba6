// Text written by the add-on into cells: Sheets turns a string that starts with "=" into a formula, so neutralise it.

// "=", "+", "-", "@" (and their full-width forms), a tab or a carriage return can start a formula.
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/;

/**
 * A leading apostrophe makes Sheets store the rest as plain text and show it without the apostrophe,
 * so "+84 907 019 345" or "- Trồng cây" still read the same to a person.
 */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
