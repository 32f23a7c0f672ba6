// The add-on's marks on the Entries tab (src/gas/entry-marks.ts) as edits change the rows, through the built bundle.

import { sampleWorkbook } from '../../src/sample/district11';
import { MARK_PREFIX } from '../../src/gas/marks';
import { EVIDENCE_LINK as LINK, rowsOf, loadSeeded as load } from '../support/seed';

describe('marks left behind', () => {
  it('clears the marks of a bad last row the user empties', () => {
    const workbook = sampleWorkbook();
    const { emulation, bundle } = load(workbook);
    const last = rowsOf(workbook, 'Kết quả').length;
    expect(rowsOf(workbook, 'Kết quả')[last - 1]![3]).toBe('5-7');
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `D${last}`).note.startsWith(MARK_PREFIX)).toBe(true);
    const outcome = bundle.edit('Kết quả', `A${last}:F${last}`, [['', '', '', '', '', '']]);
    expect(outcome.error).toBeUndefined();
    for (const column of 'ABCDEF') {
      expect(emulation.spreadsheet.cell('Kết quả', `${column}${last}`).note).toBe('');
      expect(emulation.spreadsheet.cell('Kết quả', `${column}${last}`).background).toBe('#ffffff');
    }
  });

  it('clears a duplicate mark when the first of the pair is edited', () => {
    const workbook = sampleWorkbook();
    const entries = rowsOf(workbook, 'Kết quả');
    const first = entries.findIndex((r) => r[1] === 'KYMDAN' && r[0] === '22/6/2023') + 1;
    const twin = first + 1;
    expect(entries[twin - 1]).toEqual(entries[first - 1]);
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).note).toMatch(new RegExp(`Trùng với dòng ${first}`));
    bundle.edit('Kết quả', `D${first}`, 4);
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).note).toBe('');
    expect(emulation.spreadsheet.cell('Kết quả', `A${twin}`).background).toBe('#ffffff');
  });

  it('marks a row that an edit of an earlier row turned into a duplicate', () => {
    const workbook = sampleWorkbook();
    const entries = rowsOf(workbook, 'Kết quả');
    entries.push(['22/6/2023', 'P04', 'qua', 2, 'Tặng quà tổ dân phố', LINK]);
    entries.push(['22/6/2023', 'P04', 'qua', 3, 'Tặng quà tổ dân phố', LINK]);
    const earlier = entries.length - 1;
    const later = entries.length;
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `A${later}`).note).toBe('');
    bundle.edit('Kết quả', `D${earlier}`, 3);
    expect(emulation.spreadsheet.cell('Kết quả', `A${later}`).note).toMatch(new RegExp(`Trùng với dòng ${earlier}`));
    expect(emulation.spreadsheet.cell('Kết quả', `A${earlier}`).note).toBe('');
  });

  it('resets the colours it clears, so alternating colours show through', () => {
    const workbook = sampleWorkbook();
    const row = rowsOf(workbook, 'Kết quả').findIndex((r) => r[3] === 'mười') + 1;
    const { emulation, bundle } = load(workbook);
    bundle.run('validateEntries');
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).background).toBe('#f4cccc');
    // The unmarked cells of the marked row were default white: they stay without a colour of their own.
    expect(emulation.spreadsheet.cell('Kết quả', `C${row}`).explicitBackground).toBeNull();
    bundle.edit('Kết quả', `D${row}`, 10);
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).explicitBackground).toBeNull();
    expect(emulation.spreadsheet.cell('Kết quả', `D${row}`).background).toBe('#ffffff');
  });
});
