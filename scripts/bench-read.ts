// Reading big workbooks: `chitieu report` on 100 000 rows and `chitieu rollup` of 100 lower workbooks × 1 000 rows,
// each printed next to its floor (merely unzipping every part of the same files to text) as a ratio.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookData } from '../src/core';
import { addSheets } from '../src/cli/xlsx';
import { openZip } from '../src/cli/zip-read';
import { syntheticWorkbook } from '../test/support/synthetic';

const LOWERS = 100;
const LOWER_ROWS = 1_000;

interface Timing {
  wall: number;
  /** CPU seconds (user + system): on a shared machine the honest figure, as wall time includes waiting for a core. */
  cpu: number;
}

/** CPU seconds used by finished child processes (Linux /proc: cutime + cstime, in clock ticks of 1/100 s). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function timed(fn: () => void): Timing {
  const start = process.hrtime.bigint();
  const cpu = childrenCpu();
  fn();
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: childrenCpu() - cpu };
}

async function writeXlsx(workbook: WorkbookData, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  addSheets(book, workbook);
  await book.xlsx.writeFile(file);
}

/** The floor: unzip every part of the files to text, nothing parsed. */
async function unzipFloor(files: string[]): Promise<Timing> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const zip = await JSZip.loadAsync(readFileSync(file));
    await Promise.all(Object.values(zip.files).map((f) => (f.dir ? null : f.async('string'))));
  }
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/** A lower floor: the same parts inflated with Node's native zlib, as chitieu's reader does (src/cli/zip-read.ts). */
function nativeFloor(files: string[]): Timing {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const zip = openZip(readFileSync(file));
    for (const name of zip.names) if (!name.endsWith('/')) zip.text(name);
  }
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

function line(what: string, run: Timing, floor: Timing, native: Timing, goal: number): string {
  const s = (x: number) => `${x.toFixed(2)} s`;
  return (
    `${what}: ${s(run.wall)} (CPU ${s(run.cpu)}); unzip floor ${s(floor.wall)} (CPU ${s(floor.cpu)}); ` +
    `${(run.wall / floor.wall).toFixed(1)}× the floor (CPU ${(run.cpu / floor.cpu).toFixed(1)}×); goal < ${goal} s; ` +
    `native inflate alone ${s(native.wall)} (CPU ${s(native.cpu)}, ${(run.cpu / native.cpu).toFixed(1)}×)`
  );
}

function cli(root: string, args: string[]): void {
  execFileSync(process.execPath, [join(root, 'dist/chitieu.js'), ...args], { maxBuffer: 64 * 1024 * 1024 });
}

/** A lower level of the synthetic city: its own units, Mã ở cấp trên DVnnn (a unit of the upper workbook). */
function lowerWorkbook(i: number): WorkbookData {
  const workbook = syntheticWorkbook({ entries: LOWER_ROWS, units: 20 }, 100 + i);
  const settings = workbook.sheets.find((s) => s.name === 'Cài đặt')!;
  settings.rows.push(['Mã ở cấp trên', `DV${String(i + 1).padStart(3, '0')}`]);
  return workbook;
}

export async function benchRead(root: string): Promise<{ report: Timing; rollup: Timing }> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-read-'));
  const big = join(dir, 'city-100k.xlsx');
  await writeXlsx(syntheticWorkbook({ entries: 100_000 }), big);
  const upper = join(dir, 'upper.xlsx');
  await writeXlsx(syntheticWorkbook({ entries: 0, units: LOWERS }), upper);
  const lowers: string[] = [];
  for (let i = 0; i < LOWERS; i++) {
    lowers.push(join(dir, `lower-${i}.xlsx`));
    await writeXlsx(lowerWorkbook(i), lowers[i]!);
  }

  const reportFloor = await unzipFloor([big]);
  const reportNative = nativeFloor([big]);
  const report = timed(() => cli(root, ['report', big, '--period', 'Đợt 4', '--out', join(dir, 'out.xlsx'), '--json']));
  const rollupFloor = await unzipFloor([upper, ...lowers]);
  const rollupNative = nativeFloor([upper, ...lowers]);
  const rollup = timed(() =>
    cli(root, ['rollup', upper, ...lowers, '--out', join(dir, 'tong-hop.xlsx'), '--period', 'Đợt 4', '--json']),
  );
  const mb = (statSync(big).size / 1e6).toFixed(1);
  console.log(line(`chitieu report, 100 000 rows (${mb} MB)`, report, reportFloor, reportNative, 2));
  console.log(
    line(`chitieu rollup, ${LOWERS} lower workbooks × ${LOWER_ROWS} rows`, rollup, rollupFloor, rollupNative, 5),
  );
  return { report, rollup };
}
