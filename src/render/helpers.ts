/**
 * The only helpers templates may call (templates compile with knownHelpersOnly). Every
 * helper returns plain strings (escaped by Handlebars) except `markdown`, whose output is
 * markdown-it's with raw HTML disabled.
 */
import Handlebars from 'handlebars';
import { markdownInlineToHtml, markdownToHtml } from './markdown.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-29` → `29 November 2026` (no locale, no time zone: deterministic). */
export function longDate(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** 0..1 → `83 %`; null → `n/a`. */
export function percent(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 100)} %` : 'n/a';
}

/**
 * A CSS string literal for `content:` in the page margin boxes. Every character other than
 * a letter, digit or space is written as a CSS hex escape, so user text (an organisation
 * name with quotes, `</style>`, backslashes) can neither end the string nor the style.
 */
export function cssString(parts: unknown[]): string {
  const text = parts.map((p) => (typeof p === 'string' || typeof p === 'number' ? String(p) : '')).join('');
  return `"${[...text].map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

type Args = unknown[];
const params = (args: Args): unknown[] => args.slice(0, -1); // the last argument is Handlebars' options

export const HELPERS = {
  /** `{{markdown note}}`: Markdown with raw HTML stripped. */
  /** `{{inlineMarkdown text}}`: one line of Markdown (code spans, emphasis) without a paragraph. */
  inlineMarkdown: (text: unknown) => new Handlebars.SafeString(typeof text === 'string' && text ? markdownInlineToHtml(text) : ''),
  markdown: (text: unknown) => new Handlebars.SafeString(typeof text === 'string' && text ? markdownToHtml(text) : ''),
  date: (iso: unknown) => longDate(iso),
  percent: (value: unknown) => percent(value),
  eq: (...args: Args) => {
    const [a, b] = params(args);
    return a === b;
  },
  not: (value: unknown) => !value || (Array.isArray(value) && value.length === 0),
  and: (...args: Args) => params(args).every(Boolean),
  or: (...args: Args) => params(args).some(Boolean),
  /** `{{join list ", "}}` */
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : ''),
  /** `{{cssString doc.title " — " meta.legalName}}`: a safe CSS string literal (for `<style>`). */
  cssString: (...args: Args) => new Handlebars.SafeString(cssString(params(args))),
  /** `{{> (blockPartial kind)}}`: the partial that draws a block of that kind. */
  blockPartial: (kind: unknown) => `block-${String(kind)}`,
  /** 1-based numbering in `#each`: `{{inc @index}}`. */
  inc: (n: unknown) => (typeof n === 'number' ? n + 1 : n),
  /** Number of items in a list. */
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  /** `{{#if (few rows)}}`: a table short enough to keep on one page (never a lone row). */
  few: (list: unknown) => Array.isArray(list) && list.length <= 4,
  /** `{{plural n "decision" "decisions"}}` */
  plural: (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many),
} as const;
