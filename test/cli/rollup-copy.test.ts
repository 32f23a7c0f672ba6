// The roll-up copy at the zip level: every part of UPPER but the ones it changes copied byte for byte, the copy opens
// in LibreOffice with the roll-up rows and the summed base, a second run replaces the tab (never counts it twice) and
// never overwrites without --force, and a layout the zip copy does not know still gets the same copy through exceljs.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotInjectable, withCells } from '../../src/cli/xlsx-inject';
import { chitieu, json, tempDir } from '../support/cli';
import { libreOfficeConvert } from '../support/libreoffice';
import { LEAVES, PARENT, writeCity, writeLeaf } from '../support/rollup-tree';
import { readTab } from '../support/workbooks';

const TAB = 'Kết quả – tổng hợp';

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

/** The roll-up tab's rows as sorted text, to compare two copies. */
async function rollupRows(file: string): Promise<string[]> {
  return (await readTab(file, TAB)).map((r) => JSON.stringify(r)).sort();
}

describe('chitieu rollup writes its copy at the zip level', () => {
  const dir = tempDir('rollup-copy-');
  let city = '';
  const lowers: string[] = [];
  const out = join(dir, 'city.tong-hop.xlsx');

  beforeAll(async () => {
    // The city's direct lower levels (the wards go to Q11, which is left out here).
    for (const [i, leaf] of LEAVES.entries()) {
      if (PARENT[leaf.code]) continue;
      lowers.push((await writeLeaf(dir, leaf, 200 + i)).file);
    }
    city = await writeCity(dir);
    const run = chitieu('rollup', city, ...lowers, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('copies every part it does not change byte for byte', async () => {
    const before = await parts(city);
    const after = await parts(out);
    const changed = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    const targetsPart = 'xl/worksheets/sheet1.xml'; // Chỉ tiêu, the first tab: its summed base is written
    for (const [name, bytes] of before) {
      if (changed.includes(name) || name === targetsPart) continue;
      expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect(after.size).toBe(before.size + 1);
  });

  it('opens in LibreOffice with the roll-up rows and the summed base', async () => {
    const csv = join(dir, 'csv');
    mkdirSync(csv, { recursive: true });
    // Comma, double quote, UTF-8, from line 1, …, formatted as shown, every sheet (-1).
    libreOfficeConvert(out, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', csv, dir);
    const files = readdirSync(csv);
    const rollupCsv = files.find((f) => f.includes('tổng hợp') || f.includes('tong hop'));
    expect(rollupCsv).toBeDefined();
    const lines = readFileSync(join(csv, rollupCsv!), 'utf8').trim().split('\n');
    const expected = await readTab(out, TAB);
    expect(lines).toHaveLength(expected.length);
    expect(lines[0]).toBe('Ngày,Mã đơn vị,Mã chỉ tiêu,Số lượng,Nội dung hoạt động,Minh chứng,Dấu thời gian,Cơ sở tính');
    // Dates shown dd/mm/yyyy, codes, keys and quantities as chitieu wrote them.
    const first = expected[1]!;
    const day = (first[0] as Date).toISOString().slice(0, 10).split('-').reverse().join('/');
    expect(lines[1]!.startsWith(`${day},${first[1]},${first[2]},`)).toBe(true);
    const targetsCsv = files.find((f) => f.includes('Chỉ tiêu'));
    const tk = readFileSync(join(csv, targetsCsv!), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('tk-dt,'));
    // Q1 200 + Q3 4 + PTD 40 (Q11 is not rolled up here).
    expect(tk!.split(',')).toContain('244');
  });

  it('refuses to overwrite its own output, and on that output as UPPER replaces the tab instead of adding one', async () => {
    const again = chitieu('rollup', city, ...lowers, '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    const second = join(dir, 'second.xlsx');
    const run = chitieu('rollup', out, ...lowers, '--out', second, '--json');
    expect(run.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(second);
    expect(book.worksheets.filter((w) => w.name === TAB)).toHaveLength(1);
    expect(await rollupRows(second)).toEqual(await rollupRows(out));
    expect((await readTab(second, 'Chỉ tiêu')).find((r) => r[0] === 'tk-dt')![5]).toBe(244);
  });

  it('falls back to exceljs for a layout the zip copy does not know (a print area on the replaced tab)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    book.getWorksheet(TAB)!.pageSetup.printArea = 'A1:D20';
    const odd = join(dir, 'print-area.xlsx');
    await book.xlsx.writeFile(odd);
    const viaExcelJs = join(dir, 'via-exceljs.xlsx');
    const run = chitieu('rollup', odd, ...lowers, '--out', viaExcelJs, '--period', 'Đợt 3', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json(run).errors).toBe(0);
    expect(await rollupRows(viaExcelJs)).toEqual(await rollupRows(out));
    // exceljs wrote it: its text goes to shared strings, where the zip-level copy writes inline strings.
    const written = [...(await parts(viaExcelJs)).entries()].filter(([name]) => name.startsWith('xl/worksheets/sheet'));
    expect(written.some(([, bytes]) => bytes.toString().includes('t="inlineStr"'))).toBe(false);
    const zipLevel = [...(await parts(out)).entries()].filter(([name]) => name.startsWith('xl/worksheets/sheet'));
    expect(zipLevel.some(([, bytes]) => bytes.toString().includes('t="inlineStr"'))).toBe(true);
  });
});

describe('withCells (setting cells in a sheet XML)', () => {
  const sheet = (rows: string) =>
    `<worksheet><dimension ref="A1:B3"/><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

  it('replaces a cell keeping its style, inserts cells and rows in order, and widens the dimension', () => {
    const xml = sheet(
      '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="C1" s="4"><v>1</v></c></row>' +
        '<row r="3"/>',
    );
    const out = withCells(xml, [
      { row: 1, column: 2, value: 'Cơ sở tính' },
      { row: 1, column: 3, value: 7 },
      { row: 2, column: 4, value: 424 },
      { row: 3, column: 1, value: 5 },
    ]);
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><t xml:space="preserve">Cơ sở tính</t></is></c><c r="C1" s="4"><v>7</v></c></row>' +
          '<row r="2"><c r="D2"><v>424</v></c></row><row r="3"><c r="A3"><v>5</v></c></row>',
      ).replace('A1:B3', 'A1:D3'),
    );
  });

  it('leaves formulas and cells without a reference to the exceljs fallback', () => {
    expect(() =>
      withCells(sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>'), [{ row: 1, column: 1, value: 3 }]),
    ).toThrow(NotInjectable);
    expect(() => withCells(sheet('<row r="1"><c><v>2</v></c></row>'), [{ row: 1, column: 1, value: 3 }])).toThrow(
      NotInjectable,
    );
  });
});
