// Fuzzing the real `chitieu` command: any workbook gives an answer or a clear message, and the input never changes.

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { join } from 'node:path';
import { addSheets } from '../../src/cli/xlsx';
import { chitieu, sha256, tempDir } from '../support/cli';
import { entryRow, fuzzWorkbook } from './arbitraries';

const dir = tempDir('chitieu-fuzz-');
let n = 0;

export const cliProperty = fc.asyncProperty(fc.array(entryRow, { minLength: 1, maxLength: 5 }), async (rows) => {
  const file = join(dir, `fuzz-${n++}.xlsx`);
  const book = new ExcelJS.Workbook();
  // xlsx cannot hold NaN, ±Infinity or invalid dates: what a file can carry is what the CLI can meet.
  const storable = rows.map((r) =>
    r.map((c) =>
      (typeof c === 'number' && !Number.isFinite(c)) || (c instanceof Date && isNaN(c.getTime())) ? String(c) : c,
    ),
  );
  addSheets(book, fuzzWorkbook(storable));
  await book.xlsx.writeFile(file);
  const before = sha256(file);
  for (const args of [
    ['validate', file, '--json'],
    ['report', file, '--period', 'Đợt 1', '--json', '--out', `${file}.out.xlsx`],
    ['attainment', file, 'cay'],
  ]) {
    const run = chitieu(...args);
    if (![0, 1].includes(run.status)) throw new Error(`chitieu ${args[0]} exited ${run.status}: ${run.stderr}`);
    if (/\n\s+at /.test(run.stderr)) throw new Error(`stack trace from chitieu ${args[0]}`);
    if (args.includes('--json')) JSON.parse(run.stdout);
  }
  if (sha256(file) !== before) throw new Error('the input workbook changed');
});
