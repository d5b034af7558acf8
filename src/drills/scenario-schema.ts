/**
 * A tabletop-exercise scenario (`drills/*.yaml`): what the team learns minute by minute,
 * what to discuss, and which decisions the plan expects. Validated like checklists: every
 * problem is reported as `file:line:col`.
 */
import { z } from 'zod';
import { DATA_CATEGORIES, GDPR_RISKS, HIPAA_CONCLUSIONS, JURISDICTIONS, YES_NO_UNKNOWN } from '../incidents/incident-schema.js';

export const SCENARIO_FORMAT = 1;

/** Incident-response roles, each backed by the checklist's `ir.roles.<role>` contacts answer. */
export const IR_ROLES = ['incident_lead', 'technical_lead', 'communications', 'legal', 'privacy_officer', 'executive_sponsor'] as const;
export type IrRole = (typeof IR_ROLES)[number];

/** `incident_lead` → `ir.roles.incident-lead` */
export const roleItemId = (role: IrRole): string => `ir.roles.${role.replace(/_/g, '-')}`;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as leaked-smtp-credential' });
const role = z.enum(IR_ROLES, { error: `expected one of ${IR_ROLES.join(', ')}` });
const minute = z.number().int().nonnegative({ error: 'expected a whole number of minutes, 0 or more' });

const artefact = z.strictObject({
  kind: z.enum(['log', 'email', 'text'], { error: 'expected log, email or text' }),
  title: z.string().min(1),
  text: z.string().min(1),
});

const inject = z.strictObject({
  minute,
  title: z.string().min(1),
  /** What the team learns at this minute. */
  text: z.string().min(1),
  artefacts: z.array(artefact).optional(),
  questions: z.array(z.string().min(1)).optional(),
  /** Show the notice assessment (what the plan and the law say) at this inject. */
  decision_point: z.boolean().optional(),
});

const expected = z.strictObject({
  id,
  /** What the plan expects the team to decide, e.g. which notice, who calls whom. */
  text: z.string().min(1),
  owner: role,
  /** The decision is due this many minutes into the exercise (scenario time). */
  by_minute: minute.optional(),
  /** Checklist items the decision rests on (`ir.roles.legal`). */
  checklist_items: z.array(z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, { error: 'expected a checklist item id such as ir.roles.legal' })).optional(),
  /** Notice rule ids from `secbook incident assess` (gdpr-authority, ca-residents…). */
  notice_rules: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, { error: 'expected a notice rule id such as gdpr-authority' })).optional(),
});

/** Incident facts the notice assessment runs on; times are minutes into the exercise. */
const facts = z.strictObject({
  aware_minute: minute.optional(),
  discovered_minute: minute.optional(),
  determined_minute: minute.optional(),
  data_categories: z.array(z.enum(DATA_CATEGORIES)).optional(),
  phi: z.enum(YES_NO_UNKNOWN).optional(),
  encrypted: z.enum(YES_NO_UNKNOWN).optional(),
  key_compromised: z.enum(YES_NO_UNKNOWN).optional(),
  affected: z
    .partialRecord(
      z.enum(JURISDICTIONS, { error: 'expected EU, UK or a US state code such as CA' }),
      z.strictObject({ count: z.union([z.number().int().nonnegative(), z.literal('unknown')]), estimate: z.boolean().optional() }),
    )
    .optional(),
  gdpr_role: z.enum(['controller', 'processor']).optional(),
  hipaa_role: z.enum(['covered_entity', 'business_associate', 'none']).optional(),
  gdpr_risk: z.enum(GDPR_RISKS).optional(),
  hipaa_conclusion: z.enum(HIPAA_CONCLUSIONS).optional(),
});

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT, { error: `expected format: ${SCENARIO_FORMAT}` }),
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    /** The incident playbook (playbooks/<id>.yaml) whose first-hour steps the drill shows. */
    playbook: id.optional(),
    /** Value of the IR checklist's `ir.exercises.scenarios` answer this drill covers. */
    covers: z.string().optional(),
    objectives: z.array(z.string().min(1)).min(1, { error: 'list at least one objective' }),
    participants: z.array(role).min(1, { error: 'list at least one IR role' }),
    facts: facts.optional(),
    injects: z.array(inject).min(1, { error: 'a scenario needs at least one inject' }),
    /** Exercise minutes the drill lasts; the drill finishes when the clock reaches it (default: last inject + 15). */
    duration_minutes: z.number().int().positive().optional(),
    expected_decisions: z.array(expected).optional(),
  })
  .superRefine((s, ctx) => {
    const last = s.injects.at(-1)?.minute ?? 0;
    if (s.duration_minutes !== undefined && s.duration_minutes <= last) {
      ctx.addIssue({ code: 'custom', path: ['duration_minutes'], message: `must be after the last inject (minute ${last})`, input: s.duration_minutes });
    }
    s.injects.forEach((inj, i) => {
      const prev = s.injects[i - 1];
      if (prev && inj.minute < prev.minute) {
        ctx.addIssue({ code: 'custom', path: ['injects', i, 'minute'], message: `injects must be in time order (minute ${inj.minute} comes after minute ${prev.minute})`, input: inj.minute });
      }
    });
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type Inject = Scenario['injects'][number];
export type ExpectedDecision = NonNullable<Scenario['expected_decisions']>[number];
export type ScenarioFacts = NonNullable<Scenario['facts']>;

/** When the exercise clock ends the drill. */
export const endMinute = (s: Scenario): number => s.duration_minutes ?? (s.injects.at(-1)?.minute ?? 0) + 15;
