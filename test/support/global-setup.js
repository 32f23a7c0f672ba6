// jest's global setup: build the bundle and the CLI first, so no test ever runs against a stale build/Code.js.

const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = function buildFirst() {
  const root = join(__dirname, '..', '..');
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`The build failed, so no test runs (npm run build):\n${run.stdout}${run.stderr}`);
  }
};
