/**
 * Incident Response Plan: the policy frame (roles with the named incident-response team
 * once, statements from the IR checklist and `doc:incident` items elsewhere), then the
 * procedure: phases after NIST SP 800-61r3 / CSF 2.0, severity matrix, escalation and
 * communication rules, evidence preservation, the playbooks (playbooks/*.yaml) and the
 * notification matrix for the laws in scope.
 */
import type { Block, Cell, DocumentModel } from '../document-model.js';
import { IR_ROLE_NAMES, type IrRole } from '../../domain/playbook-schema.js';
import { addPolicySections } from './policy-frame.js';
import { DocBuilder } from './builder.js';
import { bySection, itemsOf, type DocContext } from './context.js';
import { legalName, personName } from './people.js';
import { longDate } from '../helpers.js';

export const IR_CHECKLIST = 'incident-response';

function matrixBlocks(ctx: DocContext): Block[] {
  const rows = ctx.law?.rows(ctx.frameworks, ctx.workbook.scope) ?? [];
  if (rows.length === 0) {
    return [{ kind: 'callout', tone: 'info', title: 'No breach-notice law in scope', text: 'The workbook\'s scope answers bring no GDPR, UK GDPR, HIPAA or US-state notice duty into scope. The scope must be re-checked if the organisation comes to hold personal data of people in the EU, UK or US.' }];
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
    { kind: 'callout', tone: 'warning', title: 'Not legal advice', text: `Deadlines as last verified on ${ctx.law ? longDate(ctx.law.verified) : 'n/a'}; rows marked "verify" rest on secondary sources. The legal lead confirms the deadlines that apply to each incident with counsel.` },
  ];
}

/** The response phases of the plan, after NIST SP 800-61r3 and the CSF 2.0 functions it maps to. */
const PHASES: [string, string, string, string][] = [
  ['Preparation', 'Govern, Identify, Protect', 'Roles named with backups, contacts and playbooks current, backups tested, exercises held, logs collected centrally.', 'Incident lead'],
  ['Detection and analysis', 'Detect; Respond (analysis)', 'Alerts and reports are triaged, the incident is declared, its scope and severity rated, and the time of awareness recorded with its time zone.', 'Technical lead'],
  ['Containment', 'Respond (mitigation)', 'Stop the harm spreading: revoke credentials, isolate hosts, pause sending, switch to the out-of-band channel.', 'Technical lead'],
  ['Eradication', 'Respond (mitigation)', 'Remove the cause: malware, attacker access, leaked secrets, misconfiguration; rotate every credential that may be known.', 'Technical lead'],
  ['Recovery', 'Recover', 'Restore systems and data from known-good sources, verify them, watch for recurrence, then return to normal service.', 'Technical lead'],
  ['Post-incident activity', 'Identify (improvement)', 'Lessons-learned review, register entry, actions tracked to completion, plan and playbooks updated.', 'Incident lead'],
];

/** Severity levels: the plan's defaults, which the organisation may change at review. */
const SEVERITY: [string, string, string, string, string][] = [
  ['1 Critical', 'Sending or mail systems down for all customers; ransomware; confirmed theft of personal data or PHI at scale.', 'Within 15 minutes, around the clock', 'Executive sponsor, legal and privacy at once', 'Every hour'],
  ['2 High', 'Credential or account compromise; abuse of the sending domain; a vendor breach affecting the organisation; personal data possibly exposed.', 'Within 1 hour, around the clock', 'Executive sponsor within 4 hours; privacy and legal at once if personal data may be involved', 'Every 4 hours'],
  ['3 Medium', 'Contained misuse with limited data; phishing of customers using a look-alike domain; one misdirected message.', 'Within 4 business hours', 'Incident lead; privacy officer if personal data is involved', 'Daily'],
  ['4 Low', 'Suspicious activity without impact; a failed attack; a policy breach with no data exposed.', 'Within 1 business day', 'Incident lead informed', 'At closure'],
];

const cell = (text: string): Cell => ({ text, tone: null });

