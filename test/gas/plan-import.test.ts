// importPlan proposes without writing; addTargets appends confirmed rows in one batch and never changes existing rows.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookData } from '../../src/core';
import { sampleWorkbook } from '../../src/sample/district11';
import { createEmulation } from '../support/gas';
import { seededEmulation, snapshot } from '../support/seed';

// The project's own plan (a made-up ward's, shaped like a real one); acceptance on real plans: acceptance/.
const PLAN = readFileSync(join(__dirname, '../support/plans/2024-mua-he-xanh-phuong-mau.txt'), 'utf8');

describe('plan import in the add-on', () => {
  it('proposes the plan targets and writes nothing', () => {
    const emulation = seededEmulation(sampleWorkbook());
    const bundle = emulation.loadBundle();
    const before = snapshot(emulation, emulation.spreadsheet.sheetNames());
    const proposal = bundle.run('importPlan', PLAN) as {
      targets: { key: string; target: number; unit: string; exists: boolean }[];
    };
    expect(proposal.targets).toHaveLength(12);
    expect(proposal.targets).toContainEqual(expect.objectContaining({ target: 300, unit: 'cây' }));
    expect(proposal.targets).toContainEqual(expect.objectContaining({ target: 1.5, unit: 'km' }));
    expect(snapshot(emulation, emulation.spreadsheet.sheetNames())).toEqual(before);
  });

  it('reads the Targets tab only: thousands of entries are not read to learn the target keys', () => {
    const emulation = seededEmulation(sampleWorkbook());
    const bundle = emulation.loadBundle();
    const targetCells = emulation.spreadsheet.sheetValues('Chỉ tiêu').reduce((n, row) => n + row.length, 0);
    const entryCells = emulation.spreadsheet.sheetValues('Kết quả').reduce((n, row) => n + row.length, 0);
    emulation.calls.reset();
    bundle.run('importPlan', PLAN);
    expect(emulation.calls.cellsRead).toBe(targetCells);
    expect(entryCells).toBeGreaterThan(10 * targetCells);
  });

  it('appends confirmed rows to the Targets tab, skips keys already there, and refreshes formulas', () => {
    const emulation = createEmulation();
    const bundle = emulation.loadBundle();
    bundle.run('setUpTemplate');
    emulation.spreadsheet.write('Chỉ tiêu', 'A2', [
      ['trong-moi-cay-xanh', 'Cây (nhập tay)', 'cây', 400, 'số lượng', '', ''],
    ]);
    const proposal = bundle.run('importPlan', PLAN) as { targets: { key: string; exists: boolean }[] };
    expect(proposal.targets.find((t) => t.key === 'trong-moi-cay-xanh')?.exists).toBe(true);
    emulation.spreadsheet.addSheet('Tổng hợp', [['=TARGET("sua-chua-can-nha")']]);
    emulation.recalculateAll();
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(/Không có chỉ tiêu "sua-chua-can-nha"/);
    emulation.calls.reset();
    const result = bundle.run('addTargets', proposal.targets) as { added: number; skipped: string[] };
    expect(result).toEqual({ added: 11, skipped: ['trong-moi-cay-xanh'], renamed: [] });
    expect(emulation.calls.byMember['Range.setValues']).toBe(1);
    const rows = emulation.spreadsheet.sheetValues('Chỉ tiêu');
    expect(rows[1]).toEqual(['trong-moi-cay-xanh', 'Cây (nhập tay)', 'cây', 400, 'số lượng', '', '']);
    expect(rows).toHaveLength(13);
    expect(rows.find((r) => r[0] === 'chi-doan-khu-pho')?.slice(2, 5)).toEqual(['%', 100, 'tỷ lệ']);
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBe(3);
  });

  it('gives a new key, never a skip, when the Targets tab holds the key for another target', () => {
    const emulation = createEmulation();
    const bundle = emulation.loadBundle();
    bundle.run('setUpTemplate');
    emulation.spreadsheet.write('Chỉ tiêu', 'A2', [
      ['trao-tang-phan-qua', 'Trao tặng phần quà cho công nhân (kế hoạch tháng 3)', 'phần quà', 80, 'số lượng', '', ''],
    ]);
    const proposal = bundle.run('importPlan', PLAN) as {
      targets: { key: string; label: string; exists: boolean; renamedFrom?: string }[];
    };
    const gifts = proposal.targets.find((t) => t.label.startsWith('Trao tặng phần quà cho thiếu nhi'))!;
    expect(gifts).toMatchObject({ key: 'trao-tang-phan-qua-2', exists: false, renamedFrom: 'trao-tang-phan-qua' });

    // A key typed in the sidebar that the tab holds for another target: added under the next free key.
    const typed = { ...gifts, key: 'Trao-Tang-Phan-Qua' };
    const result = bundle.run('addTargets', [typed]) as { added: number; renamed: { from: string; to: string }[] };
    expect(result).toEqual({
      added: 1,
      skipped: [],
      renamed: [{ from: 'Trao-Tang-Phan-Qua', to: 'Trao-Tang-Phan-Qua-2' }],
    });
    const rows = emulation.spreadsheet.sheetValues('Chỉ tiêu');
    expect(rows.map((r) => r[0])).toEqual(['Mã', 'trao-tang-phan-qua', 'Trao-Tang-Phan-Qua-2']);
    expect(rows[1]![1]).toBe('Trao tặng phần quà cho công nhân (kế hoạch tháng 3)');
  });

  it('refuses malformed rows with a Vietnamese message', () => {
    const emulation = createEmulation();
    const bundle = emulation.loadBundle();
    expect(() => bundle.run('addTargets', [{ key: '', label: 'x', unit: 'cây', target: -1, kind: 'count' }])).toThrow(
      /Danh sách chỉ tiêu không hợp lệ/,
    );
    expect(() => bundle.run('importPlan', '   ')).toThrow(/Hãy dán nội dung kế hoạch/);
  });
});

function load(workbook: WorkbookData) {
  const emulation = seededEmulation(workbook);
  const bundle = emulation.loadBundle();
  return { emulation, bundle };
}

describe('addTargets on a Targets tab under a title', () => {
  it('writes each value into its column of the header under the title and sees the keys already there', () => {
    const workbook = sampleWorkbook();
    const targets = workbook.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    targets.rows = [['HỆ THỐNG CHỈ TIÊU'], ...targets.rows];
    const { emulation, bundle } = load(workbook);
    const existing = String(targets.rows[2]![0]);
    const rows = [
      // The same target as the row there (its label): skipped. A different one would get "-2" (above).
      { key: existing, label: String(targets.rows[2]![1]), unit: 'cây', target: 1, kind: 'count' },
      { key: 'ke-hoach-moi', label: 'Chỉ tiêu mới', unit: 'lượt', target: 300, kind: 'count', group: 'Nhóm A' },
    ];
    const result = bundle.run('addTargets', rows) as { added: number; skipped: string[] };
    expect(result).toEqual({ added: 1, skipped: [existing], renamed: [] });
    const values = emulation.spreadsheet.sheetValues('Chỉ tiêu');
    expect(values[values.length - 1]!.slice(0, 6)).toEqual([
      'ke-hoach-moi',
      'Chỉ tiêu mới',
      'lượt',
      300,
      'số lượng',
      'Nhóm A',
    ]);
  });
});
