// Suspicious quantities (over-target, fractional-count, ambiguous-comma): located warnings, the rows still count.

import { join } from 'node:path';
import { ambiguousCommaThousands, isWholeThing } from '../../src/core/quantity-checks';
import { chitieu, json, tempDir } from '../support/cli';
import { writeXlsx } from '../support/workbooks';
import {
  analyzeEntries,
  dateCell,
  entry,
  ENTRY_HEADER,
  PERIOD_HEADER,
  PERIOD_ROWS,
  problemsOf,
  SETTINGS_HEADER,
  SETTINGS_ROWS,
  TARGET_HEADER,
  TARGET_ROWS,
  UNIT_HEADER,
  UNIT_ROWS,
} from './fixtures';

const SUSPICIOUS = ['over-target', 'fractional-count', 'ambiguous-comma'];

describe('over-target', () => {
  it('warns on one entry larger than the whole campaign target (40000 trees of 500), and still counts it', () => {
    const a = analyzeEntries([
      entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây'),
      entry('13/6/2023', 'P02', 'cay-xanh', 40000, 'Trồng cây (gõ thừa số 0)'),
      entry('14/6/2023', 'P03', 'cay-xanh', 500, 'Đúng bằng chỉ tiêu: không cảnh báo'),
    ]);
    const over = problemsOf(a, 'over-target');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ tab: 'Kết quả', row: 3, column: 'Số lượng', severity: 'warning' });
    expect(over[0]!.message).toContain('40.000');
    expect(over[0]!.message).toContain('500 cây');
    expect(over[0]!.message).toMatch(/Hãy kiểm tra lại/);
    expect(over[0]!.messageEn).toMatch(/more than the whole campaign target/);
    expect(a.entries).toHaveLength(3);
    expect(a.errors).toBe(0);
    expect(a.warnings).toBe(1);
  });

  it("compares with the unit's allocation when it has one", () => {
    const allocation = [['P01', 'cay-xanh', 60]];
    const a = analyzeEntries(
      [entry('12/6/2023', 'P01', 'cay-xanh', 80, 'Trồng cây'), entry('12/6/2023', 'P02', 'cay-xanh', 80, 'Trồng cây')],
      { allocation },
    );
    const over = problemsOf(a, 'over-target');
    expect(over.map((p) => p.row)).toEqual([2]);
    expect(over[0]!.message).toContain('chỉ tiêu giao cho đơn vị P01 (60 cây)');
  });

  it('leaves percent targets to over-base', () => {
    const a = analyzeEntries([entry('12/6/2023', 'P01', 'cb-thanh-toan-dt', 300, 'Cán bộ có tài khoản')]);
    expect(problemsOf(a, 'over-target')).toEqual([]);
  });
});

describe('fractional-count', () => {
  it('warns on a decimal quantity of a measure counted in whole things, not of km', () => {
    const a = analyzeEntries([
      entry('12/6/2023', 'P01', 'cay-xanh', '2,5', 'Trồng cây'),
      entry('12/6/2023', 'P02', 'qua', 7.5, 'Trao quà'),
      entry('12/6/2023', 'P03', 'duong', '0,2', 'Bê tông hoá hẻm'),
      entry('13/6/2023', 'P03', 'cay-xanh', '12', 'Trồng cây'),
    ]);
    const fractional = problemsOf(a, 'fractional-count');
    expect(fractional.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'Số lượng', 'warning'],
      [3, 'Số lượng', 'warning'],
    ]);
    expect(fractional[0]!.message).toContain('"cây"');
    expect(fractional[0]!.message).toMatch(/ví dụ 2 hoặc 3/);
    expect(fractional[1]!.messageEn).toMatch(/"phần quà".*whole numbers/);
    expect(a.entries).toHaveLength(4);
  });

  it('knows whole-thing measures after folding, with or without diacritics and extra words', () => {
    for (const m of ['lượt', 'Lượt người', 'luot', 'cây xanh', 'CĂN', 'người', 'phần quà', 'suất', 'chiếc', 'chi đoàn'])
      expect([m, isWholeThing(m)]).toEqual([m, true]);
    for (const m of ['km', 'm2', 'tấn', 'triệu đồng', 'kg', '%', '', 'giờ'])
      expect([m, isWholeThing(m)]).toEqual([m, false]);
  });
});

