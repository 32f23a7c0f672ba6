// Fuzzing the built bundle's entry points in the emulation: only clear errors come out, and source tabs never change.

import fc from 'fast-check';
import { seededEmulation, snapshot } from '../support/seed';
import { anyCell, entryRow, fuzzWorkbook } from './arbitraries';

const SOURCE_TABS = ['Chỉ tiêu', 'Đơn vị', 'Đợt báo cáo', 'Kết quả', 'Phân bổ', 'Cài đặt'];

function expectClearError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    const message = (error as { message?: unknown })?.message;
    // Our errors are sentences for people; a TypeError or "undefined" means something escaped.
    if (
      typeof message !== 'string' ||
      !message ||
      /TypeError|ReferenceError|undefined|is not a function/.test(message)
    ) {
      throw error;
    }
  }
}

export const entryPointsProperty = fc.property(
  fc.array(entryRow, { minLength: 1, maxLength: 5 }),
  anyCell,
  anyCell,
  (rows, target, period) => {
    const emulation = seededEmulation(fuzzWorkbook(rows));
    const bundle = emulation.loadBundle();
    const before = JSON.stringify(snapshot(emulation, SOURCE_TABS));
    expectClearError(() => bundle.run('validateEntries'));
    expectClearError(() => bundle.run('getSidebarData'));
    expectClearError(() => bundle.run('generateReport', 'Đợt 1'));
    expectClearError(() => bundle.run('generateReport', period));
    for (const fn of ['ATTAINMENT', 'ACHIEVED', 'TARGET']) expectClearError(() => bundle.run(fn, target, period));
    expectClearError(() => bundle.run('importPlan', typeof target === 'string' ? target : String(target)));
    if (JSON.stringify(snapshot(emulation, SOURCE_TABS)) !== before) throw new Error('a source tab changed');
  },
);
