// `npm run fuzz`: the fuzz properties at scale (over 100 000 inputs in all); prints what ran and how long it took.

import fc from 'fast-check';
import { cliProperty } from '../test/fuzz/cli';
import { entryPointsProperty } from '../test/fuzz/entry-points';
import { coreProperty, planProperty, queryProperty } from '../test/fuzz/properties';

const RUNS: [string, fc.IProperty<any> | fc.IAsyncProperty<any>, number][] = [
  ['core validation and figures', coreProperty, 60_000],
  ['queries (ATTAINMENT arguments)', queryProperty, 20_000],
  ['plan importer', planProperty, 25_000],
  ['Apps Script entry points (built bundle, emulation)', entryPointsProperty, 300],
  ['chitieu command on .xlsx', cliProperty, 20],
];

async function main(): Promise<void> {
  let total = 0;
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} npm run fuzz repeats this run)`);
  for (const [name, property, numRuns] of RUNS) {
    const start = Date.now();
    await fc.assert(property as fc.IAsyncProperty<any>, { numRuns, seed });
    total += numRuns;
    console.log(
      `${String(numRuns).padStart(7)} inputs  ${((Date.now() - start) / 1000).toFixed(1).padStart(6)} s  ${name}: nothing thrown, nothing changed`,
    );
  }
  console.log(`\nFUZZ ${total} inputs, all properties held`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
