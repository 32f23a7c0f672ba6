// Prints the plan importer's precision and recall of (quantity, unit) per kind of document: `npx tsx scripts/score-plans.ts [DIR]` (default test/core/plan/kinds).

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, scoreKind } from '../test/core/plan/kinds-score';

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? 'test/core/plan/kinds');
  const kinds = readdirSync(root)
    .filter((d) => d !== 'sources' && statSync(path.join(root, d)).isDirectory())
    .sort();
  const scores = [];
  for (const kind of kinds) scores.push(await scoreKind(path.join(root, kind)));
  const all = scores.flatMap((s) => s.docs);
  const matched = all.reduce((n, d) => n + d.matched, 0);
  console.log(describe(scores));
  console.log(
    `ALL              docs ${all.length}  targets ${all.reduce((n, d) => n + d.expected, 0)}  precision ${(
      matched /
      Math.max(
        1,
        all.reduce((n, d) => n + d.found, 0),
      )
    ).toFixed(3)}  recall ${(matched / all.reduce((n, d) => n + d.expected, 0)).toFixed(3)}`,
  );
}

void main();
