// Behaviours settled after review: real tabs win over look-alikes, Sheets' 0.8 for "80%", a bad deadline keeps its
// period, helper columns do not make a row, allocations on percent targets, Settings keys with punctuation.

import { analyze, answer, buildReport, type Cell, type WorkbookData } from '../../src/core';

function workbook(
  extra: Partial<Record<string, Cell[][]>> = {},
  first: { name: string; rows: Cell[][] }[] = [],
): WorkbookData {
  const tabs: Record<string, Cell[][]> = {
    'Chỉ tiêu': [
      ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'],
      ['cay', 'Trồng cây', 'cây', 100, 'số lượng'],
      ['epay', 'Cán bộ dùng thanh toán điện tử', '%', 0.8, 'tỷ lệ'],
    ],
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị'],
      ['P01', 'Đoàn Phường 1'],
      ['P02', 'Đoàn Phường 2'],
    ],
    'Đợt báo cáo': [
      ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
      ['Đợt 1', '01/06/2024', '30/06/2024', 'trước 23/6'],
      ['Đợt 2', '01/07/2024', '31/07/2024', '23/07/2024'],
    ],
    'Kết quả': [
      ['STT', 'Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Minh chứng'],
      [1, '15/06/2024', 'P01', 'cay', 40, 'https://x/1'],
      [2, '16/06/2024', 'P01', 'epay', 1, 'https://x/2'],
      [3, '', '', '', '', ''],
    ],
    ...extra,
  } as Record<string, Cell[][]>;
  return { sheets: [...first, ...Object.entries(tabs).map(([name, rows]) => ({ name, rows }))] };
}

describe('settled behaviours', () => {
  it('ignores a user tab named like an alias ("Data", "Results") when the real tab is there', () => {
    const analysis = analyze(workbook({}, [{ name: 'Results', rows: [['Tổng hợp'], ['x']] }]));
    expect(analysis.fatal).toBe(false);
    expect(analysis.entries).toHaveLength(2);
  });

  it('reads a percent target stored as 0.8 (Sheets\' "80%") as 80 percent points', () => {
    const analysis = analyze(workbook());
    const epay = answer(analysis, { target: 'epay' });
    expect(epay.target).toBe(80);
    // One unit of two has the figure 1: share 50 %, attainment 0.5 ÷ 0.8.
    expect(epay.achieved).toBe(50);
    expect(epay.attainment).toBeCloseTo(0.625, 9);
  });

  it('keeps a period whose deadline is unreadable, reporting only the deadline', () => {
    const analysis = analyze(workbook());
    expect(analysis.campaign.periods.map((p) => p.name)).toEqual(['Đợt 1', 'Đợt 2']);
    expect(analysis.campaign.periods[0]!.deadline).toBeNull();
    expect(analysis.problems).toEqual([
      expect.objectContaining({ tab: 'Đợt báo cáo', row: 2, column: 'Hạn báo cáo', code: 'bad-date' }),
    ]);
    expect(buildReport(analysis, 'Đợt 1').period.deadline).toBeNull();
  });

  it('does not treat a row with only a pre-filled STT as an entry', () => {
    const analysis = analyze(workbook());
    expect(analysis.entryRowCount).toBe(2);
    expect(analysis.problems.filter((p) => p.tab === 'Kết quả')).toEqual([]);
  });

  it('measures a unit on a percent target against its allocation as figure ÷ allocation', () => {
    const analysis = analyze(
      workbook({
        'Phân bổ': [
          ['Mã đơn vị', 'Mã chỉ tiêu', 'Chỉ tiêu giao'],
          ['P01', 'epay', 2],
        ],
      }),
    );
    expect(answer(analysis, { target: 'epay', unit: 'P01' })).toMatchObject({
      achieved: 1,
      target: 2,
      attainment: 0.5,
    });
  });

  it('reads Settings keys written with a colon, and refuses a campaign that ends before it starts', () => {
    const ok = analyze(
      workbook({
        'Cài đặt': [
          ['Khóa', 'Giá trị'],
          ['Từ ngày:', '10/06/2024'],
          ['ĐẾN NGÀY', '20/07/2024'],
        ],
      }),
    );
    expect(ok.campaign.window).toEqual({ from: Date.UTC(2024, 5, 10) / 864e5, to: Date.UTC(2024, 6, 20) / 864e5 });
    const backwards = analyze(
      workbook({
        'Cài đặt': [
          ['Khóa', 'Giá trị'],
          ['Từ ngày', '30/07/2024'],
          ['Đến ngày', '01/06/2024'],
        ],
      }),
    );
    expect(backwards.problems).toContainEqual(expect.objectContaining({ tab: 'Cài đặt', row: 3, code: 'bad-setting' }));
    // The window falls back to the periods, so the entries stay inside it.
    expect(backwards.entries).toHaveLength(2);
  });
});
