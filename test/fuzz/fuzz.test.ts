// Fuzzing in `npm test`: the properties with a few hundred inputs each (`npm run fuzz` runs 100 000 and more).

import fc from 'fast-check';
import { coreProperty, planProperty, queryProperty } from './properties';
import { cliProperty } from './cli';
import { entryPointsProperty } from './entry-points';

describe('fuzzing (small)', () => {
  it('core: every fuzzed row is valid or a located error; nothing throws; rows unchanged', () => {
    fc.assert(coreProperty, { numRuns: 400 });
  });
  it('queries: any text gives an answer or a clear error', () => {
    fc.assert(queryProperty, { numRuns: 300 });
  });
  it('plan importer: any text gives well-formed proposals', () => {
    fc.assert(planProperty, { numRuns: 300 });
  });
  it('Apps Script entry points of the built bundle: nothing but clear errors; source tabs unchanged', () => {
    fc.assert(entryPointsProperty, { numRuns: 25 });
  });
  it('chitieu on fuzzed workbooks: JSON or a clear message, input unchanged', async () => {
    await fc.assert(cliProperty, { numRuns: 4 });
  });
});
