/**
 * Parsing checklist YAML with positions and validating it dominates start-up (~0.6 s for a
 * 1,000-item team checklist). So validated checklists are cached, keyed by the sha256 of
 * the file's text; a file whose text changed simply misses and is parsed and validated as
 * usual, and whatever fails validation is never cached.
 *  - Built-in checklists: `dist/checklist-cache.json`, written by the build.
 *  - A team's own checklists: one JSON file per checklist text in the user's cache folder,
 *    `$XDG_CACHE_HOME/secbook` (default `~/.cache/secbook`), under the build's id
 *    (`dist/build-id`, a hash of the built code), so another secbook version, whose
 *    schema may differ, never reads them; older builds' folders are removed. Nothing is
 *    cached when running from source (no build id). Cache problems are never errors: a
 *    file that cannot be read, parsed or written is a miss.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Checklist } from '../domain/checklist-schema.js';
import { packageRoot } from '../package-root.js';

export type ChecklistCache = Record<string, Checklist>;

export const CACHE_FILE = 'checklist-cache.json';
export const BUILD_ID_FILE = 'build-id';

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

let cache: ChecklistCache | undefined;

/** The cache shipped in dist/, or an empty one. */
export function builtInCache(): ChecklistCache {
  if (cache) return cache;
  try {
    cache = JSON.parse(readFileSync(join(packageRoot(), 'dist', CACHE_FILE), 'utf8')) as ChecklistCache;
  } catch {
    cache = {};
  }
  return cache;
}

const userDirs = new Map<string, string | null>();

/** `<cache home>/secbook/<kind>/<build id>`, or null when running from source. */
export function userCacheDir(kind = 'checklists'): string | null {
  const known = userDirs.get(kind);
  if (known !== undefined) return known;
  let dir: string | null;
  try {
    const buildId = readFileSync(join(packageRoot(), 'dist', BUILD_ID_FILE), 'utf8').trim();
    const home = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    dir = /^[0-9a-f]{16,}$/.test(buildId) ? join(home, 'secbook', kind, buildId) : null;
  } catch {
    dir = null;
  }
  userDirs.set(kind, dir);
  return dir;
}

/** A team checklist validated earlier from exactly this text, if cached. */
export async function cachedTeamChecklist(hash: string): Promise<Checklist | undefined> {
  const dir = userCacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(await readFile(join(dir, `${hash}.json`), 'utf8')) as Checklist;
  } catch {
    return undefined;
  }
}

/** Remembers a validated team checklist (best effort; atomic, so readers never see half a file). */
export async function cacheTeamChecklist(hash: string, checklist: Checklist): Promise<void> {
  const dir = userCacheDir();
  if (!dir) return;
  const temp = join(dir, `.${hash}.${process.pid}.tmp`);
  try {
    const created = await mkdir(dir, { recursive: true });
    if (created !== undefined) await removeOtherBuilds(dir);
    await writeFile(temp, JSON.stringify(checklist));
    await rename(temp, join(dir, `${hash}.json`));
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Entries written by other builds of secbook can never be read again. */
export async function removeOtherBuilds(dir: string): Promise<void> {
  const parent = join(dir, '..');
  const current = dir.slice(parent.length + 1);
  for (const name of await readdir(parent)) {
    if (name !== current) await rm(join(parent, name), { recursive: true, force: true });
  }
}
