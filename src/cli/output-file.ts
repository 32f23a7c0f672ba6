// May the command line write this output file? One check before the work and one safe write, for every output flag.

import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ChiTieuError } from '../core';
import { CLI } from '../messages';

export interface OutputOptions {
  /** Overwrite an existing file (the user said --force). */
  force?: boolean;
  /** The option that named the path, used in the messages: '--out', '--docx', 'FILE'. */
  flag?: string;
}

/**
 * Throws a ChiTieuError naming the fix when `path` may not be written: it exists and `force` is not set, it is a
 * folder, its folder is missing, or the folder (or the file, with --force) is not writable. Call it before any slow
 * work so that a refusal costs nothing.
 */
export function checkOutputPath(path: string, options: OutputOptions = {}): void {
  const flag = options.flag ?? '--out';
  const full = resolve(path);
  const dir = dirname(full);
  if (existsSync(full)) {
    if (statSync(full).isDirectory())
      throw new ChiTieuError('output-is-folder', CLI.text('outputIsFolder', { file: path, flag }));
    if (!options.force) throw new ChiTieuError('file-exists', CLI.text('outputExists', { file: path, flag }));
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ChiTieuError('missing-folder', CLI.text('outputMissingFolder', { folder: dirname(path), flag }));
  }
  try {
    accessSync(dir, constants.W_OK);
    if (existsSync(full)) accessSync(full, constants.W_OK);
  } catch (error) {
    throw outputFailure(error, path, flag);
  }
}

/** The sentence for a failed write (EACCES, EROFS, ENOSPC, a missing folder…), never "Lỗi ngoài dự kiến: …". */
export function outputFailure(error: unknown, path: string, flag = '--out'): ChiTieuError {
  if (error instanceof ChiTieuError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new ChiTieuError('not-writable', CLI.text('outputNotWritable', { file: path, flag }));
    case 'EROFS':
      return new ChiTieuError('read-only', CLI.text('outputReadOnly', { file: path, flag }));
    case 'ENOSPC':
    case 'EDQUOT':
      return new ChiTieuError('disk-full', CLI.text('outputDiskFull', { file: path, flag }));
    case 'ENOENT':
    case 'ENOTDIR':
      return new ChiTieuError('missing-folder', CLI.text('outputMissingFolder', { folder: dirname(path), flag }));
    case 'EISDIR':
      return new ChiTieuError('output-is-folder', CLI.text('outputIsFolder', { file: path, flag }));
    default: {
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return new ChiTieuError('write-failed', CLI.text('outputFailed', { file: path, flag, reason }));
    }
  }
}

/**
 * Writes through a temporary file in the same folder, renamed over `path` only once complete: a full disk or a
 * crash half-way leaves any existing file as it was and no half-written workbook behind. `write` gets the
 * temporary path.
 */
export async function writeOutputFile(
  path: string,
  write: (tempPath: string) => Promise<void> | void,
  flag = '--out',
): Promise<void> {
  const full = resolve(path);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    await write(temp);
    renameSync(temp, full);
  } catch (error) {
    rmSync(temp, { force: true });
    throw outputFailure(error, path, flag);
  }
}
