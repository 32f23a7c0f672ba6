// Validation: every problem code of docs/DOMAIN.md, located on its tab, sheet row and column, in Vietnamese and English.

import { analyze, type Cell, type Problem } from '../../src/core';
import {
  LINK,
  PERIOD_ROWS,
  TARGET_ROWS,
  UNIT_ROWS,
  analyzeEntries,
  dateCell,
  entry,
  problemsOf,
  targetIndex,
  twoUnitWorkbook,
  unitIndex,
  workbook,
} from './fixtures';

const VALID = entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố');

interface Case {
  name: string;
  row: Cell[];
  column: string;
  code: string;
  vi: string;
  en: string;
}

const ENTRY_CASES: Case[] = [
  {
    name: 'an empty date',
    row: entry('', 'P01', 'cay-xanh', 5),
    column: 'Ngày',
    code: 'missing-value',
    vi: 'Thiếu Ngày. Hãy nhập ngày thực hiện (ngày/tháng/năm).',
    en: 'Date is empty. Enter the date (day/month/year).',
  },
  {
    name: 'an empty unit code',
    row: entry('12/6/2023', '  ', 'cay-xanh', 5),
    column: 'Mã đơn vị',
    code: 'missing-value',
    vi: 'Thiếu Mã đơn vị. Hãy nhập mã đơn vị có trong tab Đơn vị.',
    en: 'Unit code is empty. Enter a unit code from the Units tab.',
  },
  {
    name: 'an empty target key',
    row: entry('24/6/2023', 'P02', '', 15),
    column: 'Mã chỉ tiêu',
    code: 'missing-value',
    vi: 'Thiếu Mã chỉ tiêu',
    en: 'Target key is empty',
  },
  {
    name: 'an empty quantity',
    row: entry('24/6/2023', 'P02', 'qua', null),
    column: 'Số lượng',
    code: 'missing-value',
    vi: 'Hãy nhập số lượng đạt được',
    en: 'Enter the quantity achieved',
  },
  {
    name: '"abc" as quantity',
    row: entry('15/6/2023', 'P03', 'cay-xanh', 'abc'),
    column: 'Số lượng',
    code: 'bad-number',
    vi: '"abc" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.',
    en: '"abc" is not a number.',
  },
  {
    name: '"mười" (a number in words)',
    row: entry('15/6/2023', 'P03', 'cay-xanh', 'mười'),
    column: 'Số lượng',
    code: 'bad-number',
    vi: '"mười" không phải là số',
    en: '"mười" is not a number',
  },
  {
    name: '"1/2" as quantity',
    row: entry('15/6/2023', 'P03', 'duong', '1/2'),
    column: 'Số lượng',
    code: 'bad-number',
    vi: '"1/2" không phải là số',
    en: '"1/2" is not a number',
  },
  {
    name: 'a range "5-7"',
    row: entry('26/6/2023', 'P02', 'qua', '5-7', 'Ghi khoảng số'),
    column: 'Số lượng',
    code: 'bad-number',
    vi: '"5-7" không phải là số',
    en: '"5-7" is not a number',
  },
  {
    name: 'a percentage on a count target',
    row: entry('26/6/2023', 'P02', 'cay-xanh', '100%'),
    column: 'Số lượng',
    code: 'bad-number',
    vi: 'chỉ tiêu "cay-xanh" tính theo số lượng',
    en: 'target "cay-xanh" is a count',
  },
  {
    name: 'a negative quantity',
    row: entry('16/6/2023', 'P03', 'qua', -5, 'Trao quà (nhập nhầm dấu trừ)'),
    column: 'Số lượng',
    code: 'negative',
    vi: 'Số lượng -5 là số âm. Hãy nhập số từ 0 trở lên.',
    en: 'Quantity -5 is negative. Enter zero or more.',
  },
  {
    name: '"32/6/2024"',
    row: entry('32/6/2024', 'P01', 'cay-xanh', 5),
    column: 'Ngày',
    code: 'bad-date',
    vi: '"32/6/2024" không phải là ngày hợp lệ. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 11/6/2023.',
    en: '"32/6/2024" is not a valid date. Enter day/month/year, e.g. 11/6/2023.',
  },
  {
    name: '"hôm qua"',
    row: entry('hôm qua', 'P01', 'cay-xanh', 5),
    column: 'Ngày',
    code: 'bad-date',
    vi: '"hôm qua" không phải là ngày hợp lệ',
    en: '"hôm qua" is not a valid date',
  },
  {
    name: '31 June',
    row: entry('31/6/2023', 'P01', 'qua', 25),
    column: 'Ngày',
    code: 'bad-date',
    vi: '"31/6/2023" không phải là ngày hợp lệ',
    en: '"31/6/2023" is not a valid date',
  },
  {
    name: 'a date without a year',
    row: entry('15/6', 'P01', 'cay-xanh', 5),
    column: 'Ngày',
    code: 'bad-date',
    vi: '"15/6" thiếu năm. Hãy nhập đủ ngày/tháng/năm, ví dụ 15/6/2023.',
    en: '"15/6" has no year.',
  },
  {
    name: 'a date before the campaign',
    row: entry('05/6/2023', 'P01', 'qua', 40, 'Hỗ trợ trước ngày ra quân'),
    column: 'Ngày',
    code: 'outside-campaign',
    vi: 'Ngày 05/06/2023 nằm ngoài thời gian chiến dịch (11/06/2023 – 06/08/2023).',
    en: 'Date 05/06/2023 is outside the campaign (11/06/2023 – 06/08/2023).',
  },
  {
    name: 'a date after the campaign',
    row: entry(dateCell(7, 8), 'P01', 'qua', 4),
    column: 'Ngày',
    code: 'outside-campaign',
    vi: 'Ngày 07/08/2023 nằm ngoài thời gian chiến dịch',
    en: 'Date 07/08/2023 is outside the campaign',
  },
  {
    name: 'an unknown unit code',
    row: entry('20/6/2023', 'P17', 'cay-xanh', 10, 'Đơn vị gõ sai mã'),
    column: 'Mã đơn vị',
    code: 'unknown-unit',
    vi: 'Mã đơn vị "P17" không có trong tab Đơn vị.',
    en: 'Unit code "P17" is not on the Đơn vị tab.',
  },
  {
    name: 'an unknown target key',
    row: entry('21/6/2023', 'KYMDAN', 'cay xanh moi', 12, 'Gõ sai mã chỉ tiêu'),
    column: 'Mã chỉ tiêu',
    code: 'unknown-target',
    vi: 'Mã chỉ tiêu "cay xanh moi" không có trong tab Chỉ tiêu.',
    en: 'Target key "cay xanh moi" is not on the Chỉ tiêu tab.',
  },
  {
    name: 'a repeated row',
    row: [...VALID],
    column: 'Ngày',
    code: 'duplicate',
    vi: 'Trùng với dòng 2 (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng 2 được giữ',
    en: 'Same as row 2 (same date, unit, target, quantity and activity). Row 2 is kept',
  },
  {
    name: 'a figure above 1 on a percent target without a base',
    row: entry('25/6/2023', 'BVQ11', 'tt-thanh-toan-dt', 3, 'Ghi số người thay vì 1/0'),
    column: 'Số lượng',
    code: 'over-base',
    vi: 'Chỉ tiêu tỷ lệ "tt-thanh-toan-dt" không có cơ sở tính nên mỗi đơn vị chỉ được tính tối đa 1; dòng này ghi 3.',
    en: 'Percent target "tt-thanh-toan-dt" has no base, so a unit counts at most 1; this row says 3.',
  },
  {
    name: '"150%" from one unit on a percent target without a base',
    row: entry('25/6/2023', 'P02', 'tt-thanh-toan-dt', '150%'),
    column: 'Số lượng',
    code: 'over-base',
    vi: 'dòng này ghi 150%',
    en: 'this row says 150%',
  },
];

