/**
 * Incident playbooks (`playbooks/*.yaml`): what the response team does in the first hour of
 * one kind of incident, who does it, and which notices may follow. The IR plan prints them;
 * incidents and drills can start their checklist from `first_hour`.
 */
import { z } from 'zod';
import { ID_PATTERN } from './checklist-schema.js';

/** The incident-response roles of the IR checklist (`ir.roles.<role>`). */
export const IR_ROLES = ['incident-lead', 'technical-lead', 'communications', 'legal', 'privacy-officer', 'executive-sponsor'] as const;
export type IrRole = (typeof IR_ROLES)[number];

export const IR_ROLE_NAMES: Record<IrRole, string> = {
  'incident-lead': 'Incident lead',
  'technical-lead': 'Technical lead',
  communications: 'Communications lead',
  legal: 'Legal lead',
  'privacy-officer': 'Privacy officer',
  'executive-sponsor': 'Executive sponsor',
};

/** Laws (or contracts) a notice may fall under; the plan shows those in scope. */
export const NOTICE_BASES = ['gdpr', 'uk_gdpr', 'ccpa', 'hipaa', 'us_states', 'contract'] as const;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

export const playbookSchema = z.strictObject({
  id: z.string({ error: 'expected an id' }).regex(ID_PATTERN, { error: 'expected an id of lower-case letters, digits, dots and dashes' }),
  title: text,
  /** What the incident looks like when it starts. */
  signs: z.array(text).min(1, { error: 'expected at least one sign' }),
  /** The severity to assume until triage says otherwise (1 = most severe). */
  severity: z.number({ error: 'expected a severity from 1 to 4' }).int().min(1).max(4),
  first_hour: z
    .array(z.strictObject({ step: text, role: z.enum(IR_ROLES, { error: `expected a role: ${IR_ROLES.join(', ')}` }) }))
    .min(1, { error: 'expected at least one first-hour step' }),
  /** Containment, eradication and recovery after the first hour. */
  after: z.array(text).default([]),
  notices: z
    .array(z.strictObject({ basis: z.enum(NOTICE_BASES, { error: `expected one of: ${NOTICE_BASES.join(', ')}` }), when: text }))
    .default([]),
});

export type Playbook = z.output<typeof playbookSchema>;