function procedureSections(ctx: DocContext): { title: string; blocks: Block[] }[] {
  const org = legalName(ctx.workbook);
  const lead = (role: IrRole): string => {
    const answer = ctx.answers[`ir.roles.${role}`]?.value;
    const first = Array.isArray(answer) && typeof answer[0] === 'object' ? (answer[0] as { name: string }).name : null;
    return first ? `${IR_ROLE_NAMES[role]} (${first})` : IR_ROLE_NAMES[role];
  };
  const inScope = new Set<string>(ctx.frameworks.filter((f) => f.applies).map((f) => f.id));
  if ((ctx.workbook.scope.us_states ?? []).length > 0) inScope.add('us_states');
  inScope.add('contract');
  const playbookBlocks: Block[] = ctx.playbooks.length === 0
    ? [{ kind: 'callout', tone: 'open', title: 'No playbooks loaded', text: `${org} has no incident playbooks yet.` }]
    : [
        { kind: 'paragraph', text: `Each playbook lists what ${org} does in the first hour of that kind of incident and who does it. The incident lead may change the order when the facts require it; every step taken is recorded in the incident record with its time.` },
        ...ctx.playbooks.flatMap((p): Block[] => {
          const notices = p.notices.filter((n) => inScope.has(n.basis)).map((n) => `${NOTICE_LABEL[n.basis] ?? n.basis}: ${n.when}.`);
          return [
            { kind: 'subheading', text: `${p.title} (starts at severity ${p.severity})` },
            { kind: 'paragraph', text: `Signs: ${p.signs.join('; ')}.` },
            { kind: 'table', caption: 'First hour', columns: ['#', 'Step', 'Who'], rows: p.first_hour.map((s, i) => [cell(String(i + 1)), cell(s.step), cell(lead(s.role))]), classes: ['c-num', '', 'c-section'] },
            ...(p.after.length > 0 ? [{ kind: 'paragraph', text: 'Then:' } as Block, { kind: 'list', items: p.after } as Block] : []),
            notices.length > 0 ? { kind: 'list', items: notices.map((n) => `Notice that may follow — ${n}`) } : { kind: 'paragraph', text: 'No notice duty is expected for this playbook under the laws in scope; the privacy officer confirms this for each incident.' },
          ];
        }),
      ];
  return [
    {
      title: 'Response procedure',
      blocks: [
        { kind: 'paragraph', text: `${org} handles every incident in the phases below, which follow NIST SP 800-61 Rev. 3 and the NIST Cybersecurity Framework 2.0 functions it maps incident response to. The incident lead decides when a phase is complete and records it.` },
        { kind: 'table', caption: null, columns: ['Phase', 'CSF 2.0 function', 'What happens', 'Led by'], rows: PHASES.map((r) => [cell(r[0]), cell(r[1]), cell(r[2]), cell(r[3])]), classes: ['c-status', 'c-due', 'c-wide', 'c-status'] },
      ],
    },
    {
      title: 'Severity, escalation and communication',
      blocks: [
        { kind: 'paragraph', text: `The incident lead rates every incident on the scale below when it is declared and again whenever the facts change; when in doubt, the higher level applies. These levels and times are the plan's defaults; ${org} may change them at a review.` },
        { kind: 'table', caption: 'Severity matrix', columns: ['Level', 'Criteria', 'Response starts', 'Escalate to', 'Status updates'], rows: SEVERITY.map((r) => r.map(cell)), classes: ['c-status', 'c-wide', 'c-due', '', 'c-status'] },
        { kind: 'subheading', text: 'Escalation rules' },
        { kind: 'list', items: [
          'Anyone who suspects an incident reports it at once to the incident lead, or to the backup when the lead cannot be reached within 15 minutes.',
          'An incident that may involve personal data or PHI goes to the privacy officer and the legal lead at once, whatever its level, because notice deadlines may already be running.',
          'Shutting down a service, paying for outside help, contacting law enforcement and any public statement need the executive sponsor\'s decision.',
          'If the incident lead cannot be reached, the technical lead acts as incident lead until the backup takes over.',
        ] },
        { kind: 'subheading', text: 'Communication rules' },
        { kind: 'list', items: [
          'When email or sign-on may be compromised, the team moves to the out-of-band channel and does not discuss the incident by email.',
          'Only the communications lead speaks for the organisation to customers, staff, partners and the press, using statements approved by the incident lead and, for legal notices, the legal lead.',
          'Statements say what is known, what is being done and when the next update comes; they do not speculate about cause or attribution.',
          'Every message sent about the incident is kept in the incident record.',
        ] },
      ],
    },
    {
      title: 'Evidence preservation',
      blocks: [
        { kind: 'list', items: [
          'Before changing an affected system, export the logs that may roll over (provider send and access logs, sign-in logs, DNS and web logs) and take disk or memory images where the forensics firm advises it.',
          'Store evidence read-only in a restricted location, with a SHA-256 hash of each file recorded when it is collected.',
          'Keep a chain-of-custody log: what was collected, by whom, when, from where, and every later transfer.',
          'Do not wipe, reinstall or power off an affected host until the technical lead confirms the evidence is preserved, unless doing so is needed to stop serious harm.',
          'Record every action in the incident record with its time and time zone; these times start and prove the notice deadlines.',
        ] },
      ],
    },
    { title: 'Playbooks', blocks: playbookBlocks },
    { title: 'Notification matrix', blocks: matrixBlocks(ctx) },
  ];
}