describe('each Entries problem', () => {
  it.each(ENTRY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = analyzeEntries([VALID, c.row]);
    expect(a.problems).toEqual([
      {
        tab: 'Kết quả',
        row: 3,
        column: c.column,
        code: c.code,
        severity: 'error',
        message: expect.stringContaining(c.vi),
        messageEn: expect.stringContaining(c.en),
      },
    ]);
    expect(a.excludedRows).toEqual([3]);
    expect(a.entries.map((e) => e.row)).toEqual([2]);
    expect(a.errors).toBe(1);
    expect(a.warnings).toBe(0);
  });

  it('warns (without excluding) a row with no evidence link', () => {
    const a = analyzeEntries([VALID, entry('13/6/2023', 'P02', 'cay-xanh', 30, 'Trồng cây tại trường học', '')]);
    expect(a.problems).toEqual([
      {
        tab: 'Kết quả',
        row: 3,
        column: 'Minh chứng',
        code: 'missing-evidence',
        severity: 'warning',
        message: 'Chưa có minh chứng. Hãy dán đường dẫn ảnh hoặc tài liệu minh chứng.',
        messageEn: 'No evidence. Paste a link to photos or documents.',
      },
    ]);
    expect(a.excludedRows).toEqual([]);
    expect(a.entries.map((e) => e.row)).toEqual([2, 3]);
    expect(a.errors).toBe(0);
    expect(a.warnings).toBe(1);
  });
});

