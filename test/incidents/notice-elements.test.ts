/**
 * Every notice template against its required elements (notice-elements.ts): an incident
 * that records everything shows each element's recorded text and no mark; one that records
 * nothing shows each element as a [[TO FILL]] mark and asserts nothing nobody recorded.
 */
import Handlebars from 'handlebars';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { workbookSchema, type Workbook } from '../../src/domain/workbook-schema.js';
import { assessIncident, type NoticeAssessment } from '../../src/incidents/assess.js';
import { incidentSchema, type Incident } from '../../src/incidents/incident-schema.js';
import { buildNoticeContext, type Phase } from '../../src/incidents/notice-context.js';
import { NOTICE_ELEMENTS } from '../../src/incidents/notice-elements.js';
import { noticeTemplates, PLACEHOLDER } from '../../src/incidents/notice-templates.js';
import { WORKBOOK_YAML } from '../helpers/incidents-project.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const env = noticeTemplates();

const workbook: Workbook = workbookSchema.parse({
  ...parse(WORKBOOK_YAML),
  answers: { 'ir.external.supervisory-authority': { value: [{ name: 'Berlin Data Protection Commissioner', email: 'breach@dpa.example' }] } },
});

const FULL: Incident = incidentSchema.parse({
  format: 1,
  id: 'INC-2026-001',
  title: 'Export sent to the wrong list',
  description: 'INTERNAL: Sam pasted the wrong list; HR follow-up pending.',
  what_happened: 'A file with customer records was emailed to an outside mailing list by mistake.',
  occurred_at: '2026-02-27T16:00:00-08:00',
  aware_at: '2026-03-02T09:00:00-08:00',
  discovered_at: '2026-03-02T09:00:00-08:00',
  data_categories: ['names', 'ssn', 'health', 'contact_details'],
  data_subject_categories: ['patients', 'newsletter subscribers'],
  encrypted: 'no',
  affected: { EU: { count: 20 }, CA: { count: 600, estimate: true }, TX: { count: 300 }, NY: { count: 40 } },
  records: { count: 1200, estimate: true },
  role: { gdpr: 'controller', hipaa: 'covered_entity', us_state: 'owner' },
  risk: { gdpr: 'high' },
  controller: { name: 'Clinic Group GmbH', email: 'privacy@clinic.example' },
  covered_entity: { name: 'Bay Clinic Inc', email: 'privacy@bayclinic.example' },
  business_associate: { name: 'Mailer Co', email: 'security@mailer.example' },
  consequences: 'Identity theft and disclosure of health conditions.',
  measures: 'We recalled the message and asked the recipients to delete it.',
  planned_measures: 'We will add a second approval step for exports.',
  individual_steps: 'Watch your statements and consider a credit freeze.',
  law_enforcement_delay_requested: 'no',
  law_enforcement_investigating: 'yes',
  organisation_was_source: 'yes',
  identity_theft_service: { provider: 'IDShield Co', months: 24, how_to_enrol: 'call 1-800-555-0142 with code ACME24' },
  contact_out_of_date: 12,
  breach_type: 'unauthorized_access_disclosure',
  breach_location: 'Email',
  safeguards: 'Staff training and access controls.',
  residents_notified: { TX: 280 },
  notice_method: 'first-class mail',
  agency_contacts: 'New York Attorney General, +1 800 000 0000, ag.example',
  notices: {
    'ca-residents': { sent_at: '2026-03-08T10:00:00-08:00' },
    'tx-residents': { sent_at: '2026-03-08T10:00:00-08:00' },
    'ny-residents': { sent_at: '2026-03-08T10:00:00-08:00' },
    'hipaa-individuals': { sent_at: '2026-03-08T10:00:00-08:00' },
    'gdpr-authority': { sent_at: '2026-03-06T10:00:00-08:00', note: 'The export log had to be restored before we could count the people.' },
    'hipaa-covered-entity': { note: 'The list of individuals follows by encrypted transfer.' },
  },
});

const EMPTY: Incident = incidentSchema.parse({ format: 1, id: 'INC-2026-002', title: 'Something happened' });

const base = (incident: Incident, wb: Workbook | undefined): NoticeAssessment => {
  const a = assessIncident(incident, wb, NOW).notices[0];
  if (!a) throw new Error('no notice');
  return a;
};

