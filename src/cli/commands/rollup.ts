// `chitieu rollup UPPER LOWER…`: the lower levels' roll-up rows on a `Kết quả – tổng hợp` tab of a copy of UPPER.

import type { CommandSpec } from '../command-kit';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  analyze,
  buildReport,
  buildRollup,
  keptEntries,
  ChiTieuError,
  ENTRIES,
  entryTabSuffix,
  fold,
  pick,
  readTable,
  ROLLUP_TEXT,
  setupFailure,
  TARGETS,
  findSheet,
  utcDate,
  type Analysis,
  type Cell,
  type Lang,
  type LowerRollup,
  type RollupRow,
  type WorkbookData,
} from '../../core';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { printJson } from '../output';
import { openWorkbook } from '../xlsx';
import { NotInjectable, writeCopyWithTable, type CellValue } from '../xlsx-inject';
import { readWorkbookData } from '../xlsx-read';

// The Entries header plus `Dấu thời gian` and `Cơ sở tính` (docs/DOMAIN.md "Roll-up to the upper level").
const ROLLUP_HEADER = ['date', 'unit', 'target', 'quantity', 'activity', 'evidence', 'timestamp', 'base'].map(
  (id) => ENTRIES.columns.find((c) => c.id === id)!.header,
);
/** The roll-up tab's column widths, in characters. */
const ROLLUP_WIDTHS = [12, 12, 18, 10, 40, 24, 20, 10];

/** "thanh-pho.xlsx" → "thanh-pho.tong-hop.xlsx", next to the input. */
export function defaultRollupPath(upper: string): string {
  return join(dirname(upper), `${basename(upper, extname(upper))}.tong-hop.xlsx`);
}

interface Lower {
  file: string;
  analysis: Analysis;
  rollup: LowerRollup;
}

