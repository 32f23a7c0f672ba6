// Runs the built `chitieu` command (dist/chitieu.js) as a user would, capturing its output.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'chitieu.js');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function chitieu(...args: string[]): Run {
  if (!existsSync(CLI)) throw new Error('dist/chitieu.js is missing: run `npm run build` first');
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function json<T = any>(run: Run): T {
  return JSON.parse(run.stdout) as T;
}

export function tempDir(prefix = 'chitieu-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
