/**
 * Durable file replacement: write a temp file beside the target, fsync it, rename it over
 * the target, fsync the folder. A reader sees the old file or the new one, never a torn one.
 *
 * NOTE: not write-file-atomic: its temp names (`workbook.yaml.1234567`) are left behind
 * when a writer is SIGKILLed and cannot be told apart from the user's files. Ours are
 * `.workbook.yaml.secbook-<pid>-<n>.tmp`, and `removeStaleTemps` clears them under the lock.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { lock } from 'proper-lockfile';
import { SecbookError } from '../errors.js';

// Loaded on the first lock, not with this module: proper-lockfile and graceful-fs take
// ~20 ms to load, which `secbook run` would otherwise spend before its first frame.
let lockfileModule: Promise<{ lock: typeof lock }> | undefined;
const loadLockfile = () => (lockfileModule ??= import('proper-lockfile').then((m) => m.default));

let counter = 0;
const tempPrefix = (path: string) => `.${basename(path)}.secbook-`;

export async function atomicWrite(path: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${tempPrefix(path)}${process.pid}-${++counter}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8'); // (the encoding is ignored for binary data, e.g. PDFs)
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } catch {
    // NOTE: some filesystems refuse fsync on a directory; the file itself is synced.
  } finally {
    await dir.close();
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
  try {
    const lockfile = await loadLockfile();
    release = await lockfile.lock(path, {
      realpath: false,
      stale: 5_000,
      update: 1_000,
      retries: { retries: 60, factor: 1.3, minTimeout: 20, maxTimeout: 250 },
    });
  } catch (error) {
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
