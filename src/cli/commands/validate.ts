// `chitieu validate FILE`: lists every problem row; exit code 1 when any error.

import type { Lang } from '../../core';
import { CLI } from '../../messages';
import { load } from '../load';
import { printJson, problemsJson, problemsTable } from '../output';

export async function validateCommand(file: string, options: { json?: boolean; lang: Lang }): Promise<number> {
  const { analysis } = await load(file);
  const { problems, errors, warnings } = analysis;
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
  return errors > 0 ? 1 : 0;
}
