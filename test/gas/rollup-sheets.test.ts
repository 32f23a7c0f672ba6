// Roll-up in Google Sheets, in the emulation (issue 15): districts' spreadsheets write `Gửi cấp trên` with each report,
// the city's "Tổng hợp cấp dưới" imports them with IMPORTRANGE, and after access is allowed the city's report gives the
// figures `chitieu rollup` gives for the same workbooks as .xlsx.

import { join } from 'node:path';
import { analyze, buildRollup, importFormula, rollupCells, rollupHeader, type WorkbookData } from '../../src/core';
import { readWorkbookData } from '../../src/cli/xlsx-read';
import { SpreadsheetRegistry, type LoadedBundle } from '../support/gas';
import { chitieu, json, tempDir } from '../support/cli';
import { LEAVES, ROLLUP_HEADER, writeCity, writeLeaf, type KnownEntry } from '../support/rollup-tree';
import { seededEmulation, snapshot } from '../support/seed';

const SEND_UP = 'Gửi cấp trên';
const LOWER = ['Q1', 'Q3', 'PTD'];
const urlOf = (code: string) => `https://docs.google.com/spreadsheets/d/so-lieu-${code.toLowerCase()}/edit`;

interface Level {
  code: string;
  file: string;
  data: WorkbookData;
  valid: KnownEntry[];
  emulation: ReturnType<typeof seededEmulation>;
  bundle: LoadedBundle;
}

/** What the emulation's tab holds, as the core reads cells (blank cells as ''). */
function tabValues(level: { emulation: Level['emulation'] }, name: string): unknown[][] {
  return level.emulation.spreadsheet.sheetValues(name);
}

/** The roll-up rows the core builds for a lower workbook (cuts at its own period ends), as the tab should hold them. */
function expectedSendUp(data: WorkbookData, code: string): unknown[][] {
  const analysis = analyze(data);
  const cuts = analysis.campaign.periods.map((p) => p.to);
  const rollup = buildRollup(analysis, { code, source: urlOf(code), cuts, upperKeys: null });
  return [rollupHeader(), ...rollup.rows.map(rollupCells)];
}

