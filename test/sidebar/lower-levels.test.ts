// The sidebar's "Cấp dưới" card at an upper level, in Chromium, with the server answers of the built add-on in the
// Apps Script emulation: #REF! before access is allowed, a missing link, then "Cập nhật" after access is allowed.

import { readWorkbookData } from '../../src/cli/xlsx-read';
import { tempDir } from '../support/cli';
import { SpreadsheetRegistry } from '../support/gas';
import { LEAVES, writeCity, writeLeaf } from '../support/rollup-tree';
import { seededEmulation } from '../support/seed';
import { calls } from './browser';
import { scenario, useSidebar } from './sidebar-page';

const open = useSidebar();
const Q1_URL = 'https://docs.google.com/spreadsheets/d/so-lieu-q1/edit';
let before: unknown;
let after: { lowerLevels: { rows: number }[] };

beforeAll(async () => {
  const dir = tempDir('lower-levels-');
  const registry = new SpreadsheetRegistry();
  const leaf = await writeLeaf(
    dir,
    LEAVES.find((l) => l.code === 'Q1')!,
    41,
  );
  const q1 = seededEmulation(await readWorkbookData(leaf.file), { registry, spreadsheetId: 'so-lieu-q1' });
  q1.loadBundle().run('generateReport', 'Đợt 1');
  const data = await readWorkbookData(await writeCity(dir));
  const units = data.sheets.find((s) => s.name === 'Đơn vị')!;
  // Q1 has a link; Q3, Q11 and PTD have none yet.
  units.rows = units.rows.map((r, i) => [...r, i === 0 ? 'Bảng tính' : r[0] === 'Q1' ? Q1_URL : '']);
  const city = seededEmulation(data, { registry, spreadsheetId: 'thanh-pho' });
  const bundle = city.loadBundle();
  bundle.run('importLowerLevels');
  before = bundle.run('getSidebarData');
  city.allowImportFrom(Q1_URL);
  after = bundle.run('refreshLowerLevels') as typeof after;
}, 60_000);

describe('the lower levels in the sidebar', () => {
  it('says #REF! means allow access or check the link, names a missing link, and refreshes on "Cập nhật"', async () => {
    const { page, pageErrors } = await open(
      scenario({ getSidebarData: { value: before }, refreshLowerLevels: { value: after } }),
    );
    await page.locator('#lower-card li').first().waitFor();
    expect(await page.locator('#lower-card').isVisible()).toBe(true);
    const lines = await page.locator('#lower-list li').allTextContents();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^Q1 – Đơn vị Q1: #REF!: .*Cho phép truy cập.*kiểm tra lại đường dẫn.*không phân biệt được/,
    );
    expect(lines.slice(1).every((l) => l.includes('thiếu đường dẫn bảng tính'))).toBe(true);
    expect(lines[2]).toMatch(/^Q11 – /);

    await page.click('#refresh-lower');
    await page.locator('#lower-status', { hasText: 'Đã cập nhật số liệu từ cấp dưới.' }).waitFor();
    expect(after.lowerLevels[0]!.rows).toBeGreaterThan(5);
    expect(await page.locator('#lower-list li').first().textContent()).toBe(
      `Q1 – Đơn vị Q1: đã nhập ${after.lowerLevels[0]!.rows} dòng`,
    );
    expect((await calls(page)).filter((c) => c.name === 'refreshLowerLevels')).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('stays hidden at a level without lower levels', async () => {
    const { page } = await open(scenario());
    expect(await page.locator('#lower-card').isHidden()).toBe(true);
  });
});
