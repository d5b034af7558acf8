/**
 * Collects what a document states while its sections are built: the blocks, the answers
 * it depends on (for versions and revision history) and its open decisions.
 */
import type { ItemRef } from '../../domain/checklist-set.js';
import type { Block, ContactRow, DocSection, DocumentModel, OpenDecision, Statement } from '../document-model.js';
import { numberSections } from '../document-model.js';
import type { DocContext } from './context.js';
import { contactRows, itemLabel, viewItem } from './statements.js';

export class DocBuilder {
  private readonly sections: Omit<DocSection, 'number' | 'anchor'>[] = [];
  private readonly items: Record<string, string> = {};
  private readonly labels: Record<string, string> = {};
  private readonly open: OpenDecision[] = [];

  constructor(private readonly ctx: DocContext) {}

  /** Records an item as stated by this document; returns how to show it. */
  use(ref: ItemRef): ReturnType<typeof viewItem> {
    const view = viewItem(this.ctx, ref);
    if (!(ref.item.id in this.items)) {
      this.items[ref.item.id] = view.fingerprint;
      this.labels[ref.item.id] = itemLabel(ref);
      if (view.open) this.open.push(view.open);
    }
    return view;
  }

  /** Policy statements for items (contacts items become a contacts table when answered). */
  itemBlocks(refs: readonly ItemRef[]): Block[] {
    const statements: Statement[] = [];
    const contacts: ContactRow[] = [];
    const notes: string[] = [];
    for (const ref of refs) {
      const view = this.use(ref);
      if (ref.item.type === 'contacts' && view.contacts && !view.statement.open) {
        contacts.push(...contactRows(roleName(ref), view.contacts));
        if (view.statement.note) notes.push(`${roleName(ref)}: ${view.statement.note.replace(/\s+/g, ' ')}`);
      } else {
        statements.push(view.statement);
      }
    }
    const blocks: Block[] = [];
    if (contacts.length > 0) blocks.push({ kind: 'contacts', caption: null, contacts });
    if (notes.length > 0) blocks.push({ kind: 'list', items: notes });
    if (statements.length > 0) blocks.push({ kind: 'statements', statements });
    return blocks;
  }

  section(title: string, blocks: Block[]): void {
    if (blocks.length > 0) this.sections.push({ title, blocks });
  }

  /** Records an input that is not an item (a scope fact, a contact) so changes version the document. */
  depend(key: string, label: string, value: unknown): void {
    this.items[key] = JSON.stringify(value ?? null);
    this.labels[key] = label;
  }

  build(head: Pick<DocumentModel, 'id' | 'title' | 'subtitle' | 'template' | 'purpose' | 'owner'>): DocumentModel {
    return {
      ...head,
      sections: numberSections(this.sections),
      openDecisions: [...this.open].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)),
      items: { ...this.items },
      itemLabels: { ...this.labels },
    };
  }
}

/** "Who is your incident lead?" → the section-level role name for a contacts table. */
function roleName(ref: ItemRef): string {
  const tail = ref.item.id.split('.').pop() ?? ref.item.id;
  const words = tail.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
