/**
 * Validated data of a large YAML file (the workbook), cached in the user's cache folder
 * beside the checklist cache (`<cache home>/secbook/workbooks/<build id>/`): one JSON
 * file per file path, holding the sha256 of the text it was read from. A text that
 * differs in any byte misses and is parsed as usual; secbook's own saves write the entry
 * for the text they wrote. Cache problems are never errors, only misses.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { removeOtherBuilds, userCacheDir } from './checklist-cache.js';

interface Entry {
  hash: string;
  data: unknown;
  /** Where parts of the text lie (see EntryIndex in local-edit.ts); checked where used. */
  index?: unknown;
}

const entryName = (path: string) => `${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32)}.json`;

export async function cachedData(kind: string, path: string, hash: string): Promise<{ data: unknown; index?: unknown } | undefined> {
  const dir = userCacheDir(kind);
  if (!dir) return undefined;
  try {
    const entry = JSON.parse(await readFile(join(dir, entryName(path)), 'utf8')) as Entry;
    return entry.hash === hash && entry.data !== undefined ? { data: entry.data, index: entry.index } : undefined;
  } catch {
    return undefined;
  }
}

export async function cacheData(kind: string, path: string, hash: string, data: unknown, index?: unknown): Promise<void> {
  const dir = userCacheDir(kind);
  if (!dir) return;
  const name = entryName(path);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    const created = await mkdir(dir, { recursive: true });
    if (created !== undefined) await removeOtherBuilds(dir);
    await writeFile(temp, JSON.stringify({ hash, data, index } satisfies Entry));
    await rename(temp, join(dir, name));
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
