/**
 * The structure every policy shares, in the order a board reads it: purpose, scope, roles
 * and responsibilities, policy statements, procedures, exceptions, enforcement, review and
 * approval, definitions (then the builder's appendices: control mapping, open decisions).
 * Written in the third person about the organisation.
 */
import type { ItemRef } from '../../domain/checklist-set.js';
import type { Person } from '../../domain/answer.js';
import type { Block, Cell } from '../document-model.js';
import type { DocBuilder } from './builder.js';
import type { DocContext } from './context.js';
import { legalName, personName } from './people.js';

export interface PolicyParts {
  /** What the document is called in sentences ("policy", "plan", "statement"). */
  kind: string;
  purpose: string[];
  scope: string[];
  /** Document-specific roles, after the standing ones (e.g. the incident-response team). */
  roles?: Block[];
  /** Statement groups, each drawn under its own sub-heading. */
  groups: { title: string; refs: readonly ItemRef[] }[];
  /** Numbered sections after the statements (procedures, schedules, inventories). */
  procedures?: { title: string; blocks: Block[] }[];
  /** Sections before the statements (e.g. why a law applies). */
  preamble?: { title: string; blocks: Block[] }[];
}

const c = (text: string): Cell => ({ text, tone: null });

/** Terms a reader may need; a definition is printed when its term occurs in the document. */
const DEFINITIONS: { term: string; pattern: RegExp; meaning: string }[] = [
  { term: 'BAA', pattern: /\b(BAA|business associate agreement)/i, meaning: 'Business associate agreement: the contract HIPAA requires before a business associate creates, receives, keeps or sends PHI for a covered entity.' },
  { term: 'Business associate', pattern: /business associate/i, meaning: 'A person or company that handles protected health information on behalf of a HIPAA covered entity (45 CFR 160.103).' },
  { term: 'DKIM', pattern: /\bDKIM\b/, meaning: 'DomainKeys Identified Mail: a signature added to each message that lets receivers check it came from the signing domain unaltered (RFC 6376).' },
  { term: 'DMARC', pattern: /\bDMARC\b/, meaning: "Domain-based Message Authentication, Reporting and Conformance: the domain owner's published policy for mail that fails SPF and DKIM alignment, with reporting (RFC 7489)." },
  { term: 'DPA', pattern: /\b(DPA|data processing agreement)/i, meaning: 'Data processing agreement: the contract GDPR Art. 28(3) requires between a controller and each processor.' },
  { term: 'ePHI / PHI', pattern: /\b(e?PHI|protected health information)\b/i, meaning: 'Protected health information: individually identifiable health information held or sent by a HIPAA covered entity or business associate, in electronic form for ePHI (45 CFR 160.103).' },
  { term: 'Incident', pattern: /\bincident/i, meaning: 'An event that actually or potentially jeopardises the confidentiality, integrity or availability of a system or the information it holds (NIST SP 800-61r3).' },
  { term: 'MTA-STS', pattern: /MTA-STS/, meaning: 'SMTP MTA Strict Transport Security: a published policy telling sending servers to deliver to the domain only over authenticated TLS (RFC 8461).' },
  { term: 'Personal data', pattern: /personal (data|information)/i, meaning: 'Any information relating to an identified or identifiable person (GDPR Art. 4(1)); "personal information" under the CCPA (Cal. Civ. Code 1798.140).' },
  { term: 'Personal-data breach', pattern: /breach/i, meaning: 'A breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data (GDPR Art. 4(12)).' },
  { term: 'Processor', pattern: /\bprocessors?\b/i, meaning: 'A person or company that processes personal data on behalf of the controller (GDPR Art. 4(8)); a "service provider" under the CCPA.' },
  { term: 'SPF', pattern: /\bSPF\b/, meaning: 'Sender Policy Framework: a DNS record listing the servers allowed to send mail for a domain (RFC 7208).' },
  { term: 'TLS', pattern: /\bTLS\b/, meaning: 'Transport Layer Security: encryption of the connection between two systems, such as two mail servers (RFC 8446).' },
  { term: 'TLS-RPT', pattern: /TLS-RPT/, meaning: 'SMTP TLS Reporting: daily reports from sending servers about TLS failures when delivering to the domain (RFC 8460).' },
];

interface Role {
  role: string;
  person: Person | undefined;
  duty: string;
}

