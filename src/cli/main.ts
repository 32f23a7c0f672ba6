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

const EXIT_BAD_INPUT = 2;

function program(setExit: (code: number) => void): Command {
  const cli = new Command('chitieu')
    .description(
      'Chỉ Tiêu: kiểm tra dữ liệu và lập báo cáo chỉ tiêu chiến dịch trên tệp .xlsx / campaign targets on .xlsx',
    )
    .option('--lang <lang>', 'ngôn ngữ / language: vi | en', 'vi')
    .option('--json', 'kết quả dạng JSON / machine-readable output')
    .exitOverride()
    // Commander's English error line is replaced by usageError(); its help output stays on --help.
    .configureOutput({ writeErr: () => undefined });
  const common = (cmd: Command): { lang: Lang; json?: boolean } => {
    const all = cmd.optsWithGlobals() as { lang?: string; json?: boolean };
    return { lang: parseLang(all.lang), json: all.json };
  };
  cli
    .command('init')
    .description('tạo tệp mẫu / write a template workbook')
    .argument('<file>', 'tệp .xlsx cần tạo')
    .option('--sample', 'điền dữ liệu mẫu Kỳ nghỉ hồng Quận 11 năm 2023 / fill with the 2023 District 11 sample')
    .option('--force', 'ghi đè nếu tệp đã có / overwrite an existing file')
    .option('--weekly <rule>', 'thêm các đợt tuần, ví dụ "thứ 7 17:00" / weekly periods, e.g. "thứ 7 17:00"')
    .option('--from <date>', 'ngày bắt đầu chiến dịch / campaign start (dd/mm/yyyy)')
    .option('--to <date>', 'ngày kết thúc chiến dịch / campaign end (dd/mm/yyyy)')
    .option('--json')
    .action(async (file: string, opts: { sample?: boolean; force?: boolean }, cmd: Command) =>
      setExit(await initCommand(file, { ...opts, ...common(cmd) })),
    );
  cli
    .command('validate')
    .description('kiểm tra dữ liệu / list every problem row')
    .argument('<file>', 'tệp .xlsx')
    .option('--json')
    .action(async (file: string, _opts: unknown, cmd: Command) => setExit(await validateCommand(file, common(cmd))));
  cli
    .command('report')
    .description('lập báo cáo một đợt / write the report tab of a period')
    .argument('<file>', 'tệp .xlsx')
    .requiredOption('--period <name>', 'tên đợt báo cáo / period name')
    .option('--out <file>', 'tệp kết quả / output workbook')
    .option('--docx <file>', 'báo cáo Word (.docx) / the official report as a Word document')
    .option('--date <dd/mm/yyyy>', 'ngày ghi trên báo cáo Word / the Word report date line')
    .option('--force', 'ghi đè nếu tệp đã có / overwrite an existing file')
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
    .description('tổng hợp số liệu cấp dưới / roll lower levels up into a copy of the upper workbook')
    .argument('<upper>', 'tệp .xlsx của cấp trên / the upper level workbook')
    .argument('<lower...>', 'các tệp .xlsx của cấp dưới / the lower levels workbooks')
    .option('--out <file>', 'tệp kết quả / output workbook (default UPPER.tong-hop.xlsx)')
    .option('--period <name>', 'trả lời như report cho đợt này / answer like report for this period')
    .option('--force', 'ghi đè tệp kết quả nếu đã có / overwrite an existing output')
    .option('--json')
    .action(
      async (upper: string, lower: string[], opts: { out?: string; period?: string; force?: boolean }, cmd: Command) =>
        setExit(await rollupCommand(upper, lower, { ...opts, ...common(cmd) })),
    );
  cli
    .command('attainment')
    .description('tỷ lệ đạt của một chỉ tiêu / one attainment as a fraction')
    .argument('<file>', 'tệp .xlsx')
    .argument('<key>', 'mã chỉ tiêu / target key')
    .option('--period <name>', 'tên đợt / period name')
    .option('--unit <code>', 'mã đơn vị / unit code')
    .option('--json')
    .action(async (file: string, key: string, opts: { period?: string; unit?: string }, cmd: Command) =>
      setExit(await attainmentCommand(file, key, { ...opts, ...common(cmd) })),
    );
  cli
    .command('import-plan')
    .description('đề xuất chỉ tiêu từ kế hoạch (.txt, .docx) / propose Targets rows from a plan')
    .argument('<plan>', 'tệp kế hoạch .txt hoặc .docx / plan file')
    .option('--into <file>', 'thêm vào tab Chỉ tiêu của tệp .xlsx / append to the Targets tab of a workbook')
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
  return lang === 'en'
    ? `Wrong command: ${detail}. See: chitieu --help`
    : `Lệnh chưa đúng (${detail}). Xem hướng dẫn: chitieu --help, hoặc chitieu <lệnh> --help`;
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
    process.stderr.write(lang === 'en' ? `Unexpected failure: ${message}\n` : `Lỗi ngoài dự kiến: ${message}\n`);
    return EXIT_BAD_INPUT;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
