// `chitieu init`: a template worth starting from (Settings keys, dropdowns, date and number rules, frozen headers);
// a formula saved without its value gets its own message; `validate` exits 2 on a missing tab.

import { libreOfficeConvert } from '../support/libreoffice';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SETTING_KEYS } from '../../src/core';
import { chitieu, json, tempDir } from '../support/cli';
import { d, readTab, writeXlsx } from '../support/workbooks';

const dir = tempDir('chitieu-init-');
const file = join(dir, 'chien-dich.xlsx');

/** The data rules of a tab, straight from the file's XML (what Excel, LibreOffice and Sheets read). */
async function rulesOf(path: string, tab: string): Promise<{ sqref: string; type: string; formula: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${tab}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
  return [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => ({
    sqref: /sqref="([^"]+)"/.exec(m[1]!)![1]!,
    type: /type="([^"]+)"/.exec(m[1]!)![1]!,
    formula: m[2]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"'),
  }));
}

beforeAll(() => {
  expect(chitieu('init', file).status).toBe(0);
});

describe('chitieu init FILE', () => {
  it('lists every Settings key to fill, with an empty value and a hint, the report header keys included', async () => {
    const rows = await readTab(file, 'Cài đặt');
    expect(rows[0]).toEqual(['Khóa', 'Giá trị', 'Ghi chú']);
    const keys = rows.slice(1).map((r) => r[0]);
    expect(keys).toEqual(Object.values(SETTING_KEYS).map((names) => names[0]));
    for (const key of ['Tên chiến dịch', 'Từ ngày', 'Đến ngày', 'Cơ quan cấp trên', 'Cơ quan ban hành', 'Số ký hiệu'])
      expect(keys).toContain(key);
    for (const key of ['Địa danh', 'Người ký', 'Chức vụ', 'Thay mặt', 'Nơi nhận']) expect(keys).toContain(key);
    for (const row of rows.slice(1)) {
      expect(row[1] ?? null).toBeNull();
      expect(String(row[2])).not.toBe('');
    }
  });

  it('gives the Entries tab dropdowns of unit codes and target keys, a date rule and a number rule', async () => {
    const rules = await rulesOf(file, 'Kết quả');
    expect(rules).toEqual([
      { sqref: 'A2:A5000', type: 'date', formula: '36526' },
      { sqref: 'B2:B5000', type: 'list', formula: "'Đơn vị'!$A$2:$A$2000" },
      { sqref: 'C2:C5000', type: 'list', formula: "'Chỉ tiêu'!$A$2:$A$500" },
      { sqref: 'D2:D5000', type: 'decimal', formula: '0' },
    ]);
    expect(await rulesOf(file, 'Chỉ tiêu')).toContainEqual({
      sqref: 'E2:E500',
      type: 'list',
      formula: '"số lượng,tỷ lệ"',
    });
    expect((await rulesOf(file, 'Đợt báo cáo')).map((r) => r.type)).toEqual(['date', 'date', 'date']);
  });

  it('freezes every header row and formats date columns dd/mm/yyyy', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const sheet of workbook.worksheets)
      expect([sheet.name, sheet.views[0]]).toMatchObject([sheet.name, { state: 'frozen', ySplit: 1 }]);
    expect(workbook.getWorksheet('Kết quả')!.getColumn(1).numFmt).toBe('dd/mm/yyyy');
  });

  it('validates clean, and once filled in (rules kept) gives figures', async () => {
    expect(json(chitieu('validate', file, '--json'))).toMatchObject({ errors: 0, warnings: 0, problems: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('Chỉ tiêu')!.addRow(['cay-xanh', 'Trồng mới cây xanh', 'cây', 300, 'số lượng']);
    workbook.getWorksheet('Đơn vị')!.addRow(['KP1', 'Chi đoàn khu phố 1']);
    workbook.getWorksheet('Đợt báo cáo')!.addRow(['Đợt 1', d(1, 6, 2025), d(30, 6, 2025), d(5, 7, 2025)]);
    workbook.getWorksheet('Kết quả')!.addRow([d(3, 6, 2025), 'KP1', 'cay-xanh', 30, 'Trồng cây', 'https://x.y/z']);
    const settings = workbook.getWorksheet('Cài đặt')!;
    settings.getCell('B2').value = 'Mùa hè xanh 2025';
    const filled = join(dir, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);
    expect(chitieu('attainment', filled, 'cay-xanh').stdout).toBe('10%\n');
    // exceljs re-cuts the ranges when it saves again; every kind of rule is still there.
    expect(new Set((await rulesOf(filled, 'Kết quả')).map((r) => r.type))).toEqual(
      new Set(['date', 'list', 'decimal']),
    );
  });

  it('is a workbook LibreOffice opens and keeps the rules of when it saves it again', async () => {
    const out = join(dir, 'lo');
    libreOfficeConvert(file, 'xlsx', out, dir);
    const rules = await rulesOf(join(out, 'chien-dich.xlsx'), 'Kết quả');
    expect(rules.map((r) => r.type).sort()).toEqual(['date', 'decimal', 'list', 'list']);
    expect(rules.find((r) => r.sqref.startsWith('B2'))!.formula).toMatch(/Đơn vị.*\$A\$2:\$A\$2000/);
  });
});

