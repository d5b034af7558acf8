/**
 * One compliance statement per privacy framework in scope: why it applies (from the
 * scope decision), then what the organisation does for each obligation, with citations.
 */
import type { ItemRef } from '../../domain/checklist-set.js';
import type { FrameworkDecision } from '../../domain/frameworks.js';
import type { DocumentModel } from '../document-model.js';
import { FRAMEWORKS } from '../../domain/scope-fields.js';
import { DocBuilder } from './builder.js';
import { bySection, type DocContext } from './context.js';
import { legalName, personContact, personName } from './people.js';
import { addPolicySections } from './policy-frame.js';

const TITLES: Record<string, string> = {
  gdpr: 'GDPR Compliance Statement',
  uk_gdpr: 'UK GDPR Compliance Statement',
  ccpa: 'CCPA/CPRA Compliance Statement',
  hipaa: 'HIPAA Compliance Statement',
};

/** The checklist a framework's obligations live in (UK GDPR shares the GDPR checklist). */
const checklistFramework = (fw: string): string => (fw === 'uk_gdpr' ? 'gdpr' : fw);

function statement(ctx: DocContext, decision: FrameworkDecision, refs: ItemRef[]): DocumentModel {
  const b = new DocBuilder(ctx);
  const org = ctx.workbook.organisation;
  const name = legalName(ctx.workbook);
  b.depend(`scope.${decision.id}`, `Why ${decision.name} applies`, decision.reasons);
  const contact = decision.id === 'hipaa' ? org.privacy_contact ?? org.security_contact : org.dpo ?? org.privacy_contact;
  b.depend('organisation.privacy', 'Privacy contact', contact ?? null);
  const reach = personContact(contact);
  addPolicySections(ctx, b, {
    kind: 'statement',
    purpose: [
      `This statement sets out what ${name} does to meet each obligation of ${decision.name} that applies to it, and the article or section each commitment rests on (listed in the control mapping appendix). It is not legal advice.`,
      ...(reach ? [`Questions about this statement, and requests from individuals, go to ${reach}.`] : []),
    ],
    scope: [`It covers all personal data that ${name}'s email systems and providers process within the reach of ${decision.name}.`],
    preamble: [
      {
        title: `Why ${decision.name} applies`,
        blocks: [
          { kind: 'paragraph', text: `${name} treats ${decision.name} as applying for these reasons:` },
          { kind: 'list', items: decision.reasons.map(thirdPerson) },
        ],
      },
    ],
    groups: bySection(refs).map((g) => ({ title: g.title, refs: g.refs })),
  });
  return b.build({
    id: `privacy-${decision.id.replace(/_/g, '-')}`,
    title: TITLES[decision.id] ?? `${decision.name} Compliance Statement`,
    subtitle: decision.name,
    template: 'privacy-statement',
    owner: personName(contact),
    purpose: [],
  });
}

/** The scope reasons speak to the user ("you process …"); a policy speaks about the organisation. */
function thirdPerson(reason: string): string {
  const s = reason
    .replace(/^you process\b/, 'it processes')
    .replace(/^you handle\b/, 'it handles')
    .replace(/^you have\b/, 'it has')
    .replace(/^you offer goods or services to, or monitor,/, 'it offers goods or services to, or monitors,')
    .replace(/\byour\b/g, 'its');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * False for a section limited to other frameworks (e.g. the GDPR checklist's UK section,
 * `when: { frameworks: uk_gdpr }`), which belongs in the UK statement, not the EU one.
 */
function sectionIsFor(when: unknown, framework: string): boolean {
  if (!when) return true;
  const text = JSON.stringify(when);
  const named = FRAMEWORKS.filter((f) => text.includes(`"${f}"`));
  return named.length === 0 || named.includes(framework as (typeof FRAMEWORKS)[number]);
}

export function privacyStatements(ctx: DocContext): DocumentModel[] {
  const out: DocumentModel[] = [];
  for (const decision of ctx.frameworks.filter((d) => d.applies)) {
    const fw = checklistFramework(decision.id);
    const refs = ctx.applicable.filter((r) => r.checklist.framework === fw && sectionIsFor(r.section.when, decision.id));
    if (refs.length > 0) out.push(statement(ctx, decision, refs));
  }
  return out;
}
