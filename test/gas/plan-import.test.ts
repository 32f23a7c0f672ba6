// importPlan proposes without writing; addTargets appends confirmed rows in one batch and never changes existing rows.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(result).toEqual({ added: 11, skipped: ['trong-moi-cay-xanh'] });
    expect(emulation.calls.byMember['Range.setValues']).toBe(1);
    const rows = emulation.spreadsheet.sheetValues('Chỉ tiêu');
    expect(rows[1]).toEqual(['trong-moi-cay-xanh', 'Cây (nhập tay)', 'cây', 400, 'số lượng', '', '']);
    expect(rows).toHaveLength(13);
    expect(rows.find((r) => r[0] === 'chi-doan-khu-pho')?.slice(2, 5)).toEqual(['%', 100, 'tỷ lệ']);
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBe(3);
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
