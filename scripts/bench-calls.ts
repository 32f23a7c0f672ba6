// Service calls of generateReport in the Apps Script emulation, for the benchmark's flat-cost check.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededEmulation } from '../test/support/seed';
import { syntheticWorkbook } from '../test/support/synthetic';

export function reportServiceCalls(sizes: number[]): { entries: number; calls: number }[] {
  return sizes.map((entries) => {
    const emulation = seededEmulation(syntheticWorkbook({ entries }));
    const bundle = emulation.loadBundle({ code: readFileSync(join(process.cwd(), 'build/Code.js'), 'utf8') });
    emulation.calls.reset();
    bundle.run('generateReport', 'Đợt 2');
    return { entries, calls: emulation.calls.total };
  });
}

/**
 * Cells read (getValues, getNotes, getBackgrounds…) and service calls of the onEdit of one typed quantity on the last
 * Entries row, for the benchmark's "an edit does not grow with the sheet" check.
 */
export function editCellsRead(sizes: number[]): { entries: number; cells: number; calls: number }[] {
  return sizes.map((entries) => {
    const emulation = seededEmulation(syntheticWorkbook({ entries }));
    const bundle = emulation.loadBundle({ code: readFileSync(join(process.cwd(), 'build/Code.js'), 'utf8') });
    const last = emulation.spreadsheet.sheetValues('Kết quả').length;
    const outcome = bundle.edit('Kết quả', `D${last}`, 17);
    if (outcome.error) throw outcome.error;
    return { entries, cells: outcome.cellsRead, calls: outcome.calls };
  });
}
