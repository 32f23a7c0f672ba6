// The "Nhập kế hoạch" panel of the built sidebar in Chromium: paste, read, correct, add (google.script.run faked).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { calls, release } from './browser';
import { addTargetsResult, PLAN_TEXT, planProposal } from './fixtures';
import { eventually, OUTPUT, scenario, texts, useSidebar } from './sidebar-page';

const openSidebar = useSidebar();

/** What HtmlOutput.append adds after the page in showPlanImport (src/gas/main.ts). */
const IMPORT_PANEL = '<script>window.CHITIEU_PANEL = "import";</script>';

const rows = (page: Page) => page.locator('tr.proposal');

/** Each proposed row as the user sees it: checked, label, "đã có", line, key, number, unit, kind. */
function readRows(page: Page) {
  return rows(page).evaluateAll((trs) =>
    trs.map((tr) => {
      const value = (selector: string) => (tr.querySelector(selector) as HTMLInputElement).value;
      return {
        checked: (tr.querySelector('.field-check') as HTMLInputElement).checked,
        label: (tr.querySelector('.field-label') as HTMLInputElement).value,
        exists: tr.querySelector('.badge-exists')?.textContent ?? null,
        line: tr.querySelector('.cell-line')!.textContent,
        key: value('.field-key'),
        target: value('.field-target'),
        unit: value('.field-unit'),
        kind: value('.field-kind'),
      };
    }),
  );
}

async function addCalls(page: Page) {
  return (await calls(page)).filter((c) => c.name === 'addTargets');
}

/** Opens the import panel with its tab, pastes the plan and reads it. */
async function readPlan(page: Page, text = PLAN_TEXT): Promise<void> {
  await page.getByRole('tab', { name: 'Nhập kế hoạch' }).click();
  await page.getByLabel('Dán nội dung kế hoạch (phần hệ thống chỉ tiêu)').fill(text);
  await page.getByRole('button', { name: 'Đọc kế hoạch', exact: true }).click();
  await page.locator('#plan-result').waitFor();
}