/** Each template with the notices that use it (jurisdiction/audience variants). */
const CASES: { template: string; id: string; jurisdiction: string; audience: NoticeAssessment['audience']; phase?: Phase }[] = [
  { template: 'ca-residents', id: 'ca-residents', jurisdiction: 'CA', audience: 'individuals' },
  { template: 'state-residents', id: 'ny-residents', jurisdiction: 'NY', audience: 'individuals' },
  { template: 'state-residents', id: 'tx-residents', jurisdiction: 'TX', audience: 'individuals' },
  { template: 'hipaa-individuals', id: 'hipaa-individuals', jurisdiction: 'US', audience: 'individuals' },
  { template: 'hipaa-media', id: 'hipaa-media-CA', jurisdiction: 'CA', audience: 'media' },
  { template: 'hipaa-substitute-web', id: 'hipaa-individuals', jurisdiction: 'US', audience: 'individuals' },
  { template: 'hipaa-substitute-media', id: 'hipaa-individuals', jurisdiction: 'US', audience: 'individuals' },
  { template: 'gdpr-authority', id: 'gdpr-authority', jurisdiction: 'EU', audience: 'supervisory_authority', phase: 'follow-up' },
  { template: 'gdpr-data-subjects', id: 'gdpr-data-subjects', jurisdiction: 'EU', audience: 'data_subjects' },
  { template: 'controller', id: 'gdpr-controller', jurisdiction: 'EU', audience: 'data_controller' },
  { template: 'covered-entity', id: 'hipaa-covered-entity', jurisdiction: 'US', audience: 'covered_entity' },
  { template: 'hhs', id: 'hipaa-hhs', jurisdiction: 'US', audience: 'hhs' },
  { template: 'regulator', id: 'tx-regulator', jurisdiction: 'TX', audience: 'state_attorney_general' },
  { template: 'regulator', id: 'ny-regulator', jurisdiction: 'NY', audience: 'state_attorney_general' },
];

function render(incident: Incident, wb: Workbook | undefined, c: (typeof CASES)[number]) {
  const notice = { ...base(incident, wb), id: c.id, jurisdiction: c.jurisdiction, audience: c.audience, template: c.template };
  const ctx = buildNoticeContext({ notice, template: c.template, incident, workbook: wb, zone: 'America/Los_Angeles', now: NOW, phase: c.phase, draft: false });
  return { ctx, html: env.render(c.template, ctx) };
}

const text = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('required elements', () => {
  test('every template is covered by a case and every listed element applies to some case', () => {
    const templates = new Set(CASES.map((c) => c.template));
    expect([...templates].sort()).toEqual(Object.keys(NOTICE_ELEMENTS).sort());
    for (const [template, specs] of Object.entries(NOTICE_ELEMENTS)) {
      const seen = new Set(CASES.filter((c) => c.template === template).flatMap((c) => Object.keys(render(FULL, workbook, c).ctx.elements)));
      expect([...seen].sort(), template).toEqual([...new Set(specs.map((s) => s.id))].sort());
    }
  });

  test.each(CASES.map((c) => [`${c.template} (${c.id})`, c] as const))('%s: an incident recording everything shows each element, no mark', (_name, c) => {
    const { ctx, html } = render(FULL, workbook, c);
    expect(html).not.toContain('[[TO FILL');
    for (const el of Object.values(ctx.elements)) {
      const values = Array.isArray(el.value) ? el.value : [el.value ?? ''];
      for (const v of values) expect(text(html), `${c.template}: ${el.id}`).toContain(text(Handlebars.escapeExpression(v.split('\n')[0] ?? '')).trim());
    }
    // The internal description never reaches a notice.
    expect(html).not.toContain('INTERNAL');
  });

  test.each(CASES.map((c) => [`${c.template} (${c.id})`, c] as const))('%s: an incident recording nothing shows each element as a mark', (_name, c) => {
    const { ctx, html } = render(EMPTY, undefined, c);
    const els = Object.values(ctx.elements);
    expect(els.length).toBeGreaterThan(0);
    for (const el of els) expect(html, `${c.template}: ${el.id}`).toContain(Handlebars.escapeExpression(PLACEHOLDER(el.label)));
    expect(html).not.toMatch(/not delayed by a law enforcement/i);
  });
});

