/**
 * Notice templates go through the documents' template environment (src/render/
 * handlebars-env.ts): strict (an unknown field is an error with file:line:col, never a
 * blank in a legal letter), knownHelpersOnly, overridable by name from the team's
 * `templates/notices/`. The notice helpers print required elements (notice-elements.ts):
 * the recorded value, escaped, or a `[[TO FILL: …]]` mark.
 */
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { builtInTemplateDir } from '../package-root.js';
import { createTemplateEnv, type TemplateEnv } from '../render/handlebars-env.js';
import type { ResolvedElement } from './notice-elements.js';

/** The marker a missing fact becomes; greppable in every output. */
export const PLACEHOLDER = (label: string): string => `[[TO FILL: ${label}]]`;
export const PLACEHOLDER_RE = /\[\[TO FILL: ([^\]]*)\]\]/g;

const mark = (label: string): string => `<mark class="placeholder">${Handlebars.escapeExpression(PLACEHOLDER(label))}</mark>`;

type Options = Handlebars.HelperOptions & { data: { root: { elements: Record<string, ResolvedElement> } } };

function elementHtml(el: ResolvedElement): string {
  const v = el.value;
  if (v === null) return el.kind === 'paras' || el.kind === 'lines' ? `<p>${mark(el.label)}</p>` : mark(el.label);
  const esc = Handlebars.escapeExpression;
  if (Array.isArray(v)) return el.kind === 'lines' ? `<ul>${v.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : v.map(esc).join(', ');
  if (el.kind === 'paras') return v.split(/\n\s*\n/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return esc(v);
}

export const NOTICE_HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** `{{element "what_happened"}}`: a required element, as recorded or as a mark. */
  element(id: unknown, options: Options) {
    const el = options.data.root.elements[String(id)];
    if (!el) throw new Error(`element "${String(id)}" does not apply to this notice (wrap it in {{#if (applies "${String(id)}")}} or list it in notice-elements.ts)`);
    return new Handlebars.SafeString(elementHtml(el));
  },
  /** `{{#if (applies "credit_bureaus")}}`: the element applies to these facts. */
  applies: (id: unknown, options: Options) => Object.hasOwn(options.data.root.elements, String(id)),
  /** `{{#if (known "people")}}`: the element applies and was recorded. */
  known: (id: unknown, options: Options) => (options.data.root.elements[String(id)]?.value ?? null) !== null,
};

export const noticeTemplateDir = (): string => join(builtInTemplateDir(), 'notices');

/** Built-in notice templates with the team's overrides (`<project>/templates/notices/`). */
export function noticeTemplates(overrideDir?: string, cwd?: string): TemplateEnv {
  return createTemplateEnv({ builtInDir: noticeTemplateDir(), overrideDir, cwd, helpers: NOTICE_HELPERS });
}
