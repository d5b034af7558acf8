/**
 * Fast paths for the text measuring inside ink, wired in by the build (scripts/build.mjs)
 * when it bundles dist/tui-vendor.body.js; source and tests use ink unchanged.
 *
 * ink measures, wraps and slices every string it draws with string-width and
 * Intl.Segmenter. In a fresh process the first `new Intl.Segmenter` loads ICU's break
 * iterator (~20 ms) and string-width's first non-ASCII string compiles a `\p{RGI_Emoji}`
 * regex (~40 ms): most of the time to the TUI's first frame. For text made only of
 * characters that are one column wide and a grapheme of their own (ASCII, Latin, Greek,
 * Cyrillic, box drawing, the status symbols…; the table is computed at build time from
 * the real libraries, scripts/fast-start/simple-text.mjs) both answers are known: width === length,
 * one grapheme per UTF-16 unit. Anything else (emoji, CJK, combining marks, ANSI
 * escapes for string-width) goes to the real implementation, which then loads as before.
 * test/tui/vendor-text.test.ts checks both paths agree.
 */
declare const __SECBOOK_SIMPLE_TEXT__: string;

/** One column each, one grapheme each. */
const SIMPLE = new RegExp(`^[${__SECBOOK_SIMPLE_TEXT__}]*$`);
/** As SIMPLE, plus control characters (graphemes of their own, rule GB4/GB5) except CR (CR LF is one). */
const SEGMENTS_ALONE = new RegExp(`^[\\u0000-\\u000c\\u000e-\\u001f\\u007f-\\u009f${__SECBOOK_SIMPLE_TEXT__}]*$`);

type StringWidth = (input: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

/**
 * Wraps string-width. `load` returns the real function and is called on the first text
 * that needs it: string-width 8 builds `\p{…}/v` regexes as it loads (~10 ms).
 */
export function __secbookStringWidth(load: () => StringWidth): StringWidth {
  let real: StringWidth | undefined;
  return (input, options) =>
    typeof input === 'string' && options?.ambiguousIsNarrow !== false && SIMPLE.test(input) ? input.length : (real ??= load())(input, options);
}

interface Segment {
  segment: string;
  index: number;
  input: string;
}

/** What `Intl.Segmenter#segment` returns, for text whose graphemes are its UTF-16 units. */
function unitSegments(input: string) {
  const at = (index: number): Segment => ({ segment: input.charAt(index), index, input });
  return {
    *[Symbol.iterator](): Generator<Segment> {
      for (let i = 0; i < input.length; i++) yield at(i);
    },
    containing(index = 0): Segment | undefined {
      const i = Math.trunc(Number(index));
      return i >= 0 && i < input.length ? at(i) : undefined;
    },
  };
}

/**
 * Stands in for `new Intl.Segmenter(locales, options)`: the real one is made on the first
 * string that needs it. Word and sentence segmenters are always real.
 */
export function __secbookSegmenter(locales?: string | string[], options?: Intl.SegmenterOptions) {
  let real: Intl.Segmenter | undefined;
  const get = () => (real ??= new Intl.Segmenter(locales, options));
  const graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
  return {
    segment: (input: string) => (graphemes && SEGMENTS_ALONE.test(String(input)) ? unitSegments(String(input)) : get().segment(input)),
    resolvedOptions: () => get().resolvedOptions(),
  };
}