const NOTICE_LABEL: Record<string, string> = { gdpr: 'GDPR', uk_gdpr: 'UK GDPR', ccpa: 'California', hipaa: 'HIPAA', us_states: 'US state law', contract: 'Contract' };

export function incidentResponsePlan(ctx: DocContext): DocumentModel[] {
  const refs = itemsOf(ctx, IR_CHECKLIST);
  if (refs.length === 0) return [];
  const b = new DocBuilder(ctx);
  const name = legalName(ctx.workbook);
  b.depend('scope.frameworks', 'Laws in scope', ctx.frameworks.filter((f) => f.applies).map((f) => f.id));
  b.depend('scope.us_states', 'US states in scope', ctx.workbook.scope.us_states ?? []);
  b.depend('playbooks', 'Playbooks', ctx.playbooks);
  const groups = bySection(refs);
  const roles = groups.filter((g) => g.id.endsWith('.roles'));
  const team = b.itemBlocks(roles.flatMap((g) => g.refs));
  const roleBlocks: Block[] =
    team.length > 0
      ? [{ kind: 'subheading', text: 'Incident-response team' }, ...team]
      : [{ kind: 'callout', tone: 'open', title: 'No incident-response team named', text: `${name} has not yet named its incident lead and the other response roles; they are listed as open decisions.` }];
  const related = ctx.applicable.filter((r) => r.checklist.id !== IR_CHECKLIST && r.item.tags?.includes('doc:incident'));
  addPolicySections(ctx, b, {
    kind: 'plan',
    purpose: [
      `This plan sets out how ${name} prepares for, detects, contains, eradicates and recovers from incidents that affect its email systems or the personal data they carry, who leads the response, how incidents are rated and escalated, how the team communicates when email itself may be compromised, and who must be notified and by when.`,
    ],
    scope: [
      `It covers every security incident and personal-data breach involving ${name}'s email systems, sending domains, email service providers, the accounts that administer them and the data they hold, whether detected internally or reported by a customer, provider or authority.`,
    ],
    roles: roleBlocks,
    groups: [
      ...groups.filter((g) => !g.id.endsWith('.roles')).map((g) => ({ title: g.title, refs: g.refs })),
      ...bySection(related).map((g) => ({ title: `${g.checklist}: ${g.title}`, refs: g.refs })),
    ],
    procedures: procedureSections(ctx),
  });
  const org = ctx.workbook.organisation;
  return [
    b.build({
      id: 'incident-response-plan',
      title: 'Incident Response Plan',
      subtitle: 'Procedure, playbooks, escalation and breach notification',
      template: 'incident-response-plan',
      owner: personName(org.security_contact),
      purpose: [],
    }),
  ];
}
