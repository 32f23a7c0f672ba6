// Recognising the contract tabs and their columns, whatever spelling, order and position the user chose.

import {
  ENTRIES,
  TARGETS,
  UNITS,
  analyze,
  findSheet,
  mapColumns,
  readTable,
  templateWorkbook,
  type SheetData,
} from '../../src/core';
import {
  ENTRY_HEADER,
  LINK,
  analyzeEntries,
  dateCell,
  entry,
  targetIndex,
  twoUnitWorkbook,
  workbook,
} from './fixtures';

describe('mapColumns', () => {
  it('finds the Entries columns in any order', () => {
    const header = ['Minh chứng', 'Số lượng', 'Mã chỉ tiêu', 'Nội dung hoạt động', 'Mã đơn vị', 'Ngày'];
    expect(mapColumns(ENTRIES, header)).toEqual({
      evidence: 0,
      quantity: 1,
      target: 2,
      activity: 3,
      unit: 4,
      date: 5,
    });
  });

  it('matches headers without diacritics and in any case', () => {
    const header = ['NGAY', 'ma don vi', 'Ma Chi Tieu', 'so luong', 'noi dung hoat dong', 'minh chung'];
    expect(mapColumns(ENTRIES, header)).toEqual({
      date: 0,
      unit: 1,
      target: 2,
      quantity: 3,
      activity: 4,
      evidence: 5,
    });
  });

  it('accepts the English aliases', () => {
    const header = ['Date', 'Unit code', 'Target key', 'Quantity', 'Activity', 'Evidence'];
    expect(mapColumns(ENTRIES, header)).toEqual({
      date: 0,
      unit: 1,
      target: 2,
      quantity: 3,
      activity: 4,
      evidence: 5,
    });
  });

  it('reads headers with a hint in brackets or a required-field star', () => {
    const header = ['Ngày (dd/mm/yyyy)', 'Mã đơn vị *', 'Mã chỉ tiêu *', 'Số lượng [cây, lượt…]'];
    expect(mapColumns(ENTRIES, header)).toEqual({ date: 0, unit: 1, target: 2, quantity: 3 });
  });

  it('prefers the exact header over an alias, one sheet column per id', () => {
    // "Chỉ tiêu" is the Target column's header; "Mã chỉ tiêu" is only an alias of the Key column.
    const header = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu', 'Loại chỉ tiêu'];
    expect(mapColumns(TARGETS, header)).toEqual({ key: 0, label: 1, unit: 2, target: 3, kind: 4 });
  });

  it('leaves unknown columns unmapped', () => {
    expect(mapColumns(UNITS, ['STT', 'Mã đơn vị', 'Ghi chú', 'Tên đơn vị'])).toEqual({ code: 1, name: 3 });
  });
});

describe('findSheet and readTable', () => {
  it('finds tabs by their Vietnamese name, without diacritics or by the English alias', () => {
    const sheets: SheetData[] = [
      { name: 'Targets', rows: [] },
      { name: 'don vi', rows: [] },
      { name: 'KẾT QUẢ', rows: [] },
    ];
    expect(findSheet({ sheets }, TARGETS)?.name).toBe('Targets');
    expect(findSheet({ sheets }, UNITS)?.name).toBe('don vi');
    expect(findSheet({ sheets }, ENTRIES)?.name).toBe('KẾT QUẢ');
  });

  it('finds the header row under a title row', () => {
    const sheet: SheetData = {
      name: 'Kết quả',
      rows: [['KẾT QUẢ THỰC HIỆN CHIẾN DỊCH KỲ NGHỈ HỒNG 2023'], [], ENTRY_HEADER, entry('12/6/2023', 'P01', 'qua', 5)],
    };
    const table = readTable(sheet, ENTRIES);
    expect(table.headerIndex).toBe(2);
    expect(table.columns).toMatchObject({ date: 0, unit: 1, target: 2, quantity: 3 });
  });
});

