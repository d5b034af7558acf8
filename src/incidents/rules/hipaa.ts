/** HIPAA Breach Notification Rule, 45 CFR 164.400–414 [P]. */
import { US_STATES } from '../../domain/scope-fields.js';
import { hipaaRole, phiInvolved, residents, roleIs, threshold, totalAffected, unsecured, type Facts } from '../facts.js';
import type { Jurisdiction } from '../incident-schema.js';
import type { Factor, NoticeRule } from '../rule-types.js';

export const HIPAA_VERIFIED = '2026-11-29';

const CONTENT =
  'Content (164.404(c)): what happened, with the breach and discovery dates; the types of PHI involved; steps individuals should take; what you are doing to investigate, mitigate and prevent; contact procedures with a toll-free number and an email address, website or postal address. Plain language.';

/** The breach test shared by every HIPAA notice: PHI, unsecured, no exclusion, not low probability. */
function breachFactors(f: Facts): Factor[] {
  const risk = f.incident.risk?.hipaa;
  const exclusion: Factor = risk?.exclusion
    ? { value: 'no', reason: `excluded from the breach definition (164.402(1): ${risk.exclusion.replace(/_/g, ' ')})` }
    : { value: 'yes', reason: 'no 164.402(1) exclusion recorded' };
  const probability: Factor =
    risk?.conclusion === 'low_probability'
      ? { value: 'no', reason: 'the documented four-factor risk assessment shows a low probability of compromise (164.402(2)); keep it (164.414)' }
      : risk?.conclusion === 'not_low'
        ? { value: 'yes', reason: 'the risk assessment does not show a low probability of compromise' }
        : { value: 'yes', reason: 'presumed a breach: no documented risk assessment showing a low probability of compromise (164.402(2))' };
  const secured = unsecured(f);
  const unsecuredFactor: Factor = secured.value === 'no' ? { value: 'no', reason: 'secured PHI (encrypted per HHS guidance, key not compromised): no notice needed' } : secured;
  return [phiInvolved(f), unsecuredFactor, exclusion, probability];
}

const coveredEntity = (f: Facts): Factor =>
  roleIs(
    hipaaRole(f),
    'covered_entity',
    'role.hipaa',
    hipaaRole(f) === 'none' ? 'not a HIPAA covered entity or business associate' : 'you are a business associate: the covered entity notifies (you tell it, 164.410)',
  );

function anyAffected(f: Facts): Factor {
  const t = totalAffected(f);
  if (t.knownAtLeast > 0) return { value: 'yes', reason: `${t.knownAtLeast.toLocaleString('en-US')}${t.count === 'unknown' ? '+' : ''} people affected` };
  if (t.count === 'unknown') return { value: 'unknown', missing: 'affected' };
  return { value: 'no', reason: 'nobody recorded as affected' };
}

function hhsThreshold(f: Facts, contemporaneous: boolean): Factor {
  const t = totalAffected(f);
  const est = t.estimate ? ' (includes estimates)' : '';
  if (t.knownAtLeast >= 500) {
    const why = `${t.knownAtLeast.toLocaleString('en-US')}${t.count === 'unknown' ? '+' : ''} people affected in total${est}: 500 or more`;
    return contemporaneous ? { value: 'yes', reason: why } : { value: 'no', reason: `${why}, so HHS is told with the individual notices instead` };
  }
  if (t.count === 'unknown') return { value: 'unknown', missing: 'affected (total count: 500 or more?)' };
  const why = `${t.count.toLocaleString('en-US')} people affected in total${est}: fewer than 500`;
  return contemporaneous ? { value: 'no', reason: `${why}, so the breach goes in the annual log instead` } : { value: 'yes', reason: why };
}

const base = { regulation: 'HIPAA', source: 'primary', last_verified: HIPAA_VERIFIED, jurisdiction: 'US' } as const;

