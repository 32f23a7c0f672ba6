// Acceptance on every real plan in CHITIEU_PLANS_DIR: each one reads, proposes targets, and the CLI agrees with the core.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePlan } from '../src/core/plan';
import { planFiles } from './plans-dir';

const CLI = join(__dirname, '..', 'dist', 'chitieu.js');

describe.each(planFiles().map((f) => [basename(f), f]))('the real plan %s', (_name, file) => {
  it('gives at least one target, each with a positive number, a unit and a unique key', () => {
    const run = spawnSync(process.execPath, [CLI, 'import-plan', file, '--json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { targets } = JSON.parse(run.stdout) as { targets: { key: string; target: number; unit: string }[] };
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      expect(t.target).toBeGreaterThan(0);
      expect(t.unit).not.toBe('');
    }
    expect(new Set(targets.map((t) => t.key)).size).toBe(targets.length);
    if (file.endsWith('.txt')) {
      expect(targets.map((t) => t.key)).toEqual(parsePlan(readFileSync(file, 'utf8')).targets.map((t) => t.key));
    }
  });
});
