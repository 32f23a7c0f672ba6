// The fast reader gives the core exactly the cells exceljs's full reader gave, on every kind of cell people have.

import { libreOfficeConvert } from '../support/libreoffice';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readWorkbookData } from '../../src/cli/xlsx-read';
import { openWorkbook, workbookData } from '../../src/cli/xlsx';
import { chitieu, tempDir } from '../support/cli';

async function viaExcelJs(file: string) {
  return workbookData(await openWorkbook(file));
}

describe('readWorkbookData', () => {
  const dir = tempDir('xlsx-read-');

  it('reads dates, times, formulas, rich text, links, booleans, errors and gaps as exceljs did', async () => {
    const file = join(dir, 'kinds.xlsx');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Kết quả');
    ws.addRow(['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng']);
    ws.addRow([new Date(Date.UTC(2024, 5, 11)), 'P01', 'cay-xanh', 40, 'Trồng cây <khu phố> & "hẻm"', 'x']);
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    ws.addRow([new Date(Date.UTC(2024, 5, 23, 16, 5, 10)), 'P02', 'qua', '1.000', null, null]);
    ws.getCell('A3').numFmt = 'dd/mm/yyyy hh:mm:ss';
    ws.getCell('D4').value = { formula: 'D2*2', result: 80 };
    ws.getCell('E4').value = { formula: 'CONCAT("a";"b")' } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: 'A2+1', result: new Date(Date.UTC(2024, 5, 12)) };
    ws.getCell('A4').numFmt = 'd/m/yyyy';
    ws.getCell('B4').value = { richText: [{ text: 'P0', font: { bold: true } }, { text: '3' }] };
    ws.getCell('F4').value = { text: 'ảnh', hyperlink: 'https://drive.google.com/x' };
    ws.getCell('C4').value = true;
    ws.getCell('C6').value = { error: '#N/A' };
    ws.getCell('D6').value = 0.8;
    ws.getCell('D6').numFmt = '0%';
    ws.getCell('H6').value = '  đệm  ';
    ws.getCell('B8').value = 45458;
    ws.getCell('B8').numFmt = '[$-vi-VN]dd/mm/yyyy';
    ws.getCell('C8').value = 12.5;
    ws.getCell('C8').numFmt = '#,##0.00" lượt"';
    book.addWorksheet('Trống');
    const second = book.addWorksheet('Đơn vị');
    second.getCell('C3').value = 'chỉ một ô';
    await book.xlsx.writeFile(file);
    expect(await readWorkbookData(file)).toEqual(await viaExcelJs(file));
  });

  it('reads the District 11 sample exactly as exceljs did', async () => {
    const file = join(dir, 'sample.xlsx');
    expect(chitieu('init', file, '--sample').status).toBe(0);
    const fast = await readWorkbookData(file);
    expect(fast).toEqual(await viaExcelJs(file));
    expect(fast.sheets.find((s) => s.name === 'Kết quả')!.rows.length).toBeGreaterThan(2000);
  });

  it('reads a workbook LibreOffice saved (shared strings, its own styles) as exceljs did', async () => {
    const source = join(dir, 'lo-source.xlsx');
    expect(chitieu('init', source, '--sample').status).toBe(0);
    const out = join(dir, 'lo');
    libreOfficeConvert(source, 'xlsx', out, dir);
    const file = join(out, 'lo-source.xlsx');
    expect(await readWorkbookData(file)).toEqual(await viaExcelJs(file));
  }, 60_000);

  it('reads hand-written sheet XML as exceljs does: single quotes, <v xml:space>, formatted blanks, formulas without values', async () => {
    const base = join(dir, 'hand-base.xlsx');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Kết quả');
    ws.addRow(['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng']);
    ws.addRow(['P01', 'cay-xanh']);
    await book.xlsx.writeFile(base);
    const zip = await JSZip.loadAsync(readFileSync(base));
    const path = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(path)!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const index = (text: string) =>
      [...strings.matchAll(/<si>.*?<\/si>/g)].findIndex((m) => m[0].includes(`>${text}<`));
    // Rows a writer other than Excel might produce, then 3 000 rows of formatted blank cells (a template's tail).
    const blanks = Array.from({ length: 3000 }, (_, i) => {
      const r = i + 6;
      return `<row r="${r}">${['A', 'B', 'C', 'D'].map((c) => `<c r="${c}${r}" s="0"/>`).join('')}</row>`;
    }).join('');
    const data =
      `<row r="1"><c r="A1" t='s'><v>${index('Ngày')}</v></c><c r="B1" t='s'><v>${index('Mã đơn vị')}</v></c></row>` +
      `<row r="2"><c r="A2" s="0"/><c r="B2"><v xml:space="preserve">12</v></c><c r="C2"><f>1+1</f></c><c r="D2" s="0"></c></row>` +
      `<row r="3"><c r="A3"><f>B2*2</f></c><c r="B3" s="0"/><c r="C3" s="0"/><c r="D3"><v>7</v></c></row>` +
      blanks;
    zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${data}</sheetData>`));
    const file = join(dir, 'hand.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const fast = await readWorkbookData(file);
    expect(fast).toEqual(await viaExcelJs(file));
    expect(fast.sheets[0]!.rows.slice(0, 3)).toEqual([
      ['Ngày', 'Mã đơn vị'],
      [null, 12, null],
      [null, null, null, 7],
    ]);
  });

  it('refuses a file that is not a workbook with the usual sentence', async () => {
    const file = join(dir, 'notes.xlsx');
    require('node:fs').writeFileSync(file, 'not a zip');
    await expect(readWorkbookData(file)).rejects.toThrow(/không phải là tệp Excel .xlsx/);
    await expect(readWorkbookData(join(dir, 'missing.xlsx'))).rejects.toThrow(/Không tìm thấy tệp/);
  });
});
