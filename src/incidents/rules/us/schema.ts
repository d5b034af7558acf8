/**
 * One US jurisdiction's breach-notification law as data (50 states, DC, PR, GU, VI).
 * Every group of facts carries its grade: `P` = read in the statute text, `S` = taken from a
 * secondary summary (law-firm chart, attorney-general page). A fact nobody here could verify
 * is the literal `unknown`; the assessment then says "unknown — check <statute>".
 */
import { z } from 'zod';
import { US_STATES } from '../../../domain/scope-fields.js';
import { DATA_CATEGORIES } from '../../incident-schema.js';

export const UNKNOWN = 'unknown' as const;
const unknown = z.literal(UNKNOWN);
export const grade = z.enum(['P', 'S']);
export type Grade = z.output<typeof grade>;

/** "more than 500" (`more_than`) is not "500 or more" (`at_least`): encode what the law says. */
export const thresholdSchema = z.union([
  z.strictObject({ op: z.enum(['more_than', 'at_least']), n: z.number().int().positive() }),
  z.literal('any'),
]);
export type LawThreshold = z.output<typeof thresholdSchema>;

/** When a notice is due. */
export const periodSchema = z.discriminatedUnion('kind', [
  /** N calendar days after an event (the event's local date is day 0). */
  z.strictObject({ kind: z.literal('days'), days: z.number().int().positive(), from: z.enum(['discovery', 'determination']) }),
  /** N hours after discovery (e.g. a maintainer's 24 hours). */
  z.strictObject({ kind: z.literal('hours'), hours: z.number().int().positive(), from: z.literal('discovery') }),
  /** No fixed period: "most expedient time possible and without unreasonable delay" and the like. */
  z.strictObject({ kind: z.literal('expedient'), text: z.string().min(1) }),
  /** N calendar days after the notice to residents was sent (California's sample to the AG). */
  z.strictObject({ kind: z.literal('after_residents'), days: z.number().int().positive(), business: z.boolean().optional() }),
  /** No later than the notice to residents. */
  z.strictObject({ kind: z.literal('with_residents') }),
  z.strictObject({ kind: z.literal('unknown') }),
]);
export type Period = z.output<typeof periodSchema>;

const category = z.enum(DATA_CATEGORIES);

export const stateLawSchema = z.strictObject({
  code: z.enum(US_STATES),
  name: z.string().min(1),
  /** The statute section(s), e.g. "Ala. Code 8-38-1 to 8-38-12". */
  statute: z.string().min(1),
  /** Where the statute text (or the best source read) can be found. */
  source_url: z.url(),
  /** Further sources read for this jurisdiction. */
  sources: z.array(z.url()).default([]),
  last_verified: z.iso.date(),
  /** `none`: no source for this jurisdiction was read here yet; every decision stays unknown. */
  researched: z.boolean().default(true),
  personal_information: z.strictObject({
    /** The definition in our words: name plus which elements. */
    text: z.string().min(1),
    /** Incident data categories that count (with a name), or unknown (secbook then approximates). */
    categories: z.union([z.array(category).min(1), unknown]),
    /** Financial account / card numbers count only with the code that gives access to the account. */
    account_needs_code: z.union([z.boolean(), unknown]),
    grade,
  }),
  breach: z.strictObject({
    trigger: z.union([z.enum(['acquisition', 'access', 'access_or_acquisition', 'access_and_acquisition']), unknown]),
    /** Notice may be skipped on a finding that harm is not reasonably likely. */
    harm_test: z.union([z.boolean(), unknown]),
    /** What the law asks of a no-harm finding (written record, years kept, notice to the AG). */
    no_harm_record: z.union([
      z.strictObject({ written: z.boolean(), keep_years: z.number().int().positive().optional(), tell_regulator: z.boolean().optional() }),
      z.literal('none'),
      unknown,
    ]),
    grade,
  }),
  encryption: z.strictObject({
    safe_harbour: z.union([z.boolean(), unknown]),
    /** The safe harbour is lost when the key was compromised too. */
    key_compromise_voids: z.union([z.boolean(), unknown]),
    grade,
  }),
  residents: z.strictObject({ period: periodSchema, grade, citation: z.string().optional() }),
  law_enforcement_delay: z.union([z.boolean(), unknown]),
  regulator: z.union([
    z.strictObject({
      name: z.string().min(1),
      threshold: z.union([thresholdSchema, unknown]),
      period: periodSchema,
      /** How it is delivered (online form, written notice…). */
      form: z.string().optional(),
      grade,
      citation: z.string().optional(),
    }),
    z.literal('none'),
    unknown,
  ]),
  credit_bureaus: z.union([z.strictObject({ threshold: thresholdSchema, grade }), z.literal('none'), unknown]),
  content: z.strictObject({
    required: z.union([z.array(z.string().min(1)), unknown]),
    /** What the notice must NOT contain. */
    prohibited: z.union([z.array(z.string().min(1)), unknown]),
    grade,
  }),
  substitute_notice: z.union([z.string().min(1), unknown]),
  /** What a business that only maintains the data owes the owner. */
  maintainer: z.union([z.strictObject({ period: periodSchema, grade }), unknown]),
  /** Regimes whose compliance counts as compliance here (HIPAA, GLBA, a primary regulator's rules). */
  deemed_compliance: z.union([z.array(z.string().min(1)), unknown]),
  /** Extra facts a notice must reflect (e.g. free credit monitoring), in our words. */
  notes: z.array(z.string().min(1)).default([]),
});

export type StateLawInput = z.input<typeof stateLawSchema>;
export type StateLaw = z.output<typeof stateLawSchema>;

/** Every field left unknown, as dotted paths (for the docs, the matrix and the report). */
export function unknownFields(law: StateLaw): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (v === UNKNOWN) out.push(path);
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (o.kind === 'unknown') {
        out.push(path);
        return;
      }
      for (const [k, x] of Object.entries(o)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk(law, '');
  return out;
}

/** The law's overall grade: [P] when its resident deadline was read in the statute, else [S]. */
export function lawGrade(law: StateLaw): string {
  const groups = [law.residents.grade, law.personal_information.grade, law.breach.grade, law.encryption.grade];
  const mixed = new Set(groups).size > 1;
  return `[${law.residents.grade}]${mixed ? ' (mixed: see each field)' : ''}`;
}
