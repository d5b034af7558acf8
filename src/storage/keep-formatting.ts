/**
 * The `yaml` library round-trips comments and key order but normalises spacing
 * (`name: Acme   # note` → `name: Acme # note`, `[a]` → `[ a ]`). To leave lines the user
 * wrote byte-for-byte as they were, we diff the normalised old and new texts and copy
 * every unchanged line from the original. Normalisation keeps line structure; when it
 * does not (rare: multi-line flow collections), the normalised text is used as is.
 *
 * New lines come from the serialiser, whose indentation may differ from the user's (it
 * cannot write `- ` at the key's column with a 4-space indent, for one). A new line takes
 * the user's indentation for its normalised indentation as seen on the closest unchanged
 * line before it (or else after it): siblings line up, so the file still parses. (Copying
 * the serialiser's indentation made `- ` items land under the user's `- ` items, and the
 * file no longer parsed.) The caller parses the result and falls back when in doubt.
 */
import { diffArrays } from 'diff';

const indentOf = (line: string): string => /^[ \t]*/.exec(line)?.[0] ?? '';
/** A line's indentation and whether it starts a list item: `- ` and keys map apart. */
const shape = (line: string): string => `${indentOf(line).length}${/^\s*-( |$)/.test(line) ? '-' : ':'}`;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/**
 * @param original the lines as the user had them
 * @param normalisedOriginal the same content re-serialised without edits (dedented by `pad`)
 * @param normalisedEdited the edited content serialised the same way
 * @param pad indentation to put before every normalised line (the content's column)
 */
export function keepFormatting(original: readonly string[], normalisedOriginal: readonly string[], normalisedEdited: readonly string[], pad = ''): string[] {
  const padded = (line: string) => (line === '' ? line : pad + line);
  if (original.length !== normalisedOriginal.length) return normalisedEdited.map(padded);
  // Normalised indentation → the user's, from every unchanged content line (first wins).
  const later = new Map<string, string>();
  for (let i = 0; i < original.length; i++) {
    const mine = original[i] ?? '';
    if (!isBlankOrComment(mine)) {
      const norm = shape(padded(normalisedOriginal[i] ?? ''));
      if (!later.has(norm)) later.set(norm, indentOf(mine));
    }
  }
  const recent = new Map<string, string>();
  const out: string[] = [];
  let i = 0; // index into normalisedOriginal (and original)
  for (const part of diffArrays(normalisedOriginal as string[], normalisedEdited as string[])) {
    if (part.added) {
      for (const line of part.value) {
        const norm = padded(line);
        const from = indentOf(norm);
        const to = recent.get(shape(norm)) ?? later.get(shape(norm)) ?? from;
        out.push(to + norm.slice(from.length));
      }
    } else if (part.removed) {
      i += part.value.length;
    } else {
      for (let k = 0; k < part.value.length; k++) {
        const mine = original[i + k] ?? padded(part.value[k] ?? '');
        if (!isBlankOrComment(mine)) recent.set(shape(padded(part.value[k] ?? '')), indentOf(mine));
        out.push(mine);
      }
      i += part.value.length;
    }
  }
  return out;
}
