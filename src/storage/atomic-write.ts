/**
 * Durable file replacement: write-file-atomic writes a temp file beside the target,
 * fsyncs and renames it; we then fsync the folder so the rename itself survives a crash.
 */
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import lockfile from 'proper-lockfile';
import { SecbookError } from '../errors.js';

export async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { fsync: true, encoding: 'utf8' });
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } catch {
    // NOTE: some filesystems refuse fsync on a directory; the file itself is synced.
  } finally {
    await dir.close();
  }
}

/**
 * Runs `fn` holding an exclusive lock on `path` (a `<path>.lock` folder, taken over when
 * its holder died more than 5 s ago), so two secbook processes never interleave saves.
 */
export async function withFileLock<T>(path: string, file: string, fn: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
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
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
