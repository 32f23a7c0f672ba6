// ATTAINMENT, ACHIEVED and TARGET (src/gas/custom-functions.ts): their cached figures and the errors they show in a cell.

import { sampleWorkbook } from '../../src/sample/district11';
import { EVIDENCE_LINK as LINK, loadSeeded as load } from '../support/seed';

describe('cached figures', () => {
  it('expire within minutes, so a recalculation sees changes no trigger reported', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [['=ACHIEVED("cay-xanh")']]);
    const before = emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0] as number;
    const rows = emulation.spreadsheet.sheetValues('Kết quả').length;
    const extra = [[new Date(Date.UTC(2023, 6, 2) - 7 * 3600_000), 'P02', 'cay-xanh', 100, 'Trồng cây', LINK]];
    emulation.spreadsheet.write('Kết quả', `A${rows + 1}`, extra);
    emulation.advanceTime(11 * 60_000);
    emulation.recalculateAll();
    expect(emulation.spreadsheet.sheetValues('Tổng hợp')[0]![0]).toBeCloseTo(before + 100, 9);
  });
});

describe('custom function arguments', () => {
  it('say what the first argument should be when it is a range, a date or a boolean', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [
      ['=ATTAINMENT(B1:B2)', 'cay-xanh', new Date(Date.UTC(2023, 5, 1))],
      ['=ACHIEVED(TRUE)', 'qua'],
      ['=TARGET(C1)'],
      ['=ATTAINMENT("")'],
      ['=ATTAINMENT(B1)'],
    ]);
    const expected = /Đối số đầu tiên phải là mã chỉ tiêu \(văn bản\)/;
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(/=ATTAINMENT\("cay-xanh"\)/);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(/=ACHIEVED\("cay-xanh"\)/);
    expect(emulation.cellError('Tổng hợp', 'A3')).toMatch(expected);
    expect(emulation.cellError('Tổng hợp', 'A4')).toMatch(/Thiếu mã chỉ tiêu/);
    expect(emulation.cellError('Tổng hợp', 'A5')).toBeUndefined();
  });

  it('say what the period and the unit should be', () => {
    const { emulation } = load(sampleWorkbook());
    emulation.spreadsheet.addSheet('Tổng hợp', [
      ['=ATTAINMENT("cay-xanh";B1:B2)', 'Đợt 1', 'Đợt 2'],
      ['=ATTAINMENT("cay-xanh";"Đợt 1";TRUE)'],
      ['=TARGET("cay-xanh";TRUE)'],
    ]);
    expect(emulation.cellError('Tổng hợp', 'A1')).toMatch(/Đối số thứ hai phải là tên đợt báo cáo/);
    expect(emulation.cellError('Tổng hợp', 'A2')).toMatch(/Đối số thứ ba phải là mã đơn vị/);
    expect(emulation.cellError('Tổng hợp', 'A3')).toMatch(/Đối số thứ hai phải là mã đơn vị/);
  });
});
