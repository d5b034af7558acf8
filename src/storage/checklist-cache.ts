/**
 * Parsing ~200 KB of built-in checklist YAML with positions dominates startup. The build
 * (`npm run build`) stores each built-in file's validated content in
 * `dist/checklist-cache.json`, keyed by the sha256 of the file's text; a file whose text
 * changed since (or a team's own file) simply misses and is parsed and validated as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checklist } from '../domain/checklist-schema.js';
import { packageRoot } from '../package-root.js';

export type ChecklistCache = Record<string, Checklist>;

export const CACHE_FILE = 'checklist-cache.json';

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
