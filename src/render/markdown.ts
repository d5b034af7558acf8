/**
 * Notes may contain Markdown. Raw HTML is never passed through (`html: false` escapes it),
 * images are disabled (a document must not fetch anything), and markdown-it's link
 * validation already refuses `javascript:`/`vbscript:`/`data:` (non-image) links.
 */
import MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
let md: Md | undefined;

function instance(): Md {
  if (!md) {
    md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
    md.disable(['image']);
  }
  return md;
}

/** Markdown → safe HTML (user text escaped, raw HTML shown as text). */
export function markdownToHtml(text: string): string {
  return instance().render(text).trim();
}

/** One line of Markdown → safe inline HTML (no wrapping paragraph). */
export function markdownInlineToHtml(text: string): string {
  return instance().renderInline(text).trim();
}
