/**
 * Incident Response Plan: roles and named contacts (with backups), severity and
 * escalation, communication (incl. out-of-band), the notification matrix for the
 * frameworks in scope, backups and restore tests, exercises, external contacts — one
 * section per incident-response checklist section, plus related obligations tagged
 * `doc:incident` in the privacy checklists.
 */
import type { Block, ContactRow, DocumentModel } from '../document-model.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsOf, type DocContext } from './context.js';
import { legalName, personName } from './people.js';
import { roleLabel } from './statements.js';
import { longDate } from '../helpers.js';

export const IR_CHECKLIST = 'incident-response';

function organisationContacts(ctx: DocContext): ContactRow[] {
  const org = ctx.workbook.organisation;
  const rows: ContactRow[] = [];
  const add = (role: string, p: typeof org.dpo): void => {
    if (p) rows.push({ role: roleLabel(role, p.role), name: p.name, email: p.email ?? null, phone: p.phone ?? null, backup: null, backupExpected: false });
  };
  add('Security contact', org.security_contact);
  add('Data protection officer', org.dpo);
  add('Privacy contact', org.privacy_contact);
  return rows;
}

function matrixBlocks(ctx: DocContext): Block[] {
  const rows = ctx.law?.rows(ctx.frameworks, ctx.workbook.scope) ?? [];
  if (rows.length === 0) {
    return [{ kind: 'callout', tone: 'info', title: 'No breach-notice law in scope', text: 'The workbook\'s scope answers bring no GDPR, UK GDPR, HIPAA or US-state notice duty into scope. Re-check the scope (secbook status) if you hold personal data of people in the EU, UK or US.' }];
  }
  return [
    { kind: 'paragraph', text: 'Who must be told of a personal-data breach, and by when, under each law in scope. Clocks start at awareness (GDPR, in hours, with a time zone) or discovery/determination (US law, in calendar days): record those timestamps first.' },
    {
      kind: 'table',
      caption: 'Notification matrix',
      columns: ['Law', 'Who must be told', 'When', 'Deadline', 'Citation'],
      rows: rows.map((r) => [
        { text: r.framework, tone: null },
        { text: r.notify, tone: null },
        { text: r.when, tone: null },
        { text: r.deadline, tone: 'warning' },
        { text: r.verify ? `${r.citation} (verify)` : r.citation, tone: null },
      ]),
    },
    { kind: 'callout', tone: 'warning', title: 'Not legal advice', text: `Deadlines as last verified on ${ctx.law ? longDate(ctx.law.verified) : 'n/a'}; rows marked "verify" rest on secondary sources. Confirm with counsel during an incident; the secbook incident command works out the actual deadlines for one breach.` },
  ];
}

export function incidentResponsePlan(ctx: DocContext): DocumentModel[] {
  const refs = itemsOf(ctx, IR_CHECKLIST);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const matrixAt = refs.find((r) => r.section.id.endsWith('.notification'))?.section.id;
  b.depend('scope.frameworks', 'Laws in scope', ctx.frameworks.filter((f) => f.applies).map((f) => f.id));
  b.depend('scope.us_states', 'US states in scope', ctx.workbook.scope.us_states ?? []);
  b.depend('organisation.contacts', 'Organisation contacts', organisationContacts(ctx));
  for (const g of bySection(refs)) {
    if (g.id === matrixAt) b.section('Notification matrix', matrixBlocks(ctx));
    const blocks = b.itemBlocks(g.refs);
    if (g.id.endsWith('.roles')) {
      const org = organisationContacts(ctx);
      if (org.length > 0) blocks.push({ kind: 'contacts', caption: 'Standing contacts from the workbook', contacts: org });
    }
    b.section(g.title, blocks);
  }
  if (!matrixAt) b.section('Notification matrix', matrixBlocks(ctx));
  const related = ctx.applicable.filter((r) => r.checklist.id !== IR_CHECKLIST && r.item.tags?.includes('doc:incident'));
  if (related.length > 0) {
    for (const g of bySection(related)) b.section(`${g.checklist}: ${g.title}`, b.itemBlocks(g.refs));
  }
  const org = ctx.workbook.organisation;
  return [
    b.build({
      id: 'incident-response-plan',
      title: 'Incident Response Plan',
      subtitle: 'Roles, escalation, communication and breach notification',
      template: 'incident-response-plan',
      owner: personName(org.security_contact),
      purpose: [
        `This plan tells the people of ${legalName(ctx.workbook)} what to do when the security of its email systems or the personal data they carry is compromised: who leads, how incidents are rated and escalated, how the team communicates when email itself may be compromised, who must be notified and by when, and how systems are restored.`,
        'It follows the NIST SP 800-61 incident-response life cycle (preparation; detection and analysis; containment, eradication and recovery; post-incident activity). Everything it states comes from the secbook workbook; open decisions are marked and must be settled before the plan can be relied on.',
      ],
    }),
  ];
}
