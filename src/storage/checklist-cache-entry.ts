/** Build step: validates the built-in checklists and returns the cache to write to dist/. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtInChecklistDir } from '../package-root.js';
import { textHash, type ChecklistCache } from './checklist-cache.js';
import { loadChecklists } from './load-checklists.js';

export async function buildChecklistCache(): Promise<ChecklistCache> {
  const dir = builtInChecklistDir();
  const set = await loadChecklists({ cwd: dir, builtInDir: dir, useCache: false });
  const cache: ChecklistCache = {};
  for (const { checklist, file } of set.checklists) {
    cache[textHash(await readFile(join(dir, file), 'utf8'))] = checklist;
  }
  return cache;
}
