// Build-time table for the TUI's text fast paths (src/fast-start/vendor-text.ts).
//
// ink measures, wraps and slices every string with string-width and Intl.Segmenter. On a
// cold process that is the slowest part of the first frame: the first `new Intl.Segmenter`
// loads ICU's break-iterator data (~20 ms) and string-width's first non-ASCII call compiles
// a `\p{RGI_Emoji}` regex (~40 ms). Most of what the TUI draws is ASCII plus a few symbols
// (✓ ◐ ✗ – · › ━ …) that are one column wide and one grapheme each, so the exact answer
// for such text is known without either.
//
// This computes, with the real libraries, the code points for which that holds:
//  - every string-width version ink bundles says the character is 1 column wide, and
//  - it is a grapheme of its own next to anything (it is not a mark, joiner, prepend,
//    spacing mark or Hangul jamo, the only kinds of character a grapheme break can join).
// A string made only of them has width === length and one grapheme per UTF-16 unit.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** string-width default exports, one per installed version ink uses. */
async function stringWidths() {
  const paths = new Set([
    require.resolve('string-width', { paths: [require.resolve('ink')] }),
    require.resolve('string-width', { paths: [require.resolve('wrap-ansi', { paths: [require.resolve('ink')] })] }),
  ]);
  return Promise.all([...paths].map(async (p) => (await import(pathToFileURL(p).href)).default));
}

const hex = (cp) => `\\u${cp.toString(16).padStart(4, '0')}`;

/** Regex character-class body (no brackets) of the one-column, standalone characters. */
export async function simpleTextClass() {
  const widths = await stringWidths();
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const count = (s) => [...graphemes.segment(s)].length;
  const simple = [];
  // Printable ASCII, then Latin-1 to the end of the BMP's symbol blocks (U+2FFF), without
  // Hangul jamo (they join each other by grapheme rule GB6–GB8 even in different pairs).
  for (let cp = 0x20; cp <= 0x2fff; cp++) {
    if (cp >= 0x7f && cp < 0xa0) continue;
    if (cp >= 0x1100 && cp <= 0x11ff) continue;
    const c = String.fromCharCode(cp);
    if (!widths.every((w) => w(c) === 1)) continue;
    if (count(`a${c}a`) !== 3 || count(`${c}${c}`) !== 2) continue;
    simple.push(cp);
  }
  const ranges = [];
  for (const cp of simple) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}
