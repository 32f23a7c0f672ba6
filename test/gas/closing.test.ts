// Closing a period in the built add-on, step by step: a closed period, a secretary's edit a week later, a paste of 50
// rows, a Google Forms row, a reopening; the figures of each step asserted (report tab, formulas, Nhật ký, stamps).

import type { Cell } from '../../src/core';
import { entry, ENTRY_HEADER, LINK, workbook } from '../core/fixtures';
import { seededEmulation, snapshot } from '../support/seed';

const DAY_MS = 86_400_000;
const VIETNAM_MS = 7 * 3_600_000;
const FORMS_TAB = 'Kết quả – Biểu mẫu';

function setUp() {
  const data = workbook({
    entries: [
      entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây xanh tại khu phố'),
      entry('20/6/2023', 'P02', 'cay-xanh', 60, 'Ra quân trồng cây'),
      entry('16/6/2023', 'KYMDAN', 'qua', 3, 'Tặng quà'),
      entry('5/7/2023', 'P01', 'cay-xanh', 100, 'Trồng cây ven kênh'),
    ],
  });
  const entries = data.sheets.find((s) => s.name === 'Kết quả')!;
  entries.rows[0] = [...ENTRY_HEADER, 'Ghi nhận lúc'];
  // A Google Forms responses tab read as Entries: its own timestamp column comes first.
  data.sheets.push({ name: FORMS_TAB, rows: [['Dấu thời gian', ...ENTRY_HEADER]] });
  const emulation = seededEmulation(data);
  emulation.spreadsheet.addSheet('Tổng hợp', [
    ['=ATTAINMENT("cay-xanh";"Đợt 1")'],
    ['=ACHIEVED("cay-xanh";"Đợt 1")'],
    ['=ACHIEVED("cay-xanh")'],
    ['=ACHIEVED("cay-xanh";"Đợt 2")'],
    ['=ACHIEVED("cay-xanh";"Đợt 1";"P02")'],
  ]);
  emulation.recalculateAll();
  return { emulation, bundle: emulation.loadBundle() };
}

type Env = ReturnType<typeof setUp>;
const figures = ({ emulation }: Env) => emulation.spreadsheet.sheetValues('Tổng hợp').map((r) => r[0]);
const log = ({ emulation }: Env) => emulation.spreadsheet.sheetValues('Nhật ký').slice(1);
const reportText = (env: Env, period: string) => {
  env.bundle.run('generateReport', period);
  return env.emulation.spreadsheet.sheetValues(`Báo cáo – ${period}`);
};
/** The "Kết quả trong đợt" (period result) cell of the trees target in a report tab. */
const periodResult = (rows: unknown[][]) => rows.find((r) => r[1] === 'cay-xanh')![5];

