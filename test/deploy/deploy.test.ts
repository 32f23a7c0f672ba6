// npm run deploy without a clasp login: a clear message in both languages, exit 1, nothing written, no network.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('npm run deploy', () => {
  it('stops before building or creating anything when clasp is not logged in', () => {
    const home = mkdtempSync(join(tmpdir(), 'chitieu-deploy-'));
    const hadProject = existsSync(join(ROOT, '.clasp.json'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
      delete env.clasp_config_auth;
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'deploy.mjs')], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Chưa đăng nhập clasp/);
      expect(run.stderr).toMatch(/clasp is not logged in/);
      expect(run.stderr).toMatch(/npx clasp login/);
      expect(run.stderr).toMatch(/script\.google\.com\/home\/usersettings/);
      expect(existsSync(join(ROOT, '.clasp.json'))).toBe(hadProject);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('keeps the project file local: .clasp.json is ignored, an example is tracked', () => {
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.clasp.json');
    const example = JSON.parse(readFileSync(join(ROOT, '.clasp.json.example'), 'utf8'));
    expect(example.rootDir).toBe('build');
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.deploy).toBe('node scripts/deploy.mjs');
  });
});
