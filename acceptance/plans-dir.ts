// The folder of real plans named by CHITIEU_PLANS_DIR: a missing or empty folder fails the run, never skips it.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of real plans; throws (so the suite fails) when it is not set or not there. */
export function plansDir(): string {
  const named = process.env.CHITIEU_PLANS_DIR;
  if (!named) {
    throw new Error(
      'CHITIEU_PLANS_DIR is not set. Run: CHITIEU_PLANS_DIR=../shared/plans npm run test:plans (the folder of real plans).',
    );
  }
  const dir = resolve(named);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`CHITIEU_PLANS_DIR="${named}" is not a folder (${dir}).`);
  }
  return dir;
}

/** Every plan in the folder (.txt and .docx), as absolute paths. */
export function planFiles(): string[] {
  const dir = plansDir();
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|docx)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`No .txt or .docx plan in CHITIEU_PLANS_DIR (${dir}).`);
  return files;
}

/** One named plan of the folder; throws when it is missing. */
export function planFile(name: string): string {
  const file = join(plansDir(), name);
  if (!existsSync(file)) throw new Error(`The real plan ${name} is not in CHITIEU_PLANS_DIR (${plansDir()}).`);
  return file;
}
