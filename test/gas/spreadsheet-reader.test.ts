// The add-on's reading of the contract tabs (src/gas/spreadsheet-reader.ts), through the built bundle in the emulation.

import { analyze, answer, type Cell } from '../../src/core';
import { sampleWorkbook } from '../../src/sample/district11';
import { EVIDENCE_LINK as LINK, rowsOf, loadSeeded as load } from '../support/seed';

describe('date-time cells (a Google Forms timestamp)', () => {
  it('keep their calendar day up to 23:00 in Vietnam: 30/06 22:00 counts in the period ending 30/06', () => {
    const workbook = sampleWorkbook();
    const entry = (date: Date): Cell[] => [date, 'P02', 'cay-xanh', 100, 'Trồng cây buổi tối', LINK];
    // The core's own reading of the same entry as a date-only cell on 30/06: what the add-on must agree with.
    const expected = sampleWorkbook();
    rowsOf(expected, 'Kết quả').push(entry(new Date(Date.UTC(2023, 5, 30))));
    const analysis = analyze(expected);
    const before = answer(analyze(workbook), { target: 'cay-xanh', period: 'Đợt 1' }).achieved;
    const want = answer(analysis, { target: 'cay-xanh', period: 'Đợt 1' }).achieved;
    expect(want).toBe(before + 100);

    // In the sheet: 22:00 on 30/06 Vietnam time (seed turns the UTC fields into that local time).
    rowsOf(workbook, 'Kết quả').push(entry(new Date(Date.UTC(2023, 5, 30, 22))));
    const { emulation } = load(workbook);
    emulation.spreadsheet.addSheet('Tổng hợp', [['=ACHIEVED("cay-xanh";"Đợt 1")'], ['=ACHIEVED("cay-xanh";"Đợt 2")']]);
    const [p1, p2] = emulation.spreadsheet.sheetValues('Tổng hợp').map((r) => r[0] as number);
    expect(p1).toBeCloseTo(want, 9);
    expect(p2).toBeCloseTo(answer(analysis, { target: 'cay-xanh', period: 'Đợt 2' }).achieved, 9);
  });
});
