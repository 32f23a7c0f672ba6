// Human and machine output of the command line: tables via cli-table3, JSON on stdout.

import Table from 'cli-table3';
import { formatNumberVi, formatPercentVi, problemMessage, type Lang, type Problem } from '../core';
import { CLI, LABEL } from '../messages';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function table(head: string[], rows: (string | number)[][], colWidths?: number[]): string {
  const out = new Table({ head, style: { head: [], border: [] }, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
  for (const row of rows) out.push(row.map((c) => (typeof c === 'number' ? formatNumber(c) : c)));
  return out.toString();
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
    [
      CLI.say(lang, 'tab'),
      CLI.say(lang, 'row'),
      CLI.say(lang, 'column'),
      CLI.say(lang, 'code'),
      CLI.say(lang, 'severity'),
      CLI.say(lang, 'message'),
    ],
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
