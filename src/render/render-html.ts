/** The pure step: a document model and its version facts → one self-contained HTML string. */
import type { TemplateEnv } from './handlebars-env.js';
import type { DocumentMeta, DocumentModel } from './document-model.js';

/** Placeholder facts used when hashing content (so version/date never feed the hash). */
export const HASH_META_FIELDS = ['version', 'effectiveDate', 'revisions'] as const;

export function renderDocumentHtml(env: TemplateEnv, doc: DocumentModel, meta: DocumentMeta): string {
  return env.render(doc.template, { doc, meta, css: env.css() });
}
