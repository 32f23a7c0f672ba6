// scripts/test-deps.mjs (the first step of `npm test`): installs missing Debian packages as root, else names the command.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/cli';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'test-deps.mjs');

/** A PATH whose dpkg-query says the given packages are not installed, and whose apt-get records its arguments. */
function fakeDebian(missing: string[]): { bin: string; log: string } {
  const bin = tempDir('chitieu-deps-');
  chmodSync(bin, 0o755);
  const log = join(bin, 'apt.log');
  writeFileSync(
    join(bin, 'dpkg-query'),
    `#!/bin/sh\npkg="$3"\ncase " ${missing.join(' ')} " in *" $pkg "*) echo "dpkg-query: no packages found matching $pkg" >&2; exit 1;; esac\nprintf 'install ok installed'\n`,
  );
  writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$@" >> "${log}"\n`);
  chmodSync(join(bin, 'dpkg-query'), 0o755);
  chmodSync(join(bin, 'apt-get'), 0o755);
  return { bin, log };
}

function run(bin: string, asNobody: boolean) {
  const env = { PATH: `${bin}:/usr/bin:/bin`, HOME: bin };
  const command = [process.execPath, SCRIPT];
  const args =
    asNobody && process.getuid?.() === 0
      ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups', ...command]
      : command;
  return spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env });
}

const root = process.getuid?.() === 0;

describe('npm test sets itself up', () => {
  it('does nothing when every package is there', () => {
    const { bin, log } = fakeDebian([]);
    const result = run(bin, false);
    expect(result.status).toBe(0);
    expect(existsSync(log)).toBe(false);
  });

  (root ? it : it.skip)('as root, installs exactly the missing packages with apt-get', () => {
    const { bin, log } = fakeDebian(['libreoffice-writer-nogui', 'libreoffice-writer', 'chromium']);
    const result = run(bin, false);
    expect(result.status).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq --no-install-recommends chromium libreoffice-writer-nogui',
    ]);
  });

  it('as another user, stops at once naming the exact install command', () => {
    const { bin, log } = fakeDebian(['poppler-utils', 'libreoffice-calc-nogui', 'libreoffice-calc']);
    const result = run(bin, true);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils',
    );
    expect(existsSync(log)).toBe(false);
  });

  it('accepts the full LibreOffice packages in place of the -nogui ones', () => {
    const { bin, log } = fakeDebian(['libreoffice-calc-nogui', 'libreoffice-writer-nogui']);
    expect(run(bin, true).status).toBe(0);
    expect(existsSync(log)).toBe(false);
  });
});
