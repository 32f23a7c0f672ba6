// Before `npm test`: the Debian packages some tests use are installed (as root), or the run stops naming the command.

import { spawnSync } from 'node:child_process';

// Each need is met by any one of its packages (the -nogui builds are the small ones we install).
const NEEDS = [
  { packages: ['chromium'], for: 'sidebar tests (playwright-core drives /usr/bin/chromium)' },
  { packages: ['libreoffice-calc-nogui', 'libreoffice-calc'], for: 'opening the generated .xlsx in LibreOffice' },
  { packages: ['libreoffice-writer-nogui', 'libreoffice-writer'], for: 'opening the generated .docx in LibreOffice' },
  { packages: ['poppler-utils'], for: 'PDF pages as pictures (pdftoppm)' },
  { packages: ['fonts-dejavu-core'], for: 'Vietnamese glyphs in rendered pages' },
];

function installed(pkg) {
  const run = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  if (run.error) return null; // no dpkg: not Debian
  return run.status === 0 && run.stdout.includes('install ok installed');
}

function sh(command, args) {
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} thất bại / failed (exit ${run.status ?? run.error?.message}).`);
    process.exit(1);
  }
}

const missing = [];
for (const need of NEEDS) {
  const states = need.packages.map(installed);
  if (states.every((s) => s === null)) {
    console.error(
      'Không tìm thấy dpkg-query: các kiểm thử cần một máy Debian (xem README). / No dpkg-query: the tests need Debian (see README).',
    );
    process.exit(1);
  }
  if (!states.some(Boolean)) missing.push(need);
}

if (missing.length > 0) {
  const packages = missing.map((n) => n.packages[0]);
  const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const why = missing.map((n) => `  ${n.packages[0]}: ${n.for}`).join('\n');
  if (process.getuid?.() === 0) {
    console.log(`Cài các gói Debian còn thiếu / installing missing Debian packages:\n${why}`);
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } else {
    console.error(
      `Thiếu gói Debian cho kiểm thử / Debian packages the tests need are missing:\n${why}\n` +
        `Hãy chạy / Run:\n  sudo apt-get update && sudo ${install}\nrồi chạy lại / then again: npm test`,
    );
    process.exit(1);
  }
}