describe('several problems on one row', () => {
  it('lists every problem of the row and counts problems, not rows', () => {
    const a = analyzeEntries([VALID, entry('hôm qua', 'P17', 'cay-xanh', 'abc', 'Ra quân', '')]);
    expect(a.problems.map((p) => [p.row, p.column, p.code, p.severity])).toEqual([
      [3, 'Ngày', 'bad-date', 'error'],
      [3, 'Mã đơn vị', 'unknown-unit', 'error'],
      [3, 'Số lượng', 'bad-number', 'error'],
      [3, 'Minh chứng', 'missing-evidence', 'warning'],
    ]);
    expect(a.errors).toBe(3);
    expect(a.warnings).toBe(1);
    expect(a.excludedRows).toEqual([3]);
  });

  it('reports every empty required cell', () => {
    const a = analyzeEntries([entry('', '', '', '', 'Ra quân')]);
    expect(problemsOf(a, 'missing-value').map((p) => p.column)).toEqual([
      'Ngày',
      'Mã đơn vị',
      'Mã chỉ tiêu',
      'Số lượng',
    ]);
    expect(a.excludedRows).toEqual([2]);
  });
});

describe('matching codes and keys', () => {
  it('matches unit codes and target keys after trimming, case and diacritic folding', () => {
    const a = analyzeEntries([
      entry('12/6/2023', ' p01 ', 'Cay-Xanh', 10),
      entry('12/6/2023', 'kymdan', 'CÂY-XANH', 20),
      entry('12/6/2023', 'Bvq11', ' cây-xanh', 30),
    ]);
    expect(a.problems).toEqual([]);
    const tree = targetIndex(a, 'cay-xanh');
    expect(a.entries.map((e) => [e.unit, e.target, e.quantity])).toEqual([
      [unitIndex(a, 'P01'), tree, 10],
      [unitIndex(a, 'KYMDAN'), tree, 20],
      [unitIndex(a, 'BVQ11'), tree, 30],
    ]);
  });

  it('keeps every accepted form of quantity and date', () => {
    const a = analyzeEntries([
      entry('11/6/2023', 'P01', 'qua', '02'),
      entry('11/06/2023', 'P02', 'cay-xanh', '1.000'),
      entry(dateCell(12, 6), 'P03', 'duong', '0,5'),
      entry(45089, 'BVQ11', 'cay-xanh', '12 cây'),
      entry('ngày 13/6/2023', 'KYMDAN', 'cay-xanh', '1 000'),
      entry('2023-06-14', 'P01', 'tt-thanh-toan-dt', '100%'),
      entry('15/6/2023', 'P02', 'tt-thanh-toan-dt', 0),
    ]);
    // 1.000 trees in one row is twice the campaign's 500: accepted, with the over-target warning only.
    expect(a.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'over-target'],
      [6, 'over-target'],
    ]);
    expect(a.entries.map((e) => e.quantity)).toEqual([2, 1000, 0.5, 12, 1000, 1, 0]);
    expect(a.entries.map((e) => e.day)).toEqual([19519, 19519, 19520, 19520, 19521, 19522, 19523]);
  });

  it('takes "50%" from a unit on a percent target as half of it', () => {
    const a = analyzeEntries([entry('14/6/2023', 'P01', 'tt-thanh-toan-dt', '50%')]);
    expect(a.entries.map((e) => e.quantity)).toEqual([0.5]);
  });

  it('allows figures above 1 on a percent target that has a base', () => {
    const a = analyzeEntries([entry('14/6/2023', 'P01', 'cb-thanh-toan-dt', 12, 'Cập nhật số cán bộ sử dụng')]);
    expect(a.problems).toEqual([]);
    expect(a.entries[0]!.quantity).toBe(12);
  });
});