describe('the "Nhập kế hoạch" panel', () => {
  it('opens from its tab; the overview stays loaded behind "Tổng quan"', async () => {
    const { page, pageErrors } = await openSidebar(scenario());
    expect(await texts(page, '[role="tab"]')).toEqual([
      expect.stringContaining('Tổng quan'),
      expect.stringContaining('Nhập kế hoạch'),
    ]);
    await page.getByRole('tab', { name: 'Nhập kế hoạch' }).click();
    expect(await page.locator('#panel-import').isVisible()).toBe(true);
    expect(await page.locator('#panel-overview').isHidden()).toBe(true);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Nhập kế hoạch');
    expect(await page.locator('#plan-result').isHidden()).toBe(true);

    await page.getByRole('tab', { name: 'Nhập kế hoạch' }).press('ArrowLeft');
    expect(await page.locator('#panel-overview').isVisible()).toBe(true);
    expect(await page.locator('li.target').count()).toBe(5);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData']);
    expect(pageErrors).toEqual([]);
  });

  it('opens on this panel when showPlanImport appends window.CHITIEU_PANEL = "import"', async () => {
    const { page, pageErrors } = await openSidebar(scenario(), { append: IMPORT_PANEL });
    expect(await page.locator('#panel-import').isVisible()).toBe(true);
    expect(await page.locator('#panel-overview').isHidden()).toBe(true);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Nhập kế hoạch');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-text');
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData']);
    expect(pageErrors).toEqual([]);

    // Any other value (or none) opens the overview.
    const other = await openSidebar(scenario(), { append: '<script>window.CHITIEU_PANEL = "reports";</script>' });
    expect(await other.page.locator('#panel-overview').isVisible()).toBe(true);
    expect(await other.page.locator('#panel-import').isHidden()).toBe(true);
  });

  it('reads the pasted plan: spinner, then the proposed targets, the existing key unchecked, the warnings', async () => {
    const { page, pageErrors } = await openSidebar(scenario({}, ['importPlan']));
    await page.getByRole('tab', { name: 'Nhập kế hoạch' }).click();
    await page.getByLabel('Dán nội dung kế hoạch (phần hệ thống chỉ tiêu)').fill(PLAN_TEXT);
    await page.getByRole('button', { name: 'Đọc kế hoạch', exact: true }).click();
    await eventually(() => page.locator('#read-status .spinner').count(), 1);
    expect(await page.locator('#read-plan').isDisabled()).toBe(true);
    expect((await calls(page)).filter((c) => c.name === 'importPlan')).toEqual([
      { name: 'importPlan', args: [PLAN_TEXT] },
    ]);
    expect(await release(page)).toBe(1);
    await page.locator('#plan-result').waitFor();

    expect(await page.locator('#read-status').textContent()).toBe('');
    expect(await page.locator('#proposal-summary').textContent()).toBe(
      'Tìm thấy 4 chỉ tiêu, 1 đã có trên tab "Chỉ tiêu".',
    );
    expect(await readRows(page)).toEqual([
      {
        checked: true,
        label: 'Trồng mới cây xanh',
        exists: null,
        line: 'dòng 3',
        key: 'trong-moi-cay-xanh',
        target: '500',
        unit: 'cây',
        kind: 'count',
      },
      {
        checked: false,
        label: 'Sửa chữa căn nhà tình nghĩa (ít nhất 20 triệu đồng/căn)',
        exists: 'đã có',
        line: 'dòng 4',
        key: 'sua-chua-can-nha-tinh-nghia',
        target: '2',
        unit: 'căn',
        kind: 'count',
      },
      {
        checked: true,
        label: 'Nâng cấp, bê tông hoá km đường giao thông nông thôn',
        exists: null,
        line: 'dòng 5',
        key: 'nang-cap-be-tong-hoa-km',
        target: '0.5',
        unit: 'km',
        kind: 'count',
      },
      {
        checked: true,
        label: 'Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử',
        exists: null,
        line: 'dòng 8',
        key: 'thuong-truc-co-so-doan-su-dung',
        target: '100',
        unit: '%',
        kind: 'percent',
      },
    ]);
    expect(await texts(page, '.proposal-group th')).toEqual(['Chỉ tiêu chung', 'Chỉ tiêu riêng']);
    expect(await rows(page).nth(0).locator('.field-kind option').allTextContents()).toEqual(['số lượng', 'tỷ lệ']);
    expect(await rows(page).nth(3).locator('.field-kind option:checked').textContent()).toBe('tỷ lệ');
    expect(await texts(page, '.plan-warning')).toEqual(planProposal().warnings);
    expect(await page.locator('#selected-count').textContent()).toBe('Đã chọn 3/4 chỉ tiêu');
    expect(await page.locator('#add-targets').isEnabled()).toBe(true);
    expect(await page.locator('#read-plan').isEnabled()).toBe(true);

    // The rows fit the 300-pixel sidebar: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'sidebar-import.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('sends the checked rows with the corrected keys, numbers and kinds, then says what was added', async () => {
    const answer = { value: addTargetsResult(2, ['nang-cap-be-tong-hoa-km']) };
    const { page, pageErrors } = await openSidebar(scenario({ addTargets: answer }, ['addTargets']));
    await readPlan(page);

    await rows(page).nth(0).locator('.field-key').fill('cay-xanh-2024');
    await rows(page).nth(0).locator('.field-target').fill('600');
    await rows(page).nth(2).locator('.field-kind').selectOption('tỷ lệ');
    await rows(page).nth(2).locator('.field-unit').fill('%');
    await rows(page).nth(3).locator('.field-check').uncheck();
    await rows(page).nth(1).locator('.field-check').check();
    await rows(page).nth(1).locator('.field-key').fill('  sua-nha-tinh-nghia ');
    expect(await page.locator('#selected-count').textContent()).toBe('Đã chọn 3/4 chỉ tiêu');

    await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
    await eventually(() => page.locator('#add-status .spinner').count(), 1);
    expect(await page.locator('#add-targets').isDisabled()).toBe(true);
    const proposals = planProposal().targets;
    expect(await addCalls(page)).toEqual([
      {
        name: 'addTargets',
        args: [
          [
            { ...proposals[0], key: 'cay-xanh-2024', target: 600 },
            { ...proposals[1], key: 'sua-nha-tinh-nghia' },
            { ...proposals[2], kind: 'percent', unit: '%' },
          ],
        ],
      },
    ]);

    expect(await release(page)).toBe(1);
    await eventually(
      () => page.locator('#add-status .done').textContent(),
      'Đã thêm 2 chỉ tiêu; bỏ qua: nang-cap-be-tong-hoa-km.',
    );
    // What was sent is on the Targets tab now: "đã có", unchecked; the overview reloads its data.
    const after = await readRows(page);
    expect(after.map((r) => [r.key, r.checked, r.exists])).toEqual([
      ['cay-xanh-2024', false, 'đã có'],
      ['sua-nha-tinh-nghia', false, 'đã có'],
      ['nang-cap-be-tong-hoa-km', false, 'đã có'],
      ['thuong-truc-co-so-doan-su-dung', false, null],
    ]);
    expect(await page.locator('#selected-count').textContent()).toBe('Đã chọn 0/4 chỉ tiêu');
    await eventually(
      async () => (await calls(page)).map((c) => c.name),
      ['getSidebarData', 'importPlan', 'addTargets', 'getSidebarData'],
    );
    expect(await page.locator('#add-targets').isEnabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('lets the user edit the label: the edited words are sent, an empty label is refused, a new key is said', async () => {
    const renamed = [{ from: 'trong-moi-cay-xanh', to: 'trong-moi-cay-xanh-2' }];
    const answer = { value: addTargetsResult(1, [], renamed) };
    const { page, pageErrors } = await openSidebar(scenario({ addTargets: answer }));
    await readPlan(page);
    for (const i of [2, 3]) await rows(page).nth(i).locator('.field-check').uncheck();
    const label = rows(page).nth(0).locator('.field-label');
    expect(await label.getAttribute('aria-label')).toBe('Nội dung');

    await label.fill('   ');
    await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
    expect(await page.locator('#add-status [role="alert"]').textContent()).toBe(
      'Chỉ tiêu "Trồng mới cây xanh" chưa có nội dung. Hãy nhập nội dung (tên chỉ tiêu).',
    );
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    expect(await addCalls(page)).toEqual([]);

    await label.fill('  Trồng mới   cây xanh tại trường học ');
    expect(await label.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
    await eventually(
      () => page.locator('#add-status .done').textContent(),
      'Đã thêm 1 chỉ tiêu. Mã đã dùng cho chỉ tiêu khác nên đặt mã mới: trong-moi-cay-xanh → trong-moi-cay-xanh-2.',
    );
    expect(await addCalls(page)).toEqual([
      {
        name: 'addTargets',
        args: [[{ ...planProposal().targets[0], label: 'Trồng mới cây xanh tại trường học' }]],
      },
    ]);
    const after = await readRows(page);
    expect([after[0]!.label, after[0]!.key, after[0]!.exists]).toEqual([
      'Trồng mới cây xanh tại trường học',
      'trong-moi-cay-xanh-2',
      'đã có',
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('refuses duplicate keys, an empty key and a missing number before sending anything', async () => {
    const { page } = await openSidebar(scenario());
    await readPlan(page);
    const add = page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true });
    const failure = page.locator('#add-status [role="alert"]');

    // Keys compare as the server compares them: case, diacritics and surrounding spaces folded.
    await rows(page).nth(2).locator('.field-key').fill(' TRỒNG-MOI-CAY-XANH');
    await add.click();
    expect(await failure.textContent()).toBe(
      'Mã "TRỒNG-MOI-CAY-XANH" được chọn nhiều lần. Mỗi chỉ tiêu cần một mã riêng.',
    );
    expect(await rows(page).nth(2).locator('.field-key').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-index'))).toBe('2');

    // An unchecked row does not count: the duplicate is the one already on the sheet.
    await rows(page).nth(2).locator('.field-key').fill('sua-chua-can-nha-tinh-nghia');
    expect(await rows(page).nth(2).locator('.field-key').getAttribute('aria-invalid')).toBeNull();
    await rows(page).nth(0).locator('.field-key').fill('   ');
    await add.click();
    expect(await failure.textContent()).toBe('Chỉ tiêu "Trồng mới cây xanh" chưa có mã. Hãy nhập mã.');

    await rows(page).nth(0).locator('.field-key').fill('cay-xanh');
    await rows(page).nth(3).locator('.field-target').fill('');
    await add.click();
    expect(await failure.textContent()).toBe(
      'Chỉ tiêu "Thường trực cơ sở Đoàn sử dụng tài khoản thanh toán điện tử" cần một con số lớn hơn 0.',
    );

    for (const i of [0, 2, 3]) await rows(page).nth(i).locator('.field-check').uncheck();
    await add.click();
    expect(await failure.textContent()).toBe('Hãy chọn ít nhất một chỉ tiêu để thêm.');
    expect(await addCalls(page)).toEqual([]);
  });

  it("shows the server's message when adding fails, and keeps the rows as they were", async () => {
    const message = 'Bảng tính đang được cập nhật. Hãy thử lại sau ít phút.';
    const { page, pageErrors } = await openSidebar(scenario({ addTargets: { error: message } }));
    await readPlan(page);
    await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
    await eventually(() => page.locator('#add-status [role="alert"]').textContent(), message);
    expect((await readRows(page)).map((r) => r.checked)).toEqual([true, false, true, true]);
    expect(await page.locator('#add-targets').isEnabled()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData', 'importPlan', 'addTargets']);
    expect(pageErrors).toEqual([]);
  });

  it("asks for the plan's text before reading, and shows the server's message when reading fails", async () => {
    const message = 'Kế hoạch quá dài (hơn 1 triệu ký tự). Hãy chỉ dán phần hệ thống chỉ tiêu.';
    const { page } = await openSidebar(scenario({ importPlan: { error: message } }));
    await page.getByRole('tab', { name: 'Nhập kế hoạch' }).click();
    const read = page.getByRole('button', { name: 'Đọc kế hoạch', exact: true });
    const failure = page.locator('#read-status [role="alert"]');
    await page.locator('#plan-text').fill(' \n ');
    await read.click();
    expect(await failure.textContent()).toBe('Hãy dán nội dung kế hoạch vào ô.');
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarData']);

    await page.locator('#plan-text').fill(PLAN_TEXT);
    await read.click();
    await eventually(() => failure.textContent(), message);
    expect(await page.locator('#plan-result').isHidden()).toBe(true);
    expect(await read.isEnabled()).toBe(true);
  });

  it('says so when the plan has no targets it can read', async () => {
    const warning = 'Không tìm thấy phần chỉ tiêu trong kế hoạch.';
    const { page } = await openSidebar(scenario({ importPlan: { value: { targets: [], warnings: [warning] } } }));
    await readPlan(page, 'Kế hoạch tổ chức hội trại hè.');
    expect(await page.locator('#proposal-summary').textContent()).toBe(
      'Không tìm thấy chỉ tiêu nào. Hãy dán phần hệ thống chỉ tiêu của kế hoạch.',
    );
    expect(await texts(page, '.plan-warning')).toEqual([warning]);
    expect(await rows(page).count()).toBe(0);
    expect(await page.locator('#add-targets').isDisabled()).toBe(true);
  });

  it('shows HTML and script in proposals, warnings and messages as literal text and never runs it', async () => {
    const img = '<img src=x onerror="window.__xss=1">';
    const script = '</script><script>window.__xss=2</script>';
    const proposal = planProposal();
    proposal.targets[0]!.label = img;
    proposal.targets[0]!.key = script;
    proposal.targets[0]!.unit = img;
    proposal.targets[1]!.group = img;
    proposal.targets[2]!.label = script;
    proposal.warnings = [img, script];
    const { page, dialogs, pageErrors } = await openSidebar(
      scenario({ importPlan: { value: proposal }, addTargets: { error: `Lỗi ${img}` } }),
    );
    await readPlan(page, img);
    expect((await calls(page)).find((c) => c.name === 'importPlan')!.args).toEqual([img]);
    await page.getByRole('button', { name: 'Thêm vào Chỉ tiêu', exact: true }).click();
    await eventually(() => page.locator('#add-status [role="alert"]').textContent(), `Lỗi ${img}`);
    await page.waitForTimeout(100); // an injected image's error event would have fired by now

    const shown = await readRows(page);
    expect(shown[0]).toMatchObject({ label: img, key: script, unit: img });
    expect(shown[2]!.label).toBe(script);
    expect(await texts(page, '.proposal-group th')).toContain(img);
    expect(await texts(page, '.plan-warning')).toEqual([img, script]);
    expect(await page.locator('tr.proposal').first().locator('.field-check').getAttribute('aria-label')).toBe(
      `Thêm "${img}"`,
    );
    expect(await page.locator('body').innerText()).toContain(img);
    expect((await addCalls(page))[0]!.args[0]).toEqual([
      expect.objectContaining({ key: script, label: img, unit: img }),
      expect.objectContaining({ label: script }),
      expect.objectContaining({ key: 'thuong-truc-co-so-doan-su-dung' }),
    ]);

    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
    }));
    expect(injected).toEqual({ xss: undefined, images: 0, scripts: 1 });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
