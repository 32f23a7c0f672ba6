// Text the add-on writes into cells: always stored as text, never read as a formula, number or date.

/**
 * Sheets reads a string given to setValues as if typed: "=…" becomes a formula, "02" a number, "11/6" a date.
 * A leading apostrophe makes it store the rest as plain text and show it without the apostrophe, so "=HYPERLINK(…)"
 * stays inert while "+84 907 019 345" or "- Trồng cây" still read the same to a person.
 */
export function textCell(text: string): string {
  return `'${text}`;
}
