/**
 * The `yaml` library round-trips comments and key order but normalises spacing
 * (`name: Acme   # note` → `name: Acme # note`, `[a]` → `[ a ]`). To leave lines the user
 * wrote byte-for-byte as they were, we diff the normalised old and new texts and copy
 * every unchanged line from the original. Normalisation keeps line structure; when it
 * does not (rare: multi-line flow collections), the normalised text is used as is.
 *
 * Indentation always comes from the serialiser: an unchanged line is copied only when the
 * user's indentation equals the normalised one (comment lines excepted), so a new line can
 * never sit at a different column from its siblings (the user's `- ` at the key's column
 * next to the serialiser's `  - ` made files that no longer parsed).
 */
import { diffArrays } from 'diff';

const indentOf = (line: string): string => /^[ \t]*/.exec(line)?.[0] ?? '';
const isComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/**
 * @param original the lines as the user had them
 * @param normalisedOriginal the same content re-serialised without edits (dedented by `pad`)
 * @param normalisedEdited the edited content serialised the same way
 * @param pad indentation to put before every normalised line (the content's column)
 */
export function keepFormatting(original: readonly string[], normalisedOriginal: readonly string[], normalisedEdited: readonly string[], pad = ''): string[] {
  const indent = (line: string) => (line === '' ? line : pad + line);
  if (original.length !== normalisedOriginal.length) return normalisedEdited.map(indent);
  const out: string[] = [];
  let i = 0; // index into normalisedOriginal (and original)
  for (const part of diffArrays(normalisedOriginal as string[], normalisedEdited as string[])) {
    if (part.added) {
      out.push(...part.value.map(indent));
    } else if (part.removed) {
      i += part.value.length;
    } else {
      for (let k = 0; k < part.value.length; k++) {
        const norm = indent(part.value[k] ?? '');
        const mine = original[i + k] ?? norm;
        out.push(isComment(mine) || indentOf(mine) === indentOf(norm) ? mine : norm);
      }
      i += part.value.length;
    }
  }
  return out;
}
