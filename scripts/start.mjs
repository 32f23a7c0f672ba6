// `npm start`: the main job end to end on the built-in sample: workbook, validation, a period's report.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/chitieu.js');
const out = join(root, 'out');
mkdirSync(out, { recursive: true });
const sample = join(out, 'sample.xlsx');
const report = join(out, 'sample.bao-cao-dot-2.xlsx');

/** One shell word: bare when safe, else in single quotes, so the echoed command can be pasted back as is. */
function shellWord(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as a user types it from the project folder (where `npx chitieu` finds this package's bin). */
function echoed(args) {
  const shown = args.map((a) => (a.startsWith(root) ? relative(process.cwd(), a) || '.' : a));
  return `npx chitieu ${shown.map(shellWord).join(' ')}`;
}

function run(title, args, okCodes = [0]) {
  console.log(`\n=== ${title}\n$ ${echoed(args)}`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (!okCodes.includes(result.status)) process.exit(result.status ?? 1);
}

run('1. Tạo tệp mẫu Kỳ nghỉ hồng Quận 11 năm 2023', ['init', sample, '--sample', '--force']);
// The sample carries a handful of real-life mistakes on purpose, so validation exits 1 here.
run('2. Kiểm tra dữ liệu', ['validate', sample], [0, 1]);
run('3. Lập báo cáo Đợt 2', ['report', sample, '--period', 'Đợt 2', '--out', report, '--force']);
run('4. Tỷ lệ đạt chỉ tiêu trồng cây xanh đến hết Đợt 2', ['attainment', sample, 'cay-xanh', '--period', 'Đợt 2']);
console.log(`\nXong. Mở ${report} để xem tab "Báo cáo – Đợt 2".`);
