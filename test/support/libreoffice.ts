// LibreOffice headless for the tests: one way to convert a file, failing loudly (npm test installs LibreOffice first).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SOFFICE = '/usr/bin/soffice';

/**
 * Converts a file with LibreOffice (`--convert-to FORMAT --outdir OUT FILE`), using a profile of its own under
 * `workDir` so that parallel test files never share one; throws with LibreOffice's output when it fails.
 */
export function libreOfficeConvert(file: string, format: string, outDir: string, workDir: string): void {
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(workDir, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.error) throw new Error(`LibreOffice (${SOFFICE}) did not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr || run.stdout}`);
}