describe('duplicates', () => {
  it('compares parsed values: date, unit, target, quantity and trimmed activity; not evidence', () => {
    const a = analyzeEntries([
      entry('22/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ', LINK),
      entry(dateCell(22, 6), ' kymdan', 'QUA', '03', ' Tặng quà tại khu nhà trọ ', `${LINK}/anh-2`),
      entry('22/06/2023', 'KYMDAN', 'qua', '3 phần quà', 'Tặng quà tại khu nhà trọ', ''),
    ]);
    expect(problemsOf(a, 'duplicate').map((p) => [p.row, p.message])).toEqual([
      [3, expect.stringContaining('dòng 2')],
      [4, expect.stringContaining('dòng 2')],
    ]);
    expect(a.entries.map((e) => e.row)).toEqual([2]);
    expect(a.excludedRows).toEqual([3, 4]);
  });

  it('does not treat rows that differ in any compared value as duplicates', () => {
    const base = entry('22/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ');
    const a = analyzeEntries([
      base,
      entry('23/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà tại khu nhà trọ'),
      entry('22/6/2023', 'P01', 'qua', 3, 'Tặng quà tại khu nhà trọ'),
      entry('22/6/2023', 'KYMDAN', 'cay-xanh', 3, 'Tặng quà tại khu nhà trọ'),
      entry('22/6/2023', 'KYMDAN', 'qua', 4, 'Tặng quà tại khu nhà trọ'),
      entry('22/6/2023', 'KYMDAN', 'qua', 3, 'Trao quà cho thanh niên công nhân khó khăn'),
    ]);
    expect(a.problems).toEqual([]);
    expect(a.entries).toHaveLength(6);
  });
});

