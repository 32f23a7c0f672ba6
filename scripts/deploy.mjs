// npm run deploy: creates or reuses the Apps Script project named in the local .clasp.json, builds, and pushes build/.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLASP = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
const PROJECT = join(root, '.clasp.json');

// What the deploy script says, Vietnamese first, English second (a build tool's own sentences).
const SAY = {
  notLoggedIn: [
    'Chưa đăng nhập clasp. Hãy bật Google Apps Script API tại https://script.google.com/home/usersettings, chạy "npx clasp login", rồi chạy lại "npm run deploy".',
    'clasp is not logged in. Turn on the Google Apps Script API at https://script.google.com/home/usersettings, run "npx clasp login", then run "npm run deploy" again.',
  ],
  placeholder: [
    '.clasp.json còn mã mẫu thay cho Script ID. Hãy xoá tệp này để tạo dự án mới, hoặc dán Script ID thật (Cài đặt dự án → Mã tập lệnh).',
    '.clasp.json still holds a placeholder instead of a script id. Delete it to create a new project, or paste the real id (Project settings → Script ID).',
  ],
  creating: ['Tạo dự án Apps Script độc lập "Chỉ Tiêu"…', 'Creating the standalone Apps Script project "Chỉ Tiêu"…'],
  reusing: (id) => [
    `Dùng dự án Apps Script ${id} (theo .clasp.json).`,
    `Using Apps Script project ${id} (from .clasp.json).`,
  ],
  failed: (step) => [
    `Bước "${step}" thất bại (xem thông báo của clasp ở trên).`,
    `Step "${step}" failed (see clasp's message above).`,
  ],
  apiOff: [
    'Google Apps Script API đang tắt cho tài khoản này: bật tại https://script.google.com/home/usersettings, đợi vài phút rồi thử lại.',
    'The Google Apps Script API is off for this account: turn it on at https://script.google.com/home/usersettings, wait a few minutes, then try again.',
  ],
  done: (id) => [
    `Đã đẩy mã lên https://script.google.com/d/${id}/edit — tiếp theo: Triển khai → Kiểm tra các lượt triển khai → Tiện ích bổ sung cho trình chỉnh sửa → chọn một bảng tính (xem README).`,
    `Pushed to https://script.google.com/d/${id}/edit — next: Deploy → Test deployments → Editor Add-on → pick a spreadsheet (see README).`,
  ],
};

function say([vi, en], stream = process.stdout) {
  stream.write(`${vi}\n${en}\n`);
}

/** Runs clasp from the repository root; its output is shown as it comes, and also returned. */
function clasp(args, { quiet = false } = {}) {
  const run = spawnSync(CLASP, args, { cwd: root, encoding: 'utf8' });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (!quiet) process.stdout.write(output);
  return { ok: run.status === 0, output };
}

function fail(lines) {
  say(lines, process.stderr);
  process.exit(1);
}

// 1. Logged in? (clasp keeps its credentials in ~/.clasprc.json; without them it touches no network.)
const who = clasp(['show-authorized-user'], { quiet: true });
if (!who.ok || /not logged in/i.test(who.output)) fail(SAY.notLoggedIn);

// 2. The project: the local, untracked .clasp.json (see .clasp.json.example), or a new standalone script.
if (existsSync(PROJECT)) {
  const { scriptId } = JSON.parse(readFileSync(PROJECT, 'utf8'));
  if (!scriptId || /PASTE|YOUR/i.test(scriptId)) fail(SAY.placeholder);
  say(SAY.reusing(scriptId));
} else {
  say(SAY.creating);
  const created = clasp(['create-script', '--type', 'standalone', '--title', 'Chỉ Tiêu', '--rootDir', 'build']);
  if (!created.ok) fail(/Apps Script API/i.test(created.output) ? SAY.apiOff : SAY.failed('clasp create-script'));
}

// 3. Build (after creating: clasp writes the remote manifest into build/, the build puts ours back), then push.
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail(SAY.failed('npm run build'));
const pushed = clasp(['push', '--force']);
if (!pushed.ok) fail(/Apps Script API/i.test(pushed.output) ? SAY.apiOff : SAY.failed('clasp push'));
say(SAY.done(JSON.parse(readFileSync(PROJECT, 'utf8')).scriptId));
