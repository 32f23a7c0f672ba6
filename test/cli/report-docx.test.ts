// `chitieu report --docx`: the official report opens in LibreOffice, its text, figures and page setup as DOMAIN.md says.

import { libreOfficeConvert } from '../support/libreoffice';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chitieu, json, sha256, tempDir } from '../support/cli';
import { writeReportWorkbook } from '../support/report-workbook';

const dir = tempDir('chitieu-docx-');
const book = join(dir, 'mua-he-xanh.xlsx');
const docx = join(dir, 'bao-cao.docx');

/** One line per paragraph or cell, white space collapsed: what LibreOffice read. */
function flat(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ');
}

beforeAll(async () => {
  await writeReportWorkbook(book);
  const run = chitieu('report', book, '--period', 'Đợt 1', '--docx', docx, '--date', '5/2/2024');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('chitieu report --docx', () => {
  it('writes only the document when --out is not given, and says so', () => {
    expect(existsSync(docx)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlsx'))).toEqual(['mua-he-xanh.xlsx']);
  });

  it('never overwrites without --force, refuses a bad --date, and names the fix', () => {
    const before = sha256(docx);
    const again = chitieu('report', book, '--period', 'Đợt 1', '--docx', docx);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có.*--force/);
    expect(sha256(docx)).toBe(before);
    const badDate = chitieu('report', book, '--period', 'Đợt 1', '--docx', join(dir, 'x.docx'), '--date', '31/2/2024');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--date "31\/2\/2024" không phải là ngày hợp lệ/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    const input = chitieu('report', book, '--period', 'Đợt 1', '--docx', book, '--force');
    expect(input.status).toBe(2);
    expect(input.stderr).toMatch(/phải khác tệp đầu vào/);
  });

  it('with --force and --out writes both, and --json names them', () => {
    const out = join(dir, 'copy.xlsx');
    const run = chitieu(
      'report',
      book,
      '--period',
      'Đợt 1',
      '--docx',
      docx,
      '--out',
      out,
      '--force',
      '--json',
      '--date',
      '05/02/2024',
    );
    expect(run.status).toBe(0);
    const answer = json(run);
    expect(answer.docx).toBe(docx);
    expect(answer.output).toBe(out);
    expect(answer.documentSettings.place).toBe('Quận 11');
    expect(existsSync(out)).toBe(true);
  });

  it('has A4 portrait pages with the official margins, a landscape appendix and Times New Roman', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2);
    // A4 = 210 × 297 mm = 11906 × 16838 twips; landscape swaps them.
    expect(sizes[0]).toMatch(/w:w="11906"/);
    expect(sizes[0]).toMatch(/w:h="16838"/);
    expect(sizes[1]).toMatch(/w:w="16838"/);
    expect(sizes[1]).toMatch(/w:h="11906"/);
    expect(sizes[1]).toMatch(/w:orient="landscape"/);
    const margins = [...xml.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1]!);
    for (const m of margins) {
      // 20 mm = 1134 twips, 30 mm = 1701 twips.
      expect(m).toMatch(/w:top="1134"/);
      expect(m).toMatch(/w:bottom="1134"/);
      expect(m).toMatch(/w:left="1701"/);
      expect(m).toMatch(/w:right="1134"/);
    }
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    // The appendix header row repeats on every page it runs onto.
    expect(xml).toMatch(/<w:tblHeader\/>/);
  });

  it('opens in LibreOffice: the text holds the header, date line, every target with Vietnamese figures, signature and appendix', () => {
    libreOfficeConvert(docx, 'txt:Text', dir, dir);
    const text = flat(readFileSync(join(dir, 'bao-cao.txt'), 'utf8'));
    writeFileSync(join(dir, 'seen.txt'), text);
    for (const line of [
      'BCH ĐOÀN TP. HỒ CHÍ MINH',
      'BCH QUẬN ĐOÀN 11',
      '***',
      'Số: 12-BC/QĐ11',
      'ĐOÀN TNCS HỒ CHÍ MINH',
      'Quận 11, ngày 05 tháng 02 năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện chỉ tiêu Chiến dịch Mùa hè xanh 2024 – Đợt 1',
      '(Từ ngày 01/06/2024 đến ngày 30/06/2024)',
      'I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
      'Chỉ tiêu chung',
      'Chỉ tiêu riêng',
      'II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'Đơn vị chưa báo cáo trong đợt (1): Đoàn Phường 4 (P04).',
      'III. XẾP HẠNG THI ĐUA',
      'TM. BAN THƯỜNG VỤ QUẬN ĐOÀN',
      'BÍ THƯ',
      'Nguyễn Văn An',
      'Nơi nhận:',
      '- Thành Đoàn: VP, Ban Mặt trận;',
      '- Lưu: VP.',
      'PHỤ LỤC SỐ LIỆU',
      '(Kèm theo Báo cáo số 12-BC/QĐ11 ngày 05/02/2024)',
    ])
      expect(text).toContain(line);
    // Summary sentences drawn from the figures.
    expect(text).toContain('Trong 3 chỉ tiêu, 3 chỉ tiêu đã hoàn thành (vượt 2, đạt 1), 0 chỉ tiêu chưa đạt.');
    expect(text).toContain(
      '3/4 đơn vị có báo cáo kết quả trong đợt: 1 đơn vị đúng hạn, 1 đơn vị trễ hạn, 1 đơn vị chưa rõ thời điểm ghi nhận; 1 đơn vị chưa báo cáo.',
    );
    expect(text).toContain('2. Đơn vị báo cáo trễ hạn (1): Đoàn Phường 2 (P02).');
    // Every target, with its figures written the Vietnamese way (LibreOffice writes one cell per line).
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    const after = (label: string, n: number) => lines.slice(lines.indexOf(label) + 1, lines.indexOf(label) + 1 + n);
    expect(after('Trồng mới cây xanh tại các tuyến đường', 6)).toEqual([
      'cây',
      '1.000',
      '1.250',
      '1.250',
      '125%',
      'Vượt',
    ]);
    expect(after('Nâng cấp, bê tông hoá đường hẻm', 6)).toEqual(['km', '0,5', '0,5', '0,5', '100%', 'Đạt']);
    expect(after('Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử', 6)).toEqual([
      '%',
      '80%',
      '92,5%',
      '92,5%',
      '115,6%',
      'Vượt',
    ]);
    // Appendix: readable headers (short label and measure), never a bare key; the unit that did not report shows "–".
    expect(text).toContain('1. Trồng mới cây xanh tại các tuyến đường (cây)');
    expect(text).toContain('2. Nâng cấp, bê tông hoá đường hẻm (km)');
    expect(lines).not.toContain('cay-xanh');
    expect(lines).not.toContain('thanh-toan');
    const inAppendix = (unit: string) => lines.slice(lines.lastIndexOf(unit) + 1, lines.lastIndexOf(unit) + 4);
    expect(inAppendix('Đoàn Phường 4 (P04)')).toEqual(['–', '–', '–']);
    expect(inAppendix('Đoàn Phường 2 (P02)')).toEqual(['250', '0,25', '10']);
    expect(inAppendix('Tổng cộng')).toEqual(['1.250', '0,5', '92,5%']);
  });

  it('converts to PDF: portrait A4 pages, then the landscape appendix', () => {
    libreOfficeConvert(docx, 'pdf', dir, dir);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', join(dir, 'bao-cao.pdf')], { encoding: 'utf8' }).stdout;
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes[sizes.length - 1]).toEqual([842, 595]);
    const text = spawnSync('pdftotext', [join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('PHỤ LỤC SỐ LIỆU');
  });
});
