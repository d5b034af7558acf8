/**
 * The checklist file format (`checklists/*.yaml`), as a zod schema. See docs/file-formats.md,
 * "Checklists". Structural rules that span items (unique ids, links that resolve)
 * are checked in `check-checklists.ts`, where every checklist is known.
 */
import { z } from 'zod';
import { ANSWER_TYPES } from './answer.js';
import { checkCondition, type Condition } from './condition.js';
import { REVIEW_KINDS } from './review-interval.js';

const reviewKind = z.enum(REVIEW_KINDS, { error: `expected a review kind: ${REVIEW_KINDS.join(', ')}` });
const days = z.number({ error: 'expected a number of days' }).int({ error: 'expected a whole number of days' }).positive({ error: 'expected a positive number of days' });

export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const id = z.string({ error: 'expected an id (lower-case letters, digits, dots and dashes)' }).regex(ID_PATTERN, {
  error: 'expected an id of lower-case letters, digits, dots and dashes, like "email.spf.record"',
});
const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/**
 * Citations a `refs` entry may use: `RFC 7208 §4.6.4`, `GDPR Art. 33(1)`, `45 CFR 164.404(b)`,
 * `Cal. Civ. Code 1798.82(d)`, `NIST SP 800-61r3`, `OWASP Top 10 A03:2021`, `CWE-93`…
 */
export const REF_PATTERNS: readonly RegExp[] = [
  /^RFC \d{3,5}( §\d+(\.\d+)*)?$/,
  /^(UK )?GDPR (Arts?\. \d+[A-Z]?(\(\d+\))?(\([a-z]\))?([–-]\d+(\(\d+\))?)?|Chapter [IVX]+|Recital \d+)$/,
  // The ePrivacy Directive (2002/58/EC) and the UK's PECR and DPA 2018 (as amended by the DUAA 2025).
  /^(ePrivacy Directive Art\. \d+(\(\d+\))?|PECR reg\. \d+|UK DPA 2018 s\. \d+[A-Z]?)$/,
  /^45 CFR \d+\.\d+(\([a-zA-Z0-9]+\))*([–-]\d+)?$/,
  /^Cal\. Civ\. Code 1798\.\d+(\.\d+)?(\([a-z0-9]+\))*$/,
  /^Cal\. Code Regs\. tit\. 11 § ?\d+(\([a-z0-9]+\))*$/,
  /^NIST (SP|CSF|IR) .+$/,
  /^OWASP .+$/,
  /^CWE-\d+$/,
  /^(HHS|ICO|EDPB|CISA|M3AAWG|ISO\/IEC|PCI DSS|CIS|FTC|SOC 2) .+$/,
  /^(Colo\. Rev\. Stat\.|Fla\. Stat\.|Tex\. Bus\. & Com\. Code|N\.Y\. Gen\. Bus\. Law|RCW) .+$/,
  /^draft-[a-z0-9-]+$/,
  /^(Google|Yahoo|Microsoft) .+$/,
];

export function isWellFormedRef(ref: string): boolean {
  return REF_PATTERNS.some((re) => re.test(ref));
}

/** Placeholders a `statement:` may use. */
export const STATEMENT_PLACEHOLDERS: readonly string[] = ['org', 'value'];

const condition = z.custom<Condition>().superRefine((value, ctx) => {
  for (const p of checkCondition(value)) {
    ctx.addIssue({ code: 'custom', message: p.message, path: p.path, input: value });
  }
});

const choice = z.union([
  text,
  z.strictObject({ value: id, label: text }),
]);

export const itemSchema = z
  .strictObject({
    id,
    question: text,
    guidance: z.strictObject({ why: text, how: text, verify: text }, { error: 'expected guidance with why, how and verify' }),
    weight: z
      .number({ error: 'expected a number from 1 to 5' })
      .int({ error: 'expected a whole number from 1 to 5' })
      .min(1, { error: 'expected a number from 1 to 5' })
      .max(5, { error: 'expected a number from 1 to 5' }),
    refs: z
      .array(
        z.string().refine(isWellFormedRef, {
          error: 'expected a citation like "RFC 7208 §4.6.4", "GDPR Art. 33(1)" or "45 CFR 164.404(b)"',
        }),
      ).min(1, {
      error: 'expected at least one reference (RFC section, article, CFR section, guideline)',
    }),
    type: z.enum(ANSWER_TYPES, { error: `expected an answer type: ${ANSWER_TYPES.join(', ')}` }).default('status'),
    choices: z.array(choice).min(2).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
    when: condition.optional(),
    /** Items elsewhere that mean the same thing: answering one satisfies the other. */
    links: z.array(id).optional(),
    /** Ids this item had in earlier releases, so old answers follow it. */
    previous_ids: z.array(id).optional(),
    /** Free labels documents use to pick items (e.g. `doc:retention`, `doc:vendor`). */
    tags: z.array(z.string().regex(/^[a-z0-9:_-]+$/)).optional(),
    /** `secbook check` fails while a required item is unanswered. */
    required: z.boolean().optional(),
    /** Short imperative phrasing used in policy documents ("We publish an SPF record…"). */
    policy: text.optional(),
    /**
     * The sentence policy documents state when the item is done, in the third person about
     * the organisation ("{org} must publish…"). Placeholders: `{org}` (legal name) and
     * `{value}` (the answer in words, for text/choice/number/date/contacts items). A document
     * that uses an item without one refuses to build.
     */
    statement: text
      .refine((s) => [...s.matchAll(/\{([^}]*)\}/g)].every((m) => STATEMENT_PLACEHOLDERS.includes(m[1] ?? '')), {
        error: 'expected only the placeholders {org} and {value}',
      })
      .optional(),
    /** What kind of evidence the answer rests on, which sets how often a review re-asks it. */
    review_kind: reviewKind.optional(),
  })
  .superRefine((item, ctx) => {
    const needsChoices = item.type === 'choice' || item.type === 'multi';
    if (needsChoices && !item.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `a "${item.type}" item needs choices`, input: item });
    }
    if (!needsChoices && item.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `choices only apply to choice and multi items`, input: item });
    }
  });

export const sectionSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  when: condition.optional(),
  /** Review kind for every item of the section that does not name its own. */
  review_kind: reviewKind.optional(),
  items: z.array(itemSchema).min(1, { error: 'a section needs at least one item' }),
});

export const checklistSchema = z.strictObject({
  id,
  title: text,
  version: z.union([z.string(), z.number()]).transform(String),
  description: text.optional(),
  /** The framework this checklist belongs to, if any (used by status and documents). */
  framework: z.enum(['gdpr', 'uk_gdpr', 'ccpa', 'hipaa']).optional(),
  when: condition.optional(),
  /** Days between re-confirmations per review kind, for this checklist's items. */
  review_intervals: z.partialRecord(reviewKind, days).optional(),
  sections: z.array(sectionSchema).min(1, { error: 'a checklist needs at least one section' }),
});

export type ChecklistInput = z.input<typeof checklistSchema>;
export type Checklist = z.output<typeof checklistSchema>;
export type Section = Checklist['sections'][number];
export type Item = Section['items'][number];
