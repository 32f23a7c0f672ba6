// `chitieu validate FILE`: lists every problem row; exit 1 when any error, 2 when a required tab or column is missing.

import type { CommandSpec } from '../command-kit';
import type { Lang } from '../../core';
import { CLI } from '../../messages';
import { load } from '../load';
import { printJson, problemsJson, problemsTable } from '../output';

export async function validateCommand(file: string, options: { json?: boolean; lang: Lang }): Promise<number> {
  const { analysis } = await load(file);
  const { errors, warnings } = analysis;
  // Errors first (they keep rows out of the figures), then warnings; each group in tab and row order.
  const problems = [...analysis.problems].sort(
    (a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'),
  );
  if (options.json) {
    printJson({
      problems: problemsJson(problems, options.lang),
      errors,
      warnings,
      rows: analysis.entryRowCount,
      validEntries: analysis.entries.length,
    });
  } else {
    const lang = options.lang;
    if (problems.length) console.log(problemsTable(problems, lang));
    console.log(
      CLI.say(lang, 'validated', { rows: analysis.entryRowCount, valid: analysis.entries.length, errors, warnings }),
    );
  }
  // A missing tab or column: the problems are listed all the same, and the exit code says the layout is wrong.
  if (analysis.fatal) return 2;
  return errors > 0 ? 1 : 0;
}

/** `chitieu validate` as commander reads it. */
export const validateSpec: CommandSpec<[string], object> = {
  name: 'validate',
  about: 'validateAbout',
  args: [['<file>', 'workbookFile']],
  run: ([file], options) => validateCommand(file, options),
};