describe('roll-up between spreadsheets (Gửi cấp trên → IMPORTRANGE → Tổng hợp cấp dưới)', () => {
  const dir = tempDir('rollup-sheets-');
  const registry = new SpreadsheetRegistry();
  const lower: Record<string, Level> = {};
  let city: { file: string; emulation: ReturnType<typeof seededEmulation>; bundle: LoadedBundle };

  beforeAll(async () => {
    for (const code of LOWER) {
      const leaf = LEAVES.find((l) => l.code === code)!;
      const written = await writeLeaf(dir, leaf, 300 + LOWER.indexOf(code));
      const data = await readWorkbookData(written.file);
      const emulation = seededEmulation(data, { registry, spreadsheetId: `so-lieu-${code.toLowerCase()}` });
      lower[code] = { code, file: written.file, data, valid: written.valid, emulation, bundle: emulation.loadBundle() };
    }
    const file = await writeCity(dir);
    const data = await readWorkbookData(file);
    // The city's Units tab gets the optional column `Bảng tính`: Q11 has no link yet.
    const units = data.sheets.find((s) => s.name === 'Đơn vị')!;
    units.rows = units.rows.map((r, i) => [
      ...r,
      i === 0 ? 'Bảng tính' : LOWER.includes(String(r[0])) ? urlOf(String(r[0])) : '',
    ]);
    const emulation = seededEmulation(data, { registry, spreadsheetId: 'thanh-pho' });
    city = { file, emulation, bundle: emulation.loadBundle() };
  }, 60_000);

  it('writes each lower level its Gửi cấp trên tab with the core roll-up rows when it writes a report', () => {
    for (const code of LOWER) {
      const level = lower[code]!;
      expect(level.emulation.url).toBe(urlOf(code));
      const result = level.bundle.run('generateReport', 'Đợt 2') as { tab: string; sentUp: number };
      const expected = expectedSendUp(level.data, code);
      expect(result.sentUp).toBe(expected.length - 1);
      expect(tabValues(level, SEND_UP)).toEqual(expected);
      // The rows are the lower level's valid entries: each count target's quantities add up to the entries' sum.
      const cay = level.valid.filter((e) => e.cityKey === 'cay-xanh').reduce((s, e) => s + e.quantity, 0);
      const sent = expected.filter((r) => r[2] === 'cay-xanh').reduce((s, r) => s + Number(r[3]), 0);
      expect(sent).toBe(cay);
      expect(level.emulation.spreadsheet.protections(SEND_UP)).toEqual([
        expect.objectContaining({ type: 'SHEET', warningOnly: true }),
      ]);
    }
    // Q1's dates are text "dd/mm/yyyy" (IMPORTRANGE carries them as they are), its evidence the spreadsheet's URL.
    const q1 = tabValues(lower.Q1!, SEND_UP);
    expect(q1[0]).toEqual(ROLLUP_HEADER);
    expect(
      q1.slice(1).every((r) => /^\d{2}\/\d{2}\/2024$/.test(String(r[0])) && r[1] === 'Q1' && r[5] === urlOf('Q1')),
    ).toBe(true);
    // Q1's own target "trees" goes up under its upper key; "rieng-q1" goes up as it is (the city will leave it out).
    expect(new Set(q1.slice(1).map((r) => r[2]))).toEqual(new Set(['cay-xanh', 'qua', 'tk-dt', 'rieng-q1']));
    expect(q1.find((r) => r[2] === 'tk-dt')![7]).toBe(200);
  });

  it('imports each lower level on its own tab with IMPORTRANGE, showing #REF! until access is allowed', () => {
    const result = city.bundle.run('importLowerLevels') as { created: string[]; noUrl: string[]; message: string };
    expect(result.created).toEqual(['Kết quả – Q1', 'Kết quả – Q3', 'Kết quả – PTD']);
    expect(result.noUrl).toEqual(['Q11']);
    expect(result.message).toContain('Cho phép truy cập');
    const a1 = city.emulation.spreadsheet.cell('Kết quả – Q1', 'A1');
    expect(a1.formula).toBe(`=IMPORTRANGE("${urlOf('Q1')}","'Gửi cấp trên'!A:H")`);
    expect(a1.formula).toBe(importFormula(urlOf('Q1')));
    expect(a1.value).toBe('#REF!');
    expect(city.emulation.importError('Kết quả – Q1', 'A1')).toMatch(/Allow access/);
    const data = city.bundle.run('getSidebarData') as { lowerLevels: { code: string; status: string; rows: number }[] };
    expect(data.lowerLevels.map((l) => [l.code, l.status])).toEqual([
      ['Q1', 'ref'],
      ['Q3', 'ref'],
      ['Q11', 'no-url'],
      ['PTD', 'ref'],
    ]);
    // Until then each import tab is one warning naming the fix, not an error per missing column.
    const checked = city.bundle.run('validateEntries') as {
      errors: number;
      problems: { code: string; tab: string; row: number; severity: string }[];
    };
    expect(checked.errors).toBe(0);
    const pending = checked.problems.filter((p) => p.tab.startsWith('Kết quả – '));
    expect(pending.map((p) => [p.tab, p.code, p.severity, p.row])).toEqual([
      ['Kết quả – Q1', 'import-pending', 'warning', 1],
      ['Kết quả – Q3', 'import-pending', 'warning', 1],
      ['Kết quả – PTD', 'import-pending', 'warning', 1],
    ]);
    // Running it again changes nothing: the tabs already import from the same links.
    const again = city.bundle.run('importLowerLevels') as { created: string[]; kept: string[] };
    expect(again).toMatchObject({ created: [], kept: ['Kết quả – Q1', 'Kết quả – Q3', 'Kết quả – PTD'] });
  });

  it('after access is allowed, the city report lists the lower levels with the figures chitieu rollup gives', () => {
    for (const code of LOWER) city.emulation.allowImportFrom(urlOf(code));
    const refreshed = city.bundle.run('refreshLowerLevels') as {
      lowerLevels: { code: string; status: string; rows: number }[];
      errors: number;
      problems: { code: string; tab: string }[];
    };
    expect(refreshed.lowerLevels.map((l) => [l.code, l.status, l.rows])).toEqual([
      ['Q1', 'imported', tabValues(lower.Q1!, SEND_UP).length - 1],
      ['Q3', 'imported', tabValues(lower.Q3!, SEND_UP).length - 1],
      ['Q11', 'no-url', 0],
      ['PTD', 'imported', tabValues(lower.PTD!, SEND_UP).length - 1],
    ]);
    expect(refreshed.errors).toBe(0);
    // Q1's own target is listed on its import tab, and left out.
    const notInUpper = refreshed.problems.filter((p) => p.code === 'not-in-upper');
    expect(notInUpper.length).toBeGreaterThan(0);
    expect(notInUpper.every((p) => p.tab === 'Kết quả – Q1')).toBe(true);

    const files = LOWER.map((code) => lower[code]!.file);
    for (const period of ['Đợt 1', 'Tuần đầu tháng 7', 'Đợt 2', 'Đợt 3']) {
      const cli = chitieu(
        'rollup',
        city.file,
        ...files,
        '--out',
        join(dir, `city-${period.length}.xlsx`),
        '--period',
        period,
        '--json',
        '--force',
      );
      expect(cli.stderr).toBe('');
      const expected = json(cli);
      const sheets = city.bundle.run('getReportDocument', period) as typeof expected;
      expect(sheets.units.map((u: { code: string }) => u.code)).toEqual(['Q1', 'Q3', 'Q11', 'PTD']);
      expect(sheets.nonReporting).toEqual(expected.nonReporting);
      for (const t of expected.targets) {
        const mine = sheets.targets.find((x: { key: string }) => x.key === t.key);
        expect([t.key, mine.periodResult, mine.cumulative]).toEqual([
          t.key,
          expect.closeTo(t.periodResult, 9),
          expect.closeTo(t.cumulative, 9),
        ]);
      }
      for (const u of expected.units) {
        const mine = sheets.units.find((x: { code: string }) => x.code === u.code);
        for (const [key, value] of Object.entries(u.results as Record<string, number>)) {
          expect([u.code, key, mine.results[key]]).toEqual([u.code, key, expect.closeTo(value, 9)]);
        }
      }
    }
    const report = city.bundle.run('generateReport', 'Đợt 3') as { tab: string; sentUp: number | null };
    // The city has no upper level of its own: no Gửi cấp trên tab.
    expect(report.sentUp).toBeNull();
    expect(city.emulation.spreadsheet.sheetNames()).not.toContain(SEND_UP);
  });

  it('a failure half-way while writing Gửi cấp trên leaves the old rows, and the next report writes the new ones', () => {
    const q3 = lower.Q3!;
    const before = tabValues(q3, SEND_UP);
    const importedBefore = tabValues(city, 'Kết quả – Q3');
    expect(importedBefore).toEqual(before);
    // A secretary adds 25 trees in July; the report run fails at its last write (the roll-up tab's one setValues).
    q3.emulation.spreadsheet.write('Kết quả', `A${q3.data.sheets.find((s) => s.name === 'Kết quả')!.rows.length + 1}`, [
      ['15/7/2024', 'Q3-A', 'cay-xanh', 25, 'Trồng cây ven kênh', 'https://drive.google.com/anh'],
    ]);
    const counted = () => q3.emulation.calls.byMember['Range.setValues'] ?? 0;
    const start = counted();
    q3.bundle.run('generateReport', 'Đợt 1');
    const setValuesPerRun = counted() - start;
    q3.emulation.spreadsheet.write('Kết quả', `A${q3.data.sheets.find((s) => s.name === 'Kết quả')!.rows.length + 2}`, [
      ['16/7/2024', 'Q3-B', 'cay-xanh', 30, 'Trồng cây trường học', 'https://drive.google.com/anh2'],
    ]);
    const written = tabValues(q3, SEND_UP);
    const reportBefore = tabValues(q3, 'Báo cáo – Đợt 2');
    q3.emulation.failOn('Range.setValues', {
      nth: setValuesPerRun,
      message: 'Service Spreadsheets failed while accessing document',
    });
    expect(() => q3.bundle.run('generateReport', 'Đợt 2')).toThrow(/Service Spreadsheets failed/);
    // The report tab was written (the failure hit the roll-up tab's write, after it)…
    expect(tabValues(q3, 'Báo cáo – Đợt 2')).not.toEqual(reportBefore);
    // …and nothing is half-written: the tab and what the city imports are the previous complete roll-up.
    expect(tabValues(q3, SEND_UP)).toEqual(written);
    expect(tabValues(city, 'Kết quả – Q3')).toEqual(written);
    q3.bundle.run('generateReport', 'Đợt 2');
    const after = tabValues(q3, SEND_UP);
    const july = (rows: unknown[][]) =>
      rows.filter((r) => r[0] === '31/07/2024' && r[2] === 'cay-xanh').reduce((s, r) => s + Number(r[3]), 0);
    expect(july(after) - july(before)).toBe(55);
    expect(tabValues(city, 'Kết quả – Q3')).toEqual(after);
  });

  it('a first Gửi cấp trên cut half-way is built under a pending name, and the next report finishes it', () => {
    const leaf = LEAVES.find((l) => l.code === 'PTD')!;
    return writeLeaf(join(dir), { ...leaf, code: 'PTD2' }, 999, 'PTD').then(async ({ file }) => {
      const data = await readWorkbookData(file);
      const emulation = seededEmulation(data);
      const bundle = emulation.loadBundle();
      // The report tab is written first (one setValues), then the roll-up tab.
      emulation.failOn('Range.setValues', { nth: 2, message: 'Service Spreadsheets failed while accessing document' });
      expect(() => bundle.run('generateReport', 'Đợt 1')).toThrow(/Service Spreadsheets failed/);
      expect(emulation.spreadsheet.sheetNames()).not.toContain(SEND_UP);
      expect(emulation.spreadsheet.sheetNames()).toContain('Gửi cấp trên (đang tạo)');
      bundle.run('generateReport', 'Đợt 1');
      expect(emulation.spreadsheet.sheetNames()).toContain(SEND_UP);
      expect(emulation.spreadsheet.sheetNames()).not.toContain('Gửi cấp trên (đang tạo)');
      const cuts = analyze(data).campaign.periods.map((p) => p.to);
      const rows = buildRollup(analyze(data), { code: 'PTD', source: emulation.url, cuts, upperKeys: null }).rows;
      expect(emulation.spreadsheet.sheetValues(SEND_UP)).toEqual([rollupHeader(), ...rows.map(rollupCells)]);
    });
  });

  it('a closed period sends its kept figures: a row added after the closing goes up only once the period reopens', () => {
    const ptd = lower.PTD!;
    ptd.bundle.run('generateReport', 'Đợt 1');
    const june = (rows: unknown[][]) => rows.filter((r) => r[0] === '30/06/2024');
    const kept = june(tabValues(ptd, SEND_UP));
    expect(kept.length).toBeGreaterThan(0);
    ptd.bundle.run('closePeriod', 'Đợt 1');
    const last = ptd.emulation.spreadsheet.sheetValues('Kết quả').length;
    ptd.emulation.spreadsheet.write('Kết quả', `A${last + 1}`, [
      ['28/6/2024', 'PTD-KP2', 'cay-xanh', 500, 'Bổ sung sau chốt', 'https://drive.google.com/bo-sung'],
    ]);
    ptd.bundle.run('generateReport', 'Đợt 2');
    expect(june(tabValues(ptd, SEND_UP))).toEqual(kept);
    ptd.bundle.run('reopenPeriod', 'Đợt 1');
    ptd.bundle.run('generateReport', 'Đợt 2');
    const cay = (rows: unknown[][]) => rows.filter((r) => r[2] === 'cay-xanh').reduce((s, r) => s + Number(r[3]), 0);
    expect(cay(june(tabValues(ptd, SEND_UP))) - cay(kept)).toBe(500);
  });

  it('writes no Gửi cấp trên tab without Mã ở cấp trên, and the report still works', async () => {
    const leaf = LEAVES.find((l) => l.code === 'Q3')!;
    const { file } = await writeLeaf(dir, { ...leaf, code: 'Q3-khong-ma' }, 7, '');
    const emulation = seededEmulation(await readWorkbookData(file));
    const result = emulation.loadBundle().run('generateReport', 'Đợt 1') as { tab: string; sentUp: number | null };
    expect(result).toMatchObject({ tab: 'Báo cáo – Đợt 1', sentUp: null });
    expect(emulation.spreadsheet.sheetNames()).not.toContain(SEND_UP);
  });

  it('refuses while another board member is running it (the document lock), creating nothing twice', () => {
    const names = city.emulation.spreadsheet.sheetNames();
    const held = city.emulation.holdLock('document');
    expect(() => city.bundle.run('importLowerLevels')).toThrow(/Hãy thử lại/);
    held.release();
    expect(city.emulation.spreadsheet.sheetNames()).toEqual(names);
  });

  it('never writes into a tab whose A1 holds a formula or which holds typed rows', () => {
    // Q11 gets a link, but its tab already holds rows typed by hand; PTD's tab already imports from elsewhere.
    const units = city.emulation.spreadsheet.sheetValues('Đơn vị');
    const q11 = units.findIndex((r) => r[0] === 'Q11') + 1;
    city.emulation.spreadsheet.write('Đơn vị', `E${q11}`, [[urlOf('Q11')]]);
    city.emulation.spreadsheet.addSheet('Ket qua - Q11', [
      ['Ngày', 'Mã đơn vị', 'Mã chỉ tiêu', 'Số lượng', 'Nội dung hoạt động', 'Minh chứng'],
      ['20/6/2024', 'Q11', 'cay-xanh', 120, 'Báo cáo gõ tay', 'https://drive.google.com/q11'],
    ]);
    city.emulation.spreadsheet.write('Kết quả – PTD', 'A1', [
      ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/khac/edit","A:H")'],
    ]);
    const tabs = ['Ket qua - Q11', 'Kết quả – PTD', 'Kết quả – Q1'];
    const before = snapshot(city.emulation, tabs);
    const result = city.bundle.run('importLowerLevels') as {
      created: string[];
      typed: string[];
      otherFormula: string[];
      message: string;
    };
    expect(result).toMatchObject({ created: [], typed: ['Ket qua - Q11'], otherFormula: ['Kết quả – PTD'] });
    expect(result.message).toMatch(/không ghi đè/);
    expect(snapshot(city.emulation, tabs)).toEqual(before);
    // setUpTemplate too leaves every import tab as it is, and a main Entries tab whose A1 is a formula.
    city.emulation.spreadsheet.write('Kết quả', 'A1', [[`=IMPORTRANGE("${urlOf('Q1')}","'Gửi cấp trên'!A:H")`]]);
    const all = ['Kết quả', ...tabs];
    const held = snapshot(city.emulation, all);
    const validations = all.map((t) => city.emulation.spreadsheet.cell(t, 'A2').validation);
    city.bundle.run('setUpTemplate');
    expect(snapshot(city.emulation, all)).toEqual(held);
    expect(all.map((t) => city.emulation.spreadsheet.cell(t, 'A2').validation)).toEqual(validations);
    expect(city.emulation.spreadsheet.protections('Kết quả')).toEqual([]);
  });
});
