// generateReport's report tab (src/gas/report-writer.ts), through the built bundle in the emulation.

import { analyze } from '../../src/core';
import { sampleWorkbook } from '../../src/sample/district11';
import { loadSeeded as load } from '../support/seed';

describe('report number formats', () => {
  it('show whole numbers with "#,##0" (not "#,##0.##", which Sheets shows as "1.000,")', () => {
    const workbook = sampleWorkbook();
    const { emulation, bundle } = load(workbook);
    const { tab } = bundle.run('generateReport', 'Đợt 1') as { tab: string };
    const target = analyze(workbook).campaign.targets.find((t) => t.key === 'cay-xanh')!;
    const values = emulation.spreadsheet.sheetValues(tab);
    const r = values.findIndex((row) => row.includes(target.label));
    const c = values[r]!.indexOf(target.target);
    expect(c).toBeGreaterThanOrEqual(0);
    const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
    expect(emulation.spreadsheet.cell(tab, a1).numberFormat).toBe('#,##0');
  });
});
