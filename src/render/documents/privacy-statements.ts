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
  b.depend(`scope.${decision.id}`, `Why ${decision.name} applies`, decision.reasons);
  b.section(`Why ${decision.name} applies`, [
    { kind: 'paragraph', text: `${legalName(ctx.workbook)} treats ${decision.name} as applying for these reasons, recorded in the workbook's scope answers:` },
    { kind: 'list', items: decision.reasons },
  ]);
  for (const g of bySection(refs)) b.section(g.title, b.itemBlocks(g.refs));
  const contact = decision.id === 'hipaa' ? org.privacy_contact ?? org.security_contact : org.dpo ?? org.privacy_contact;
  b.depend('organisation.privacy', 'Privacy contact', contact ?? null);
  const reach = personContact(contact);
  return b.build({
    id: `privacy-${decision.id.replace(/_/g, '-')}`,
    title: TITLES[decision.id] ?? `${decision.name} Compliance Statement`,
    subtitle: decision.name,
    template: 'privacy-statement',
    owner: personName(contact),
    purpose: [
      `This statement describes what ${legalName(ctx.workbook)} does to meet each obligation of ${decision.name} that applies to it, with the article or section each commitment rests on. It is drawn from the answers recorded in the secbook workbook and is not legal advice.`,
      ...(reach ? [`Questions about this statement, and requests from individuals, go to ${reach}.`] : []),
    ],
  });
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
