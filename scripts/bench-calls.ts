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
