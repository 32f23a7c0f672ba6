// The `chitieu` command: the core on .xlsx workbooks. Errors the user can fix print as one clear message.

import { Command, CommanderError } from 'commander';
import { ChiTieuError, type Lang } from '../core';
import { defineCommand, help, type SetExit } from './command-kit';
import { attainmentSpec } from './commands/attainment';
import { importPlanSpec } from './commands/import-plan';
import { initSpec } from './commands/init';
import { reportSpec } from './commands/report';
import { rollupSpec } from './commands/rollup';
import { validateSpec } from './commands/validate';
import { CLI } from '../messages';

const EXIT_BAD_INPUT = 2;

function program(setExit: SetExit): Command {
  const cli = new Command('chitieu')
    .description(help('about'))
    .option('--lang <lang>', help('langOption'), 'vi')
    .option('--json', help('jsonOption'))
    .exitOverride()
    // Commander's English error line is replaced by usageError(); its help output stays on --help.
    .configureOutput({ writeErr: () => undefined });
  defineCommand(cli, initSpec, setExit);
  defineCommand(cli, validateSpec, setExit);
  defineCommand(cli, reportSpec, setExit);
  defineCommand(cli, rollupSpec, setExit);
  defineCommand(cli, attainmentSpec, setExit);
  defineCommand(cli, importPlanSpec, setExit);
  return cli;
}

function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const inline = argv.find((a) => a.startsWith('--lang='));
  return (inline ? inline.slice(7) : i >= 0 ? argv[i + 1] : 'vi') === 'en' ? 'en' : 'vi';
}

/** Commander's own messages are English: say in the user's language what is wrong and where help is. */
function usageError(error: CommanderError, lang: Lang): string {
  const detail = error.message.replace(/^error:\s*/, '');
  return CLI.say(lang, 'usage', { detail });
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    const lang = langFromArgv(argv);
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      process.stderr.write(`${usageError(error, lang)}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof ChiTieuError) {
      process.stderr.write(`${lang === 'en' ? error.text.en : error.text.vi}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${CLI.say(lang, 'unexpected', { message })}\n`);
    return EXIT_BAD_INPUT;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
