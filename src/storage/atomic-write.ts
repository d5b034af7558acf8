/**
 * Durable file replacement: write a temp file beside the target, fsync it, rename it over
 * the target, fsync the folder. A reader sees the old file or the new one, never a torn one.
 *
 * NOTE: not write-file-atomic: its temp names (`workbook.yaml.1234567`) are left behind
 * when a writer is SIGKILLed and cannot be told apart from the user's files. Ours are
 * `.workbook.yaml.secbook-<pid>-<n>.tmp`, and `removeStaleTemps` clears them under the lock.
 */
import { lstat, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { lock } from 'proper-lockfile';
import { SecbookError, fileSystemError } from '../errors.js';
import { assertConfined, notRegularFile, shownPath } from './safe-fs.js';

// Loaded on the first lock, not with this module: proper-lockfile and graceful-fs take
// ~20 ms to load, which `secbook run` would otherwise spend before its first frame.
let lockfileModule: Promise<{ lock: typeof lock }> | undefined;
const loadLockfile = () => (lockfileModule ??= import('proper-lockfile').then((m) => m.default));

let counter = 0;
const tempPrefix = (path: string) => `.${basename(path)}.secbook-`;

/**
 * Before replacing `path`: it must be a regular file or missing (a symbolic link, even a
 * dangling one, is refused: renaming over it would silently cut the link, and following it
 * would write elsewhere), and its folder must really be inside the confined folder it lies
 * in (safe-fs.ts).
 */
async function checkTarget(path: string, file: string): Promise<void> {
  assertConfined(dirname(path), file, 'write');
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw fileSystemError(error, file, 'write');
  });
  if (stats?.isSymbolicLink()) {
    throw new SecbookError(`${file} is a symbolic link; secbook never writes through one`, {
      hint: 'Remove the link (rm it; the file it points to is not touched), or point secbook at the real file, and run the command again.',
    });
  }
  if (stats && !stats.isFile()) throw notRegularFile(file, stats);
}

export async function atomicWrite(path: string, text: string | Uint8Array, file = shownPath(path)): Promise<void> {
  await checkTarget(path, file);
  const temp = join(dirname(path), `${tempPrefix(path)}${process.pid}-${++counter}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (error) {
    throw fileSystemError(error, file, 'write');
  }
  // Any failure from here on (ENOSPC while writing, EPERM/EBUSY on the rename…) removes
  // the temp file: nothing half-written is left beside the user's files.
  try {
    try {
      await handle.writeFile(text, 'utf8'); // (the encoding is ignored for binary data, e.g. PDFs)
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fileSystemError(error, file, 'write');
  }
  let dir: FileHandle | undefined;
  try {
    dir = await open(dirname(path), 'r');
    await dir.sync();
  } catch {
    // NOTE: some filesystems refuse fsync on a directory; the file itself is synced.
  } finally {
    await dir?.close();
  }
}

/** Removes temp files of writers that died mid-save. Call only while holding the lock. */
export async function removeStaleTemps(path: string): Promise<void> {
  const prefix = tempPrefix(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => rm(join(dirname(path), n), { force: true })));
}

/**
 * Runs `fn` holding an exclusive lock on `path` (a `<path>.lock` folder, taken over when
 * its holder died more than 5 s ago), so two secbook processes never interleave saves.
 */
export async function withFileLock<T>(path: string, file: string, fn: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  // The lock folder is made beside the file: not through a link that leads elsewhere.
  assertConfined(dirname(path), file, 'lock');
  const lockfile = await loadLockfile();
  const options = { realpath: false, stale: 5_000, update: 1_000 };
  try {
    // A first try without retries tells "held by another process" (ELOCKED) from a folder
    // where no lock can be made at all (read-only, no permission), which fails at once.
    release = await lockfile.lock(path, { ...options, retries: 0 }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error;
      return lockfile.lock(path, { ...options, retries: { retries: 60, factor: 1.3, minTimeout: 20, maxTimeout: 250 } });
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw fileSystemError(error, file, 'lock');
    throw new SecbookError(`${file} is locked by another secbook process`, {
      hint: `Wait for it to finish, or remove ${file}.lock if no secbook is running.`,
      cause: error,
    });
  }
  try {
    await removeStaleTemps(path);
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