describe('the campaign window', () => {
  const edges = [
    entry('10/6/2023', 'P01', 'qua', 1),
    entry('11/6/2023', 'P01', 'qua', 2),
    entry('6/8/2023', 'P01', 'qua', 3),
    entry('7/8/2023', 'P01', 'qua', 4),
  ];

  it('comes from Settings and includes both ends', () => {
    const a = analyzeEntries(edges);
    expect(a.campaign.window).toEqual({ from: 19519, to: 19575 });
    expect(problemsOf(a, 'outside-campaign').map((p) => p.row)).toEqual([2, 5]);
  });

  it('comes from the periods when Settings has no dates', () => {
    const a = analyzeEntries(edges, { settings: [['Tên chiến dịch', 'Kỳ nghỉ hồng 2023']] });
    expect(a.campaign.window).toEqual({ from: 19519, to: 19575 });
    expect(problemsOf(a, 'outside-campaign').map((p) => p.row)).toEqual([2, 5]);
  });

  it('prefers Settings over the periods', () => {
    const settings = [
      ['Từ ngày', '01/6/2023'],
      ['Đến ngày', '31/8/2023'],
    ];
    const a = analyzeEntries([...edges, entry('05/6/2023', 'P01', 'qua', 5)], { settings });
    expect(a.problems).toEqual([]);
    expect(a.entries).toHaveLength(5);
  });

  it('is open when there is neither Settings nor a period', () => {
    const a = analyzeEntries([entry('1/1/2023', 'P01', 'qua', 1)], { settings: null, periods: [] });
    expect(a.campaign.window).toBeNull();
    expect(a.problems).toEqual([]);
  });

  it('reads Settings keys written with a colon, and refuses a campaign that ends before it starts', () => {
    const ok = analyze(
      twoUnitWorkbook({
        'Cài đặt': [
          ['Khóa', 'Giá trị'],
          ['Từ ngày:', '10/06/2024'],
          ['ĐẾN NGÀY', '20/07/2024'],
        ],
      }),
    );
    expect(ok.campaign.window).toEqual({ from: Date.UTC(2024, 5, 10) / 864e5, to: Date.UTC(2024, 6, 20) / 864e5 });
    const backwards = analyze(
      twoUnitWorkbook({
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

describe('setup tabs', () => {
  function setupProblems(spec: Parameters<typeof workbook>[0]): Problem[] {
    return analyze(workbook(spec)).problems;
  }

  it('has no problem on the reference setup, a deadline before the end of its period included', () => {
    const a = analyze(workbook());
    expect(a.problems).toEqual([]);
    expect(a.campaign.periods.map((p) => [p.name, p.from, p.to, p.deadline])).toEqual([
      ['Đợt 1', 19519, 19538, 19531],
      ['Đợt 2', 19539, 19569, 19561],
      ['Đợt 3', 19570, 19575, 19589],
    ]);
  });

  it('reads targets: numbers in Vietnamese form, kinds, bases, labels', () => {
    const { targets } = analyze(workbook()).campaign;
    expect(targets.map((t) => [t.key, t.kind, t.target, t.base, t.measure])).toEqual([
      ['cay-xanh', 'count', 500, null, 'cây'],
      ['qua', 'count', 50, null, 'phần quà'],
      ['duong', 'count', 0.5, null, 'km'],
      ['tt-thanh-toan-dt', 'percent', 100, null, '%'],
      ['cb-thanh-toan-dt', 'percent', 80, 250, '%'],
    ]);
    expect(targets[0]).toMatchObject({ id: 'cay-xanh', label: 'Trồng mới cây xanh', group: 'Chỉ tiêu chung', row: 2 });
  });

  it.each(['tỷ lệ', 'tỉ lệ', 'Tỷ lệ', '%', 'percent', 'ty le'])('reads Kind "%s" as percent', (kind) => {
    const targets = [['tt-thanh-toan-dt', 'Thường trực dùng thanh toán điện tử', '', '80%', kind, '', null]];
    const [t] = analyze(workbook({ targets })).campaign.targets;
    expect(t).toMatchObject({ kind: 'percent', target: 80 });
  });

  it('takes a blank Kind with a "%" unit or a "80%" target as percent, else count', () => {
    const targets = [
      ['a', 'Cán bộ Đoàn dùng ví điện tử', '%', 80, '', '', null],
      ['b', 'Thường trực dùng ví điện tử', '', '80%', '', '', null],
      ['c', 'Trồng mới cây xanh', 'cây', '1.000', '', '', null],
    ];
    const { targets: read } = analyze(workbook({ targets })).campaign;
    expect(read.map((t) => [t.key, t.kind, t.target])).toEqual([
      ['a', 'percent', 80],
      ['b', 'percent', 80],
      ['c', 'count', 1000],
    ]);
  });

  it.each([
    ['an empty target', ''],
    ['a target in words', 'năm trăm'],
    ['a zero target', 0],
    ['a negative target', -5],
  ])('reports %s as bad-target and drops the row', (_name, value) => {
    const targets = [['cay-xanh', 'Trồng mới cây xanh', 'cây', value, 'số lượng', '', null], TARGET_ROWS[1]!];
    const a = analyzeEntries([entry('12/6/2023', 'P01', 'cay-xanh', 10)], { targets });
    const setup = a.problems.filter((p) => p.tab === 'Chỉ tiêu');
    expect(setup).toEqual([
      expect.objectContaining({ row: 2, column: 'Chỉ tiêu', code: 'bad-target', severity: 'error' }),
    ]);
    expect(setup[0]!.message).toContain('Chỉ tiêu "cay-xanh" chưa có số chỉ tiêu hợp lệ');
    expect(setup[0]!.messageEn).toContain('Target "cay-xanh" has no valid number');
    expect(a.campaign.targets.map((t) => t.key)).toEqual(['qua']);
    // Entries on a dropped target are unknown.
    expect(problemsOf(a, 'unknown-target').map((p) => p.row)).toEqual([2]);
  });

  it('reports a target key used twice (after folding), keeping the first', () => {
    const targets = [TARGET_ROWS[0]!, TARGET_ROWS[1]!, ['CAY-XANH', 'Trồng cây (nhập lại)', 'cây', 300, '', '', null]];
    const problems = setupProblems({ targets });
    expect(problems).toEqual([
      expect.objectContaining({ tab: 'Chỉ tiêu', row: 4, column: 'Mã', code: 'duplicate-key', severity: 'error' }),
    ]);
    expect(problems[0]!.message).toBe('Mã "CAY-XANH" đã dùng ở dòng 2. Mỗi mã chỉ dùng một lần; hãy đổi mã khác.');
    expect(problems[0]!.messageEn).toContain('already used on row 2');
    expect(analyze(workbook({ targets })).campaign.targets.find((t) => t.id === 'cay-xanh')!.target).toBe(500);
  });

  it('reports an unknown Kind and a bad Base', () => {
    const targets = [
      ['cay-xanh', 'Trồng mới cây xanh', 'cây', 500, 'tổng', '', null],
      ['cb-thanh-toan-dt', 'Cán bộ Đoàn dùng ví điện tử', '%', 80, 'tỷ lệ', '', 'hai trăm'],
      ['tt-thanh-toan-dt', 'Thường trực dùng ví điện tử', '%', 100, 'tỷ lệ', '', 0],
    ];
    const problems = setupProblems({ targets });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Loại', 'bad-kind'],
      [3, 'Cơ sở tính', 'bad-base'],
      [4, 'Cơ sở tính', 'bad-base'],
    ]);
    expect(problems[0]!.message).toContain('Hãy ghi "số lượng" hoặc "tỷ lệ"');
  });

  it('reports a target without a key', () => {
    const targets = [['', 'Trồng mới cây xanh', 'cây', 500, '', '', null]];
    expect(setupProblems({ targets }).map((p) => [p.tab, p.row, p.column, p.code])).toEqual([
      ['Chỉ tiêu', 2, 'Mã', 'missing-value'],
    ]);
  });

  it('reports a unit code used twice and a unit without a code', () => {
    const units = [...UNIT_ROWS, [' p01', 'Đoàn Phường 1 (trùng)', '', ''], ['', 'Chi đoàn Viện kiểm sát', '', '']];
    const problems = setupProblems({ units });
    expect(problems.map((p) => [p.tab, p.row, p.column, p.code])).toEqual([
      ['Đơn vị', 7, 'Mã đơn vị', 'duplicate-key'],
      ['Đơn vị', 8, 'Mã đơn vị', 'missing-value'],
    ]);
    expect(problems[0]!.message).toContain('dòng 2');
  });

  it('reports a period that ends before it starts, on its To column', () => {
    const periods = [...PERIOD_ROWS, ['Đợt bổ sung', '20/8/2023', '10/8/2023', '']];
    const problems = setupProblems({ periods });
    expect(problems).toEqual([
      expect.objectContaining({
        tab: 'Đợt báo cáo',
        row: 5,
        column: 'Đến ngày',
        code: 'bad-period',
        severity: 'error',
      }),
    ]);
    expect(problems[0]!.message).toBe(
      'Đợt "Đợt bổ sung" kết thúc (10/08/2023) trước khi bắt đầu (20/08/2023). Hãy sửa Từ ngày hoặc Đến ngày.',
    );
    expect(problems[0]!.messageEn).toBe(
      'Period "Đợt bổ sung" ends (10/08/2023) before it starts (20/08/2023). Fix From or To.',
    );
  });

  it('reports bad, yearless and missing period dates and a repeated period name', () => {
    const periods = [
      ...PERIOD_ROWS,
      ['Đợt 4', '32/8/2023', '31/8/2023', ''],
      ['Đợt 5', '1/9', '30/9/2023', ''],
      ['Đợt 6', '1/10/2023', '', ''],
      ['dot 1', '1/6/2023', '10/6/2023', ''],
    ];
    const problems = setupProblems({ periods });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, 'Từ ngày', 'bad-date'],
      [6, 'Từ ngày', 'bad-date'],
      [7, 'Đến ngày', 'missing-value'],
      [8, 'Tên đợt', 'duplicate-key'],
    ]);
    expect(problems[1]!.message).toContain('thiếu năm');
    expect(analyze(workbook({ periods })).campaign.periods.map((p) => p.name)).toEqual(['Đợt 1', 'Đợt 2', 'Đợt 3']);
  });

  it('reports allocation rows with an unknown unit or target, a bad number or a repeat', () => {
    const allocation = [
      ['P01', 'cay-xanh', 25],
      ['P17', 'cay-xanh', 25],
      ['P02', 'cay xanh moi', 25],
      ['P02', 'cay-xanh', 'hai mươi'],
      ['p01', 'CAY-XANH', 30],
      ['P03', 'cay-xanh', ''],
    ];
    const a = analyze(workbook({ allocation }));
    expect(a.problems.map((p) => [p.tab, p.row, p.column, p.code])).toEqual([
      ['Phân bổ', 3, 'Mã đơn vị', 'unknown-unit'],
      ['Phân bổ', 4, 'Mã chỉ tiêu', 'unknown-target'],
      ['Phân bổ', 5, 'Chỉ tiêu giao', 'bad-allocation'],
      ['Phân bổ', 6, 'Mã chỉ tiêu', 'duplicate-key'],
      ['Phân bổ', 7, 'Chỉ tiêu giao', 'missing-value'],
    ]);
    // An unknown code is not on the Units (or Targets) tab, whatever tab the row itself is on.
    expect(a.problems[0]!.message).toContain('"P17" không có trong tab Đơn vị');
    expect(a.problems[1]!.messageEn).toContain('"cay xanh moi" is not on the Chỉ tiêu tab');
    expect(a.campaign.allocations.get('p01')?.get('cay-xanh')).toBe(25);
    expect(a.campaign.allocations.get('p02')?.get('cay-xanh')).toBeUndefined();
  });

  it('reports a Settings date that is not a date', () => {
    const settings = [
      ['Tên chiến dịch', 'Kỳ nghỉ hồng 2023'],
      ['Từ ngày', 'đầu tháng 6'],
    ];
    const a = analyze(workbook({ settings }));
    expect(a.problems).toEqual([
      expect.objectContaining({ tab: 'Cài đặt', row: 3, column: 'Giá trị', code: 'bad-setting', severity: 'error' }),
    ]);
    expect(a.problems[0]!.message).toContain('"đầu tháng 6"');
    // The window falls back to the periods.
    expect(a.campaign.window).toEqual({ from: 19519, to: 19575 });
  });

  it('counts setup problems among the errors without making the analysis fatal', () => {
    const periods = [...PERIOD_ROWS, ['Đợt bổ sung', '20/8/2023', '10/8/2023', '']];
    const a = analyzeEntries([entry('12/6/2023', 'P01', 'qua', 1, 'Trao quà', '')], { periods });
    expect(a.fatal).toBe(false);
    expect(a.errors).toBe(1);
    expect(a.warnings).toBe(1);
    expect(a.problems.map((p) => p.code)).toEqual(['bad-period', 'missing-evidence']);
  });
});
