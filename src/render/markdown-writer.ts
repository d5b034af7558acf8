/** The `md` format: the same document model, written as plain Markdown (GitHub flavour). */
import type { Block, DocumentMeta, DocumentModel, Statement } from './document-model.js';
import { longDate, percent } from './helpers.js';

/** Escapes characters Markdown would read as markup in user text. */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');
}

const cell = (text: string): string => mdEscape(text) || ' ';

/**
 * The user's own Markdown (notes, `markdown` blocks) kept as Markdown, but made inert: raw
 * HTML is shown as text, and no image is live (`![alt](https://…)` would make every reader's
 * viewer fetch it); `!\[` leaves at most a plain link.
 */
export function inertMarkdown(text: string): string {
  return text.replace(/</g, '&lt;').replace(/!\[/g, '!\\[');
}

/** Statement text is the checklist's own inline Markdown (code spans); only `<` is escaped. */
const inlineMd = (text: string): string => text.replace(/</g, '&lt;').replace(/\n+/g, ' ');

function statement(s: Statement, n: number): string {
  const lines = [`${n}. ${inlineMd(s.text)}`];
  if (s.remediation) lines.push(`   - ${mdEscape(s.remediation)}`);
  // NOTE: notes are the user's Markdown; indent them under the item, raw HTML escaped.
  if (s.note) lines.push(`   - ${inertMarkdown(s.note).replace(/\n+/g, ' ')}`);
  return lines.join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return mdEscape(b.text);
    case 'subheading':
      return `### ${mdEscape(b.text)}`;
    case 'markdown':
      return inertMarkdown(b.text);
    case 'callout':
      return `> **${mdEscape(b.title)}** ${mdEscape(b.text)}`;
    case 'list':
      return b.items.map((i) => `- ${mdEscape(i)}`).join('\n');
    case 'statements':
      return b.statements.map((s, i) => statement(s, i + 1)).join('\n');
    case 'table': {
      const head = `| ${b.columns.map(cell).join(' | ')} |\n|${b.columns.map(() => ' --- ').join('|')}|`;
      const rows = b.rows.map((r) => `| ${r.map((c) => cell(c.text)).join(' | ')} |`);
      return [b.caption ? `**${mdEscape(b.caption)}**\n` : '', head, ...rows].filter(Boolean).join('\n');
    }
    case 'contacts': {
      const head = '| Role | Name | Email | Phone | Backup |\n| --- | --- | --- | --- | --- |';
      const rows = b.contacts.map((c) => `| ${[c.role, c.name, c.email ?? '—', c.phone ?? '—', c.backup ?? (c.backupExpected === false ? '—' : 'no backup named')].map(cell).join(' | ')} |`);
      return [b.caption ? `**${mdEscape(b.caption)}**\n` : '', head, ...rows].filter(Boolean).join('\n');
    }
    case 'chart':
      return [`**${mdEscape(b.chart.title)}**`, '', ...b.chart.bars.map((bar) => `- ${mdEscape(bar.label)}: ${percent(bar.value)}`)].join('\n');
    case 'scorecards':
      return b.cards.map((c) => `- **${mdEscape(c.value)}** ${mdEscape(c.label)}`).join('\n');
  }
}

export function renderDocumentMarkdown(doc: DocumentModel, meta: DocumentMeta): string {
  const out: string[] = [
    `# ${mdEscape(doc.title)}`,
    doc.subtitle ? `_${mdEscape(doc.subtitle)}_` : '',
    `**${mdEscape(meta.legalName)}** · version ${meta.version} · effective ${longDate(meta.effectiveDate)}`,
    `Owner: ${meta.owner ? mdEscape(meta.owner) : 'not named'} · Approved by: ${meta.approver ? mdEscape(meta.approver) : 'Not yet approved'}`,
    ...(doc.coverFacts ?? []).map((f) => `${mdEscape(f.label)}: ${mdEscape(f.text)}`),
    meta.workbook?.sha256 ? `Workbook SHA-256: ${meta.workbook.sha256}${meta.workbook.commit ? ` · git commit ${meta.workbook.commit}` : ''}` : '',
    ...(doc.purpose.length > 0 ? ['## Purpose and scope', ...doc.purpose.map(mdEscape)] : []),
  ];
  if (doc.openDecisions.length > 0) {
    out.push(`> **${doc.openDecisions.length} open decision(s).** Undecided questions are listed in the Open decisions appendix; they are not policy until decided.`);
  }
  out.push('## Revision history', ['| Version | Date | What changed |', '| --- | --- | --- |', ...meta.revisions.map((r) => `| ${r.version} | ${longDate(r.date)} | ${r.changes.map(cell).join('<br>')} |`)].join('\n'));
  for (const section of doc.sections) {
    out.push(`## ${section.appendix ? `${section.number}:` : `${section.number}.`} ${mdEscape(section.title)}`);
    for (const b of section.blocks) out.push(block(b));
  }
  if (meta.branding.footer) out.push('---', mdEscape(meta.branding.footer));
  return `${out.filter((s) => s !== '').join('\n\n')}\n`;
}
