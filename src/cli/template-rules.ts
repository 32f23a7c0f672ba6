// Data rules of a new workbook (exceljs): dropdowns of unit codes and target keys, date and number checks, formats.

import type ExcelJS from 'exceljs';
import {
  ALLOCATION,
  ENTRIES,
  fold,
  KIND_WORDS,
  PERIODS,
  TARGETS,
  TEMPLATE_RULE_TEXT as TEXT,
  UNITS,
  type TabDef,
} from '../core';

/**
 * Last row each tab's rules cover. exceljs expands every rule into one record per cell when it reads a file back
 * (and `chitieu` reads with exceljs), so the rules stop at a size a campaign fills rather than at Excel's last row;
 * inserting rows inside the range extends them.
 */
export const RULE_ROWS: Record<string, number> = { entries: 5_000, targets: 500, periods: 200, allocation: 5_000 };
/** The lists read the key column of Units and Targets down to these rows. */
const LIST_ROWS = { units: 2_000, targets: 500 };

type Rule =
  | { kind: 'date' }
  | { kind: 'number'; min: 0 | 'positive' }
  | { kind: 'list'; of: TabDef; rows: number }
  | { kind: 'words'; words: string[] };

/** Per tab, the rule of each column (by contract id). Add a line here to check another column. */
const RULES: [TabDef, Record<string, Rule>][] = [
  [
    ENTRIES,
    {
      date: { kind: 'date' },
      unit: { kind: 'list', of: UNITS, rows: LIST_ROWS.units },
      target: { kind: 'list', of: TARGETS, rows: LIST_ROWS.targets },
      quantity: { kind: 'number', min: 0 },
    },
  ],
  [
    TARGETS,
    {
      target: { kind: 'number', min: 'positive' },
      kind: { kind: 'words', words: [KIND_WORDS.count[0], KIND_WORDS.percent[0]] },
      base: { kind: 'number', min: 'positive' },
    },
  ],
  [PERIODS, { from: { kind: 'date' }, to: { kind: 'date' }, deadline: { kind: 'date' } }],
  [
    ALLOCATION,
    {
      unit: { kind: 'list', of: UNITS, rows: LIST_ROWS.units },
      target: { kind: 'list', of: TARGETS, rows: LIST_ROWS.targets },
      allocated: { kind: 'number', min: 'positive' },
    },
  ],
];

const DATE_FORMAT = 'dd/mm/yyyy';
// No campaign date comes before 01/01/2000 (exceljs writes a Date here as Excel's serial day).
const YEAR_2000 = new Date(Date.UTC(2000, 0, 1));

/** Column letter (A, B, …, AA) of a 1-based column number. */
function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The 1-based column of a contract column in the sheet's header row (row 1), or 0 when it is not there. */
function columnOf(sheet: ExcelJS.Worksheet, def: TabDef, id: string): number {
  const column = def.columns.find((c) => c.id === id);
  if (!column) return 0;
  const names = new Set([column.header, column.english].map(fold));
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (!found && names.has(fold(String(cell.value ?? '')))) found = n;
  });
  return found;
}

/** exceljs keeps a sheet's rules in `dataValidations` (ranges as keys) but its typings do not declare it. */
function rulesOf(sheet: ExcelJS.Worksheet): { add(range: string, rule: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Adds the rules to the template tabs present in the workbook. Every rule warns and lets the value through
 * (errorStyle "warning"): the core also accepts typed forms Excel does not ("5.000 lượt", "ngày 11 tháng 6 năm
 * 2025") and names the fix itself. Header rows stay frozen (set when the tabs are written).
 */
export function addTemplateRules(workbook: ExcelJS.Workbook, year = new Date().getFullYear()): void {
  for (const [def, rules] of RULES) {
    const sheet = workbook.getWorksheet(def.name);
    if (!sheet) continue;
    for (const [id, rule] of Object.entries(rules)) {
      const column = columnOf(sheet, def, id);
      if (!column) continue;
      const range = `${letter(column)}2:${letter(column)}${RULE_ROWS[def.id] ?? 1_000}`;
      const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning', errorTitle: TEXT.title };
      if (rule.kind === 'date') {
        sheet.getColumn(column).numFmt = DATE_FORMAT;
        rulesOf(sheet).add(range, {
          ...common,
          type: 'date',
          operator: 'greaterThan',
          formulae: [YEAR_2000],
          error: TEXT.date(year),
        } as ExcelJS.DataValidation);
      } else if (rule.kind === 'number') {
        rulesOf(sheet).add(range, {
          ...common,
          type: 'decimal',
          operator: rule.min === 0 ? 'greaterThanOrEqual' : 'greaterThan',
          formulae: [0],
          error: rule.min === 0 ? TEXT.number : TEXT.positive,
        } as ExcelJS.DataValidation);
      } else if (rule.kind === 'list') {
        const source = workbook.getWorksheet(rule.of.name);
        const key = source ? columnOf(source, rule.of, rule.of.columns[0]!.id) : 0;
        if (!source || !key) continue;
        const col = letter(key);
        rulesOf(sheet).add(range, {
          ...common,
          type: 'list',
          formulae: [`${quoted(source.name)}!$${col}$2:$${col}$${rule.rows}`],
          error: rule.of === UNITS ? TEXT.unit : TEXT.target,
        } as ExcelJS.DataValidation);
      } else {
        rulesOf(sheet).add(range, {
          ...common,
          type: 'list',
          formulae: [`"${rule.words.join(',')}"`],
          error: TEXT.kind,
        } as ExcelJS.DataValidation);
      }
    }
  }
}
