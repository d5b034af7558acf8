/**
 * Policies assembled by tag from every checklist that applies: Data Retention and
 * Deletion (`doc:retention`) and Vendor (Third-Party) Security (`doc:vendor`).
 */
import type { Block, DocumentModel } from '../document-model.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsTagged, type DocContext } from './context.js';
import { legalName, personName } from './people.js';
import { addPolicySections } from './policy-frame.js';
import { retentionSchedule, vendorInventory } from './schedules.js';

interface TaggedPolicy {
  id: string;
  tag: string;
  title: string;
  purpose: (org: string) => string;
  scope: (org: string) => string;
  /** Schedules and inventories drawn after the statements. */
  procedures?: (ctx: DocContext) => { title: string; blocks: Block[] }[];
}

const POLICIES: TaggedPolicy[] = [
  {
    id: 'retention-policy',
    tag: 'doc:retention',
    title: 'Data Retention and Deletion Policy',
    purpose: (org) =>
      `This policy states how long ${org} keeps the personal data and records its email systems hold, and how that data is deleted when the period ends or a person asks for erasure, so that nothing is kept longer than its purpose and the law require.`,
    scope: (org) =>
      `It covers every record ${org}'s email systems and incident-response process create or hold: message logs, authentication reports, backups, suppression and consent records, incident and breach records, in every system and at every provider that holds them for ${org}.`,
    procedures: retentionSchedule,
  },
  {
    id: 'vendor-policy',
    tag: 'doc:vendor',
    title: 'Vendor (Third-Party) Security Policy',
    purpose: (org) =>
      `This policy states how ${org} chooses, contracts with and oversees the vendors that process data or send email on its behalf, and how their access is limited and reviewed, so that a vendor never becomes the weak point in how ${org} protects its mail and the data it carries.`,
    scope: (org) =>
      `It covers every email service provider, processor, sub-processor, business associate and incident-response partner that handles ${org}'s email, credentials or personal data, from selection to the end of the contract.`,
    procedures: vendorInventory,
  },
];

function build(ctx: DocContext, policy: TaggedPolicy): DocumentModel[] {
  const refs = itemsTagged(ctx, policy.tag);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const groups = bySection(refs);
  b.depend('scope.providers', 'Email providers', ctx.workbook.scope.providers ?? []);
  b.depend('scope.frameworks', 'Laws in scope', ctx.frameworks.filter((f) => f.applies).map((f) => f.id));
  const manyChecklists = new Set(groups.map((g) => g.checklist)).size > 1;
  const name = legalName(ctx.workbook);
  addPolicySections(ctx, b, {
    kind: 'policy',
    purpose: [policy.purpose(name)],
    scope: [policy.scope(name)],
    groups: groups.map((g) => ({ title: manyChecklists ? `${g.title} (${g.checklist})` : g.title, refs: g.refs })),
    procedures: policy.procedures?.(ctx) ?? [],
  });
  const org = ctx.workbook.organisation;
  return [
    b.build({
      id: policy.id,
      title: policy.title,
      subtitle: null,
      template: policy.id,
      owner: personName(org.dpo ?? org.privacy_contact ?? org.security_contact),
      purpose: [],
    }),
  ];
}

export const retentionPolicy = (ctx: DocContext): DocumentModel[] => build(ctx, POLICIES[0]!);
export const vendorPolicy = (ctx: DocContext): DocumentModel[] => build(ctx, POLICIES[1]!);
