// `chitieu attainment FILE KEY [--period NAME] [--unit CODE]`: one attainment, `102%` / `30,8%` (a fraction in --json).

import type { CommandSpec } from '../command-kit';
import { answer, type Lang } from '../../core';
import { load, requireSound } from '../load';
import { formatPercent, printJson } from '../output';

export async function attainmentCommand(
  file: string,
  key: string,
  options: { period?: string; unit?: string; json?: boolean; lang: Lang },
): Promise<number> {
  const { analysis } = await load(file);
  requireSound(analysis);
  const result = answer(analysis, { target: key, period: options.period ?? null, unit: options.unit ?? null });
  if (options.json) printJson(result);
  else console.log(formatPercent(result.attainment));
  return 0;
}

/** `chitieu attainment` as commander reads it. */
export const attainmentSpec: CommandSpec<[string, string], { period?: string; unit?: string }> = {
  name: 'attainment',
  about: 'attainmentAbout',
  args: [
    ['<file>', 'workbookFile'],
    ['<key>', 'keyArgument'],
  ],
  options: [
    ['--period <name>', 'periodOption'],
    ['--unit <code>', 'unitOption'],
  ],
  run: ([file, key], options) => attainmentCommand(file, key, options),
};
