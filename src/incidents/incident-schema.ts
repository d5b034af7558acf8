/**
 * `incidents/<id>.yaml`: one breach or suspected breach. Everything beyond the title is
 * optional, because an incident is recorded before its facts are known; the assessment
 * reports every missing fact as unknown instead of assuming it.
 */
import { z } from 'zod';
import { US_STATES } from '../domain/scope-fields.js';
import { parseWhen } from './when.js';

export const INCIDENT_FORMAT = 1;
export const INCIDENT_ID = /^INC-\d{4}-\d{3,}$/;

/** YAML 1.1 tools may write timestamps unquoted; keep them as ISO strings (with Z). */
const moment = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString() : v),
  z.string().superRefine((s, ctx) => {
    const r = parseWhen(s);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: r, input: s });
  }),
);

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
const yesNo = z.enum(YES_NO_UNKNOWN, { error: 'expected yes, no or unknown' });

export const DATA_CATEGORIES = [
  'names',
  'contact_details',
  'email_addresses',
  'date_of_birth',
  'ssn',
  'drivers_licence',
  'state_id',
  'passport',
  'financial_account',
  'payment_card',
  /** The security code, PIN or password that opens a financial account (many states need it with the number). */
  'account_access_code',
  'credentials',
  'taxpayer_id',
  'health',
  'health_insurance',
  'biometric',
  'location',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Jurisdictions with their own counts: the EU/EEA, the UK, each US state or territory. */
export const JURISDICTIONS = ['EU', 'UK', ...US_STATES] as const;

/**
 * EU and EEA countries (ISO 3166-1 alpha-2). A controller without an EU establishment has no
 * lead authority and notifies the authority of each country where affected people live
 * (EDPB Guidelines 9/2022, para. 73), so the incident can count them per country.
 */
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

const count = z.strictObject({
  /** People affected; `unknown` while it is being established. */
  count: z.union([z.number().int().nonnegative(), z.literal('unknown')]),
  /** True when the count is an estimate. */
  estimate: z.boolean().optional(),
});
export type AffectedCount = z.output<typeof count>;

const party = z.strictObject({ name: z.string().min(1), email: z.string().optional(), address: z.string().optional() });

/** The HHS breach portal's types of breach. */
export const BREACH_TYPES = ['hacking_it_incident', 'unauthorized_access_disclosure', 'theft', 'loss', 'improper_disposal', 'other'] as const;
export const GDPR_RISKS = ['none', 'risk', 'high', 'unknown'] as const;
export const GDPR_34_3 = ['unintelligible', 'measures_taken', 'disproportionate_effort'] as const;
export const HIPAA_CONCLUSIONS = ['low_probability', 'not_low', 'unknown'] as const;
export const HIPAA_EXCLUSIONS = ['good_faith_workforce', 'inadvertent_authorised', 'could_not_retain'] as const;

export const logEntrySchema = z.strictObject({
  at: moment,
  event: z.string().min(1),
  by: z.string().optional(),
  notice: z.string().optional(),
});

const recipient = z.strictObject({ name: z.string().optional(), email: z.string().min(3) });
export type Recipient = z.output<typeof recipient>;

export const noticeStateSchema = z.strictObject({
  sent_at: moment.optional(),
  /** Who the .eml goes to (an authority's breach mailbox, the controller, one person). */
  recipients: z.array(recipient).optional(),
  /** `initial` or `follow-up` (phased notice). */
  phase: z.enum(['initial', 'follow-up']).optional(),
  note: z.string().optional(),
});

export const incidentSchema = z.strictObject({
  format: z.literal(INCIDENT_FORMAT, { error: `expected format: ${INCIDENT_FORMAT}` }),
  id: z.string().regex(INCIDENT_ID, { error: 'expected an id like INC-2026-001' }),
  title: z.string().min(1, { error: 'the incident needs a title' }),
  /** Internal description: what the team writes for itself. Never printed in a notice. */
  description: z.string().optional(),
  /** The public "what happened" text the notices use (plain language, for the people affected). */
  what_happened: z.string().optional(),
  status: z.enum(['open', 'closed']).optional(),
  created_at: moment.optional(),
  /** When the breach happened (or began); `occurred_until` closes a range. */
  occurred_at: moment.optional(),
  occurred_until: moment.optional(),
  detected_at: moment.optional(),
  /** GDPR: when the controller became aware (starts the 72-hour clock). */
  aware_at: moment.optional(),
  /** HIPAA and most US states: when the breach was discovered. */
  discovered_at: moment.optional(),
  /** Colorado, Florida, Texas: when the organisation determined that a breach occurred. */
  determined_at: moment.optional(),
  data_categories: z.array(z.enum(DATA_CATEGORIES)).optional(),
  /** GDPR Art. 33(3)(a): who the people are (customers, employees, patients…), in the team's words. */
  data_subject_categories: z.array(z.string().min(1)).optional(),
  /** HIPAA: was protected health information involved? (`health` in the categories implies yes.) */
  phi: yesNo.optional(),
  encrypted: yesNo.optional(),
  key_compromised: yesNo.optional(),
  affected: z.partialRecord(z.enum(JURISDICTIONS, { error: 'expected EU, UK or a US state code such as CA' }), count).optional(),
  /** People affected per EU/EEA country (needed without an EU establishment: one notice per country's authority). */
  affected_eu_countries: z.partialRecord(z.enum(EU_EEA_COUNTRIES, { error: 'expected an EU/EEA country code such as DE or FR' }), count).optional(),
  /** Approximate number of records concerned (GDPR 33(3)(a)). */
  records: count.optional(),
  role: z
    .strictObject({
      gdpr: z.enum(['controller', 'processor']).optional(),
      hipaa: z.enum(['covered_entity', 'business_associate', 'none']).optional(),
      /** US state laws: the data owner/licensee notifies residents; a maintainer notifies the owner. */
      us_state: z.enum(['owner', 'maintainer']).optional(),
    })
    .optional(),
  /** Who a processor or business associate must tell. */
  controller: party.optional(),
  covered_entity: party.optional(),
  data_owner: party.optional(),
  /** HHS breach portal: the business associate at or by which the breach occurred, or `none`. */
  business_associate: z.union([party, z.literal('none')]).optional(),
  risk: z
    .strictObject({
      gdpr: z.enum(GDPR_RISKS).optional(),
      gdpr_reason: z.string().optional(),
      /** Art. 34(3) exceptions that apply. */
      gdpr_exceptions: z.array(z.enum(GDPR_34_3)).optional(),
      /** US state laws with a risk-of-harm test: is misuse or harm reasonably likely? */
      us_state_harm: z.enum(['likely', 'unlikely', 'unknown']).optional(),
      /** A no-harm finding was written down (and is kept as the state law requires). */
      us_state_no_harm_documented: z.boolean().optional(),
      hipaa: z
        .strictObject({
          nature_extent: z.string().optional(),
          recipient: z.string().optional(),
          acquired_viewed: z.string().optional(),
          mitigation: z.string().optional(),
          conclusion: z.enum(HIPAA_CONCLUSIONS).optional(),
          exclusion: z.enum(HIPAA_EXCLUSIONS).optional(),
        })
        .optional(),
    })
    .optional(),
  /** Did law enforcement ask for the notices to be delayed? `no` lets a notice say so. */
  law_enforcement_delay_requested: yesNo.optional(),
  /** Texas 521.053(i)(6): is law enforcement investigating the breach? */
  law_enforcement_investigating: yesNo.optional(),
  law_enforcement_delay: z
    .strictObject({
      kind: z.enum(['written', 'oral']),
      date: moment,
      /** Days the official asked for (oral requests delay HIPAA notices at most 30 days). */
      period_days: z.number().int().positive().optional(),
      official: z.string().optional(),
    })
    .optional(),
  /** NIS2 Art. 23: is it a significant incident? Its clocks run from `aware_at`. */
  nis2: z.strictObject({ significant: yesNo.optional() }).optional(),
  /** 23 NYCRR 500.17: when the covered entity determined that a cybersecurity incident occurred. */
  nydfs: z.strictObject({ determined_at: moment.optional() }).optional(),
  /** SEC Form 8-K Item 1.05: the materiality determination. */
  sec: z.strictObject({ material: yesNo.optional(), determined_at: moment.optional() }).optional(),
  /** Likely consequences for the people affected (GDPR 33(3)(c)). */
  consequences: z.string().optional(),
  /** What the organisation is doing: investigation, mitigation, prevention. */
  measures: z.string().optional(),
  /** What the people affected can do to protect themselves. */
  individual_steps: z.string().optional(),
  containment: z.array(z.union([z.string().min(1), z.strictObject({ at: moment.optional(), step: z.string().min(1) })])).optional(),
  /** Measures planned after the notice (Texas 521.053(i)(5)). */
  planned_measures: z.string().optional(),
  /** California 1798.82(d): was the organisation the source of the breach (identity-theft offer)? */
  organisation_was_source: yesNo.optional(),
  /** HIPAA 164.404(d)(2): individuals whose contact information is insufficient or out of date. */
  contact_out_of_date: z.number().int().nonnegative().optional(),
  /** HHS breach portal: type of breach and where the information was. */
  breach_type: z.enum(BREACH_TYPES).optional(),
  breach_location: z.string().optional(),
  /** Safeguards in place before the breach (HHS breach portal). */
  safeguards: z.string().optional(),
  /** People already sent a notice directly, per jurisdiction (Texas 521.053(i)(3)). */
  residents_notified: z.partialRecord(z.enum(JURISDICTIONS), z.number().int().nonnegative()).optional(),
  /** How resident notices are distributed (mail, email, telephone) — New York 899-aa(8)(a). */
  notice_method: z.string().optional(),
  /** Phone numbers and websites of the state and federal agencies for New York residents (899-aa(7)), as checked by the team. */
  agency_contacts: z.string().optional(),
  /** The playbook followed (its first-hour steps head the incident's checklist). */
  playbook: z.string().optional(),
  /** Identity-theft prevention offered at no cost (California when SSN/ID numbers leaked). */
  identity_theft_service: z.strictObject({ provider: z.string().optional(), months: z.number().int().positive().optional(), how_to_enrol: z.string().optional() }).optional(),
  log: z.array(logEntrySchema).optional(),
  notices: z.record(z.string(), noticeStateSchema).optional(),
});

export type Incident = z.output<typeof incidentSchema>;
export type LogEntry = z.output<typeof logEntrySchema>;