describe('ambiguous-comma', () => {
  it('warns on "4,000" (read as 4), naming both readings and the fix, without a second fractional warning', () => {
    const a = analyzeEntries([
      entry('12/6/2023', 'P01', 'cay-xanh', '4,000', 'Trồng cây'),
      entry('12/6/2023', 'P02', 'qua', '12,500 phần quà', 'Trao quà'),
      entry('12/6/2023', 'P03', 'duong', '0,250', 'Bê tông hoá hẻm: 0,250 km không mơ hồ'),
      entry('13/6/2023', 'P03', 'cay-xanh', '4.000', 'Bốn nghìn viết đúng'),
      entry('13/6/2023', 'P02', 'cay-xanh', '1,25', 'Hai chữ số thập phân'),
    ]);
    const ambiguous = problemsOf(a, 'ambiguous-comma');
    expect(ambiguous.map((p) => p.row)).toEqual([2, 3]);
    expect(ambiguous[0]).toMatchObject({ column: 'Số lượng', severity: 'warning' });
    expect(ambiguous[0]!.message).toBe(
      '"4,000" được đọc là 4 vì dấu phẩy là dấu thập phân. Nếu ý là 4.000, hãy nhập 4.000 hoặc 4000; nếu đúng là 4, hãy viết 4 cho rõ.',
    );
    expect(ambiguous[1]!.messageEn).toContain('read as 12,5');
    expect(problemsOf(a, 'fractional-count').map((p) => p.row)).toEqual([6]);
    expect(a.entries.find((e) => e.row === 2)!.quantity).toBe(4);
  });

  it('is only "digits, one comma, exactly three digits"', () => {
    expect(ambiguousCommaThousands('4,000')).toBe(4000);
    expect(ambiguousCommaThousands(' 12,500 lượt ')).toBe(12500);
    for (const text of ['4,00', '4,0000', '1.234,567', '0,500', '4,000,000', '4.000', 'abc']) {
      expect([text, ambiguousCommaThousands(text)]).toEqual([text, null]);
    }
    expect(ambiguousCommaThousands(4)).toBeNull();
  });
});

describe('chitieu validate on a workbook with suspicious quantities', () => {
  it('lists them as warnings (exit 0), counts them, and report still counts the rows', async () => {
    const file = join(tempDir('chitieu-qty-'), 'nghi-van.xlsx');
    await writeXlsx(file, {
      'Chỉ tiêu': [TARGET_HEADER, ...(TARGET_ROWS as any)],
      'Đơn vị': [UNIT_HEADER, ...(UNIT_ROWS as any)],
      'Đợt báo cáo': [PERIOD_HEADER, ...(PERIOD_ROWS as any)],
      'Cài đặt': [SETTINGS_HEADER, ...(SETTINGS_ROWS as any)],
      'Kết quả': [
        ENTRY_HEADER,
        entry(dateCell(12, 6), 'P01', 'cay-xanh', 40000, 'Trồng cây') as any,
        entry(dateCell(13, 6), 'P02', 'qua', 2.5, 'Trao quà') as any,
        entry(dateCell(14, 6), 'P03', 'cay-xanh', '4,000', 'Trồng cây') as any,
      ],
    });
    const run = chitieu('validate', file, '--json');
    expect(run.status).toBe(0);
    const out = json(run);
    const found = out.problems.filter((p: any) => SUSPICIOUS.includes(p.code));
    expect(found.map((p: any) => [p.row, p.code, p.column, p.severity])).toEqual([
      [2, 'over-target', 'Số lượng', 'warning'],
      [3, 'fractional-count', 'Số lượng', 'warning'],
      [4, 'ambiguous-comma', 'Số lượng', 'warning'],
    ]);
    expect(out.errors).toBe(0);
    expect(out.warnings).toBe(3);
    const en = json(chitieu('validate', file, '--json', '--lang', 'en'));
    expect(en.problems.find((p: any) => p.code === 'ambiguous-comma').message).toMatch(/If you meant 4000/);
    const report = json(chitieu('report', file, '--period', 'Đợt 1', '--json', '--out', `${file}.bc.xlsx`));
    expect(report.targets.find((t: any) => t.key === 'cay-xanh').periodResult).toBe(40004);
    expect(report.warnings).toBe(3);
  });
});