describe('a formula saved without its value', () => {
  it('gets its own message, not "missing value"; a formula with a value counts', async () => {
    const path = join(dir, 'cong-thuc.xlsx');
    const workbook = new ExcelJS.Workbook();
    const add = (name: string, rows: unknown[][]) => {
      const sheet = workbook.addWorksheet(name);
      for (const row of rows) sheet.addRow(row);
      return sheet;
    };
    add('Chỉ tiêu', [
      ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'],
      ['qua', 'Trao quà', 'phần quà', 50, 'số lượng'],
    ]);
    add('Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị'],
      ['KP1', 'Chi đoàn khu phố 1'],
    ]);
    add('Đợt báo cáo', [
      ['Tên đợt', 'Từ ngày', 'Đến ngày'],
      ['Đợt 1', d(1, 6, 2025), d(30, 6, 2025)],
    ]);
    const entries = add('Kết quả', [
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng'],
      [d(3, 6, 2025), 'KP1', 'qua', null, 'Trao quà đợt 1', 'https://x.y/1'],
      [d(4, 6, 2025), 'KP1', 'qua', null, 'Trao quà đợt 2', 'https://x.y/2'],
      [d(5, 6, 2025), 'KP1', 'qua', null, 'Chưa nhập', 'https://x.y/3'],
    ]);
    entries.getCell('D2').value = { formula: 'SUM(2,3)' } as ExcelJS.CellFormulaValue;
    entries.getCell('D3').value = { formula: 'SUM(4,3)', result: 7 } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(path);
    const out = json(chitieu('validate', path, '--json'));
    expect(out.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([
      [2, 'Số lượng', 'formula-no-value'],
      [4, 'Số lượng', 'missing-value'],
    ]);
    expect(out.problems[0].message).toMatch(
      /chứa công thức chưa có giá trị.*mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets/,
    );
    expect(out.validEntries).toBe(1);
    const en = json(chitieu('validate', path, '--json', '--lang', 'en'));
    expect(en.problems[0].message).toMatch(/formula with no value yet/);
  });
});

describe('chitieu validate on a workbook without a required tab', () => {
  it('still lists the problems, and exits 2 as the README says', async () => {
    const path = join(dir, 'thieu-tab.xlsx');
    await writeXlsx(path, {
      'Chỉ tiêu': [
        ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'],
        ['qua', 'Trao quà', 'phần quà', 50, 'số lượng'],
      ],
      'Đơn vị': [
        ['Mã đơn vị', 'Tên đơn vị'],
        ['KP1', 'Chi đoàn khu phố 1'],
      ],
    });
    const run = chitieu('validate', path, '--json');
    expect(run.status).toBe(2);
    expect(json(run).problems.map((p: any) => p.code)).toContain('missing-tab');
    const human = chitieu('validate', path);
    expect(human.status).toBe(2);
    expect(human.stdout).toContain('Kết quả');
  });
});
