/**
 * Collects what a document states while its sections are built: the blocks, the answers
 * it depends on (for versions and revision history), its open decisions and the control
 * mapping (item → statement → sources → evidence), which policies print as an appendix so
 * their body reads as prose.
 */
import type { ItemRef } from '../../domain/checklist-set.js';
import { SecbookError } from '../../errors.js';
import type { Block, Cell, ContactRow, DocSection, DocumentModel, OpenDecision, Statement } from '../document-model.js';
import { numberSections } from '../document-model.js';
import { longDate } from '../helpers.js';
import type { DocContext } from './context.js';
import { contactRows, itemLabel, viewItem } from './statements.js';

type SectionInput = Omit<DocSection, 'number' | 'anchor'>;

interface MappingRow {
  statement: Statement;
  checklist: string;
}

/** A document used an item whose checklist gives it no `statement:` sentence. */
export function missingStatementError(refs: readonly ItemRef[]): SecbookError {
  const first = refs[0];
  return new SecbookError(
    `${refs.length === 1 ? 'checklist item' : `${refs.length} checklist items, the first`} "${first?.item.id}" (${first?.file}) ${refs.length === 1 ? 'has' : 'have'} no statement: a policy document needs the sentence it states when the item is done`,
    {
      hint: 'add `statement: "{org} must …"` to the item (placeholders: {org}, {value}) and render again',
      details: refs.length > 1 ? refs.map((r) => `${r.file}: ${r.item.id}`) : [],
    },
  );
}

export class DocBuilder {
  private readonly sections: SectionInput[] = [];
  private readonly items: Record<string, string> = {};
  private readonly labels: Record<string, string> = {};
  private readonly open: OpenDecision[] = [];
  private readonly mapping: MappingRow[] = [];
  private readonly missing: ItemRef[] = [];

  constructor(private readonly ctx: DocContext) {}

  /** Records an item as stated by this document; returns how to show it. */
  use(ref: ItemRef): ReturnType<typeof viewItem> {
    const view = viewItem(this.ctx, ref);
    if (!(ref.item.id in this.items)) {
      this.items[ref.item.id] = view.fingerprint;
      this.labels[ref.item.id] = itemLabel(ref);
      if (view.open) this.open.push(view.open);
      this.mapping.push({ statement: view.statement, checklist: ref.checklist.title });
    }
    return view;
  }

  /** True when this item, or an item linked with it, is already in the document. */
  said(ref: ItemRef): boolean {
    if (ref.item.id in this.items) return true;
    return (this.ctx.set.links.get(ref.item.id) ?? []).some((id) => id in this.items);
  }

  /**
   * Policy statements for items: done and partial items as commitments (partial with its
   * remediation), answered contacts items as a contacts table; open items only as open
   * decisions (appendix), not-applicable items only in the control mapping. An item linked
   * with one already stated is said once.
   */
  itemBlocks(refs: readonly ItemRef[]): Block[] {
    const statements: Statement[] = [];
    const contacts: ContactRow[] = [];
    const notes: string[] = [];
    for (const ref of refs) {
      if (this.said(ref)) continue;
      if (!ref.item.statement) this.missing.push(ref);
      const view = this.use(ref);
      if (view.statement.open || view.statement.status === 'na') continue;
      if (ref.item.type === 'contacts' && view.contacts) {
        contacts.push(...contactRows(roleName(ref), view.contacts, /\bbackup|stands? in/i.test(ref.item.question)));
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

  section(title: string, blocks: Block[], appendix = false): void {
    if (blocks.length > 0) this.sections.push(appendix ? { title, blocks, appendix } : { title, blocks });
  }

  /** Records an input that is not an item (a scope fact, a contact) so changes version the document. */
  depend(key: string, label: string, value: unknown): void {
    this.items[key] = JSON.stringify(value ?? null);
    this.labels[key] = label;
  }

  /** Appendix: every item the document rests on, with its sources, evidence and last confirmation. */
  private mappingSection(): SectionInput | null {
    if (this.mapping.length === 0) return null;
    const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
    const rows = this.mapping.map(({ statement: s }) => {
      const evidence = [...s.evidence, ...(s.verified ? [`DNS check: ${s.verified}`] : [])];
      return [
        c(s.id),
        c(s.open ? `Open decision: ${s.text}` : s.text),
        c(s.statusLabel, s.tone),
        c(s.refs.join('; ')),
        c(evidence.length > 0 ? evidence.join('; ') : '—'),
        c(s.lastConfirmed ? longDate(s.lastConfirmed) : '—'),
      ];
    });
    return {
      title: 'Control mapping',
      appendix: true,
      blocks: [
        { kind: 'paragraph', text: 'Each statement of this document, the checklist item it rests on, the standards and laws it follows, the evidence recorded for it and when it was last confirmed.' },
        { kind: 'table', caption: null, columns: ['Item', 'Statement', 'Status', 'Sources', 'Evidence', 'Last confirmed'], rows, classes: ['c-id', 'c-wide', 'c-status', 'c-refs', 'c-refs', 'c-status'] },
      ],
    };
  }

  private openSection(open: OpenDecision[]): SectionInput | null {
    if (open.length === 0) return null;
    return {
      title: 'Open decisions',
      appendix: true,
      blocks: [
        { kind: 'paragraph', text: 'These questions are not decided yet. Until they are, this document makes no commitment on them; each needs an owner and a decision before the next review.' },
        {
          kind: 'table',
          caption: null,
          columns: ['Question', 'Area', 'Weight'],
          rows: open.map((d) => [{ text: d.question, tone: null }, { text: d.section, tone: null }, { text: String(d.weight), tone: null }]),
          classes: ['', 'c-section', 'c-num'],
        },
      ],
    };
  }

  /**
   * The model. Policies (`appendices`, the default) end with the control mapping and the
   * open decisions; a document whose items lack `statement:` is refused.
   */
  build(head: Pick<DocumentModel, 'id' | 'title' | 'subtitle' | 'template' | 'purpose' | 'owner'>, options: { appendices?: boolean } = {}): DocumentModel {
    if (this.missing.length > 0) throw missingStatementError(this.missing);
    const openDecisions = [...this.open].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    const sections = [...this.sections];
    if (options.appendices ?? true) {
      for (const s of [this.mappingSection(), this.openSection(openDecisions)]) if (s) sections.push(s);
    }
    return {
      ...head,
      sections: numberSections(sections),
      openDecisions,
      items: { ...this.items },
      itemLabels: { ...this.labels },
    };
  }
}

/** "Who is your incident lead?" → the section-level role name for a contacts table. */
export function roleName(ref: ItemRef): string {
  const tail = ref.item.id.split('.').pop() ?? ref.item.id;
  const words = tail.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
