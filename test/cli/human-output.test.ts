// What people read in the terminal: percentages and dates the Vietnamese way, errors first, keys never cut alike.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { breakLongWords } from '../../src/cli/output';
import { chitieu, json, ROOT, tempDir } from '../support/cli';
import { d, writeXlsx, type Rows } from '../support/workbooks';

const dir = tempDir('chitieu-human-');
const TARGETS = ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'];
const ENTRIES = ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng'];
const LINK = 'https://drive.google.com/x';

/** A 2024 ward campaign whose two target keys share their first 24 characters. */
async function campaign2024(entries: Rows): Promise<string> {
  const file = join(dir, `ward-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeXlsx(file, {
    'Chỉ tiêu': [
      TARGETS,
      ['trong-moi-cay-xanh-khu-pho-1', 'Trồng mới cây xanh tại khu phố 1', 'cây', 250, 'số lượng'],
      ['trong-moi-cay-xanh-khu-pho-2', 'Trồng mới cây xanh tại khu phố 2', 'cây', 40, 'số lượng'],
    ],
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị'],
      ['KP1', 'Chi đoàn khu phố 1'],
      ['KP2', 'Chi đoàn khu phố 2'],
    ],
    'Đợt báo cáo': [
      ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
      ['Tháng 6', d(2, 6), d(30, 6), d(5, 7)],
      ['Tháng 7', d(1, 7), d(31, 7), d(5, 8)],
    ],
    'Kết quả': [ENTRIES, ...entries],
  });
  return file;
}

describe('chitieu attainment', () => {
  it('prints 102% and 30,8% for people, the fraction in --json', async () => {
    const file = await campaign2024([
      [d(3, 6), 'KP1', 'trong-moi-cay-xanh-khu-pho-1', 77, 'Trồng cây', LINK],
      [d(4, 6), 'KP2', 'trong-moi-cay-xanh-khu-pho-2', 40.8, 'Trồng cây', LINK],
    ]);
    expect(chitieu('attainment', file, 'trong-moi-cay-xanh-khu-pho-1').stdout).toBe('30,8%\n');
    expect(chitieu('attainment', file, 'trong-moi-cay-xanh-khu-pho-2').stdout).toBe('102%\n');
    expect(json(chitieu('attainment', file, 'trong-moi-cay-xanh-khu-pho-1', '--json')).attainment).toBeCloseTo(
      0.308,
      9,
    );
  });
});

describe('chitieu report in the terminal', () => {
  it('heads the report with dd/mm/yyyy dates and shows both long keys whole', async () => {
    const file = await campaign2024([
      [d(3, 6), 'KP1', 'trong-moi-cay-xanh-khu-pho-1', 77, 'Trồng cây', LINK],
      [d(4, 6), 'KP2', 'trong-moi-cay-xanh-khu-pho-2', 12, 'Trồng cây', LINK],
    ]);
    const run = chitieu('report', file, '--period', 'Tháng 6', '--out', join(dir, 'bc-thang-6.xlsx'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Báo cáo Tháng 6 (02/06/2024 – 30/06/2024), hạn 05/07/2024');
    expect(run.stdout).not.toContain('2024-06');
    expect(run.stdout).not.toContain('…');
    // Each key is whole once its table lines are joined back (it may be broken over two lines of its cell).
    const keyColumn = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[1]!.trim());
    const keys = keyColumn
      .join('\n')
      .split(/\n(?=trong|Mã)/)
      .map((k) => k.replace(/\n/g, ''));
    expect(keys).toEqual(expect.arrayContaining(['trong-moi-cay-xanh-khu-pho-1', 'trong-moi-cay-xanh-khu-pho-2']));
  });

  it('breaks a word longer than its column instead of cutting it', () => {
    expect(breakLongWords('trong-moi-cay-xanh-khu-pho-1', 16)).toBe('trong-moi-cay-xa\nnh-khu-pho-1');
    expect(breakLongWords('Trồng mới cây xanh', 8)).toBe('Trồng mới cây xanh');
  });
});

describe('chitieu validate in the terminal', () => {
  it('lists errors before warnings, and dates in messages carry the campaign year', async () => {
    const file = await campaign2024([
      [d(3, 6), 'KP1', 'trong-moi-cay-xanh-khu-pho-1', 5, 'Trồng cây', ''],
      ['31/6/2024', 'KP1', 'trong-moi-cay-xanh-khu-pho-1', 5, 'Trồng cây', LINK],
      ['12/6', 'KP2', 'trong-moi-cay-xanh-khu-pho-2', 5, 'Trồng cây', LINK],
    ]);
    const run = chitieu('validate', file);
    expect(run.status).toBe(1);
    const severities = run.stdout
      .split('\n')
      .map((line) => line.split('│')[5]?.trim())
      .filter((s) => s === 'lỗi' || s === 'cảnh báo');
    expect(severities).toEqual(['lỗi', 'lỗi', 'cảnh báo']);
    const problems = json(chitieu('validate', file, '--json')).problems;
    expect(problems.map((p: any) => p.severity)).toEqual(['error', 'error', 'warning']);
    expect(problems[0].message).toContain('ví dụ 11/6/2024');
    expect(problems[1].message).toContain('ví dụ 12/6/2024');
  });
});

describe('npm start', () => {
  it('echoes commands that can be pasted back as they are', () => {
    const start = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(start.status).toBe(0);
    const commands = start.stdout
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2));
    expect(commands).toHaveLength(4);
    expect(commands[2]).toContain("--period 'Đợt 2'");
    const attainment = commands[3]!;
    const pasted = spawnSync('bash', ['-c', attainment], { cwd: ROOT, encoding: 'utf8' });
    expect(pasted.status).toBe(0);
    expect(pasted.stdout).toMatch(/^\d+(,\d)?%\n$/);
    expect(start.stdout).toContain(pasted.stdout);
  });
});
