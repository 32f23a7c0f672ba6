// `chitieu import-plan` on PDF plans: text PDFs made by LibreOffice (a plan and a table), a scan without text, a file that is no PDF; and --into giving a new key where the Targets tab holds it for another target.

import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPlanCommand, readPlan } from '../../src/cli/commands/import-plan';
import { layoutPdfText, type PdfItem } from '../../src/cli/pdf-text';

const KINDS = path.join(__dirname, '../core/plan/kinds');

async function run(
  file: string,
  options: { json?: boolean; into?: string } = {},
): Promise<{ code: number; out: string }> {
  let out = '';
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out += args.join(' ') + '\n';
  });
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await importPlanCommand(file, { lang: 'vi', ...options }), out };
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
}

describe('import-plan on PDF plans', () => {
  it('reads a table PDF as tab-separated rows, each wrapped cell back in its row', async () => {
    const text = await readPlan(path.join(KINDS, 'pdf', 'pdf-bang-chi-tieu-xa.pdf'));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'STT\tNội dung\tĐVT\tSố lượng',
        '1\tNâng cấp đường giao thông nông thôn\tkm\t1,2',
        '3\tPhát quang bụi rậm, vệ sinh kênh rạch\tm\t3.500',
      ]),
    );
  });

  it('proposes the targets of a text PDF plan with --json', async () => {
    const { code, out } = await run(path.join(KINDS, 'pdf', 'pdf-ke-hoach-quan-7.pdf'), { json: true });
    expect(code).toBe(0);
    const targets = (JSON.parse(out) as { targets: Array<{ target: number; unit: string; label: string }> }).targets;
    expect(targets.map((t) => [t.target, t.unit])).toEqual([
      [4, 'ngày hội'],
      [80, 'phòng'],
      [150, 'phần quà'],
      [350, 'đơn vị máu'],
      [100, '%'],
      [1, 'phần việc'],
    ]);
    expect(targets[2]!.label).toBe('Trao tặng phần quà cho công nhân có hoàn cảnh khó khăn');
  });

  it('says a scan has no text, naming the fix, in Vietnamese and English', async () => {
    await expect(readPlan(path.join(__dirname, 'scanned', 'ke-hoach-scan.pdf'))).rejects.toMatchObject({
      code: 'scanned-pdf',
      text: {
        vi: expect.stringContaining('không có chữ đọc được: có lẽ đó là bản scan'),
        en: expect.stringContaining('has no readable text'),
      },
    });
  });

  it('refuses a file named .pdf that is no PDF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chitieu-pdf-'));
    const fake = path.join(dir, 'ke-hoach.pdf');
    writeFileSync(fake, 'KẾ HOẠCH — không phải PDF');
    await expect(readPlan(fake)).rejects.toMatchObject({ code: 'unreadable-plan' });
  });
});

describe('layoutPdfText', () => {
  const item = (str: string, x: number, y: number, width = str.length * 6): PdfItem => ({
    page: 1,
    str,
    x,
    y,
    width,
    size: 12,
  });

  it('makes table columns tabs and joins a label wrapped above and below its row', () => {
    const items = [
      item('STT', 50, 700),
      item('Nội dung', 90, 700),
      item('ĐVT', 330, 700),
      item('Số lượng', 380, 700),
      item('Trồng mới cây xanh tại các tuyến', 90, 686),
      item('1', 50, 672),
      item('cây', 330, 672),
      item('500', 380, 672),
      item('đường', 90, 658),
      item('2', 50, 644),
      item('Tặng quà', 90, 644),
      item('phần quà', 330, 644),
      item('50', 380, 644),
    ];
    expect(layoutPdfText(items).split('\n')).toEqual([
      'STT\tNội dung\tĐVT\tSố lượng',
      '1\tTrồng mới cây xanh tại các tuyến đường\tcây\t500',
      '2\tTặng quà\tphần quà\t50',
    ]);
  });

  it('keeps prose lines as they are, a taller gap as an empty line', () => {
    const items = [
      item('I. CHỈ TIÊU', 50, 700),
      item('1. Trồng mới 500 cây xanh.', 50, 686),
      item('Nơi nhận:', 50, 640),
    ];
    expect(layoutPdfText(items)).toBe('I. CHỈ TIÊU\n1. Trồng mới 500 cây xanh.\n\nNơi nhận:');
  });
});

describe('import-plan --into', () => {
  it('gives "-2" to a target whose key the Targets tab holds for another target, and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chitieu-into-'));
    const into = path.join(dir, 'chien-dich.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chỉ tiêu');
    sheet.addRow(['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại']);
    sheet.addRow(['tang-phan-qua', 'Tặng phần quà cho thiếu nhi (đợt 1)', 'phần quà', 80, 'số lượng']);
    await workbook.xlsx.writeFile(into);
    const plan = path.join(dir, 'ke-hoach.txt');
    writeFileSync(plan, 'II. CHỈ TIÊU\n- Tặng 120 phần quà trị giá 500.000 đồng cho công nhân khó khăn;\n');
    copyFileSync(plan, path.join(dir, 'ban-sao.txt'));

    const human = await run(plan, { into });
    expect(human.out).toContain(
      'Mã "tang-phan-qua" đã dùng cho một chỉ tiêu khác trên tab Chỉ tiêu: chỉ tiêu "Tặng phần quà trị giá 500.000 đồng cho công nhân khó khăn" nhận mã "tang-phan-qua-2".',
    );
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(into);
    const keys = after.getWorksheet('Chỉ tiêu')!.getColumn(1).values.slice(1);
    expect(keys).toEqual(['Mã', 'tang-phan-qua', 'tang-phan-qua-2']);

    // The same plan again: that target is there now, so it is skipped.
    const again = await run(path.join(dir, 'ban-sao.txt'), { into, json: true });
    expect(JSON.parse(again.out).into).toMatchObject({ added: [], skipped: ['tang-phan-qua-2'], renamed: [] });
  });
});
