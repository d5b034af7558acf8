/** Email Security Policy: every applicable email-security item, section by section, as policy. */
import type { DocumentModel } from '../document-model.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsOf, type DocContext } from './context.js';
import { legalName, personContact, personName } from './people.js';
import { addPolicySections } from './policy-frame.js';

export const EMAIL_CHECKLIST = 'email-security';

export function emailSecurityPolicy(ctx: DocContext): DocumentModel[] {
  const refs = itemsOf(ctx, EMAIL_CHECKLIST);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const org = ctx.workbook.organisation;
  const name = legalName(ctx.workbook);
  const domains = org.domains.length > 0 ? org.domains.join(', ') : null;
  b.depend('organisation.domains', 'Sending domains', org.domains);
  b.depend('organisation.security_contact', 'Security contact', org.security_contact ?? null);
  const contact = personContact(org.security_contact);
  addPolicySections(ctx, b, {
    kind: 'policy',
    purpose: [
      `This policy sets out how ${name} authenticates, encrypts, monitors and maintains the email it sends and receives, and how it builds and operates the systems that send it, so that its mail cannot be forged, read in transit or abused to harm the people who receive it.`,
      ...(contact ? [`Questions about this policy go to ${contact}.`] : []),
    ],
    scope: [
      `This policy applies to every system, person and provider that sends or receives email on ${name}'s behalf${domains ? `, for the domains ${domains}` : ''}, including the application code that builds messages, the DNS records that authenticate them and the email service providers that deliver them.`,
    ],
    groups: bySection(refs).map((g) => ({ title: g.title, refs: g.refs })),
  });
  return [
    b.build({
      id: 'email-security-policy',
      title: 'Email Security Policy',
      subtitle: domains ? `For mail sent from ${domains}` : null,
      template: 'email-security-policy',
      owner: personName(org.security_contact),
      purpose: [],
    }),
  ];
}