describe('never invent a fact', () => {
  const ca = CASES[0]!;
  test('"not delayed by law enforcement" only when recorded; a recorded delay is stated instead', () => {
    const { law_enforcement_delay_requested: _omit, ...rest } = FULL;
    expect(text(render(rest as Incident, workbook, ca).html)).toContain('[[TO FILL: whether law enforcement delayed this notice]]');
    expect(text(render(FULL, workbook, ca).html)).toContain('This notice was not delayed by a law enforcement investigation.');
    const delayed = { ...rest, law_enforcement_delay: { kind: 'written' as const, date: '2026-03-03T10:00:00-08:00', period_days: 14 } };
    const html = text(render(delayed, workbook, ca).html);
    expect(html).toContain('A written request from a law enforcement agency on March 3, 2026 delayed this notice.');
    expect(html).not.toContain('not delayed');
  });

  test('categories are described as recorded, nothing added', () => {
    const html = text(render({ ...FULL, data_categories: ['contact_details', 'credentials'] }, workbook, ca).html);
    expect(html).toContain('contact details, login credentials.');
    expect(html).not.toMatch(/postal address|phone number|passwords/);
  });

  test('the GDPR authority and data-subject notices count the same people: the EU residents, not everyone', () => {
    const auth = text(render(FULL, workbook, CASES.find((c) => c.template === 'gdpr-authority')!).html);
    const subjectsCtx = render(FULL, workbook, CASES.find((c) => c.template === 'gdpr-data-subjects')!).ctx;
    expect(auth).toContain('Approximate number of data subjects concerned: 20.');
    expect(subjectsCtx.f.people).toBe('20');
    // HIPAA counts everyone, as its rules do; a state notice counts that state.
    expect(render(FULL, workbook, CASES.find((c) => c.template === 'hhs')!).ctx.f.people).toBe('approximately 960');
    expect(render(FULL, workbook, CASES.find((c) => c.id === 'tx-regulator')!).ctx.f.people).toBe('300');
  });

  test('a missing public text is a mark, never the internal description', () => {
    const { what_happened: _omit, ...rest } = FULL;
    for (const c of CASES) {
      const html = render(rest as Incident, workbook, c).html;
      expect(html, c.template).toContain('[[TO FILL: public description of what happened]]');
      expect(html, c.template).not.toContain('INTERNAL');
    }
  });

  test('the authority is the one named in the workbook', () => {
    const html = text(render(FULL, workbook, CASES.find((c) => c.template === 'gdpr-authority')!).html);
    expect(html).toContain('To: Berlin Data Protection Commissioner');
    expect(html).not.toContain('lead supervisory authority');
  });

  test('no credit bureaus or identity-theft offer without SSN or ID numbers', () => {
    const html = text(render({ ...FULL, data_categories: ['names', 'health'] }, workbook, ca).html);
    expect(html).not.toContain('Equifax');
    expect(html).not.toContain('identity theft prevention');
  });
});

describe('notes that depend on other notices', () => {
  test('a covered entity\'s California draft points at 1798.82(e); the HHS draft at New York\'s 5 business days; never on the letter', () => {
    const draft = (c: (typeof CASES)[number], isDraft: boolean) => {
      const notice = { ...base(FULL, workbook), id: c.id, jurisdiction: c.jurisdiction, audience: c.audience, template: c.template };
      return env.render(c.template, buildNoticeContext({ notice, template: c.template, incident: FULL, workbook, zone: 'America/Los_Angeles', now: NOW, draft: isDraft }));
    };
    const ca = CASES.find((c) => c.template === 'ca-residents')!;
    const hhs = CASES.find((c) => c.template === 'hhs')!;
    expect(draft(ca, true)).toContain('Cal. Civ. Code 1798.82(e) (unverified here');
    expect(draft(hhs, true)).toContain('within 5 business days of notifying HHS (N.Y. Gen. Bus. Law 899-aa(9) [P]');
    expect(draft(ca, false)).not.toContain('1798.82(e)');
    expect(draft(ca, false)).not.toContain('Not legal advice');
  });
});
