// `chitieu report --json` gives each unit's reporting and the late units; `validate --json` locates each late-entry.

import { join } from 'node:path';
import { chitieu, json, tempDir } from '../support/cli';
import { d, readTab, writeXlsx, type Rows } from '../support/workbooks';

/** A date-time cell as a downloaded .xlsx holds it: the sheet's wall clock (Asia/Ho_Chi_Minh), no zone. */
const dt = (day: number, month: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2024, month - 1, day, hour, minute));

const TABS: Record<string, Rows> = {
  'Chỉ tiêu': [
    ['Mã', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu', 'Loại'],
    ['hien-mau', 'Hiến máu tình nguyện', 'đơn vị máu', 300, 'số lượng'],
  ],
  'Đơn vị': [
    ['Mã đơn vị', 'Tên đơn vị', 'Email'],
    ['NK', 'Đoàn phường Ninh Kiều', 'ninhkieu@doan.vn'],
    ['CR', 'Đoàn phường Cái Răng', 'cairang@doan.vn'],
    ['BT', 'Đoàn phường Bình Thủy', 'binhthuy@doan.vn'],
    ['OM', 'Đoàn phường Ô Môn', ''],
  ],
  'Đợt báo cáo': [
    ['Tên đợt', 'Từ ngày', 'Đến ngày', 'Hạn báo cáo'],
    ['Tuần 1', d(1, 7), d(7, 7), dt(6, 7, 17)],
    ['Đợt 1', d(1, 7), d(22, 7), '17 giờ 00 ngày 23/7/2024'],
  ],
  // A Google Forms responses tab made into the Entries tab: "Dấu thời gian" first.
  'Kết quả': [
    ['Dấu thời gian', 'Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Minh chứng'],
    [dt(5, 7, 20, 15), d(3, 7), 'NK', 'hien-mau', 12, 'https://drive.google.com/nk'],
    ['06/07/2024 17:30:00', d(4, 7), 'CR', 'hien-mau', 9, 'https://drive.google.com/cr'],
    [null, d(10, 7), 'BT', 'hien-mau', 4, 'https://drive.google.com/bt'],
    [dt(23, 7, 16, 59), d(20, 7), 'CR', 'hien-mau', 3, 'https://drive.google.com/cr'],
  ],
};

describe('chitieu on a Google Forms workbook with deadlines that carry a time', () => {
  const dir = tempDir();
  const file = join(dir, 'can-tho.xlsx');
  beforeAll(() => writeXlsx(file, TABS));

  it('report --json: reporting per unit, the late units and the deadline with its time', () => {
    const week = json(chitieu('report', file, '--period', 'Tuần 1', '--json', '--out', join(dir, 'w1.xlsx')));
    expect(week.period.deadlineAt).toBe('2024-07-06T17:00:00+07:00');
    expect(week.period.deadline).toBe('2024-07-06');
    expect(Object.fromEntries(week.units.map((u: any) => [u.code, u.reporting]))).toEqual({
      NK: 'on-time',
      CR: 'late',
      BT: 'none',
      OM: 'none',
    });
    expect(week.lateUnits).toEqual(['CR']);
    expect(week.nonReporting).toEqual(['BT', 'OM']);

    const phase = json(chitieu('report', file, '--period', 'Đợt 1', '--json', '--out', join(dir, 'd1.xlsx')));
    expect(phase.period.deadlineAt).toBe('2024-07-23T17:00:00+07:00');
    // CR's second row (recorded 23/7 16:59) is on time for Đợt 1; BT has no recorded time.
    expect(Object.fromEntries(phase.units.map((u: any) => [u.code, u.reporting]))).toEqual({
      NK: 'on-time',
      CR: 'on-time',
      BT: 'unknown',
      OM: 'none',
    });
    expect(phase.lateUnits).toEqual([]);
    expect(phase.targets[0].periodResult).toBe(28);
  });

  it('validate --json locates the late entry on its date column, naming the period', () => {
    const run = chitieu('validate', file, '--json');
    expect(run.status).toBe(0);
    const late = json(run).problems.filter((p: any) => p.code === 'late-entry');
    expect(late).toEqual([expect.objectContaining({ tab: 'Kết quả', row: 3, column: 'Ngày', severity: 'warning' })]);
    expect(late[0].message).toContain('Tuần 1 (17:00 06/07/2024)');
  });
});

describe('chitieu on a workbook downloaded after a period was closed in Sheets', () => {
  const dir = tempDir();
  const file = join(dir, 'da-chot.xlsx');
  beforeAll(async () => {
    const { analyze, buildReport, closingRows, findPeriod, CLOSING_HEADER, CLOSING_TAB } =
      await import('../../src/core');
    const { workbook, entry } = await import('../core/fixtures');
    const data = workbook({
      entries: [
        entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây'),
        entry('20/6/2023', 'P02', 'cay-xanh', 60, 'Trồng cây'),
        entry('5/7/2023', 'P01', 'cay-xanh', 100, 'Trồng cây'),
      ],
    });
    const analysis = analyze(data);
    const at = new Date('2023-06-24T03:00:00Z');
    const rows = closingRows(analysis, findPeriod(analysis, 'Đợt 1'), buildReport(analysis, 'Đợt 1', at), at);
    data.sheets.push({ name: CLOSING_TAB, rows: [CLOSING_HEADER, ...rows] });
    // A secretary's change after the closing: 60 → 90.
    data.sheets.find((s) => s.name === 'Kết quả')!.rows[2]![3] = 90;
    const tabs: Record<string, Rows> = {};
    for (const s of data.sheets) tabs[s.name] = s.rows.map((r) => r.map((c) => (c === undefined ? null : c))) as Rows;
    await writeXlsx(file, tabs);
  });

  it('reports the kept figures of the closed period and the live ones of the next', () => {
    const kept = json(chitieu('report', file, '--period', 'Đợt 1', '--json', '--out', join(dir, 'd1.xlsx')));
    expect(kept.closedAt).toBe('2023-06-24T03:00:00.000Z');
    expect(kept.targets.find((t: any) => t.key === 'cay-xanh').periodResult).toBe(100);
    const next = json(chitieu('report', file, '--period', 'Đợt 2', '--json', '--out', join(dir, 'd2.xlsx')));
    expect(next.targets.find((t: any) => t.key === 'cay-xanh').cumulative).toBe(230);
    expect(next.lateChanges).toEqual([expect.objectContaining({ key: 'cay-xanh', change: 30, periods: ['Đợt 1'] })]);
    expect(json(chitieu('attainment', file, 'cay-xanh', '--period', 'Đợt 1', '--json'))).toMatchObject({
      achieved: 100,
      attainment: 0.2,
    });
    expect(json(chitieu('attainment', file, 'cay-xanh', '--json')).achieved).toBe(230);
  });

  it('validate --json locates the after-cutoff change', () => {
    const problems = json(chitieu('validate', file, '--json')).problems;
    expect(problems.filter((p: any) => p.code === 'after-cutoff')).toEqual([
      expect.objectContaining({ tab: 'Kết quả', row: 3, column: 'Số lượng', severity: 'warning' }),
    ]);
  });
});

describe('chitieu init --weekly', () => {
  it('writes one period per week of the window, with the deadline rule in Settings', async () => {
    const dir = tempDir();
    const file = join(dir, 'tuan.xlsx');
    const run = chitieu('init', file, '--weekly', 'thứ 7 17:00', '--from', '10/6/2024', '--to', '20/8/2024');
    expect(run.status).toBe(0);
    const periods = await readTab(file, 'Đợt báo cáo');
    expect(periods.slice(1, 3)).toEqual([
      ['Tuần 1', d(10, 6), d(15, 6), new Date(Date.UTC(2024, 5, 15, 17))],
      ['Tuần 2', d(16, 6), d(22, 6), new Date(Date.UTC(2024, 5, 22, 17))],
    ]);
    expect(periods.at(-1)).toEqual(['Tuần 11', d(18, 8), d(20, 8), new Date(Date.UTC(2024, 7, 20, 17))]);
    const settings = (await readTab(file, 'Cài đặt')).map((r) => r.slice(0, 2));
    expect(settings).toContainEqual(['Hạn báo cáo hằng tuần', 'thứ 7 17:00']);
    const report = json(chitieu('report', file, '--period', 'Tuần 2', '--json', '--out', join(dir, 'r.xlsx')));
    expect(report.period.deadlineAt).toBe('2024-06-22T17:00:00+07:00');
  });

  it('refuses a rule it cannot read, in Vietnamese, with exit 2', () => {
    const run = chitieu(
      'init',
      join(tempDir(), 'x.xlsx'),
      '--weekly',
      'sớm',
      '--from',
      '10/6/2024',
      '--to',
      '20/8/2024',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/không phải là hạn báo cáo hằng tuần/);
  });
});
