// Precision and recall of (quantity, unit) over realistic plans of other organisations, campaigns and layouts.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlan } from '../../../src/core/plan';
import { fold } from '../../../src/core/text';

const DIR = path.join(__dirname, 'fixtures');
const PLANS = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

interface Score {
  matched: number;
  found: number;
  expected: number;
  missing: string[];
  extra: string[];
}

/** Matches found against expected (quantity, unit) pairs as multisets; units compare case- and diacritic-insensitively. */
function score(file: string): Score {
  const expected = (
    JSON.parse(readFileSync(path.join(DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as {
      targets: Array<[number, string]>;
    }
  ).targets.map(([value, unit]) => `${value} ${fold(unit)}`);
  const found = parsePlan(readFileSync(path.join(DIR, file), 'utf8')).targets.map((t) => `${t.target} ${fold(t.unit)}`);
  const missing = [...expected];
  const extra: string[] = [];
  for (const pair of found) {
    const i = missing.indexOf(pair);
    if (i >= 0) missing.splice(i, 1);
    else extra.push(pair);
  }
  return { matched: found.length - extra.length, found: found.length, expected: expected.length, missing, extra };
}

describe('plan fixtures', () => {
  it('has at least 15 realistic variant plans, each with its expected targets', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(15);
  });

  it('reaches precision and recall of at least 0.95 on (quantity, unit)', () => {
    const scores = PLANS.map((file) => ({ file, ...score(file) }));
    const matched = scores.reduce((n, s) => n + s.matched, 0);
    const precision = matched / scores.reduce((n, s) => n + s.found, 0);
    const recall = matched / scores.reduce((n, s) => n + s.expected, 0);
    const misses = scores.filter((s) => s.missing.length || s.extra.length);
    console.log(
      `plan importer on ${PLANS.length} fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        misses.map((s) => `\n  ${s.file}: missing [${s.missing.join('; ')}] extra [${s.extra.join('; ')}]`).join(''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(PLANS)('%s: finds a target section and labels every target', (file) => {
    const result = parsePlan(readFileSync(path.join(DIR, file), 'utf8'));
    expect(result.targets.length).toBeGreaterThan(0);
    for (const target of result.targets) {
      expect(target.label.length).toBeGreaterThan(2);
      expect(target.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(target.line).toBeGreaterThan(0);
    }
  });
});
