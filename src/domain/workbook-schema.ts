/**
 * The workbook file (`workbook.yaml`): organisation, scope and answers keyed by item id.
 * This schema is also published as JSON Schema (`schema/workbook.schema.json`, regenerate
 * with `npm run schema`) for editor completion.
 */
import { z } from 'zod';
import { isDomainName } from './domain-name.js';
import { ANSWER_TYPES, STATUSES } from './answer.js';
import { EU_MEMBER_STATES, FRAMEWORKS, LANGUAGES, LIBRARIES, NIS2_SECTORS, NIS2_SIZES, PROVIDERS, US_STATES } from './scope-fields.js';
import { REVIEW_KINDS } from './review-interval.js';

export const WORKBOOK_FORMAT = 1;

const isoDate = z.iso.date({ error: 'expected a date like 2027-01-31' });
const isoDateTime = z.iso.datetime({ offset: true, local: false, error: 'expected a timestamp like 2026-11-29T14:05:00Z' });
/** YAML turns unquoted dates into Date objects; accept both and keep strings. */
const dateLike = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);
const dateTimeLike = z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), isoDateTime);

export const personSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export const contactSchema = personSchema.extend({ backup: personSchema.optional() }).strict();

export const evidenceSchema = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    date: z.union([dateLike, dateTimeLike]).optional(),
    verdict: z.string().optional(),
  }),
]);

export const answerSchema = z.strictObject({
  status: z.enum(STATUSES, { error: `expected a status: ${STATUSES.join(', ')}` }).optional(),
  value: z.union([z.string(), z.number(), z.array(z.string()), z.array(contactSchema), dateLike]).optional(),
  note: z.string().optional(),
  evidence: z.array(evidenceSchema).optional(),
  owner: z.string().optional(),
  due: dateLike.optional(),
  /** Who answered: a name, or (a facilitated session, `run --by --as`) a name and a role. */
  answered_by: z.union([z.string(), z.strictObject({ name: z.string().min(1), role: z.string().optional() })]).optional(),
  updated_at: dateTimeLike.optional(),
  confirmed_at: dateTimeLike.optional(),
  confirmed_by: z.string().optional(),
});

const force = z.enum(['on', 'off']);

export const scopeSchema = z.strictObject({
  eu_personal_data: z.boolean().optional(),
  eu_establishment: z.boolean().optional(),
  uk_personal_data: z.boolean().optional(),
  uk_establishment: z.boolean().optional(),
  gdpr_role: z.enum(['controller', 'processor', 'both']).optional(),
  california_consumers: z.boolean().optional(),
  ccpa_service_provider: z.boolean().optional(),
  ccpa_revenue_over_threshold: z.boolean().optional(),
  ccpa_100k_consumers: z.boolean().optional(),
  ccpa_half_revenue_from_selling: z.boolean().optional(),
  phi: z.boolean().optional(),
  hipaa_role: z.enum(['covered_entity', 'business_associate', 'both', 'none']).optional(),
  us_states: z.array(z.enum(US_STATES)).optional(),
  /** Workbook-level default for incidents' role.us_state. */
  us_state_role: z.enum(['owner', 'maintainer']).optional(),
  nis2_sector: z.enum(NIS2_SECTORS).optional(),
  nis2_size: z.enum(NIS2_SIZES).optional(),
  nis2_member_state: z.enum(EU_MEMBER_STATES).optional(),
  sec_registrant: z.boolean().optional(),
  nydfs_covered_entity: z.boolean().optional(),
  languages: z.array(z.enum(LANGUAGES)).optional(),
  libraries: z.array(z.enum(LIBRARIES)).optional(),
  providers: z.array(z.enum(PROVIDERS)).optional(),
  sends_marketing: z.boolean().optional(),
  bulk_volume: z.boolean().optional(),
  mobile_apps: z.boolean().optional(),
  accepts_attachments: z.boolean().optional(),
  employees: z.number().int().nonnegative().optional(),
  /** Frameworks forced on or off regardless of the answers above (recorded in documents). */
  force: z.partialRecord(z.enum(FRAMEWORKS), force).optional(),
  /** Why a framework was forced (shown next to it). */
  force_reason: z.string().optional(),
});

export const organisationSchema = z.strictObject({
  name: z.string().min(1, { error: 'the organisation needs a name' }),
  legal_name: z.string().optional(),
  domains: z.array(z.string().refine(isDomainName, { error: 'expected a domain name like example.com' }).meta({ format: 'hostname' })).default([]),
  /** IANA time zone used for deadlines, e.g. Europe/Berlin. */
  timezone: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  toll_free_phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  privacy_contact: personSchema.optional(),
  dpo: personSchema.optional(),
  security_contact: personSchema.optional(),
  /** Document owner/approver shown on policies. */
  approver: personSchema.optional(),
});

export const brandingSchema = z.strictObject({
  logo: z.string().optional(),
  accent_color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour like #1F6FEB' }).optional(),
  footer_text: z.string().optional(),
});

export const workbookSchema = z.strictObject({
  format: z.literal(WORKBOOK_FORMAT, { error: `expected format: ${WORKBOOK_FORMAT}` }),
  organisation: organisationSchema,
  scope: scopeSchema.default({}),
  answers: z.record(z.string(), answerSchema).default({}),
  branding: brandingSchema.optional(),
  /** Review settings (interval in days between confirmations). */
  review: z
    .strictObject({
      /** Days between confirmations for `control` items (and the fallback before kinds existed). */
      interval_days: z.number().int().positive().optional(),
      /** Days between confirmations per review kind (dns, control, policy, contract). */
      intervals: z.partialRecord(z.enum(REVIEW_KINDS), z.number().int().positive()).optional(),
    })
    .optional(),
  /** Where the guided session left off (written by the TUI). */
  session: z.strictObject({ last_item: z.string().optional() }).optional(),
});

export type Workbook = z.output<typeof workbookSchema>;
export type Scope = z.output<typeof scopeSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type WorkbookAnswer = z.output<typeof answerSchema>;
export { ANSWER_TYPES };
