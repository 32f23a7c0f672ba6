// What every command's commander definition shares: the bilingual help text, the global options, the exit code.

import type { Command } from 'commander';
import type { Lang } from '../core';
import { both, CLI, type WordOf } from '../messages';
import { parseLang } from './lang';

/** The help text of a key: "vi / en". */
export const help = (key: WordOf<typeof CLI>): string => both(CLI.text(key));

/** How a command's action hands its exit code back to main(). */
export type SetExit = (code: number) => void;

/** The global `--lang` and `--json`, wherever on the line they were given. */
export function globalOptions(cmd: Command): { lang: Lang; json?: boolean } {
  const all = cmd.optsWithGlobals() as { lang?: string; json?: boolean };
  return { lang: parseLang(all.lang), json: all.json };
}
