// Output files: `report --out` and `init` never overwrite without --force, and an unwritable path gets one sentence.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOutputPath, outputFailure, writeOutputFile } from '../../src/cli/output-file';
import { ChiTieuError } from '../../src/core';
import { chitieu, CLI, json, sha256, tempDir } from '../support/cli';
import { readTab, writeXlsx } from '../support/workbooks';

const dir = tempDir('chitieu-out-');
const sample = join(dir, 'sample.xlsx');
const errno = (code: string) => Object.assign(new Error(`${code}: fake`), { code });

beforeAll(() => {
  expect(chitieu('init', sample, '--sample').status).toBe(0);
});

describe('chitieu report --out', () => {
  it('refuses to replace an unrelated workbook without --force, and leaves it byte for byte', async () => {
    const budget = join(dir, 'ngan-sach.xlsx');
    await writeXlsx(budget, {
      'Ngân sách': [
        ['Khoản', 'Số tiền'],
        ['Quà', 12_000_000],
      ],
    });
    const before = sha256(budget);
    const run = chitieu('report', sample, '--period', 'Đợt 1', '--out', budget);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('đã có');
    expect(run.stderr).toContain('--force');
    expect(sha256(budget)).toBe(before);
    const en = chitieu('report', sample, '--period', 'Đợt 1', '--out', budget, '--lang', 'en');
    expect(en.stderr).toMatch(/already exists.*--force/);
  });

  it('replaces it with --force', () => {
    const out = join(dir, 'replace-me.xlsx');
    writeFileSync(out, 'not even a workbook');
    const run = chitieu('report', sample, '--period', 'Đợt 1', '--out', out, '--force', '--json');
    expect(run.status).toBe(0);
    expect(json(run).output).toBe(out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses the default output path too when a report is already there', () => {
    const first = chitieu('report', sample, '--period', 'Đợt 3');
    expect(first.status).toBe(0);
    const out = join(dir, 'sample.bao-cao-dot-3.xlsx');
    const before = sha256(out);
    const again = chitieu('report', sample, '--period', 'Đợt 3');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('sample.bao-cao-dot-3.xlsx');
    expect(sha256(out)).toBe(before);
    expect(chitieu('report', sample, '--period', 'Đợt 3', '--force').status).toBe(0);
  });

  it('names the fix for a missing folder and for a folder given as the file', () => {
    const missing = chitieu('report', sample, '--period', 'Đợt 1', '--out', join(dir, 'khong-co', 'bc.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('mkdir -p');
    const folder = chitieu('report', sample, '--period', 'Đợt 1', '--out', dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('là một thư mục');
  });

  it('says "no permission" in one sentence for a folder it cannot write (EACCES), writing nothing', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(dir, 0o755);
    chmodSync(sample, 0o644);
    chmodSync(locked, 0o555);
    const out = join(locked, 'bc.xlsx');
    // Root may write anywhere: run the command as "nobody" then, so the kernel really answers EACCES.
    const asUser =
      process.getuid?.() === 0 ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups'] : [];
    const args = [...asUser, process.execPath, CLI, 'report', sample, '--period', 'Đợt 1', '--out', out];
    const run = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có quyền ghi');
    expect(run.stderr).not.toContain('ngoài dự kiến');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('chitieu init over an existing file', () => {
  it('refuses without --force and keeps the file', async () => {
    const file = join(dir, 'mine.xlsx');
    await writeXlsx(file, { 'Của tôi': [['a'], [1]] });
    const run = chitieu('init', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--force');
    expect(await readTab(file, 'Của tôi')).toEqual([['a'], [1]]);
  });
});

describe('the reusable check (src/cli/output-file.ts)', () => {
  it('passes a new file in a writable folder and refuses an existing one unless forced', () => {
    expect(() => checkOutputPath(join(dir, 'new.docx'), { flag: '--docx' })).not.toThrow();
    expect(() => checkOutputPath(sample, { flag: '--docx' })).toThrow(/--docx.*--force/);
    expect(() => checkOutputPath(sample, { flag: '--docx', force: true })).not.toThrow();
  });

  it.each([
    ['EACCES', 'not-writable', 'Không có quyền ghi'],
    ['EPERM', 'not-writable', 'Không có quyền ghi'],
    ['EROFS', 'read-only', 'chỉ cho đọc'],
    ['ENOSPC', 'disk-full', 'ổ đĩa đã đầy'],
    ['ENOENT', 'missing-folder', 'Không có thư mục'],
    ['EIO', 'write-failed', 'EIO'],
  ])('turns %s into the user error %s', (code, userCode, words) => {
    const error = outputFailure(errno(code), '/mnt/usb/bc.xlsx');
    expect(error).toBeInstanceOf(ChiTieuError);
    expect(error.code).toBe(userCode);
    expect(error.text.vi).toContain(words);
    expect(error.text.en.length).toBeGreaterThan(20);
  });

  it('leaves an existing file as it was and no temporary file when the disk fills half-way', async () => {
    const file = join(dir, 'keep.xlsx');
    writeFileSync(file, 'old report');
    const before = readdirSync(dir).sort();
    await expect(
      writeOutputFile(file, (temp) => {
        writeFileSync(temp, 'half a new rep');
        throw errno('ENOSPC');
      }),
    ).rejects.toMatchObject({ code: 'disk-full' });
    expect(readFileSync(file, 'utf8')).toBe('old report');
    expect(readdirSync(dir).sort()).toEqual(before);
    await writeOutputFile(file, (temp) => writeFileSync(temp, 'new report'));
    expect(readFileSync(file, 'utf8')).toBe('new report');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
