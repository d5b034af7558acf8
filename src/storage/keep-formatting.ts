/**
 * The `yaml` library round-trips comments and key order but normalises spacing
 * (`name: Acme   # note` → `name: Acme # note`, `[a]` → `[ a ]`). To leave lines the user
 * wrote byte-for-byte as they were, we diff the normalised old and new texts and copy
 * every unchanged line from the original. Normalisation keeps line structure; when it
 * does not (rare: multi-line flow collections), the normalised text is used as is.
 */
import { diffArrays } from 'diff';

const lines = (text: string): string[] => text.split('\n');

/**
 * @param original the text as the user had it
 * @param normalisedOriginal the same document re-serialised without edits
 * @param normalisedEdited the edited document serialised the same way
 */
export function keepFormatting(original: string, normalisedOriginal: string, normalisedEdited: string): string {
  const base = lines(original);
  const normBase = lines(normalisedOriginal);
  if (base.length !== normBase.length) return normalisedEdited;
  const out: string[] = [];
  let i = 0; // index into normBase (and base)
  for (const part of diffArrays(normBase, lines(normalisedEdited))) {
    if (part.added) {
      out.push(...part.value);
    } else if (part.removed) {
      i += part.value.length;
    } else {
      for (let k = 0; k < part.value.length; k++) out.push(base[i + k] ?? part.value[k] ?? '');
      i += part.value.length;
    }
  }
  return out.join('\n');
}