describe('the whole contract through analyze', () => {
  it('reads an Entries tab with English headers in another order', () => {
    const wb = workbook();
    const entries = wb.sheets.find((s) => s.name === 'Kết quả')!;
    entries.name = 'Entries';
    entries.rows = [
      ['Quantity', 'Evidence', 'Target key', 'Date', 'Unit code', 'Activity'],
      [40, LINK, 'cay-xanh', '12/6/2023', 'P01', 'Trồng cây xanh tại khu phố'],
      ['1.000', LINK, 'cay-xanh', '13/6/2023', 'P02', 'Ra quân "Sống xanh" trồng cây'],
    ];
    const a = analyze(wb);
    // 1.000 trees in one row passes the campaign's 500: accepted, with its over-target warning only.
    expect(a.problems.map((p) => [p.tab, p.row, p.code])).toEqual([['Entries', 3, 'over-target']]);
    expect(a.entries.map((e) => e.quantity)).toEqual([40, 1000]);
    expect(a.campaign.tabs.entries).toBe('Entries');
  });

  it('reads every tab under the English names and headers', () => {
    const a = analyze({
      sheets: [
        {
          name: 'Targets',
          rows: [
            ['Key', 'Label', 'Unit', 'Target', 'Kind', 'Group', 'Base'],
            ['cay-xanh', 'Trồng mới cây xanh', 'cây', 500, 'count', '', null],
            ['tt-thanh-toan-dt', 'Thường trực dùng thanh toán điện tử', '%', 100, 'percent', '', null],
          ],
        },
        {
          name: 'Units',
          rows: [
            ['Unit code', 'Unit name', 'Cluster', 'Email'],
            ['P01', 'Đoàn Phường 1', '', ''],
          ],
        },
        {
          name: 'Periods',
          rows: [
            ['Period', 'From', 'To', 'Deadline'],
            ['Đợt 1', '11/6/2023', '30/6/2023', ''],
          ],
        },
        {
          name: 'Entries',
          rows: [
            ['Date', 'Unit code', 'Target key', 'Quantity', 'Activity', 'Evidence'],
            ['12/6/2023', 'P01', 'cay-xanh', 10, 'Trồng cây', LINK],
          ],
        },
        {
          name: 'Settings',
          rows: [
            ['Setting', 'Value'],
            ['Campaign', 'Kỳ nghỉ hồng 2023'],
          ],
        },
      ],
    });
    expect(a.problems).toEqual([]);
    expect(a.fatal).toBe(false);
    expect(a.campaign.name).toBe('Kỳ nghỉ hồng 2023');
    expect(a.campaign.targets.map((t) => [t.key, t.kind, t.target])).toEqual([
      ['cay-xanh', 'count', 500],
      ['tt-thanh-toan-dt', 'percent', 100],
    ]);
    expect(a.entries).toHaveLength(1);
  });

  it('numbers problem rows from the sheet, header under a title included', () => {
    const wb = workbook();
    const entries = wb.sheets.find((s) => s.name === 'Kết quả')!;
    entries.rows = [
      ['Bảng nhập kết quả – Quận Đoàn 11'],
      ENTRY_HEADER,
      entry('12/6/2023', 'P01', 'cay-xanh', 40),
      entry('12/6/2023', 'P01', 'cay-xanh', 'abc'),
    ];
    const a = analyze(wb);
    expect(a.problems).toEqual([expect.objectContaining({ tab: 'Kết quả', row: 4, code: 'bad-number' })]);
    expect(a.excludedRows).toEqual([4]);
    expect(a.entries.map((e) => e.row)).toEqual([3]);
  });

  it('ignores blank rows, extra columns and extra tabs', () => {
    const wb = workbook({
      entries: [
        ['12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây', LINK, 'ghi chú của bí thư'],
        [],
        ['', '  ', null],
        entry(dateCell(13, 6), 'P02', 'cay-xanh', 20),
      ],
    });
    wb.sheets.push({ name: 'Ghi chú', rows: [['Bảng tổng hợp riêng của Ban Chỉ huy'], ['Mã', 'Chỉ tiêu']] });
    const a = analyze(wb);
    expect(a.problems).toEqual([]);
    expect(a.entryRowCount).toBe(2);
    expect(a.entries.map((e) => e.row)).toEqual([2, 5]);
  });

  it('reads the template workbook without any problem', () => {
    const a = analyze(templateWorkbook());
    expect(a.fatal).toBe(false);
    expect(a.errors).toBe(0);
    expect(a.campaign.targets).toEqual([]);
  });

  it('ignores a user tab named like an alias ("Data", "Results") when the real tab is there', () => {
    const analysis = analyze(twoUnitWorkbook({}, [{ name: 'Results', rows: [['Tổng hợp'], ['x']] }]));
    expect(analysis.fatal).toBe(false);
    expect(analysis.entries).toHaveLength(2);
  });

  it('does not treat a row with only a pre-filled STT as an entry', () => {
    const analysis = analyze(twoUnitWorkbook());
    expect(analysis.entryRowCount).toBe(2);
    expect(analysis.problems.filter((p) => p.tab === 'Kết quả')).toEqual([]);
  });
});

