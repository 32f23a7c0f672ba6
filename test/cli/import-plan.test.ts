// `chitieu import-plan`: .txt and .docx plans, the table and --json outputs, --into appending to a workbook's Targets tab.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPlanCommand } from '../../src/cli/commands/import-plan';
import { ChiTieuError } from '../../src/core';

// The project's own plan (a made-up ward's, shaped like a real one); acceptance on real plans: acceptance/.
const PLAN = path.join(__dirname, '../support/plans/2024-mua-he-xanh-phuong-mau.txt');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chitieu-import-'));
});

/** Runs the command and returns what it printed on stdout. */
async function run(
  file: string,
  options: { json?: boolean; into?: string; lang?: 'vi' | 'en' } = {},
): Promise<{ code: number; out: string }> {
  let out = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out += args.join(' ') + '\n';
  });
  try {
    const code = await importPlanCommand(file, { lang: 'vi', ...options });
    return { code, out };
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
}

const xml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const boldPara = (text: string) =>
  `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const tableXml = (rows: string[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** The smallest .docx Word and mammoth accept: content types, the package relationship and the document. */
async function writeDocx(file: string, body: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  zip.file('word/document.xml', xml(body));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('chitieu import-plan', () => {
  it('prints the proposed targets of a .txt plan as a table', async () => {
    const { code, out } = await run(PLAN);
    expect(code).toBe(0);
    expect(out).toContain('trong-moi-cay-xanh');
    expect(out).toContain('Hệ thống chỉ tiêu riêng');
    expect(out).toContain('12 chỉ tiêu đề xuất từ kế hoạch.');
  });

  it('gives docs/DOMAIN.md JSON with --json', async () => {
    const { code, out } = await run(PLAN, { json: true });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { targets: Array<Record<string, unknown>>; warnings: unknown[] };
    expect(json.targets).toHaveLength(12);
    expect(json.targets.find((t) => t.key === 'trong-moi-cay-xanh')).toEqual({
      key: 'trong-moi-cay-xanh',
      label: 'Trồng mới cây xanh tại các tuyến đường và trường học',
      unit: 'cây',
      target: 300,
      kind: 'count',
      group: 'Hệ thống chỉ tiêu chung',
      line: 35,
    });
    expect(json.targets.filter((t) => t.kind === 'percent').map((t) => t.target)).toEqual([100, 90]);
    expect(json.warnings).toEqual([]);
  });

  it('reads a .docx plan, its paragraphs and a target table', async () => {
    const file = path.join(dir, 'ke-hoach.docx');
    await writeDocx(
      file,
      [
        boldPara('KẾ HOẠCH'),
        para('Chiến dịch Mùa hè xanh năm 2024 - Đoàn trường'),
        boldPara('I. THỜI GIAN'),
        para('Từ ngày 01/7/2024 đến ngày 31/7/2024, với 03 đợt ra quân.'),
        boldPara('II. CHỈ TIÊU'),
        para('- Trồng mới 1.000 cây xanh;'),
        para('- Tổ chức ít nhất **05** lớp học tình thương cho 120 thiếu nhi.'),
        tableXml([
          ['STT', 'Nội dung', 'ĐVT', 'Chỉ tiêu'],
          ['1', 'Hiến máu tình nguyện', 'Đơn vị máu', '300'],
          ['2', 'Chi đoàn có công trình thanh niên', '%', '100'],
        ]),
        boldPara('III. TỔ CHỨC THỰC HIỆN'),
        para('- Báo cáo trước 17h00 ngày 05/8/2024; dự kiến 02 phiên tòa giả định.'),
      ].join(''),
    );
    const { code, out } = await run(file, { json: true });
    expect(code).toBe(0);
    const targets = (JSON.parse(out) as { targets: Array<{ target: number; unit: string; kind: string }> }).targets;
    expect(targets.map((t) => [t.target, t.unit, t.kind])).toEqual([
      [1000, 'cây', 'count'],
      [5, 'lớp', 'count'],
      [120, 'thiếu nhi', 'count'],
      [300, 'đơn vị máu', 'count'],
      [100, '%', 'percent'],
    ]);
  });

  it('appends new targets to the Targets tab with --into, skipping keys already there and keeping existing rows', async () => {
    const into = path.join(dir, 'chien-dich.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chỉ tiêu');
    sheet.addRow(['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại', 'Nhóm', 'Ghi chú']);
    sheet.addRow(['Trong-Moi-Cay-Xanh', 'Cây xanh (nhập tay)', 'cây', 450, 'số lượng', 'Chung', 'giữ nguyên']);
    workbook.addWorksheet('Kết quả').addRow(['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng']);
    await workbook.xlsx.writeFile(into);

    const { code, out } = await run(PLAN, { json: true, into });
    expect(code).toBe(0);
    const report = JSON.parse(out) as { into: { added: string[]; skipped: string[] } };
    expect(report.into.skipped).toEqual(['trong-moi-cay-xanh']);
    expect(report.into.added).toHaveLength(11);

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(into);
    const tab = after.getWorksheet('Chỉ tiêu')!;
    expect(tab.getRow(2).values).toEqual([
      undefined,
      'Trong-Moi-Cay-Xanh',
      'Cây xanh (nhập tay)',
      'cây',
      450,
      'số lượng',
      'Chung',
      'giữ nguyên',
    ]);
    expect(tab.rowCount).toBe(13);
    expect(tab.getRow(3).values).toEqual([
      undefined,
      'sua-chua-can-nha',
      'Sửa chữa căn nhà cho hộ gia đình chính sách có hoàn cảnh khó khăn (ít nhất 15 triệu đồng/căn)',
      'căn',
      3,
      'số lượng',
      'Hệ thống chỉ tiêu chung',
    ]);
    const percent = [...Array(tab.rowCount).keys()]
      .map((i) => tab.getRow(i + 1).values as unknown[])
      .find((v) => v[3] === '%');
    expect(percent?.slice(3, 6)).toEqual(['%', 100, 'tỷ lệ']);
    expect(after.getWorksheet('Kết quả')).toBeDefined();

    const again = await run(PLAN, { json: true, into });
    expect((JSON.parse(again.out) as { into: { added: string[] } }).into.added).toEqual([]);
  });

  it('creates the Targets tab with the template headers when the workbook has none', async () => {
    const into = path.join(dir, 'trong.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Đơn vị').addRow(['Mã đơn vị', 'Tên đơn vị']);
    await workbook.xlsx.writeFile(into);
    await run(PLAN, { into });
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(into);
    const tab = after.getWorksheet('Chỉ tiêu')!;
    expect((tab.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      'Mã',
      'Nội dung',
      'Đơn vị tính',
      'Chỉ tiêu',
      'Loại',
      'Nhóm',
    ]);
    expect(tab.rowCount).toBe(13);
  });

  it('refuses a missing or unreadable plan with a Vietnamese and English message', async () => {
    await expect(run(path.join(dir, 'khong-co.txt'))).rejects.toThrow(ChiTieuError);
    await expect(run(path.join(dir, 'khong-co.txt'))).rejects.toMatchObject({
      code: 'missing-file',
      text: { en: expect.stringContaining('not found') },
    });
    const fake = path.join(dir, 'hong.docx');
    writeFileSync(fake, 'not a zip');
    await expect(run(fake)).rejects.toMatchObject({ code: 'unreadable-plan' });
    const old = path.join(dir, 'cu.doc');
    writeFileSync(old, 'x');
    await expect(run(old)).rejects.toMatchObject({
      code: 'unsupported-plan',
      text: { vi: expect.stringContaining('.docx') },
    });
  });

  it('exits 1 with a warning when the plan has no target section', async () => {
    const file = path.join(dir, 'khong-chi-tieu.txt');
    writeFileSync(file, 'KẾ HOẠCH\nI. MỤC ĐÍCH\n- Tổ chức 05 hoạt động.\n');
    const { code, out } = await run(file, { lang: 'en' });
    expect(code).toBe(1);
    expect(out).toContain('No target section found');
  });
});
