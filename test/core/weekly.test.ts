// Weekly periods from a window and a weekday-and-hour rule, as setUpTemplate and `chitieu init --weekly` write them.

import { analyze, dayFromParts, parseWeeklyRule, weeklyPeriods, weeklyPlan } from '../../src/core';
import { workbook } from './fixtures';

describe('weekly periods', () => {
  it('reads the rule as boards write it', () => {
    expect(parseWeeklyRule('thứ 7 17:00')).toEqual({ weekday: 6, minutes: 17 * 60 });
    expect(parseWeeklyRule('Thứ Bảy, 17h')).toEqual({ weekday: 6, minutes: 17 * 60 });
    expect(parseWeeklyRule('T6 16h30')).toEqual({ weekday: 5, minutes: 16 * 60 + 30 });
    expect(parseWeeklyRule('hằng tuần chủ nhật 20 giờ')).toEqual({ weekday: 0, minutes: 20 * 60 });
    expect(parseWeeklyRule('saturday')).toEqual({ weekday: 6, minutes: null });
    expect(parseWeeklyRule('thứ 8 17:00')).toBeNull();
    expect(parseWeeklyRule('thứ 7 25:00')).toBeNull();
  });

  it('cuts the window into weeks ending on the deadline weekday, the deadline that day at the hour', () => {
    // 11/6/2023 was a Sunday; 6/8/2023 a Sunday.
    const window = { from: dayFromParts(2023, 6, 11)!, to: dayFromParts(2023, 8, 6)! };
    const weeks = weeklyPeriods(window, { weekday: 6, minutes: 17 * 60 });
    expect(weeks).toHaveLength(9);
    expect(weeks[0]).toEqual({
      name: 'Tuần 1',
      from: dayFromParts(2023, 6, 11),
      to: dayFromParts(2023, 6, 17),
      deadline: new Date(Date.UTC(2023, 5, 17, 17)),
    });
    expect(weeks[1]!.from).toBe(dayFromParts(2023, 6, 18));
    expect(weeks.at(-1)).toMatchObject({
      name: 'Tuần 9',
      from: dayFromParts(2023, 8, 6),
      to: dayFromParts(2023, 8, 6),
    });
    // Without an hour: the end of the day.
    expect(weeklyPeriods(window, { weekday: 6, minutes: null })[0]!.deadline).toEqual(
      new Date(Date.UTC(2023, 5, 17, 23, 59, 59)),
    );
  });

  it('plans them only on an empty Periods tab with a window, and the core reads them back with their deadlines', () => {
    const settings = [
      ['Từ ngày', '11/6/2023'],
      ['Đến ngày', '06/8/2023'],
      ['Hạn báo cáo hằng tuần', 'thứ 7 17:00'],
    ];
    expect(weeklyPlan(workbook({ settings })).ok).toBe(false); // the three phases are there
    const plan = weeklyPlan(workbook({ settings, periods: [] }));
    if (!plan.ok) throw new Error(plan.reason);
    const read = analyze(workbook({ settings, periods: plan.rows }));
    expect(read.problems).toEqual([]);
    expect(read.campaign.periods.map((p) => p.name)).toHaveLength(9);
    expect(read.campaign.periods[0]!.deadlineAt).toBe(Date.UTC(2023, 5, 17, 17));
    expect(weeklyPlan(workbook({ settings: settings.slice(2), periods: [] }))).toEqual({
      ok: false,
      reason: 'no-window',
    });
    expect(weeklyPlan(workbook({ settings: [['Hạn báo cáo tuần', 'sớm']], periods: [] }))).toMatchObject({
      ok: false,
      reason: 'bad-rule',
    });
  });
});
