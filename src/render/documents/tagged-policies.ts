/**
 * Policies assembled by tag from every checklist that applies: Data Retention and
 * Deletion (`doc:retention`) and Vendor (Third-Party) Security (`doc:vendor`).
 */
import type { DocumentModel } from '../document-model.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsTagged, type DocContext } from './context.js';
import { legalName, personName } from './people.js';

interface TaggedPolicy {
  id: string;
  tag: string;
  title: string;
  purpose: (org: string) => string;
}

const POLICIES: TaggedPolicy[] = [
  {
    id: 'retention-policy',
    tag: 'doc:retention',
    title: 'Data Retention and Deletion Policy',
    purpose: (org) =>
      `This policy states how long ${org} keeps the personal data and records its email systems hold, and how that data is deleted when the period ends or a person asks for erasure. It draws together the retention and deletion commitments from every checklist that applies to ${org}.`,
  },
  {
    id: 'vendor-policy',
    tag: 'doc:vendor',
    title: 'Vendor (Third-Party) Security Policy',
    purpose: (org) =>
      `This policy states how ${org} chooses, contracts with and oversees the vendors that process data or send email on its behalf — email service providers, processors and business associates, incident-response partners — and how their access is limited and reviewed.`,
  },
];

function build(ctx: DocContext, policy: TaggedPolicy): DocumentModel[] {
  const refs = itemsTagged(ctx, policy.tag);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const groups = bySection(refs);
  const manyChecklists = new Set(groups.map((g) => g.checklist)).size > 1;
  for (const g of groups) b.section(manyChecklists ? `${g.title} (${g.checklist})` : g.title, b.itemBlocks(g.refs));
  const org = ctx.workbook.organisation;
  return [
    b.build({
      id: policy.id,
      title: policy.title,
      subtitle: null,
      template: policy.id,
      owner: personName(org.dpo ?? org.privacy_contact ?? org.security_contact),
      purpose: [
        policy.purpose(legalName(ctx.workbook)),
        'Each commitment comes from an answer recorded in the secbook workbook; unanswered questions are marked as open decisions and are not policy until decided.',
      ],
    }),
  ];
}

export const retentionPolicy = (ctx: DocContext): DocumentModel[] => build(ctx, POLICIES[0]!);
export const vendorPolicy = (ctx: DocContext): DocumentModel[] => build(ctx, POLICIES[1]!);