/** "23/06/2024 16:05:10" on the lower sheet's wall clock (a Moment), as Google Forms writes a timestamp. */
function timestampText(moment: number): string {
  const d = new Date(moment);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function rowCells(row: RollupRow): Cell[] {
  return [
    utcDate(row.day),
    row.unit,
    row.key,
    row.quantity,
    row.activity,
    row.evidence,
    row.recordedAt === null ? null : timestampText(row.recordedAt),
    row.base,
  ];
}

function refuse(text: { vi: string; en: string }): never {
  throw new ChiTieuError('rollup-refused', text);
}

async function readLower(file: string, upper: Analysis, cuts: number[], upperFile: string): Promise<Lower> {
  const analysis = analyze(await readWorkbookData(file));
  const failure = setupFailure(analysis);
  if (failure) refuse(ROLLUP_TEXT.lowerUnsound(file, failure.vi));
  const code = analysis.campaign.upperCode;
  if (!code) refuse(ROLLUP_TEXT.noUpperCode(file));
  const unit = upper.campaign.units.find((u) => u.id === fold(code));
  if (!unit) refuse(ROLLUP_TEXT.unknownUpperCode(file, code, upperFile));
  const upperKeys = new Map(upper.campaign.targets.map((t) => [t.id, t.key]));
  // A closed lower period sends its kept figures (docs/DOMAIN.md), as the add-on's Gửi cấp trên does.
  const sent = { ...analysis, entries: keptEntries(analysis) };
  const rollup = buildRollup(sent, { code: unit.code, source: basename(file), cuts, upperKeys });
  return { file, analysis, rollup };
}

export async function rollupCommand(
  upperFile: string,
  lowerFiles: string[],
  options: { out?: string; period?: string; force?: boolean; json?: boolean; lang: Lang },
): Promise<number> {
  const out = options.out ?? defaultRollupPath(upperFile);
  if (resolve(out) === resolve(upperFile)) refuse(ROLLUP_TEXT.sameFile());
  checkOutputPath(out, { force: options.force });
  // The upper workbook is read with the fast reader; the copy is written at the zip level (src/cli/xlsx-inject.ts),
  // every part but the roll-up tab, the Targets tab when bases are written, the workbook's lists and styles copied
  // as they are stored. exceljs rewrites the whole workbook only when the zip-level copy does not know its layout.
  const read = await readWorkbookData(upperFile);
  // The previous run's roll-up tab is replaced, never counted.
  const data: WorkbookData = { sheets: read.sheets.filter((s) => s.name !== ROLLUP_TEXT.tab) };
  const upper = analyze(data);
  const failure = setupFailure(upper);
  if (failure) throw new ChiTieuError('bad-workbook', failure);
  const cuts = upper.campaign.periods.map((p) => p.to);

  // Every lower workbook is read and checked before anything is written.
  const lowers: Lower[] = [];
  for (const file of lowerFiles) {
    const lower = await readLower(file, upper, cuts, upperFile);
    const twin = lowers.find((l) => l.rollup.code === lower.rollup.code);
    if (twin && resolve(twin.file) === resolve(file)) refuse(ROLLUP_TEXT.fileTwice(file));
    if (twin) refuse(ROLLUP_TEXT.givenTwice(file, lower.rollup.code, twin.file));
    lowers.push(lower);
  }
  const codes = new Set(lowers.map((l) => fold(l.rollup.code)));
  const imported = data.sheets.map((s) => s.name).filter((name) => codes.has(entryTabSuffix(name) ?? ''));
  if (imported.length) refuse(ROLLUP_TEXT.alreadyImported(upperFile, imported));

  const rows = lowers.flatMap((l) => l.rollup.rows.map(rowCells));
  const rollupSheet: WorkbookData['sheets'][number] = { name: ROLLUP_TEXT.tab, rows: [ROLLUP_HEADER, ...rows] };
  data.sheets.push(rollupSheet);
  // A percent target without a base of its own takes the summed base its lower levels carried: written in the copy.
  const withRows = analyze(data);
  const bases = new Map<number, number>();
  withRows.campaign.targets.forEach((t) => {
    if (t.kind === 'percent' && t.base === null && t.carriedBase !== null) bases.set(t.row, t.carriedBase);
  });
  const baseCells = writeBases(data, bases);
  await writeOutputFile(out, async (temp) => {
    try {
      writeCopyWithTable(upperFile, temp, ROLLUP_TEXT.tab, rollupSheet.rows, ROLLUP_WIDTHS, baseCells);
    } catch (error) {
      if (!(error instanceof NotInjectable)) throw error;
      await writeWithExcelJs(upperFile, temp, rollupSheet.rows, baseCells);
    }
  });

  const lowerJson = lowers.map((l) => ({
    file: l.file,
    code: l.rollup.code,
    rows: l.rollup.rows.length,
    notInUpper: l.rollup.notInUpper,
    errors: l.analysis.errors,
    warnings: l.analysis.warnings,
  }));
  if (options.period) {
    const after = analyze(data);
    const { problems, ...report } = buildReport(after, options.period);
    void problems;
    if (options.json) printJson({ ...report, output: out, tab: ROLLUP_TEXT.tab, lower: lowerJson });
    else printSummary(lowerJson, out, options.lang);
    return 0;
  }
  if (options.json) printJson({ output: out, tab: ROLLUP_TEXT.tab, lower: lowerJson });
  else printSummary(lowerJson, out, options.lang);
  return 0;
}

function printSummary(
  lowers: { file: string; code: string; rows: number; notInUpper: string[]; errors: number; warnings: number }[],
  out: string,
  lang: Lang,
): void {
  for (const l of lowers) {
    console.log(pick(ROLLUP_TEXT.summaryLine(l.file, l.code, l.rows, l.notInUpper, l.errors, l.warnings), lang));
  }
  console.log(pick(ROLLUP_TEXT.wrote(out, ROLLUP_TEXT.tab), lang));
}

/**
 * Writes summed bases into `data`'s Targets tab (its `Cơ sở tính` column, added after the header if missing) and
 * returns the cells to set in the copy's Targets tab.
 */
function writeBases(data: WorkbookData, bases: Map<number, number>): { sheet: string; values: CellValue[] } | null {
  if (bases.size === 0) return null;
  const found = findSheet(data, TARGETS)!;
  const table = readTable(found, TARGETS);
  const values: CellValue[] = [];
  let column = table.columns.base;
  if (column === undefined) {
    column = Math.max(...(found.rows[table.headerIndex] ?? []).map((_, i) => i), -1) + 1;
    values.push({ row: table.headerIndex + 1, column: column + 1, value: 'Cơ sở tính' });
    table.columns.base = column;
  }
  for (const [row, base] of bases) {
    values.push({ row, column: column + 1, value: base });
    const cells = found.rows[row - 1]!;
    while (cells.length <= column) cells.push(null);
    cells[column] = base;
  }
  return { sheet: found.name, values };
}

/** The copy through exceljs, for a workbook whose layout the zip-level copy does not know. */
async function writeWithExcelJs(
  upperFile: string,
  temp: string,
  rows: Cell[][],
  baseCells: { sheet: string; values: CellValue[] } | null,
): Promise<void> {
  const workbook = await openWorkbook(upperFile);
  const previous = workbook.worksheets.find((w) => w.name === ROLLUP_TEXT.tab);
  if (previous) workbook.removeWorksheet(previous.id);
  if (baseCells) {
    const targets = workbook.worksheets.find((w) => w.name === baseCells.sheet)!;
    for (const { row, column, value } of baseCells.values) targets.getCell(row, column).value = value;
  }
  const sheet = workbook.addWorksheet(ROLLUP_TEXT.tab, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map((c) => (c === undefined ? null : c)));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  await workbook.xlsx.writeFile(temp);
}

/** `chitieu rollup` as commander reads it. */
export const rollupSpec: CommandSpec<[string, string[]], { out?: string; period?: string; force?: boolean }> = {
  name: 'rollup',
  about: 'rollupAbout',
  args: [
    ['<upper>', 'upperFile'],
    ['<lower...>', 'lowerFiles'],
  ],
  options: [
    ['--out <file>', 'rollupOut'],
    ['--period <name>', 'rollupPeriod'],
    ['--force', 'rollupForce'],
  ],
  run: ([upper, lower], options) => rollupCommand(upper, lower, options),
};