export const HIPAA_RULES: NoticeRule[] = [
  {
    ...base,
    id: 'hipaa-individuals',
    citation: '45 CFR 164.404',
    audience: 'individuals',
    title: 'Notify each individual whose unsecured PHI was breached',
    clock: { kind: 'days', trigger: 'discovery', days: 60 },
    law_enforcement_delay: 'hipaa',
    email: true,
    template: 'hipaa-individuals',
    notes: [
      'Without unreasonable delay — 60 days is an outer limit, not a safe harbour.',
      CONTENT,
      'First-class mail, or email if the person agreed to electronic notice. 10 or more unreachable people: substitute notice (home-page posting for 90 days or major media) plus a toll-free number active for at least 90 days.',
    ],
    factors: (f) => [coveredEntity(f), ...breachFactors(f), anyAffected(f)],
  },
  {
    ...base,
    id: 'hipaa-hhs',
    citation: '45 CFR 164.408(b)',
    audience: 'hhs',
    title: 'Notify the HHS Secretary (500 or more affected)',
    clock: { kind: 'days', trigger: 'discovery', days: 60 },
    law_enforcement_delay: 'hipaa',
    email: false,
    template: 'hhs',
    notes: ['At the same time as the individual notices (deadline shown is the latest that can be); submitted through the HHS breach portal.'],
    factors: (f) => [coveredEntity(f), ...breachFactors(f), hhsThreshold(f, true)],
  },
  {
    ...base,
    id: 'hipaa-hhs-log',
    citation: '45 CFR 164.408(c)',
    audience: 'hhs',
    title: 'Log the breach and submit it to HHS after the year ends (fewer than 500 affected)',
    clock: { kind: 'days', trigger: 'end_of_calendar_year', days: 60 },
    law_enforcement_delay: 'hipaa',
    email: false,
    template: 'hhs',
    notes: ['Within 60 days after the end of the calendar year of discovery: 1 March, or 29 February in a leap year.'],
    factors: (f) => [coveredEntity(f), ...breachFactors(f), hhsThreshold(f, false)],
  },
  {
    ...base,
    id: 'hipaa-covered-entity',
    citation: '45 CFR 164.410',
    audience: 'covered_entity',
    title: 'Tell the covered entity (you are its business associate)',
    clock: { kind: 'days', trigger: 'discovery', days: 60 },
    law_enforcement_delay: 'hipaa',
    email: true,
    template: 'covered-entity',
    notes: ['Without unreasonable delay; identify each affected individual and give the facts the covered entity needs for its own notices.'],
    factors: (f) => [
      roleIs(hipaaRole(f), 'business_associate', 'role.hipaa', hipaaRole(f) === 'none' ? 'not a HIPAA business associate' : 'you are the covered entity: you notify individuals yourself'),
      ...breachFactors(f),
      anyAffected(f),
    ],
  },
];

/** Media notice per state with more than 500 residents affected (164.406). */
export function hipaaMediaRule(state: Jurisdiction | undefined): NoticeRule {
  const where = state ?? 'each state';
  return {
    ...base,
    jurisdiction: state ?? 'US',
    id: state ? `hipaa-media-${state}` : 'hipaa-media',
    citation: '45 CFR 164.406',
    audience: 'media',
    title: `Notify prominent media outlets serving ${where} (more than 500 residents)`,
    clock: { kind: 'days', trigger: 'discovery', days: 60 },
    law_enforcement_delay: 'hipaa',
    email: true,
    template: 'hipaa-individuals',
    notes: ['Counted per state or jurisdiction: "more than 500", so exactly 500 is not enough.', CONTENT],
    factors: (f) => [coveredEntity(f), ...breachFactors(f), state ? threshold(f, state, 'more_than', 500) : { value: 'unknown', missing: 'affected (residents per state)' }],
  };
}

/** One media rule per US state with residents recorded (or one unknown rule when counts are missing). */
export function hipaaMediaRules(f: Facts): NoticeRule[] {
  if (!f.incident.affected) return [hipaaMediaRule(undefined)];
  return US_STATES.filter((s) => residents(f, s).count !== 0).map((s) => hipaaMediaRule(s));
}
