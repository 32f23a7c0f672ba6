// Deadlines with a time, overlapping periods, recorded times and each unit's reporting (docs/DOMAIN.md, "Deadlines").

import { analyze, buildReport, dayFromParts, parseMoment, type Cell } from '../../src/core';
import { dateCell, ENTRY_HEADER, LINK, problemsOf, twoUnitWorkbook, workbook } from './fixtures';

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe('parseMoment reads deadlines and timestamps as people write them', () => {
  it.each([
    ['23/6/2024 17:00', at(2024, 6, 23, 17)],
    ['17h00 23/6/2024', at(2024, 6, 23, 17)],
    ['17h 23/6/2024', at(2024, 6, 23, 17)],
    ['17 giờ 00 ngày 23/6/2024', at(2024, 6, 23, 17)],
    ['17 giờ 30 phút ngày 23 tháng 6 năm 2024', at(2024, 6, 23, 17, 30)],
    ['17:00 ngày 23/06/2024', at(2024, 6, 23, 17)],
    ['23/06/2024 16:05:10', at(2024, 6, 23, 16, 5, 10)],
    ['2024-06-23T17:00:00+07:00', at(2024, 6, 23, 17)],
    ['2024-06-23 09:15', at(2024, 6, 23, 9, 15)],
    ['23/6/2024 5:30 PM', at(2024, 6, 23, 17, 30)],
  ])('"%s"', (text, expected) => {
    expect(parseMoment(text)).toEqual({ ok: true, at: expected, hasTime: true });
  });

  it('a date alone has no time; a date-time cell and a serial keep theirs', () => {
    expect(parseMoment('23/6/2024')).toEqual({ ok: true, at: at(2024, 6, 23), hasTime: false });
    expect(parseMoment(new Date(at(2024, 6, 23, 16, 5)))).toEqual({
      ok: true,
      at: at(2024, 6, 23, 16, 5),
      hasTime: true,
    });
    // 45466 is 23/6/2024 in Sheets' and Excel's serials; .75 is 18:00.
    expect(parseMoment(45466.75)).toEqual({ ok: true, at: at(2024, 6, 23, 18), hasTime: true });
  });

  it('refuses impossible times and dates', () => {
    expect(parseMoment('25:00 23/6/2024').ok).toBe(false);
    expect(parseMoment('23/6/2024 17:75').ok).toBe(false);
    expect(parseMoment('32/6/2024 17:00').ok).toBe(false);
    expect(parseMoment('hôm qua').ok).toBe(false);
  });
});

// 2024 campaign: two phases and, inside the first, two weekly periods (overlapping periods).
const PERIODS: Cell[][] = [
  ['Tuần 1', dateCell(10, 6, 2024), dateCell(16, 6, 2024), '15/6/2024 17:00'],
  ['Tuần 2', dateCell(17, 6, 2024), dateCell(23, 6, 2024), '17h00 22/6/2024'],
  ['Đợt 1', dateCell(10, 6, 2024), dateCell(23, 6, 2024), '17 giờ 00 ngày 23/6/2024'],
  ['Đợt 2', dateCell(24, 6, 2024), dateCell(23, 7, 2024), dateCell(23, 7, 2024)],
  ['Đợt 3', dateCell(24, 7, 2024), dateCell(20, 8, 2024), null],
];
const SETTINGS: Cell[][] = [
  ['Tên chiến dịch', 'Mùa hè xanh 2024'],
  ['Từ ngày', '10/6/2024'],
  ['Đến ngày', '20/8/2024'],
];
const HEADER = [...ENTRY_HEADER, 'Dấu thời gian', 'Ghi nhận lúc'];
const row = (date: string, unit: string, qty: number, forms: Cell, stamp: Cell) => [
  date,
  unit,
  'cay-xanh',
  qty,
  'Trồng cây',
  LINK,
  forms,
  stamp,
];

function season(entries: Cell[][]) {
  const data = workbook({ periods: PERIODS, settings: SETTINGS, entries: [] });
  data.sheets.find((s) => s.name === 'Kết quả')!.rows = [HEADER, ...entries];
  return analyze(data);
}

