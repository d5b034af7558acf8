/**
 * Validated data of a large YAML file (the workbook), cached in the user's cache folder
 * beside the checklist cache (`<cache home>/secbook/workbooks/<build id>/`): one JSON
 * file per file path, holding the sha256 of the text it was read from. A text that
 * differs in any byte misses and is parsed as usual; secbook's own saves write the entry
 * for the text they wrote. Cache problems are never errors, only misses.
 *
 * Where each answer lies in the text (EntryIndex, local-edit.ts) is kept in a second file
 * (`….index.json`, same hash), read only by a command that edits: the others do not pay
 * for parsing it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { removeOtherBuilds, userCacheDir } from './checklist-cache.js';

interface Entry {
  hash: string;
  data: unknown;
}

interface IndexEntry {
  hash: string;
  /** Checked where used. */
  index: unknown;
}

const entryName = (path: string) => createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32);

export async function cachedData(kind: string, path: string, hash: string): Promise<{ data: unknown } | undefined> {
  const dir = userCacheDir(kind);
  if (!dir) return undefined;
  try {
    const entry = JSON.parse(await readFile(join(dir, `${entryName(path)}.json`), 'utf8')) as Entry;
    return entry.hash === hash && entry.data !== undefined ? { data: entry.data } : undefined;
  } catch {
    return undefined;
  }
}

/** The index kept with the data for exactly this text, if any (synchronous: edits are). */
export function cachedIndex(kind: string, path: string, hash: string): unknown {
  const dir = userCacheDir(kind);
  if (!dir) return undefined;
  try {
    const entry = JSON.parse(readFileSync(join(dir, `${entryName(path)}.index.json`), 'utf8')) as IndexEntry;
    return entry.hash === hash ? entry.index : undefined;
  } catch {
    return undefined;
  }
}

export async function cacheData(kind: string, path: string, hash: string, data: unknown, index?: unknown): Promise<void> {
  const dir = userCacheDir(kind);
  if (!dir) return;
  const name = entryName(path);
  const files: [string, string][] = [[`${name}.json`, JSON.stringify({ hash, data } satisfies Entry)]];
  if (index !== undefined) files.push([`${name}.index.json`, JSON.stringify({ hash, index } satisfies IndexEntry)]);
  try {
    const created = await mkdir(dir, { recursive: true });
    if (created !== undefined) await removeOtherBuilds(dir);
  } catch {
    return;
  }
  for (const [file, text] of files) {
    const temp = join(dir, `.${file}.${process.pid}.tmp`);
    try {
      await writeFile(temp, text);
      await rename(temp, join(dir, file));
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
}
