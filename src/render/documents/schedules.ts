/**
 * The tables the retention and vendor policies need beyond their statements: the
 * retention schedule (record categories with period, reason or legal basis, disposal) and
 * the vendor inventory (providers in scope with risk tier, DPA/BAA status, last review).
 * Values come from answers where the workbook has them; the rest are this document's
 * defaults, marked as such with where they come from.
 */
import { effectiveAnswer, statusOf } from '../../domain/answers.js';
import type { Block, Cell } from '../document-model.js';
import { longDate } from '../helpers.js';
import type { DocContext } from './context.js';
import { legalName } from './people.js';

const c = (text: string, tone: Cell['tone'] = null): Cell => ({ text, tone });
const applies = (ctx: DocContext, id: string): boolean => ctx.frameworks.some((f) => f.id === id && f.applies);
const answerOf = (ctx: DocContext, id: string) => (ctx.set.items.has(id) ? effectiveAnswer(ctx.set, ctx.answers, id)?.answer : undefined);

export function retentionSchedule(ctx: DocContext): { title: string; blocks: Block[] }[] {
  const hipaa = applies(ctx, 'hipaa');
  const gdpr = applies(ctx, 'gdpr') || applies(ctx, 'uk_gdpr');
  const logDays = answerOf(ctx, 'email.monitoring.log-retention-days')?.value;
  const incidentPeriod = hipaa ? '6 years from creation or last effective date' : '6 years after the incident is closed (default)';
  const incidentBasis = [gdpr ? 'documentation of every breach (GDPR Art. 33(5))' : null, hipaa ? 'HIPAA documentation retention (45 CFR 164.316(b)(2)(i))' : null].filter(Boolean).join('; ') || 'evidence for claims, audits and insurers (default)';
  const rows: Cell[][] = [
    [c('Mail delivery and security logs'), c(typeof logDays === 'number' ? `${logDays} days (recorded answer)` : '1 year (default)'), c('Investigating incidents and proving delivery; kept no longer than needed (GDPR Art. 5(1)(e))'), c('Deleted automatically by the log platform')],
    [c('DMARC aggregate and TLS-RPT reports'), c('13 months (default)'), c('Comparing authentication results across a full year'), c('Deleted automatically by the report processor')],
    [c('Backups of mail systems and data'), c('35 days rolling (default)'), c('Restoring service and data after an incident'), c('Expired by the backup system; retired media wiped or destroyed (NIST SP 800-88)')],
    [c('Incident records and evidence'), c(incidentPeriod), c(incidentBasis), c('Secure deletion; evidence under legal hold kept until the hold ends')],
    [c('Breach register'), c(incidentPeriod), c(incidentBasis), c('Secure deletion')],
    [c('Marketing consent records'), c('While the consent is relied on, then 3 years (default)'), c('Demonstrating consent (GDPR Art. 7(1))'), c('Deleted with the contact record')],
    [c('Suppression and opt-out list'), c('As long as email may be sent to the address'), c('Honouring objections and opt-outs (GDPR Art. 21(3))'), c('Kept as the minimum needed (address or its hash), never re-used for sending')],
    [c('Privacy-request log'), c('3 years after the request is closed (default)'), c('Demonstrating how requests were handled (GDPR Art. 5(2))'), c('Secure deletion')],
  ];
  if (hipaa) rows.push([c('HIPAA policies, risk analyses and business associate agreements'), c('6 years from creation or last effective date'), c('45 CFR 164.316(b)(2)(i)'), c('Secure deletion (NIST SP 800-88 for media)')]);
  return [
    {
      title: 'Retention schedule',
      blocks: [
        { kind: 'paragraph', text: `${legalName(ctx.workbook)} keeps each category of record for the period below and then disposes of it as stated. Periods marked "default" are this policy's defaults, set by the organisation where no law fixes a period; a recorded answer or a stricter legal or contractual duty replaces them. A legal hold stops disposal until it is lifted.` },
        { kind: 'table', caption: 'Retention schedule', columns: ['Record', 'Period', 'Reason or legal basis', 'Disposal'], rows, classes: ['c-section', 'c-due', '', 'c-section'] },
      ],
    },
  ];
}