describe('deadlines, recorded times and reporting', () => {
  const analysis = season([
    // P01: a Forms row before Tuần 1's deadline → on time in Tuần 1 and Đợt 1.
    row('12/6/2024', 'P01', 10, '15/06/2024 16:05:10', null),
    // P02: stamped by the add-on after Tuần 1's deadline (15/6 17:00) but before Đợt 1's (23/6 17:00).
    row('14/6/2024', 'P02', 5, null, new Date(at(2024, 6, 15, 18, 30))),
    // P03: no recorded time at all → unknown.
    row('20/6/2024', 'P03', 7, null, null),
    // BVQ11: recorded after every deadline that contains its date (Tuần 2: 22/6 17:00; Đợt 1: 23/6 17:00).
    row('21/6/2024', 'BVQ11', 4, '23/06/2024 17:00:01', null),
    // KYMDAN: one late row and one unknown row in Đợt 2 → unknown wins over late.
    row('30/6/2024', 'KYMDAN', 2, '24/07/2024 08:00:00', null),
    row('1/7/2024', 'KYMDAN', 3, null, null),
    // P01 in Đợt 3 (no deadline: end of 20/8), recorded at 20/8 23:59:00 → on time.
    row('1/8/2024', 'P01', 1, null, '20/8/2024 23:59'),
  ]);

  it('reads the deadlines with their times, end of day otherwise, end of the last day without one', () => {
    const byName = new Map(analysis.campaign.periods.map((p) => [p.name, p]));
    expect(byName.get('Tuần 1')!.deadlineAt).toBe(at(2024, 6, 15, 17));
    expect(byName.get('Tuần 2')!.deadlineAt).toBe(at(2024, 6, 22, 17));
    expect(byName.get('Đợt 1')!.deadlineAt).toBe(at(2024, 6, 23, 17));
    expect(byName.get('Đợt 2')!.deadlineAt).toBe(at(2024, 7, 23, 23, 59, 59));
    expect(byName.get('Đợt 3')!.deadlineAt).toBe(at(2024, 8, 20, 23, 59, 59));
    expect(byName.get('Đợt 1')!.deadline).toBe(dayFromParts(2024, 6, 23));
  });

  it('gives each unit its reporting, in the order on-time, unknown, late, none', () => {
    const week1 = buildReport(analysis, 'Tuần 1');
    const status = (r: ReturnType<typeof buildReport>) => Object.fromEntries(r.units.map((u) => [u.code, u.reporting]));
    expect(status(week1)).toEqual({ P01: 'on-time', P02: 'late', P03: 'none', BVQ11: 'none', KYMDAN: 'none' });
    expect(week1.lateUnits).toEqual(['P02']);
    expect(week1.nonReporting).toEqual(['P03', 'BVQ11', 'KYMDAN']);
    // Đợt 1 overlaps both weeks: every entry of 10–23/6 belongs to it too.
    const phase1 = buildReport(analysis, 'Đợt 1');
    expect(status(phase1)).toEqual({ P01: 'on-time', P02: 'on-time', P03: 'unknown', BVQ11: 'late', KYMDAN: 'none' });
    expect(phase1.lateUnits).toEqual(['BVQ11']);
    expect(phase1.targets.find((t) => t.key === 'cay-xanh')!.periodResult).toBe(26);
    expect(buildReport(analysis, 'Tuần 2').targets.find((t) => t.key === 'cay-xanh')!.periodResult).toBe(11);
    expect(status(buildReport(analysis, 'Đợt 2')).KYMDAN).toBe('unknown');
    expect(status(buildReport(analysis, 'Đợt 3')).P01).toBe('on-time');
  });

  it('gives the deadline with its time and the zone in JSON', () => {
    const phase1 = buildReport(analysis, 'Đợt 1');
    expect(phase1.period).toEqual({
      name: 'Đợt 1',
      from: '2024-06-10',
      to: '2024-06-23',
      deadline: '2024-06-23',
      deadlineAt: '2024-06-23T17:00:00+07:00',
    });
  });

  it('warns late-entry on the date column, naming every period whose deadline was missed', () => {
    const late = problemsOf(analysis, 'late-entry');
    expect(late.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, 'Ngày', 'warning'],
      [5, 'Ngày', 'warning'],
      [6, 'Ngày', 'warning'],
    ]);
    expect(late[0]!.message).toContain('Tuần 1 (17:00 15/06/2024)');
    expect(late[0]!.message).not.toContain('Đợt 1');
    expect(late[1]!.message).toContain('Tuần 2 (17:00 22/06/2024), Đợt 1 (17:00 23/06/2024)');
    expect(late[1]!.message).toContain('17:00:01 23/06/2024');
    expect(late[2]!.messageEn).toContain('Đợt 2 (23:59:59 23/07/2024)');
    // Late rows still count.
    expect(analysis.entries).toHaveLength(7);
  });

  it('a row holding only a stamp is no entry', () => {
    const stampOnly = season([[null, null, null, null, null, null, null, new Date(at(2024, 6, 15, 9))]]);
    expect(stampOnly.entryRowCount).toBe(0);
    expect(stampOnly.problems.filter((p) => p.tab === 'Kết quả')).toEqual([]);
  });

  it('keeps a period whose deadline is unreadable, reporting only the deadline', () => {
    const analysis = analyze(twoUnitWorkbook());
    expect(analysis.campaign.periods.map((p) => p.name)).toEqual(['Đợt 1', 'Đợt 2']);
    expect(analysis.campaign.periods[0]!.deadline).toBeNull();
    expect(analysis.problems).toEqual([
      expect.objectContaining({ tab: 'Đợt báo cáo', row: 2, column: 'Hạn báo cáo', code: 'bad-date' }),
    ]);
    expect(buildReport(analysis, 'Đợt 1').period.deadline).toBeNull();
  });
});
