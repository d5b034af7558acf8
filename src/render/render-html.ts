/** The pure step: a document model and its version facts → one self-contained HTML string. */
import type { TemplateEnv } from './handlebars-env.js';
import type { Block, DocumentMeta, DocumentModel } from './document-model.js';

/** Placeholder facts used when hashing content (so version/date never feed the hash). */
export const HASH_META_FIELDS = ['version', 'effectiveDate', 'revisions'] as const;

export function renderDocumentHtml(env: TemplateEnv, doc: DocumentModel, meta: DocumentMeta): string {
  return env.render(doc.template, { doc: withDefaults(doc), meta, css: env.css() });
}

/**
 * Fills optional block fields with their defaults: templates compile in strict mode, where
 * a missing field is an error, but callers (other features' documents) may omit them.
 */
export function withDefaults(doc: DocumentModel): DocumentModel {
  const block = (b: Block): Block => {
    if (b.kind === 'table') return { ...b, classes: b.classes ?? b.columns.map(() => '') };
    if (b.kind === 'contacts') return { ...b, contacts: b.contacts.map((c) => ({ ...c, backupExpected: c.backupExpected ?? true })) };
    return b;
  };
  return { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}
