// `chitieu attainment FILE KEY [--period NAME] [--unit CODE]`: one attainment, `102%` / `30,8%` (a fraction in --json).

import type { Command } from 'commander';
import { globalOptions, help, type SetExit } from '../command-kit';
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
export function defineAttainment(cli: Command, setExit: SetExit): void {
  cli
    .command('attainment')
    .description(help('attainmentAbout'))
    .argument('<file>', help('workbookFile'))
    .argument('<key>', help('keyArgument'))
    .option('--period <name>', help('periodOption'))
    .option('--unit <code>', help('unitOption'))
    .option('--json')
    .action(async (file: string, key: string, opts: { period?: string; unit?: string }, cmd: Command) =>
      setExit(await attainmentCommand(file, key, { ...opts, ...globalOptions(cmd) })),
    );
}