function standingRoles(ctx: DocContext, kind: string): Role[] {
  const org = ctx.workbook.organisation;
  const roles: Role[] = [
    { role: 'Approver', person: org.approver, duty: `Approves this ${kind} and each revision of it, and approves exceptions.` },
    { role: 'Security contact', person: org.security_contact, duty: `Owns the security commitments of this ${kind}, keeps them current and reports on them at each review.` },
    { role: 'Data protection officer', person: org.dpo, duty: 'Advises on and monitors compliance with data-protection law; the contact point for supervisory authorities.' },
    { role: 'Privacy contact', person: org.privacy_contact, duty: 'Receives requests and questions from individuals about their personal data.' },
  ];
  return roles.filter((r) => r.person);
}

/** Adds the standard sections around the document's own statement groups and procedures. */
export function addPolicySections(ctx: DocContext, b: DocBuilder, parts: PolicyParts): void {
  const org = legalName(ctx.workbook);
  b.section('Purpose', parts.purpose.map((text) => ({ kind: 'paragraph', text })));
  b.section('Scope', parts.scope.map((text) => ({ kind: 'paragraph', text })));
  for (const p of parts.preamble ?? []) b.section(p.title, p.blocks);

  const roles = standingRoles(ctx, parts.kind);
  const roleBlocks: Block[] = [
    { kind: 'paragraph', text: `All staff, contractors and vendors acting for ${org} must follow this ${parts.kind} in their work. The people below hold the standing responsibilities for it.` },
  ];
  if (roles.length > 0) {
    roleBlocks.push({ kind: 'table', caption: null, columns: ['Role', 'Held by', 'Responsibility'], rows: roles.map((r) => [c(r.role), c(personName(r.person) ?? '—'), c(r.duty)]), classes: ['c-section', 'c-section', ''] });
  } else {
    roleBlocks.push({ kind: 'callout', tone: 'open', title: 'No one named', text: `${org} has not yet named an approver, security contact or privacy contact for this ${parts.kind}.` });
  }
  roleBlocks.push(...(parts.roles ?? []));
  b.section('Roles and responsibilities', roleBlocks);

  const statementBlocks: Block[] = [];
  for (const g of parts.groups) {
    const blocks = b.itemBlocks(g.refs);
    if (blocks.length > 0) statementBlocks.push({ kind: 'subheading', text: g.title }, ...blocks);
  }
  const commitments: Block[] =
    statementBlocks.length > 0
      ? [{ kind: 'paragraph', text: `${org} commits to the following. Where a commitment is only partly in place, its remediation, owner and due date follow it.` }, ...statementBlocks]
      : [{ kind: 'callout', tone: 'open', title: 'No commitment decided yet', text: `None of the questions behind this ${parts.kind} is decided yet; they are listed as open decisions at the end.` }];
  b.section('Policy statements', commitments);

  for (const p of parts.procedures ?? []) b.section(p.title, p.blocks);

  const approver = personName(ctx.workbook.organisation.approver) ?? 'the approver named on the cover';
  b.section('Exceptions', [
    { kind: 'paragraph', text: `An exception to this ${parts.kind} must be requested in writing from its owner, stating the reason, the risk it creates, the compensating measures and an end date no later than the next review. Only ${approver} may approve an exception. ${org} records every approved exception and reviews it at each review of this ${parts.kind}.` },
  ]);
  b.section('Enforcement', [
    { kind: 'paragraph', text: `The owner of this ${parts.kind} checks compliance at each review against the controls in the control mapping appendix. A breach of this ${parts.kind} by a member of staff may lead to disciplinary action under ${org}'s employment procedures; a breach by a contractor or vendor is handled under its contract. Anyone who finds a breach must report it to the owner without delay.` },
  ]);
  const days = ctx.workbook.review?.interval_days;
  b.section('Review and approval', [
    { kind: 'paragraph', text: `${org} reviews this ${parts.kind} ${days ? `at least every ${days} days` : 'at least once a year'}, after every significant incident and whenever a law, provider or system it covers changes. Each revision takes effect when ${approver} approves it; the version, effective date and revision history are on the document control page.` },
  ]);
  const text = JSON.stringify([parts.groups.map((g) => g.refs.map((r) => r.item.statement ?? '')), parts.procedures ?? [], parts.purpose, parts.scope]);
  const terms = DEFINITIONS.filter((d) => d.pattern.test(text));
  if (terms.length > 0) {
    b.section('Definitions', [{ kind: 'table', caption: null, columns: ['Term', 'Meaning'], rows: terms.map((d) => [c(d.term), c(d.meaning)]), classes: ['c-section', ''] }]);
  }
}
