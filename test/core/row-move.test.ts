// Planning a move of `Kết quả` rows to the units' own tabs: columns by contract id or header, twins, reasons to stay.

import { planRowMove, readCampaign, rowList, sameRow, type Cell } from '../../src/core';
import { UNIT_ROWS, workbook } from '../core/fixtures';

const units = readCampaign(workbook()).campaign.units;
const HEADER = ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng', 'Ghi nhận lúc'];
const typed = new Date(Date.UTC(2023, 5, 12, 2, 15));

/** `Kết quả` kept in English headers, in its own order, with a column of its own ("Ghi chú"). */
const main = {
  rows: [
    ['Unit code', 'Date', 'Target key', 'Quantity', 'Activity', 'Ghi chú', 'Recorded at'],
    ['P01', '12/6/2023', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố', '', typed],
    ['p02', '20/6/2023', 'cay-xanh', '60', 'Ra quân "Sống xanh"', 'Ảnh ở nhóm Zalo', ''],
    ['', '2/7/2023', 'cay-xanh', 5, 'Chưa ghi đơn vị', '', ''],
    ['P17', '3/7/2023', 'qua', 2, 'Mã gõ sai', '', ''],
    ['BVQ11', '15/07/2023', 'cay-xanh', 75, 'Trồng cây tại bệnh viện', '', ''],
    ['', '', '', '', '', '', ''],
    ['P01', '1/7/2023', 'cay-xanh', 100, '=40+60', '', ''],
    ['P03', '5/7/2023', 'duong', '0,2', 'Bê tông hoá hẻm ấp 1', '', ''],
  ] as Cell[][],
  formats: [] as string[][],
  formulas: [[], [], [], [], [], [], [], ['', '', '', '', '=40+60'], []],
};
main.formats = main.rows.map((r) => r.map((_, c) => (c === 1 ? 'dd/mm/yyyy' : c === 6 ? 'dd/mm/yyyy hh:mm:ss' : '@')));

describe('planRowMove', () => {
  const tabs = [
    // P01's tab already holds the first row: a cut run copied it.
    {
      name: 'Kết quả – P01',
      rows: [HEADER, ['12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố', '', typed]],
      editable: true,
    },
    // P02's tab has a "Ghi chú" column at the right; P03's has none, so P03's note-less row still moves.
    { name: 'Kết quả - p02', rows: [[...HEADER, 'Ghi chú']], editable: true },
    { name: 'Kết quả – P03', rows: [HEADER], editable: true },
    { name: 'Kết quả – BVQ11', rows: [HEADER], editable: false },
  ];
  const plan = planRowMove(main, units, tabs);

  it('places each cell under its contract column (any alias) or the same header, with its format', () => {
    const p02 = plan.moves.find((m) => m.tab === 'Kết quả - p02')!;
    expect(p02.values).toEqual([
      ['20/6/2023', 'p02', 'cay-xanh', '60', 'Ra quân "Sống xanh"', '', '', 'Ảnh ở nhóm Zalo'],
    ]);
    expect(p02.formats[0]).toEqual(['dd/mm/yyyy', '@', '@', '@', '@', null, 'dd/mm/yyyy hh:mm:ss', '@']);
    expect([p02.first, p02.sources, p02.dests]).toEqual([2, [3], [2]]);
    const p03 = plan.moves.find((m) => m.tab === 'Kết quả – P03')!;
    expect(p03.values).toEqual([['5/7/2023', 'P03', 'duong', '0,2', 'Bê tông hoá hẻm ấp 1', '', '']]);
  });

  it('does not copy a row its tab already holds: it is only cleared', () => {
    const p01 = plan.moves.find((m) => m.tab === 'Kết quả – P01')!;
    expect(p01).toMatchObject({ sources: [2], dests: [2], values: [] });
  });

  it('keeps the rest on Kết quả with a reason', () => {
    expect(plan.stays).toEqual([
      { row: 4, reason: 'noUnit', code: '' },
      { row: 5, reason: 'unknownUnit', code: 'P17' },
      { row: 6, reason: 'notEditor', code: 'BVQ11' },
      { row: 8, reason: 'formula', code: 'P01' },
    ]);
    // Without a tab for P02 (or with one lacking the note's column), P02's row stays.
    const without = planRowMove(main, units, [tabs[0]!, { ...tabs[2]!, name: 'Kết quả – P02' }]);
    expect(without.stays.find((s) => s.row === 3)).toEqual({ row: 3, reason: 'noColumn', code: 'p02' });
    expect(
      planRowMove(main, units, [])
        .stays.filter((s) => s.reason === 'noTab')
        .map((s) => s.row),
    ).toEqual([2, 3, 6, 8, 9]);
    expect(units.map((u) => u.code)).toEqual(UNIT_ROWS.map((r) => r[0]));
  });

  it('fills a tab column from one Kết quả column only: a row with a value in a second one stays', () => {
    // Two "Ghi chú" columns, and a second unit code column under an alias ("Mã đơn vị" is the contract's).
    const rows: Cell[][] = [
      ['Mã đơn vị', 'Ngày', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Ghi chú', 'Ghi chú', 'Unit code'],
      ['P02', '12/6/2023', 'cay-xanh', 40, 'Trồng cây', 'Ảnh ở nhóm Zalo', '', ''],
      ['P02', '13/6/2023', 'cay-xanh', 41, 'Trồng cây', 'Ảnh', 'Đã gửi bản giấy', ''],
      ['P02', '14/6/2023', 'cay-xanh', 42, 'Trồng cây', '', '', 'P02'],
    ];
    const twice = { rows, formats: rows.map((r) => r.map(() => '')), formulas: [] };
    const p02 = { name: 'Kết quả – P02', rows: [[...HEADER, 'Ghi chú']], editable: true };
    const plan = planRowMove(twice, units, [p02]);
    expect(plan.moves[0]!.values).toEqual([
      ['12/6/2023', 'P02', 'cay-xanh', 40, 'Trồng cây', '', '', 'Ảnh ở nhóm Zalo'],
    ]);
    expect(plan.stays).toEqual([
      { row: 3, reason: 'sameColumn', code: 'P02' },
      { row: 4, reason: 'sameColumn', code: 'P02' },
    ]);
  });

  it('compares rows as Sheets hands them back and lists rows as runs', () => {
    expect(sameRow(['a', new Date(5), 2, ''], ['a', new Date(5), 2])).toBe(true);
    expect(sameRow(['a', 2], ['a', '2'])).toBe(false);
    expect(rowList([14, 2, 3, 4, 9])).toBe('2–4, 9, 14');
  });
});
