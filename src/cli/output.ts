// Human and machine output of the command line: tables via cli-table3, JSON on stdout.

import Table from 'cli-table3';
import { formatNumberVi, formatPercentVi, problemMessage, type Lang, type Problem } from '../core';
import { CLI, LABEL, type WordOf } from '../messages';

/** A table's column headings, in the user's language. */
export function headings(lang: Lang, keys: WordOf<typeof CLI>[]): string[] {
  return keys.map((key) => CLI.say(lang, key));
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function table(head: string[], rows: (string | number)[][], colWidths?: number[]): string {
  const out = new Table({ head, style: { head: [], border: [] }, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
  for (const row of rows) {
    const cells = row.map((c) => (typeof c === 'number' ? formatNumber(c) : c));
    out.push(colWidths ? cells.map((c, i) => breakLongWords(c, (colWidths[i] ?? 0) - 2)) : cells);
  }
  return out.toString();
}

/**
 * cli-table3 wraps at spaces but cuts a longer word with "…", so two keys sharing a beginning
 * ("trong-moi-cay-xanh-p1", "trong-moi-cay-xanh-p2") would print the same: break such words over lines instead.
 */
export function breakLongWords(text: string, width: number): string {
  if (width < 1) return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => {
          const chars = [...word];
          if (chars.length <= width) return word;
          const pieces: string[] = [];
          for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(''));
          return pieces.join('\n');
        })
        .join(' '),
    )
    .join('\n');
}

/** "2023-07-01" (the JSON form) → "01/07/2023" for people. */
export function viDateOf(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatNumber(value: number): string {
  return formatNumberVi(value, 2);
}

export function formatPercent(value: number): string {
  return formatPercentVi(value, 1);
}

/** The problems as docs/DOMAIN.md's JSON: message in the chosen language. */
export function problemsJson(problems: Problem[], lang: Lang) {
  return problems.map((p) => ({
    tab: p.tab,
    row: p.row,
    column: p.column,
    code: p.code,
    severity: p.severity,
    message: problemMessage(p, lang),
  }));
}

export function problemsTable(problems: Problem[], lang: Lang): string {
  return table(
    headings(lang, ['tab', 'row', 'column', 'code', 'severity', 'message']),
    problems.map((p) => [
      p.tab,
      p.row ? String(p.row) : '',
      p.column,
      p.code,
      LABEL.say(lang, p.severity),
      problemMessage(p, lang),
    ]),
    [12, 7, 14, 18, 10, 60],
  );
}