describe('missing tabs and columns', () => {
  it('reports a missing Entries tab as a fatal error naming both tab names', () => {
    const a = analyze(workbook({ entries: null }));
    expect(a.fatal).toBe(true);
    const p = a.problems.find((x) => x.code === 'missing-tab')!;
    expect(p).toMatchObject({ tab: 'Kết quả', row: 0, column: '', severity: 'error' });
    expect(p.message).toContain('Kết quả');
    expect(p.messageEn).toContain('Entries');
  });

  it('reports a missing Targets or Units tab as fatal', () => {
    for (const spec of [{ targets: null }, { units: null }]) {
      const a = analyze(workbook(spec));
      expect(a.fatal).toBe(true);
      expect(a.problems.map((p) => p.code)).toEqual(['missing-tab']);
    }
  });

  it('does not require the Periods, Allocation or Settings tabs', () => {
    const a = analyzeEntries([entry('12/6/2023', 'P01', 'cay-xanh', 40)], { periods: null, settings: null });
    expect(a.fatal).toBe(false);
    expect(a.problems).toEqual([]);
    expect(a.campaign.window).toBeNull();
  });

  it('reports a missing required column on the header row', () => {
    const wb = workbook();
    const entries = wb.sheets.find((s) => s.name === 'Kết quả')!;
    entries.rows = [
      ['Danh sách kết quả'],
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Minh chứng'],
      ['12/6/2023', 'P01', 'cay-xanh', LINK],
    ];
    const a = analyze(wb);
    expect(a.fatal).toBe(true);
    expect(a.problems).toHaveLength(1);
    const p = a.problems[0]!;
    expect(p).toMatchObject({ tab: 'Kết quả', row: 2, column: 'Số lượng', code: 'missing-column', severity: 'error' });
    expect(p.message).toContain('Số lượng');
    expect(p.messageEn).toContain('Quantity');
  });

  it('reports a Targets tab without its Target column', () => {
    const wb = workbook();
    wb.sheets[0]!.rows = [
      ['Mã', 'Nội dung'],
      ['cay-xanh', 'Trồng mới cây xanh'],
    ];
    const b = analyze(wb);
    expect(b.fatal).toBe(true);
    expect(b.problems).toEqual([
      expect.objectContaining({ tab: 'Chỉ tiêu', row: 1, column: 'Chỉ tiêu', code: 'missing-column' }),
    ]);
  });

  it('warns on every row when the Entries tab has no Evidence column', () => {
    const wb = workbook();
    const entries = wb.sheets.find((s) => s.name === 'Kết quả')!;
    entries.rows = [
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng'],
      ['12/6/2023', 'P01', 'cay-xanh', 40],
      ['13/6/2023', 'P02', 'cay-xanh', 30],
    ];
    const a = analyze(wb);
    expect(a.problems).toEqual([
      expect.objectContaining({ tab: 'Kết quả', row: 2, code: 'missing-evidence', severity: 'warning' }),
      expect.objectContaining({ tab: 'Kết quả', row: 3, code: 'missing-evidence', severity: 'warning' }),
    ]);
    expect(a.warnings).toBe(2);
    expect(a.entries).toHaveLength(2);
    expect(a.entries[0]!.target).toBe(targetIndex(a, 'cay-xanh'));
  });
});

describe('a Settings tab written as bare key–value pairs', () => {
  it('reads the campaign window without a Khóa/Giá trị header row', () => {
    const { analyze } = require('../../src/core') as typeof import('../../src/core');
    const analysis = analyze({
      sheets: [
        {
          name: 'Chỉ tiêu',
          rows: [
            ['Mã', 'Chỉ tiêu'],
            ['cay-xanh', 500],
          ],
        },
        { name: 'Đơn vị', rows: [['Mã đơn vị'], ['P01']] },
        { name: 'Kết quả', rows: [['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Minh chứng']] },
        {
          name: 'Cài đặt',
          rows: [
            ['Tên chiến dịch', 'Mùa hè xanh 2024'],
            ['Từ ngày', '01/06/2024'],
            ['Đến ngày', '31/08/2024'],
          ],
        },
      ],
    });
    expect(analysis.campaign.name).toBe('Mùa hè xanh 2024');
    expect(analysis.campaign.window).toEqual({
      from: Date.UTC(2024, 5, 1) / 86_400_000,
      to: Date.UTC(2024, 7, 31) / 86_400_000,
    });
  });
});