describe('closing a period in the add-on', () => {
  it('keeps the closed figures through edits, a paste and a Forms row, logs every difference, and reopens', () => {
    const env = setUp();
    const { emulation, bundle } = env;
    expect(figures(env)).toEqual([0.2, 100, 200, 200, 60]);

    // 1. The command board closes Đợt 1.
    const closed = bundle.run('closePeriod', 'Đợt 1') as { period: string; rows: number; message: string };
    expect(closed).toMatchObject({ period: 'Đợt 1', rows: 3 });
    expect(closed.message).toMatch(/Đã chốt số liệu đợt Đợt 1/);
    expect(emulation.spreadsheet.protections('Chốt số liệu')).toEqual([
      expect.objectContaining({ type: 'SHEET', warningOnly: true }),
    ]);
    expect(emulation.spreadsheet.protections('Nhật ký')).toEqual([
      expect.objectContaining({ type: 'SHEET', warningOnly: true }),
    ]);
    expect(log(env).map((r) => r[1])).toEqual(['Chốt số liệu']);
    expect(() => bundle.run('closePeriod', 'Đợt 1')).toThrow(/đã được chốt số liệu lúc/);

    // 2. A week later a secretary changes 60 to 90 in a Đợt 1 row.
    emulation.advanceTime(7 * DAY_MS);
    expect(bundle.edit('Kết quả', 'D3', 90).error).toBeUndefined();
    // Đợt 1 and ATTAINMENT/ACHIEVED with Đợt 1 keep the closed figures; to date and Đợt 2 include the change.
    expect(figures(env)).toEqual([0.2, 100, 230, 230, 60]);
    expect(periodResult(reportText(env, 'Đợt 1'))).toBe(100);
    expect(reportText(env, 'Đợt 1').flat().join(' ')).toMatch(/Số liệu đã chốt lúc/);
    const phase2 = reportText(env, 'Đợt 2');
    const lateLine = phase2.findIndex((r) => String(r[0]).startsWith('Bổ sung sau chốt số liệu'));
    expect(lateLine).toBeGreaterThan(0);
    expect(phase2[lateLine + 2]!.slice(0, 6)).toEqual([1, 'cay-xanh', 'Trồng mới cây xanh', 'cây', 30, 1]);
    // The edited row carries after-cutoff on its cell, and Nhật ký has the old and the new value, once.
    const checked = bundle.run('validateEntries') as {
      problems: { tab: string; row: number; column: string; code: string }[];
    };
    expect(checked.problems).toContainEqual(
      expect.objectContaining({ tab: 'Kết quả', row: 3, column: 'Số lượng', code: 'after-cutoff' }),
    );
    expect(emulation.spreadsheet.cell('Kết quả', 'D3').note).toMatch(/đã đổi từ "60" thành "90"/);
    const edits = log(env).filter((r) => r[1] === 'Sửa sau chốt số liệu');
    expect(edits.map((r) => r.slice(2, 7))).toEqual([['Kết quả', 3, 'Số lượng', '60', '90']]);
    expect(edits[0]![0]).toBeInstanceOf(Date);
    // A retyped cell that held a value does not stamp its row (the row was complete before any edit we heard).
    expect(emulation.spreadsheet.sheetValues('Kết quả')[2]![6]).toBe('');

    // 3. A paste of 50 rows dated in Đợt 2: each row stamped once, in one write, and counted in Đợt 2 only.
    const pasted: Cell[][] = Array.from({ length: 50 }, (_, i) => [
      '10/7/2023',
      ['P02', 'P03', 'BVQ11', 'KYMDAN'][i % 4]!,
      'cay-xanh',
      1,
      `Trồng cây đợt ${i + 1}`,
      LINK,
    ]);
    emulation.calls.reset();
    expect(bundle.edit('Kết quả', 'A6:F55', pasted).error).toBeUndefined();
    const stampWrites = emulation.calls.byMember['Range.setValues'] ?? 0;
    expect(stampWrites).toBe(1);
    const stamps = emulation.spreadsheet
      .sheetValues('Kết quả')
      .slice(5, 55)
      .map((r) => r[6]);
    expect(stamps.every((s) => s instanceof Date)).toBe(true);
    expect(new Set(stamps.map((s) => (s as Date).getTime())).size).toBe(1);
    expect(figures(env)).toEqual([0.2, 100, 280, 280, 60]);
    // Recorded in 2026, long after Đợt 2's deadline: those units are late, P01 (no recorded time) is unknown.
    expect(reportText(env, 'Đợt 2').flat()).toContain('Đơn vị báo cáo trễ hạn (4)');
    // A later edit of a pasted row does not move its stamp.
    emulation.advanceTime(DAY_MS);
    bundle.edit('Kết quả', 'D6', 2);
    expect((emulation.spreadsheet.sheetValues('Kết quả')[5]![6] as Date).getTime()).toBe((stamps[0] as Date).getTime());

    // 4. A Google Forms row dated in Đợt 1 arrives without an edit: found at the next full check.
    const formsTime = new Date(Date.UTC(2023, 6, 1, 9, 0) - VIETNAM_MS);
    emulation.spreadsheet.write(FORMS_TAB, 'A2', [
      [formsTime, '21/6/2023', 'P03', 'cay-xanh', 15, 'Trồng cây (biểu mẫu)', LINK],
    ]);
    const full = bundle.run('validateEntries') as {
      problems: { tab: string; row: number; column: string; code: string; message: string }[];
    };
    const formsProblems = full.problems.filter((p) => p.tab === FORMS_TAB);
    expect(formsProblems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Ngày', 'late-entry'],
      [2, 'Ngày', 'after-cutoff'],
    ]);
    expect(formsProblems[0]!.message).toMatch(/09:00 01\/07\/2023.*Đợt 1 \(23:59:59 23\/06\/2023\)/);
    expect(
      log(env)
        .filter((r) => r[1] === 'Thêm sau chốt số liệu')
        .map((r) => r.slice(2, 7)),
    ).toEqual([[FORMS_TAB, 2, 'Ngày', '', '21/06/2023 · P03 · cay-xanh · 15']]);
    expect(periodResult(reportText(env, 'Đợt 1'))).toBe(100);
    // A second full check writes nothing new to the log.
    const logged = log(env).length;
    bundle.run('validateEntries');
    expect(log(env)).toHaveLength(logged);

    // 5. Reopening brings the live figures back: 40 + 90 + 15 in Đợt 1.
    const reopened = bundle.run('reopenPeriod', 'Đợt 1') as { closedAt: string | null };
    expect(reopened.closedAt).toBeNull();
    // To date: 40 + 90 + 100 + the paste (50, one row since retyped to 2: 51) + the Forms row (15).
    expect(figures(env)).toEqual([0.29, 145, 296, 296, 90]);
    expect(periodResult(reportText(env, 'Đợt 1'))).toBe(145);
    expect(log(env).at(-1)![1]).toBe('Mở lại');
    expect(
      emulation.spreadsheet
        .sheetValues('Chốt số liệu')
        .slice(1)
        .filter((r) => r[0] === 'Đợt 1'),
    ).toEqual([]);
    const after = bundle.run('validateEntries') as { problems: { code: string }[] };
    expect(after.problems.filter((p) => p.code === 'after-cutoff')).toEqual([]);
  });
});

