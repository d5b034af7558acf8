/**
 * The built TUI measures plain text without ICU or string-width's emoji regex
 * (src/fast-start/vendor-text.ts). These check the fast paths give exactly what the real
 * libraries give, over every character of the build-time table and text around it.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { simpleTextClass } from '../../scripts/fast-start/simple-text.mjs';

type Width = (s: string, o?: { ambiguousIsNarrow?: boolean }) => number;
let fastWidth: (load: () => Width) => Width;
let fastSegmenter: (locales?: string, options?: Intl.SegmenterOptions) => { segment(s: string): Iterable<Intl.SegmentData> & { containing(i?: number): Intl.SegmentData | undefined } };
let widths: Width[];
let simple: string[];

beforeAll(async () => {
  const table = (await simpleTextClass()) as string;
  (globalThis as Record<string, unknown>).__SECBOOK_SIMPLE_TEXT__ = table;
  ({ __secbookStringWidth: fastWidth, __secbookSegmenter: fastSegmenter } = await import('../../src/fast-start/vendor-text.js'));
  const require = createRequire(import.meta.url);
  const ink = require.resolve('ink');
  const paths = [require.resolve('string-width', { paths: [ink] }), require.resolve('string-width', { paths: [require.resolve('wrap-ansi', { paths: [ink] })] })];
  widths = await Promise.all(paths.map(async (p) => (await import(pathToFileURL(p).href)).default as Width));
  simple = [];
  for (let cp = 0x20; cp <= 0x2fff; cp++) if (new RegExp(`^[${table}]$`).test(String.fromCharCode(cp))) simple.push(String.fromCharCode(cp));
});

const samples = [
  'secbook · Acme · 12/117 answered · score 43%',
  '› ✓ done  ◐ partial  ✗ todo  – n/a  · open',
  '━━━━━━━━━━░░░░░░░░ 55%',
  'Müller, Zoë — «déjà vu» … 10 €',
  'Ελληνικά и кириллица',
  'e\u0301 combining accent',
  '👍🏽 emoji with a skin tone, 👨‍👩‍👧 a family',
  '日本語のテキスト',
  'ﾊﾝｶｸ halfwidth',
  '\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m',
  'tab\there, CR LF\r\nend',
  '✔️ heavy check with VS16',
  '🇩🇪 a flag',
  '',
];

describe('string width fast path', () => {
  it('agrees with every bundled string-width on each character of the table and on mixed text', () => {
    expect(simple.length).toBeGreaterThan(1000);
    for (const real of widths) {
      const fast = fastWidth(() => real);
      for (const c of simple) expect(fast(c + c + 'x')).toBe(real(c + c + 'x'));
      for (const s of samples) {
        expect(fast(s)).toBe(real(s));
        expect(fast(s, { ambiguousIsNarrow: false })).toBe(real(s, { ambiguousIsNarrow: false }));
      }
    }
  });

  it('takes the fast path only for text whose width is its length', () => {
    let calls = 0;
    const fast = fastWidth(() => (s) => (calls++, s.length));
    fast('› ✓ done · ━━ ◐ Zoë');
    expect(calls).toBe(0);
    fast('日本');
    fast('e\u0301');
    fast('\u001b[31mred');
    expect(calls).toBe(3);
  });
});

describe('grapheme segmenter stand-in', () => {
  const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const plain = (segments: Iterable<Intl.SegmentData>) => [...segments].map(({ segment, index }) => [segment, index]);

  it('segments like Intl.Segmenter, plain text or not', () => {
    const fast = fastSegmenter(undefined, { granularity: 'grapheme' });
    const all = simple.join('');
    expect(plain(fast.segment(all))).toEqual(plain(real.segment(all)));
    for (const s of samples) {
      expect(plain(fast.segment(s))).toEqual(plain(real.segment(s)));
      for (let i = -1; i <= s.length; i++) {
        const a = fast.segment(s).containing(i);
        const b = real.segment(s).containing(i);
        expect(a && [a.segment, a.index]).toEqual(b && [b.segment, b.index]);
      }
    }
  });

  it('leaves word segmentation to Intl.Segmenter', () => {
    const words = fastSegmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s) => s.segment)).toEqual(['two', ' ', 'words']);
  });
});
