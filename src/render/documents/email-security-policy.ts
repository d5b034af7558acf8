/** Email Security Policy: every applicable email-security item, section by section, as policy. */
import type { DocumentModel } from '../document-model.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsOf, type DocContext } from './context.js';
import { legalName, personContact, personName } from './people.js';

export const EMAIL_CHECKLIST = 'email-security';

export function emailSecurityPolicy(ctx: DocContext): DocumentModel[] {
  const refs = itemsOf(ctx, EMAIL_CHECKLIST);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const org = ctx.workbook.organisation;
  const domains = org.domains.length > 0 ? org.domains.join(', ') : null;
  b.depend('organisation.domains', 'Sending domains', org.domains);
  b.depend('organisation.security_contact', 'Security contact', org.security_contact ?? null);
  for (const group of bySection(refs)) b.section(group.title, b.itemBlocks(group.refs));
  const contact = personContact(org.security_contact);
  return [
    b.build({
      id: 'email-security-policy',
      title: 'Email Security Policy',
      subtitle: domains ? `For mail sent from ${domains}` : null,
      template: 'email-security-policy',
      owner: personName(org.security_contact),
      purpose: [
        `This policy sets out how ${legalName(ctx.workbook)} authenticates, encrypts, monitors and maintains the email it sends and receives, and how it builds and operates the systems that send it. It applies to every system, person and provider that sends email on the organisation's behalf${domains ? ` from ${domains}` : ''}.`,
        'Each commitment below comes from an answer recorded in the secbook workbook and cites the standard it follows. Commitments only partly in place are flagged as such, with their owner and due date where recorded; questions still open are marked as open decisions and are not policy yet.',
        ...(contact ? [`Questions about this policy go to ${contact}.`] : []),
      ],
    }),
  ];
}