describe('setUpTemplate writes weekly periods', () => {
  /** A campaign with a weekly deadline rule and an empty Periods tab. */
  const weeklyWorkbook = () =>
    workbook({
      periods: [],
      settings: [
        ['Tên chiến dịch', 'Mùa hè xanh 2024'],
        ['Từ ngày', '10/6/2024'],
        ['Đến ngày', '20/8/2024'],
        ['Hạn báo cáo hằng tuần', 'thứ 7 17:00'],
      ],
    });

  it('never under a Periods tab filled by a formula (an import from another spreadsheet)', () => {
    const data = weeklyWorkbook();
    const emulation = seededEmulation(data);
    emulation.spreadsheet.write('Đợt báo cáo', 'A1', [
      ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/thanh-doan/edit","Đợt!A:D")'],
    ]);
    const before = snapshot(emulation, ['Đợt báo cáo']);
    const result = emulation.loadBundle().run('setUpTemplate') as { weeklyPeriods: number };
    expect(result.weeklyPeriods).toBe(0);
    expect(snapshot(emulation, ['Đợt báo cáo'])).toEqual(before);
  });

  it('from the Settings rule and window, on an empty Periods tab only, once', () => {
    const data = weeklyWorkbook();
    const emulation = seededEmulation(data);
    const bundle = emulation.loadBundle();
    const first = bundle.run('setUpTemplate') as { weeklyPeriods: number };
    expect(first.weeklyPeriods).toBe(11);
    const rows = emulation.spreadsheet.sheetValues('Đợt báo cáo');
    expect(rows[1]![0]).toBe('Tuần 1');
    // Sheets holds instants: 17:00 on 15/6/2024 in Asia/Ho_Chi_Minh is 10:00 UTC.
    expect((rows[1]![3] as Date).toISOString()).toBe('2024-06-15T10:00:00.000Z');
    expect(emulation.spreadsheet.cell('Đợt báo cáo', 'D2').numberFormat).toBe('dd/mm/yyyy hh:mm');
    const second = bundle.run('setUpTemplate') as { weeklyPeriods: number; changes: number };
    expect(second).toMatchObject({ weeklyPeriods: 0, changes: 0 });
    expect(emulation.spreadsheet.sheetValues('Đợt báo cáo')).toHaveLength(12);
    // The periods read back with their deadlines: the add-on's report of a week gives its deadline with the time.
    bundle.run('generateReport', 'Tuần 2');
    expect(emulation.spreadsheet.sheetValues('Báo cáo – Tuần 2').flat()).toContain('Hạn báo cáo: 17:00 22/06/2024');
  });
});