const PROVIDER_NAMES: Record<string, string> = {
  ses: 'Amazon SES', sendgrid: 'SendGrid', postmark: 'Postmark', mailgun: 'Mailgun', sparkpost: 'SparkPost', mailchimp: 'Mailchimp',
  resend: 'Resend', google_workspace: 'Google Workspace', microsoft_365: 'Microsoft 365', self_hosted: 'Self-hosted mail servers', other: 'Other provider',
};

function contractStatus(ctx: DocContext, id: string): Cell {
  const status = statusOf(answerOf(ctx, id));
  if (status === 'done') return c('in place', 'ok');
  if (status === 'partial') return c('partly in place', 'partial');
  if (status === 'na') return c('not required');
  return c('not confirmed', 'open');
}

export function vendorInventory(ctx: DocContext): { title: string; blocks: Block[] }[] {
  const providers = (ctx.workbook.scope.providers ?? []).filter((p) => p !== 'self_hosted');
  const hipaa = applies(ctx, 'hipaa');
  const gdpr = applies(ctx, 'gdpr') || applies(ctx, 'uk_gdpr');
  const review = answerOf(ctx, 'email.vendors.questionnaire');
  const reviewed = review?.confirmed_at ?? review?.updated_at;
  const rows = providers.map((p) => [
    c(PROVIDER_NAMES[p] ?? p),
    c('Sends email; holds recipient addresses, message content and delivery logs'),
    c(hipaa ? 'High (PHI)' : 'Medium (personal data)'),
    gdpr ? contractStatus(ctx, 'gdpr.vendors.processor-contracts') : c('not required'),
    hipaa ? contractStatus(ctx, 'hipaa.vendors.baa-email-providers') : c('not required'),
    c(reviewed ? longDate(reviewed.slice(0, 10)) : 'not recorded', reviewed ? null : 'open'),
  ]);
  const org = legalName(ctx.workbook);
  return [
    {
      title: 'Vendor inventory',
      blocks: [
        { kind: 'paragraph', text: `The email and data processors in scope. Risk tier: High where a vendor can hold PHI, Medium where it holds personal data, Low otherwise. The DPA and BAA columns give ${org}'s recorded status for its email providers as a group; a vendor without its own signed contract is not used for that data.` },
        rows.length > 0
          ? { kind: 'table', caption: 'Vendor inventory', columns: ['Vendor', 'Service and data', 'Risk tier', 'DPA', 'BAA', 'Last review'], rows, classes: ['c-due', 'c-wide', 'c-status', 'c-status', 'c-status', 'c-status'] }
          : { kind: 'callout', tone: 'open', title: 'No provider in scope', text: `${org} has not listed the email service providers it sends through.` },
      ],
    },
    {
      title: 'Onboarding and offboarding',
      blocks: [
        { kind: 'subheading', text: 'Before a vendor is used' },
        { kind: 'list', items: [
          'The security contact assesses the vendor (security questionnaire, certifications, incident history) and assigns a risk tier.',
          ...(gdpr ? ['A data processing agreement with the terms of GDPR Art. 28(3) is signed before any personal data is sent to it.'] : []),
          ...(hipaa ? ['A business associate agreement is signed before any PHI is sent to it.'] : []),
          'Credentials for the vendor are scoped to the least access needed and stored in the secrets store; the vendor is added to this inventory.',
        ] },
        { kind: 'subheading', text: 'While a vendor is used' },
        { kind: 'list', items: ['High-tier vendors are re-assessed every year and after any incident at the vendor; others every two years.', 'Changes of sub-processors announced by the vendor are reviewed before they take effect.'] },
        { kind: 'subheading', text: 'When a vendor is removed' },
        { kind: 'list', items: [
          'Every API key, SMTP credential and webhook secret held by or for the vendor is revoked.',
          "DNS records that authorise the vendor (SPF includes, DKIM selectors) are removed once it no longer sends for the organisation's domains.",
          'The vendor is asked to return or delete the organisation\'s data and to confirm deletion in writing; the confirmation is kept with the contract.',
        ] },
      ],
    },
  ];
}
