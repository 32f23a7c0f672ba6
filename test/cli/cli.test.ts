// The real `chitieu` command on generated .xlsx workbooks: JSON answers, exit codes, input never changed.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPercentVi } from '../../src/core';
import { chitieu, json, sha256, tempDir } from '../support/cli';
import { d, readTab, writeXlsx } from '../support/workbooks';

const dir = tempDir();
const sample = join(dir, 'sample.xlsx');

beforeAll(() => {
  const run = chitieu('init', sample, '--sample');
  expect(run.status).toBe(0);
});

describe('chitieu on the built-in sample', () => {
  it('validate --json lists the sample mistakes with their codes and exits 1', () => {
    const run = chitieu('validate', sample, '--json');
    expect(run.status).toBe(1);
    const out = json(run);
    expect(out.errors).toBe(10);
    const codes = out.problems.filter((p: any) => p.severity === 'error').map((p: any) => p.code);
    expect(new Set(codes)).toEqual(
      new Set([
        'bad-number',
        'negative',
        'outside-campaign',
        'bad-date',
        'unknown-unit',
        'unknown-target',
        'duplicate',
        'missing-value',
        'over-base',
      ]),
    );
    const negative = out.problems.find((p: any) => p.code === 'negative');
    expect(negative).toMatchObject({ tab: 'Kết quả', column: 'Số lượng', severity: 'error' });
    expect(negative.message).toMatch(/số âm/);
    expect(out.warnings).toBeGreaterThan(0);
    expect(
      out.problems.filter((p: any) => p.severity === 'warning').every((p: any) => p.code === 'missing-evidence'),
    ).toBe(true);
  });

  it('report --json gives every target with consistent figures and writes a copy, leaving the input unchanged', async () => {
    const before = sha256(sample);
    const out = join(dir, 'dot2.xlsx');
    const run = chitieu('report', sample, '--period', 'Đợt 2', '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = json(run);
    expect(report.period).toEqual({
      name: 'Đợt 2',
      from: '2023-07-01',
      to: '2023-07-31',
      deadline: '2023-07-23',
      deadlineAt: '2023-07-23T23:59:59+07:00',
    });
    expect(report.targets).toHaveLength(25);
    for (const t of report.targets) {
      if (t.kind === 'count') expect(t.attainment).toBeCloseTo(t.cumulative / t.target, 9);
      else expect(t.attainment).toBeCloseTo(t.cumulative / t.target, 9);
      expect(t.periodResult).toBeLessThanOrEqual(t.cumulative + 1e-9);
    }
    const trees = report.targets.find((t: any) => t.key === 'cay-xanh');
    const unitSum = report.units.reduce((s: number, u: any) => s + u.results['cay-xanh'], 0);
    expect(unitSum).toBeCloseTo(trees.periodResult, 9);
    expect(report.nonReporting).toEqual(['VKS', 'CQDDT']);
    expect(report.excludedRows).toHaveLength(10);
    expect(sha256(sample)).toBe(before);
    const tab = await readTab(out, 'Báo cáo – Đợt 2');
    const flat = tab.flat().map(String);
    expect(flat).toContain('Trồng mới cây xanh');
    expect(flat).toContain('VKS');
  });

  it('attainment agrees with the report cumulative and prints it as a Vietnamese percentage', () => {
    const report = json(chitieu('report', sample, '--period', 'Đợt 1', '--out', join(dir, 'd1.xlsx'), '--json'));
    const trees = report.targets.find((t: any) => t.key === 'cay-xanh');
    const a = json(chitieu('attainment', sample, 'cay-xanh', '--period', 'Đợt 1', '--json'));
    expect(a).toMatchObject({ key: 'cay-xanh', target: 500, achieved: trees.cumulative, attainment: trees.attainment });
    const plain = chitieu('attainment', sample, 'CAY-XANH', '--period', 'dot 1');
    expect(plain.status).toBe(0);
    expect(plain.stdout.trim()).toBe(formatPercentVi(trees.attainment));
  });

  it('writes the report next to the input with the period in its name when --out is absent', () => {
    const run = chitieu('report', sample, '--period', 'Đợt 3');
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'sample.bao-cao-dot-3.xlsx'))).toBe(true);
    expect(run.stdout).toMatch(/Đã ghi tab "Báo cáo – Đợt 3"/);
  });

  it('speaks English with --lang en', () => {
    const run = chitieu('validate', sample, '--lang', 'en');
    expect(run.stdout).toMatch(/entry rows: \d+ valid, 10 errors/);
    expect(run.stdout).toMatch(/is negative/);
  });
});

