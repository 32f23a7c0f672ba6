// The built sidebar (build/Sidebar.html) in real headless Chromium, with google.script.run faked.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, dayFromParts, dayOfMoment, momentOf, progressAt, utcDate } from '../../src/core';
import type { SidebarData } from '../../src/gas/sidebar-types';
import { sampleWorkbook } from '../../src/sample/district11';
import { seededEmulation } from '../support/seed';
import { calls, release } from './browser';
import { sidebarData, templateResult } from './fixtures';
import { eventually, OUTPUT, scenario, SIDEBAR, texts, useSidebar } from './sidebar-page';

const open = useSidebar();
const openSidebar = (s: Parameters<typeof open>[0], today?: Date) => open(s, { today });

describe('build/Sidebar.html', () => {
  it('is one self-contained page: one inline script and style, no server code, small', () => {
    const html = readFileSync(SIDEBAR, 'utf8');
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<!-- (STYLE|SCRIPT) -->|src=|<link\b/);
    expect(html).not.toMatch(/SpreadsheetApp|LockService/);
    expect(Buffer.byteLength(html)).toBeLessThan(40 * 1024);
  });
});

describe('the sidebar in Chromium', () => {
  it('renders attainment bars, the periods and the problem list', async () => {
    const { page, pageErrors, dialogs } = await openSidebar(scenario());

    expect(await page.locator('#campaign').textContent()).toBe('Kỳ nghỉ hồng 2024 – Quận Đoàn 11');
    expect(await texts(page, '#panel-overview h2')).toEqual(['Tiến độ chỉ tiêu', 'Đợt báo cáo', 'Lỗi dữ liệu']);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Tổng quan');
    expect(await page.locator('#panel-import').isHidden()).toBe(true);
    expect(await texts(page, 'h3.group')).toEqual(['Chỉ tiêu chung', 'Chỉ tiêu riêng']);

    const bars = await page.locator('li.target').evaluateAll((items) =>
      items.map((li) => ({
        label: li.querySelector('.target-label')!.textContent,
        percent: li.querySelector('.target-percent')!.textContent,
        figures: li.querySelector('.target-figures')!.textContent,
        status: li.querySelector('.target-status')!.textContent,
        className: li.className,
        width: (li.querySelector('.bar-fill') as HTMLElement).style.width,
        fillPixels: li.querySelector('.bar-fill')!.getBoundingClientRect().width,
        barPixels: li.querySelector('.bar')!.getBoundingClientRect().width,
        colour: getComputedStyle(li.querySelector('.bar-fill')!).backgroundColor,
      })),
    );
    expect(bars.map(({ label, percent, figures, status }) => [label, percent, figures, status])).toEqual([
      ['Trồng mới cây xanh', '116%', '580 / 500 cây', 'Vượt'],
      ['Sửa chữa nhà', '50%', '1 / 2 căn', 'Đúng tiến độ'],
      ['Nâng cấp, bê tông hoá đường giao thông', '20%', '0,1 / 0,5 km', 'Chậm tiến độ'],
      ['Thường trực cơ sở Đoàn dùng tài khoản thanh toán điện tử', '100%', '100% / 100%', 'Đạt'],
      ['Cán bộ Đoàn được tập huấn kỹ năng số', '65%', '52% / 80%', 'Đúng tiến độ'],
    ]);
    // 116% fills the bar and no more; 50% fills half of it.
    expect(bars[0]!.width).toBe('100%');
    expect(bars[0]!.fillPixels).toBeCloseTo(bars[0]!.barPixels, 0);
    expect(bars[1]!.fillPixels).toBeCloseTo(bars[1]!.barPixels / 2, 0);
    // Green when exceeded or met, amber when on pace, red when behind the elapsed share of the campaign.
    const green = 'rgb(24, 128, 56)';
    expect(bars.map((b) => b.colour)).toEqual([
      green,
      'rgb(227, 116, 0)',
      'rgb(217, 48, 37)',
      green,
      'rgb(227, 116, 0)',
    ]);

    const options = await page
      .locator('#period option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toEqual([
      ['Đợt 1', 'Đợt 1'],
      ['Đợt 2', 'Đợt 2'],
      ['Đợt 3', 'Đợt 3'],
    ]);
    expect(await page.locator('#period').inputValue()).toBe('Đợt 2'); // the period that holds today
    expect(await page.locator('#period-dates').textContent()).toBe('01/07/2024 – 31/07/2024 · hạn báo cáo 23/07/2024');
    expect(await page.locator('#generate').isEnabled()).toBe(true);

    expect(await page.locator('#problem-summary').textContent()).toBe('3 lỗi, 1 cảnh báo');
    expect(await texts(page, '.problem-place')).toEqual([
      'Lỗi Kết quả · dòng 12 · Số lượng',
      'Lỗi Kết quả · dòng 27 · Mã đơn vị',
      'Lỗi Kết quả · dòng 31 · Ngày',
      'Cảnh báo Kết quả · dòng 40 · Minh chứng',
    ]);
    expect((await texts(page, '.problem-message'))[0]).toBe(
      '"abc" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.',
    );
    expect(await page.locator('#entries').textContent()).toBe('211/214 dòng kết quả hợp lệ');
    expect(await page.locator('#setup').isHidden()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData']);

    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('once the campaign is over, a target not met is "Chưa đạt" in red', async () => {
    const over = new Date(2024, 8, 1);
    const { page } = await openSidebar(scenario({ getSidebarData: { value: sidebarData(over) } }), over);
    const statuses = await texts(page, '.target-status');
    expect(statuses).toEqual(['Vượt', 'Chưa đạt', 'Chưa đạt', 'Đạt', 'Chưa đạt']);
    expect(await page.locator('li.target.status-not-met').count()).toBe(3);
    const colour = await page
      .locator('li.target .bar-fill')
      .nth(1)
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(colour).toBe('rgb(217, 48, 37)');
    expect(await page.locator('#period').inputValue()).toBe('Đợt 3'); // the last period that has started
  });

  it("shows the core's status and pace: a Settings window longer than the periods keeps the campaign running", async () => {
    // The sample's periods end 06/08/2023; Settings says the campaign runs a year past today.
    const now = new Date();
    const workbook = sampleWorkbook();
    const end = dayFromParts(now.getUTCFullYear() + 1, now.getUTCMonth() + 1, 1)!;
    const settings = workbook.sheets.find((sh) => sh.name === 'Cài đặt')!.rows;
    settings.find((r) => r[0] === 'Đến ngày')![1] = utcDate(end);
    const data = seededEmulation(workbook).loadBundle().run('getSidebarData') as SidebarData;

    // The core's verdict on the same day (the report's rule), target by target.
    const analysis = analyze(workbook);
    const today = dayOfMoment(momentOf(now, analysis.campaign.offsetMinutes));
    const verdict = data.targets.map((t) => progressAt(analysis, t.attainment, today));
    expect(data.targets.map((t) => [t.status, t.paceStatus, t.pace, t.standing])).toEqual(
      verdict.map((v) => [v.status, v.paceStatus, v.pace, v.standing]),
    );
    // The periods' span is over, the window is not: no target is "Chưa đạt", some are behind or on pace.
    expect(verdict.some((v) => v.standing === 'not-met')).toBe(false);
    expect(verdict.some((v) => v.standing === 'behind' || v.standing === 'on-track')).toBe(true);

    const { page, pageErrors } = await openSidebar(scenario({ getSidebarData: { value: data } }), now);
    const label = {
      exceeded: 'Vượt',
      met: 'Đạt',
      'on-track': 'Đúng tiến độ',
      behind: 'Chậm tiến độ',
      'not-met': 'Chưa đạt',
    };
    expect(await texts(page, '.target-status')).toEqual(verdict.map((v) => label[v.standing]));
    expect(
      await page.locator('li.target').evaluateAll((items) => items.map((li) => li.className.replace('target ', ''))),
    ).toEqual(verdict.map((v) => `status-${v.standing}`));
    expect(pageErrors).toEqual([]);
  });

  it('lists errors before warnings, the first 20 at once and the rest on request', async () => {
    const data = sidebarData();
    const warning = data.problems[3]!;
    data.problems = [
      ...Array.from({ length: 30 }, (_, i) => ({ ...warning, row: 2 + i })),
      { ...data.problems[0]!, row: 50 },
      { ...data.problems[1]!, row: 60 },
    ];
    data.errors = 2;
    data.warnings = 30;
    const { page } = await openSidebar(scenario({ getSidebarData: { value: data } }));
    const places = () => texts(page, '.problem-place');
    expect((await places()).slice(0, 3)).toEqual([
      'Lỗi Kết quả · dòng 50 · Số lượng',
      'Lỗi Kết quả · dòng 60 · Mã đơn vị',
      'Cảnh báo Kết quả · dòng 2 · Minh chứng',
    ]);
    expect(await page.locator('.problem').count()).toBe(20);
    await page.getByRole('button', { name: 'Xem thêm 12 mục' }).click();
    expect(await page.locator('.problem').count()).toBe(32);
    expect((await places())[31]).toBe('Cảnh báo Kết quả · dòng 31 · Minh chứng');
    expect(await page.locator('.more').count()).toBe(0);
  });

  it('selects the cell of a clicked problem', async () => {
    const { page } = await openSidebar(scenario());
    await page.locator('.problem-button', { hasText: 'dòng 27' }).click();
    await eventually(
      async () => (await calls(page)).filter((c) => c.name === 'selectCell'),
      [{ name: 'selectCell', args: ['Kết quả', 27, 'Mã đơn vị'] }],
    );
  });

  it('says so when the cell cannot be selected', async () => {
    const { page } = await openSidebar(scenario({ selectCell: { error: 'Không tìm thấy tab "Kết quả".' } }));
    await page.locator('.problem-button').first().click();
    await eventually(
      () => page.locator('#problem-status').textContent(),
      'Không chọn được ô: Không tìm thấy tab "Kết quả".',
    );
  });

  it('"Kiểm tra lại" validates again and shows the new problem list', async () => {
    const { page } = await openSidebar(scenario({}, ['validateEntries']));
    await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
    await eventually(() => page.locator('#problem-summary .working').textContent(), 'Đang xử lý…');
    expect(await page.locator('#revalidate').isDisabled()).toBe(true);
    expect(await release(page)).toBe(1);
    await eventually(() => page.locator('.problem').count(), 1);
    expect(await page.locator('#problem-summary').textContent()).toBe('1 lỗi, 0 cảnh báo');
    expect(await page.locator('#problem-status').textContent()).toBe('Đã kiểm tra lại: đánh dấu 1 ô, gỡ 3 dấu cũ.');
    expect(await page.locator('#revalidate').isEnabled()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData', 'validateEntries']);
  });

  it('generates the chosen period\'s report: spinner, then "Đã tạo tab …"', async () => {
    const { page } = await openSidebar(scenario({}, ['generateReport']));
    await page.locator('#period').selectOption('Đợt 1');
    expect(await page.locator('#period-dates').textContent()).toBe('01/06/2024 – 30/06/2024 · hạn báo cáo 23/06/2024');
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();

    const status = page.locator('#report-status');
    await eventually(() => status.locator('.spinner').count(), 1);
    expect(await status.textContent()).toBe('Đang xử lý…');
    expect(await page.locator('#generate').isDisabled()).toBe(true);
    expect((await calls(page)).filter((c) => c.name === 'generateReport')).toEqual([
      { name: 'generateReport', args: ['Đợt 1'] },
    ]);

    expect(await release(page)).toBe(1);
    await eventually(() => status.locator('.done').textContent(), 'Đã tạo tab "Báo cáo – Đợt 1".');
    expect(await status.locator('.spinner').count()).toBe(0);
    expect(await status.textContent()).toContain('5 chỉ tiêu, 2 đơn vị chưa báo cáo trong đợt.');
    expect(await page.locator('#generate').isEnabled()).toBe(true);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'sidebar.png'), fullPage: true });
  });

  it("shows the server's message when the report fails", async () => {
    const message = 'Không tìm thấy đợt "Đợt 2" trên tab "Đợt báo cáo". Hãy chọn một đợt có trong danh sách.';
    const { page, pageErrors } = await openSidebar(scenario({ generateReport: { error: message } }));
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
    const alert = page.locator('#report-status [role="alert"]');
    await eventually(() => alert.textContent(), message);
    expect(await page.locator('#report-status .done').count()).toBe(0);
    expect(await page.locator('#generate').isEnabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('shows the setup message and an empty state when the sheet is not set up', async () => {
    const data = {
      ...sidebarData(),
      targets: [],
      periods: [],
      problems: [],
      errors: 0,
      warnings: 0,
      entryRows: 0,
      validEntries: 0,
      setupMessage: 'Thiếu tab "Chỉ tiêu". Hãy bấm "Tạo mẫu bảng tính" trong menu Chỉ Tiêu.',
    };
    const { page } = await openSidebar(scenario({ getSidebarData: { value: data } }));
    expect(await page.locator('#setup').textContent()).toBe(data.setupMessage);
    expect(await page.locator('#setup').isVisible()).toBe(true);
    expect(await page.locator('#targets').textContent()).toBe('Chưa có chỉ tiêu nào trên tab "Chỉ tiêu".');
    expect(await page.locator('#report-status').textContent()).toBe('Chưa có đợt báo cáo nào trên tab "Đợt báo cáo".');
    expect(await page.locator('#generate').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tạo mẫu bảng tính', exact: true }).isVisible()).toBe(true);
  });

  it('"Tạo mẫu bảng tính" sets up the template, then loads the data again', async () => {
    const setupMessage = 'Thiếu tab "Chỉ tiêu". Hãy bấm "Tạo mẫu bảng tính" trong menu Chỉ Tiêu.';
    const before = { ...sidebarData(), targets: [], periods: [], problems: [], errors: 0, warnings: 0, setupMessage };
    const { page, pageErrors } = await openSidebar(
      scenario({ getSidebarData: [{ value: before }, { value: sidebarData() }] }, ['setUpTemplate']),
    );
    const button = page.getByRole('button', { name: 'Tạo mẫu bảng tính', exact: true });
    await button.click();
    await eventually(() => page.locator('#setup-status .spinner').count(), 1);
    expect(await button.isDisabled()).toBe(true);
    expect(await release(page)).toBe(1);

    await eventually(() => page.locator('#setup-status .done').textContent(), 'Đã tạo mẫu: 5 tab mới, 0 cột mới.');
    await eventually(() => page.locator('li.target').count(), 5);
    expect(await page.locator('#setup').isHidden()).toBe(true);
    expect(await page.locator('#generate').isEnabled()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData', 'setUpTemplate', 'getSidebarData']);
    expect(pageErrors).toEqual([]);
  });

  it('says when the template was already complete, or why it could not be set up', async () => {
    const data = { ...sidebarData(), setupMessage: 'Thiếu cột "Mã" trên tab "Chỉ tiêu".' };
    const unchanged = { ...templateResult(), createdTabs: [], changes: 0 };
    const first = await openSidebar(scenario({ getSidebarData: { value: data }, setUpTemplate: { value: unchanged } }));
    await first.page.getByRole('button', { name: 'Tạo mẫu bảng tính', exact: true }).click();
    await eventually(
      () => first.page.locator('#setup-status .done').textContent(),
      'Bảng tính đã đúng mẫu, không cần thay đổi.',
    );

    const message = 'Bạn không có quyền sửa bảng tính này.';
    const { page } = await openSidebar(
      scenario({ getSidebarData: { value: data }, setUpTemplate: { error: message } }),
    );
    const button = page.getByRole('button', { name: 'Tạo mẫu bảng tính', exact: true });
    await button.click();
    await eventually(() => page.locator('#setup-status [role="alert"]').textContent(), message);
    expect(await button.isEnabled()).toBe(true);
    expect(await page.locator('#setup').isVisible()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData', 'setUpTemplate']);
  });

  it('shows why the data could not be loaded', async () => {
    const { page } = await openSidebar(
      scenario({ getSidebarData: { error: 'Bạn không có quyền xem bảng tính này.' } }),
    );
    expect(await page.locator('#notice').textContent()).toBe(
      'Không tải được dữ liệu: Bạn không có quyền xem bảng tính này.',
    );
  });

  it('shows HTML and script in user data as literal text and never runs it', async () => {
    const img = '<img src=x onerror="window.__xss=1">';
    const script = '</script><script>window.__xss=2</script>';
    const alert = '"><svg onload=alert(1)>';
    const data = sidebarData();
    data.campaign = script;
    data.setupMessage = `Thiếu cột ${img}`;
    data.targets[0]!.label = img;
    data.targets[0]!.measure = script;
    data.targets[1]!.group = alert;
    data.periods[0]!.name = `Đợt ${img}`;
    data.problems[0]!.message = script;
    data.problems[0]!.tab = img;
    data.problems[1]!.column = alert;
    const { page, dialogs, pageErrors } = await openSidebar(
      scenario({ getSidebarData: { value: data }, generateReport: { error: `Lỗi ${img}${script}` } }),
    );
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
    await eventually(() => page.locator('#report-status [role="alert"]').textContent(), `Lỗi ${img}${script}`);
    await page.waitForTimeout(100); // an injected image's error event would have fired by now

    expect(await page.locator('#campaign').textContent()).toBe(script);
    expect(await page.locator('#setup').textContent()).toBe(`Thiếu cột ${img}`);
    expect(await page.locator('.target-label').first().textContent()).toBe(img);
    expect(await page.locator('.target-figures').first().textContent()).toBe(`580 / 500 ${script}`);
    expect(await texts(page, 'h3.group')).toContain(alert);
    expect(await page.locator('#period option').first().textContent()).toContain(`Đợt ${img}`);
    expect(await page.locator('.problem-message').first().textContent()).toBe(script);
    expect(await page.locator('.problem-place').first().textContent()).toContain(img);
    expect(await page.locator('.problem-place').nth(1).textContent()).toContain(alert);
    // The text is visible as typed.
    expect(await page.locator('body').innerText()).toContain(img);

    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      images: document.querySelectorAll('img').length,
      svgs: document.querySelectorAll('svg').length,
      scripts: document.querySelectorAll('script').length,
    }));
    expect(injected).toEqual({ xss: undefined, images: 0, svgs: 0, scripts: 1 });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
