// `chitieu rollup` on a realistic tree (city ← Q1, Q3, PTD, and Q11 ← P01–P03): figures equal to an independent
// computation over every leaf's valid entries, refusals that name the file and the fix, the input never changed.

import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chitieu, json, sha256, tempDir } from '../support/cli';
import {
  LEAVES,
  PARENT,
  ROLLUP_HEADER,
  independentFigures,
  writeCity,
  writeLeaf,
  writeQ11,
  type KnownEntry,
} from '../support/rollup-tree';
import { readTab, writeXlsx, d, type Rows } from '../support/workbooks';
import { readWorkbookData } from '../../src/cli/xlsx-read';
import { analyze, buildReport, CLOSING_HEADER, CLOSING_TAB, closingRows, findPeriod } from '../../src/core';

const BASES = { Q1: 200, Q3: 4, P01: 50, P02: 60, P03: 70, PTD: 40 };

describe('chitieu rollup on a city with districts and wards', () => {
  const dir = tempDir('rollup-');
  const valid: KnownEntry[] = [];
  const files: Record<string, string> = {};
  let city = '';

  beforeAll(async () => {
    for (const [i, leaf] of LEAVES.entries()) {
      const written = await writeLeaf(dir, leaf, 100 + i);
      files[leaf.code] = written.file;
      valid.push(...written.valid);
    }
    files.Q11 = await writeQ11(dir);
    city = await writeCity(dir);
    // First level: the wards into Q11.
    const wards = LEAVES.filter((l) => PARENT[l.code] === 'Q11').map((l) => files[l.code]!);
    const q11 = chitieu('rollup', files.Q11, ...wards, '--out', join(dir, 'Q11.tong-hop.xlsx'), '--json');
    expect(q11.stderr).toBe('');
    expect(q11.status).toBe(0);
    files.Q11up = join(dir, 'Q11.tong-hop.xlsx');
  }, 60_000);

  it.each(['Đợt 1', 'Tuần đầu tháng 7', 'Đợt 2', 'Đợt 3'])(
    'gives the same figures as all valid entries for %s',
    (period) => {
      const before = sha256(city);
      const out = join(dir, `city-${period.replace(/\W+/g, '-')}.xlsx`);
      const run = chitieu(
        'rollup',
        city,
        files.Q1!,
        files.Q3!,
        files.Q11up!,
        files.PTD!,
        '--out',
        out,
        '--period',
        period,
        '--json',
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(sha256(city)).toBe(before);
      const report = json(run);
      const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
      const span = { from: day(report.period.from), to: day(report.period.to) };
      const expected = independentFigures(valid, BASES, span);
      for (const t of report.targets) {
        expect([t.key, t.periodResult]).toEqual([t.key, expect.closeTo(expected[t.key]!.periodResult, 6)]);
        expect([t.key, t.cumulative]).toEqual([t.key, expect.closeTo(expected[t.key]!.cumulative, 6)]);
      }
      const tk = report.targets.find((t: { key: string }) => t.key === 'tk-dt');
      expect(tk.attainment).toBeCloseTo(expected['tk-dt']!.cumulative / 80, 6);
      // The lower levels are the upper report's units; all of them sent something in the campaign.
      expect(report.units.map((u: { code: string }) => u.code)).toEqual(['Q1', 'Q3', 'Q11', 'PTD']);
      expect(report.ranking).toHaveLength(4);
      expect(report.lower.find((l: { code: string }) => l.code === 'Q1').notInUpper).toEqual(['rieng-q1']);
      expect(report.errors).toBe(0);
    },
  );

  it('writes the roll-up rows and the summed base in the copy only', async () => {
    const out = join(dir, 'city-rows.xlsx');
    const run = chitieu('rollup', city, files.Q1!, files.Q3!, files.Q11up!, files.PTD!, '--out', out, '--json');
    expect(run.status).toBe(0);
    const answer = json(run);
    expect(answer.lower.map((l: { code: string }) => l.code)).toEqual(['Q1', 'Q3', 'Q11', 'PTD']);
    const rows = await readTab(out, 'Kết quả – tổng hợp');
    expect(rows[0]).toEqual(ROLLUP_HEADER);
    // Slices end at the period ends: 30/6, 7/7, 31/7, 31/8; Q3 sends no gifts (it has no such target).
    const days = new Set(rows.slice(1).map((r) => (r[0] as Date).toISOString().slice(0, 10)));
    expect([...days].sort()).toEqual(['2024-06-30', '2024-07-07', '2024-07-31', '2024-08-31']);
    expect(rows.some((r) => r[1] === 'Q3' && r[2] === 'qua')).toBe(false);
    const q1trees = rows.filter((r) => r[1] === 'Q1' && r[2] === 'cay-xanh');
    expect(q1trees.length).toBeGreaterThan(0);
    expect(q1trees[0]![4]).toBe('Tổng hợp từ Kỳ nghỉ hồng 2024 – Q1');
    expect(q1trees[0]![5]).toBe('Q1.xlsx');
    expect(rows.filter((r) => r[2] === 'tk-dt' && r[1] === 'Q11').every((r) => r[7] === 180)).toBe(true);
    const targets = await readTab(out, 'Chỉ tiêu');
    expect(targets.find((r) => r[0] === 'tk-dt')![5]).toBe(424);
    // The input's Targets tab is left as it was.
    expect((await readTab(city, 'Chỉ tiêu')).find((r) => r[0] === 'tk-dt')![5]).toBeUndefined();
  });

  it('refuses a lower level with a code the upper level lacks, naming the file and the fix', async () => {
    const { file } = await writeLeaf(tempDir('wrong-'), LEAVES[0]!, 7, 'Q99');
    const out = join(dir, 'never.xlsx');
    const run = chitieu('rollup', city, files.Q3!, file, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('"Q99"');
    expect(run.stderr).toContain('Mã ở cấp trên');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a lower level without Mã ở cấp trên, and one given twice', async () => {
    const noCode = await writeLeaf(tempDir('nocode-'), LEAVES[1]!, 8, '');
    const out = join(dir, 'never.xlsx');
    let run = chitieu('rollup', city, noCode.file, '--out', out, '--lang', 'en');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(noCode.file);
    expect(run.stderr).toContain('Upper-level code');
    // The same file twice, and a copy of it (another file carrying the same code).
    run = chitieu('rollup', city, files.Q1!, files.Q3!, files.Q1!, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Tệp "${files.Q1}" được đưa hai lần`);
    const copy = join(dir, 'Q1-ban-sao.xlsx');
    copyFileSync(files.Q1!, copy);
    run = chitieu('rollup', city, files.Q1!, copy, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cùng mang mã ở cấp trên "Q1"');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an upper workbook already holding import tabs for these lower levels, and never overwrites', async () => {
    const out = join(dir, 'city-rows.xlsx');
    let run = chitieu('rollup', city, files.Q1!, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--force');
    const imported = join(dir, 'imported.xlsx');
    const rows = await readTab(city, 'Chỉ tiêu');
    await writeXlsx(imported, {
      'Chỉ tiêu': rows as never,
      'Đơn vị': (await readTab(city, 'Đơn vị')) as never,
      'Đợt báo cáo': (await readTab(city, 'Đợt báo cáo')) as never,
      'Kết quả – Q1': [['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng']],
    });
    run = chitieu('rollup', imported, files.Q1!, files.Q3!, '--out', join(dir, 'x.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Kết quả – Q1');
    run = chitieu('rollup', city, city, '--out', city);
    expect(run.status).toBe(2);
  });
});

describe('chitieu rollup of a lower level that closed a period', () => {
  const dir = tempDir('rollup-closed-');

  /** Q1's workbook with `change` added to its first tree entry of Đợt 1, closed before the change when `close`. */
  async function q1(name: string, change: number, close: boolean): Promise<string> {
    const { file } = await writeLeaf(dir, LEAVES[0]!, 100, 'Q1');
    const data = await readWorkbookData(file);
    const now = new Date(Date.UTC(2024, 6, 2, 10));
    const sheets: Record<string, Rows> = {};
    for (const s of data.sheets) sheets[s.name] = s.rows.map((r) => [...r]) as Rows;
    if (close) {
      const analysis = analyze(data);
      const period = findPeriod(analysis, 'Đợt 1');
      sheets[CLOSING_TAB] = [
        CLOSING_HEADER,
        ...(closingRows(analysis, period, buildReport(analysis, 'Đợt 1', now), now) as Rows),
      ];
    }
    const entries = sheets['Kết quả']!;
    const first = entries.findIndex(
      (r, i) => i > 0 && r[2] === 'trees' && (r[0] as Date) < d(30, 6) && r[1] === 'Q1-BV',
    );
    entries[first]![3] = (entries[first]![3] as number) + change;
    const out = join(dir, `${name}.xlsx`);
    await writeXlsx(out, sheets);
    return out;
  }

  const treesAt = (file: string, city: string, period: string): number => {
    const run = chitieu(
      'rollup',
      city,
      file,
      '--out',
      join(dir, `o-${Math.random()}.xlsx`),
      '--period',
      period,
      '--json',
    );
    expect(run.stderr).toBe('');
    return json(run).targets.find((t: { key: string }) => t.key === 'cay-xanh').cumulative;
  };

  it('sends the figures kept at the closing, and the change once the period is open again', async () => {
    const city = await writeCity(dir);
    const original = treesAt(await q1('q1', 0, false), city, 'Đợt 1');
    expect(original).toBeGreaterThan(0);
    // Changed after the closing: the closed Đợt 1 still sends what was kept.
    expect(treesAt(await q1('q1-closed', 500, true), city, 'Đợt 1')).toBe(original);
    // The same change without a closing counts.
    expect(treesAt(await q1('q1-open', 500, false), city, 'Đợt 1')).toBe(original + 500);
  });
});