describe('chitieu on workbooks people make', () => {
  it('reads English tab names, shuffled columns and headers without diacritics', async () => {
    const file = join(dir, 'english.xlsx');
    await writeXlsx(file, {
      Targets: [
        ['Target', 'Key', 'Label', 'Unit', 'Kind'],
        ['1.000', 'trees', 'Plant trees', 'cây', 'số lượng'],
        ['80%', 'epay', 'Cán bộ dùng thanh toán điện tử', '%', 'tỉ lệ'],
      ],
      'don vi': [
        ['ten don vi', 'ma don vi'],
        ['Đoàn phường 1', 'DCS01'],
        ['Đoàn phường 2', 'DCS02'],
      ],
      Periods: [
        ['Period', 'From', 'To', 'Deadline'],
        ['Đợt 1', '01/06/2024', '30/06/2024', '23/06/2024'],
      ],
      'KET QUA': [
        ['SỐ LƯỢNG', 'Mã Chỉ Tiêu', 'Ngày', 'mã đơn vị', 'Minh chứng'],
        ['1.000', 'TREES', d(2, 6), ' dcs01 ', 'https://x/1'],
        ['0,5', 'trees', '15/6/2024', 'DCS02', 'https://x/2'],
        [1, 'epay', d(3, 6), 'DCS01', 'https://x/3'],
      ],
    });
    const report = json(chitieu('report', file, '--period', 'dot 1', '--json', '--out', join(dir, 'english-out.xlsx')));
    expect(report.targets[0]).toMatchObject({ key: 'trees', target: 1000, periodResult: 1000.5, cumulative: 1000.5 });
    expect(report.targets[0].attainment).toBeCloseTo(1.0005, 9);
    expect(report.targets[1]).toMatchObject({
      key: 'epay',
      kind: 'percent',
      target: 80,
      cumulative: 50,
      attainment: 0.625,
    });
    expect(report.nonReporting).toEqual([]);
  });

  const bad: [string, () => Promise<string>, RegExp][] = [
    ['a missing file', async () => join(dir, 'nope.xlsx'), /Không tìm thấy tệp/],
    [
      'a file that is not a workbook',
      async () => {
        const f = join(dir, 'text.xlsx');
        writeFileSync(f, 'not a zip');
        return f;
      },
      /không phải là tệp Excel/,
    ],
    [
      'a workbook without the Units tab',
      async () => {
        const f = join(dir, 'nounits.xlsx');
        await writeXlsx(f, {
          'Chỉ tiêu': [
            ['Mã', 'Chỉ tiêu'],
            ['a', 1],
          ],
          'Kết quả': [['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng']],
        });
        return f;
      },
      /Không tìm thấy tab "Đơn vị"/,
    ],
    [
      'an Entries tab without a Quantity column',
      async () => {
        const f = join(dir, 'nocolumn.xlsx');
        await writeXlsx(f, {
          'Chỉ tiêu': [
            ['Mã', 'Chỉ tiêu'],
            ['a', 1],
          ],
          'Đơn vị': [['Mã đơn vị'], ['U1']],
          'Kết quả': [['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu']],
        });
        return f;
      },
      /thiếu cột "Số lượng"/,
    ],
  ];
  it.each(bad)('explains %s in Vietnamese with exit 2 and no stack trace', async (_what, make, message) => {
    const file = await make();
    const run = chitieu('attainment', file, 'a');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the known periods and keys when asked for an unknown one', () => {
    const period = chitieu('report', sample, '--period', 'Đợt 9');
    expect(period.status).toBe(2);
    expect(period.stderr).toMatch(/Không có đợt báo cáo "Đợt 9".*Đợt 1, Đợt 2, Đợt 3/);
    const key = chitieu('attainment', sample, 'trees', '--lang', 'en');
    expect(key.status).toBe(2);
    expect(key.stderr).toMatch(/No target "trees"/);
  });

  it('answers a wrong command line, a missing folder and an unknown language in Vietnamese', () => {
    const usage = chitieu('report', sample);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^Lệnh chưa đúng .*--period.*chitieu --help/);
    const folder = chitieu('report', sample, '--period', 'Đợt 1', '--out', join(dir, 'khong-co', 'x.xlsx'));
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/Không có thư mục .* Hãy tạo thư mục đó/);
    const lang = chitieu('validate', sample, '--lang', 'fr');
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/Hãy dùng --lang vi hoặc --lang en/);
  });

  it('refuses to overwrite the input or an existing file', () => {
    expect(chitieu('report', sample, '--period', 'Đợt 1', '--out', sample).status).toBe(2);
    const again = chitieu('init', sample);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có/);
  });
});
