// The `chitieu` command: the core on .xlsx workbooks. Errors the user can fix print as one clear message.

import { Command, CommanderError } from 'commander';
import { ChiTieuError, type Lang } from '../core';
import { attainmentCommand } from './commands/attainment';
import { importPlanCommand } from './commands/import-plan';
import { initCommand } from './commands/init';
import { reportCommand } from './commands/report';
import { rollupCommand } from './commands/rollup';
import { validateCommand } from './commands/validate';
import { parseLang } from './lang';
import { both, CLI, type WordOf } from '../messages';

/** The help text of a key: "vi / en". */
const help = (key: WordOf<typeof CLI>) => both(CLI.text(key));

const EXIT_BAD_INPUT = 2;

function program(setExit: (code: number) => void): Command {
  const cli = new Command('chitieu')
    .description(help('about'))
    .option('--lang <lang>', help('langOption'), 'vi')
    .option('--json', help('jsonOption'))
    .exitOverride()
    // Commander's English error line is replaced by usageError(); its help output stays on --help.
    .configureOutput({ writeErr: () => undefined });
  const common = (cmd: Command): { lang: Lang; json?: boolean } => {
    const all = cmd.optsWithGlobals() as { lang?: string; json?: boolean };
    return { lang: parseLang(all.lang), json: all.json };
  };
  cli
    .command('init')
    .description(help('initAbout'))
    .argument('<file>', help('initFile'))
    .option('--sample', help('sampleOption'))
    .option('--force', help('forceOption'))
    .option('--weekly <rule>', help('weeklyOption'))
    .option('--from <date>', help('fromOption'))
    .option('--to <date>', help('toOption'))
    .option('--json')
    .action(async (file: string, opts: { sample?: boolean; force?: boolean }, cmd: Command) =>
      setExit(await initCommand(file, { ...opts, ...common(cmd) })),
    );
  cli
    .command('validate')
    .description(help('validateAbout'))
    .argument('<file>', help('workbookFile'))
    .option('--json')
    .action(async (file: string, _opts: unknown, cmd: Command) => setExit(await validateCommand(file, common(cmd))));
  cli
    .command('report')
    .description(help('reportAbout'))
    .argument('<file>', help('workbookFile'))
    .requiredOption('--period <name>', help('periodOption'))
    .option('--out <file>', help('outOption'))
    .option('--docx <file>', help('docxOption'))
    .option('--date <dd/mm/yyyy>', help('dateOption'))
    .option('--force', help('forceOption'))
    .option('--json')
    .action(
      async (
        file: string,
        opts: { period: string; out?: string; docx?: string; date?: string; force?: boolean },
        cmd: Command,
      ) => setExit(await reportCommand(file, { ...opts, ...common(cmd) })),
    );
  cli
    .command('rollup')
    .description(help('rollupAbout'))
    .argument('<upper>', help('upperFile'))
    .argument('<lower...>', help('lowerFiles'))
    .option('--out <file>', help('rollupOut'))
    .option('--period <name>', help('rollupPeriod'))
    .option('--force', help('rollupForce'))
    .option('--json')
    .action(
      async (upper: string, lower: string[], opts: { out?: string; period?: string; force?: boolean }, cmd: Command) =>
        setExit(await rollupCommand(upper, lower, { ...opts, ...common(cmd) })),
    );
  cli
    .command('attainment')
    .description(help('attainmentAbout'))
    .argument('<file>', help('workbookFile'))
    .argument('<key>', help('keyArgument'))
    .option('--period <name>', help('periodOption'))
    .option('--unit <code>', help('unitOption'))
    .option('--json')
    .action(async (file: string, key: string, opts: { period?: string; unit?: string }, cmd: Command) =>
      setExit(await attainmentCommand(file, key, { ...opts, ...common(cmd) })),
    );
  cli
    .command('import-plan')
    .description(help('importPlanAbout'))
    .argument('<plan>', help('planFile'))
    .option('--into <file>', help('intoOption'))
    .option('--json')
    .action(async (plan: string, opts: { into?: string }, cmd: Command) =>
      setExit(await importPlanCommand(plan, { ...opts, ...common(cmd) })),
    );
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
