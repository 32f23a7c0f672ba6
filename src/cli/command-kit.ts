// Each command is described as data (its words are keys of the catalogue's CLI section) and built into commander by
// one function, so the six commands share how arguments, options, --lang/--json and the exit code are handled.

import type { Command } from 'commander';
import type { Lang } from '../core';
import { both, CLI, type WordOf } from '../messages';
import { parseLang } from './lang';

type HelpKey = WordOf<typeof CLI>;

/** The help text of a key: "vi / en". */
export const help = (key: HelpKey): string => both(CLI.text(key));

/** How a command's action hands its exit code back to main(). */
export type SetExit = (code: number) => void;

/** What every command receives besides its own options: the global `--lang` and `--json`. */
export interface GlobalOptions {
  lang: Lang;
  json?: boolean;
}

export interface CommandSpec<A extends unknown[], O> {
  name: string;
  about: HelpKey;
  /** Positional arguments in order: `<file>`, or `<lower...>` for a list. */
  args: [usage: string, help: HelpKey][];
  options?: [flags: string, help: HelpKey][];
  required?: [flags: string, help: HelpKey][];
  run(args: A, options: O & GlobalOptions): Promise<number>;
}

/** Adds one command to the program. Commander calls the action with the positional values, the options, the command. */
export function defineCommand<A extends unknown[], O>(cli: Command, spec: CommandSpec<A, O>, setExit: SetExit): void {
  const command = cli.command(spec.name).description(help(spec.about));
  for (const [usage, key] of spec.args) command.argument(usage, help(key));
  for (const [flags, key] of spec.required ?? []) command.requiredOption(flags, help(key));
  for (const [flags, key] of spec.options ?? []) command.option(flags, help(key));
  command.option('--json').action(async (...values: unknown[]) => {
    const count = spec.args.length;
    const own = values[count] as O;
    const all = (values[count + 1] as Command).optsWithGlobals() as { lang?: string; json?: boolean };
    setExit(await spec.run(values.slice(0, count) as A, { ...own, lang: parseLang(all.lang), json: all.json }));
  });
}
