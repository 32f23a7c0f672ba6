// The import panel's rows (src/sidebar/import-rows.ts): which start checked, and the check before addTargets.

import { checkSelection, importRows } from '../../src/sidebar/import-rows';
import { planProposal } from './fixtures';

describe('importRows', () => {
  it('checks every proposal but those whose key the Targets tab already has', () => {
    const rows = importRows(planProposal().targets);
    expect(rows.map((r) => [r.key, r.checked])).toEqual([
      ['trong-moi-cay-xanh', true],
      ['sua-chua-can-nha-tinh-nghia', false],
      ['nang-cap-be-tong-hoa-km', true],
      ['thuong-truc-co-so-doan-su-dung', true],
    ]);
  });
});

describe('checkSelection', () => {
  it('gives the checked rows with the corrections, keys and units trimmed', () => {
    const rows = importRows(planProposal().targets);
    rows[0]!.key = ' cay-xanh ';
    rows[0]!.unit = ' cây ';
    rows[2]!.kind = 'percent';
    rows[2]!.target = 80;
    const proposals = planProposal().targets;
    expect(checkSelection(rows)).toEqual({
      ok: true,
      targets: [
        { ...proposals[0], key: 'cay-xanh', unit: 'cây' },
        { ...proposals[2], kind: 'percent', target: 80 },
        proposals[3],
      ],
    });
  });

  it.each([
    ['Cay-Xanh', 'cay-xanh'],
    ['cây-xanh', 'cay-xanh'],
    ['đuong', 'duong'],
    [' a ', 'a'],
  ])('refuses %p and %p chosen together (the server would skip the second)', (first, second) => {
    const rows = importRows(planProposal().targets);
    rows[0]!.key = first;
    rows[3]!.key = second;
    expect(checkSelection(rows)).toEqual({
      ok: false,
      message: `Mã "${second.trim()}" được chọn nhiều lần. Mỗi chỉ tiêu cần một mã riêng.`,
      index: 3,
      field: 'key',
    });
  });

  it('lets an unchecked row keep a key a checked one uses', () => {
    const rows = importRows(planProposal().targets);
    rows[0]!.key = 'sua-chua-can-nha-tinh-nghia';
    expect(checkSelection(rows).ok).toBe(true);
  });

  it('refuses an empty key, a number that is not above 0, and an empty selection', () => {
    const rows = importRows(planProposal().targets);
    rows[2]!.key = ' ';
    expect(checkSelection(rows)).toMatchObject({ ok: false, index: 2, field: 'key' });
    rows[2]!.key = 'duong';
    for (const target of [NaN, 0, -5, Infinity]) {
      rows[3]!.target = target;
      expect(checkSelection(rows)).toMatchObject({ ok: false, index: 3, field: 'target' });
    }
    for (const row of rows) row.checked = false;
    expect(checkSelection(rows)).toEqual({ ok: false, message: 'Hãy chọn ít nhất một chỉ tiêu để thêm.' });
  });
});
