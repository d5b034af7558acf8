/** Finding a checklist item by id, with close matches when there is none. Pure. */
import { closest, distance } from 'fastest-levenshtein';
import type { ChecklistSet, ItemRef } from './checklist-set.js';
import { SecbookError } from '../errors.js';

/** Up to `n` item ids that look like `id`: containing it, containing all its words, or a few edits away. */
export function closeMatches(ids: Iterable<string>, id: string, n = 5): string[] {
  const all = [...ids];
  const tokens = id.split(/[.-]/).filter(Boolean);
  const rank = (candidate: string): number => {
    if (candidate.includes(id) || id.includes(candidate)) return 0;
    if (tokens.length > 1 && tokens.every((t) => candidate.includes(t))) return 1;
    return distance(candidate, id);
  };
  const scored = all
    .map((candidate) => ({ candidate, d: rank(candidate) }))
    .filter((s) => s.d <= Math.max(3, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate));
  const list = scored.slice(0, n).map((s) => s.candidate);
  if (list.length === 0 && all.length > 0) list.push(closest(id, all));
  return list;
}

/** Finds an item by id (or a previous id), or throws listing close matches. */
export function findItem(set: ChecklistSet, id: string): ItemRef {
  const ref = set.items.get(id) ?? set.items.get(set.renamed.get(id) ?? '');
  if (ref) return ref;
  const matches = closeMatches(set.items.keys(), id);
  throw new SecbookError(`no checklist item "${id}"`, {
    details: matches.length ? ['Did you mean:', ...matches.map((m) => `  ${m}  — ${set.items.get(m)?.item.question ?? ''}`)] : [],
    hint: 'List item ids with `secbook status --json` or search them in the TUI with `/`.',
  });
}
