// The sidebar's reporting status, e-mails to copy, and "Chốt số liệu" / "Mở lại" in Chromium, against the built add-on.

import { entry, workbook } from '../core/fixtures';
import { seededEmulation } from '../support/seed';
import { calls } from './browser';
import { scenario, useSidebar } from './sidebar-page';

const open = useSidebar();
let status: unknown;
let closed: unknown;

beforeAll(() => {
  // The server side is the built bundle in the Apps Script emulation: P01 and P02 reported in Đợt 1 (no recorded
  // time: unknown), P03, BVQ11 and KYMDAN did not.
  const data = workbook({
    entries: [entry('12/6/2023', 'P01', 'cay-xanh', 40, 'Trồng cây'), entry('20/6/2023', 'P02', 'qua', 3, 'Tặng quà')],
  });
  data.sheets.find((s) => s.name === 'Đơn vị')!.rows[3]![3] = 'p03a@doan.vn; p03b@doan.vn';
  data.sheets.find((s) => s.name === 'Đơn vị')!.rows[4]![3] = '';
  const bundle = seededEmulation(data).loadBundle();
  status = bundle.run('getPeriodStatus', 'Đợt 1');
  closed = bundle.run('closePeriod', 'Đợt 1');
});

describe('reporting status and closing in the sidebar', () => {
  it('lists each unit, gives the non-reporting units’ e-mails to copy, and closes only after a confirmation', async () => {
    const { page, dialogs, pageErrors } = await open(
      scenario({ getPeriodStatus: { value: status }, closePeriod: { value: closed } }),
    );
    await page.selectOption('#period', 'Đợt 1');
    await page.click('#period-status-load');
    await page.locator('#period-status ul.unit-status').waitFor();
    expect(await page.locator('#period-status').textContent()).toContain(
      '0 đúng hạn · 2 chưa rõ thời điểm · 0 trễ hạn · 3 chưa báo cáo',
    );
    expect(await page.locator('#period-status textarea.emails').inputValue()).toBe(
      'p03a@doan.vn; p03b@doan.vn; doankymdan@gmail.com',
    );
    expect(await page.locator('#period-status').textContent()).toContain('Chưa có e-mail: BVQ11');
    expect(await page.locator('#period-status li').allTextContents()).toContain(
      'P01 – Đoàn Phường 1: Chưa rõ thời điểm',
    );

    await page.click('#close-period');
    expect(await page.locator('#period-status p.confirm').textContent()).toMatch(/^Chốt số liệu đợt Đợt 1\?/);
    expect((await calls(page)).some((c) => c.name === 'closePeriod')).toBe(false);
    await page.click('#period-status button.action');
    await page.locator('#period-status p.done').waitFor();
    expect(await page.locator('#period-status p.done').textContent()).toMatch(/Đã chốt số liệu đợt Đợt 1/);
    expect((await calls(page)).filter((c) => c.name === 'closePeriod')).toEqual([
      { name: 'closePeriod', args: ['Đợt 1'] },
    ]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
