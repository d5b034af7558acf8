/**
 * US state breach laws with fixed deadlines. California's 30-day rule is from the statute
 * text [P]; the rest is from secondary summaries [S] (each rule names its source and
 * grade; verify before relying). A state without an entry here is reported as unknown.
 */
import { US_STATES } from '../../domain/scope-fields.js';
import { idNumbersExposed, residents, statePersonalInfo, threshold, unsecured, type Facts } from '../facts.js';
import type { Jurisdiction } from '../incident-schema.js';
import type { Audience, Clock, Factor, NoticeRule, Source } from '../rule-types.js';

export const STATES_VERIFIED = '2026-11-29';

type State = (typeof US_STATES)[number];

interface Threshold {
  op: 'more_than' | 'at_least';
  n: number;
}

/** One state's law as data. */
export interface StateLaw {
  state: State;
  name: string;
  statute: string;
  residents: { clock: Clock; source: Source; notes?: string[] };
  regulator?: { name: string; audience: Audience; threshold?: Threshold; clock: Clock; source: Source; citation?: string; notes?: string[] };
  creditBureaus?: { threshold: Threshold; source: Source };
  /** A business that only maintains the data notifies the owner (California 1798.82(b)); `clock` defaults to "immediately". */
  maintainer?: { citation: string; source: Source; clock?: Clock };
}

const NO_FIXED = 'without unreasonable delay (no fixed deadline in secbook\'s notes)';

export const STATE_LAWS: StateLaw[] = [
  {
    state: 'CA',
    name: 'California',
    statute: 'Cal. Civ. Code 1798.82',
    residents: {
      clock: { kind: 'days', trigger: 'discovery', days: 30 },
      source: 'primary',
      notes: [
        'Within 30 calendar days of discovery or notification (SB 446, in force 1 Jan 2026); a delay is allowed for law enforcement or to determine scope and restore the system.',
        'Form (1798.82(d)): title "Notice of Data Breach"; headings What Happened / What Information Was Involved / What We Are Doing / What You Can Do / For More Information; plain language; at least 10-point type.',
        'Content [S]: business name and contact; types of personal information; date, estimated date or range of the breach and the date of the notice; whether law enforcement delayed it; a general description.',
      ],
    },
    regulator: {
      name: 'California Attorney General',
      audience: 'state_attorney_general',
      threshold: { op: 'more_than', n: 500 },
      clock: { kind: 'days', trigger: 'consumer_notice', days: 15, after: 'ca-residents' },
      source: 'secondary',
      citation: 'Cal. Civ. Code 1798.82(f)',
      notes: ['Submit one sample copy of the consumer notice (PDF), excluding personal information; samples are published.'],
    },
    maintainer: { citation: 'Cal. Civ. Code 1798.82(b)', source: 'primary' },
  },
  {
    state: 'CO',
    name: 'Colorado',
    statute: 'C.R.S. 6-1-716',
    residents: { clock: { kind: 'days', trigger: 'determination', days: 30 }, source: 'secondary' },
    regulator: { name: 'Colorado Attorney General', audience: 'state_attorney_general', threshold: { op: 'at_least', n: 500 }, clock: { kind: 'days', trigger: 'determination', days: 30 }, source: 'secondary' },
    creditBureaus: { threshold: { op: 'more_than', n: 1000 }, source: 'secondary' },
  },
  {
    state: 'FL',
    name: 'Florida',
    statute: 'Fla. Stat. 501.171',
    residents: {
      clock: { kind: 'days', trigger: 'determination', days: 30 },
      source: 'secondary',
      notes: ['Up to 15 more days for good cause if the Department of Legal Affairs is told in writing within the 30 days (not added to the deadline shown).'],
    },
    regulator: { name: 'Florida Department of Legal Affairs', audience: 'state_regulator', threshold: { op: 'at_least', n: 500 }, clock: { kind: 'days', trigger: 'determination', days: 30 }, source: 'secondary' },
    creditBureaus: { threshold: { op: 'more_than', n: 1000 }, source: 'secondary' },
  },
  {
    state: 'TX',
    name: 'Texas',
    statute: 'Tex. Bus. & Com. Code 521.053',
    residents: { clock: { kind: 'days', trigger: 'determination', days: 60 }, source: 'secondary' },
    regulator: { name: 'Texas Attorney General', audience: 'state_attorney_general', threshold: { op: 'at_least', n: 250 }, clock: { kind: 'days', trigger: 'determination', days: 30 }, source: 'secondary' },
    creditBureaus: { threshold: { op: 'more_than', n: 10000 }, source: 'secondary' },
  },
  {
    state: 'NY',
    name: 'New York',
    statute: 'N.Y. Gen. Bus. Law 899-aa',
    // As amended by S2659B (signed and in force 21 December 2024) and the 2025 chapter
    // amendment that limits the DFS notice to DFS covered entities. Secondary summaries read
    // 2026-12-02: shrm.org, alstonprivacy.com, mcdonaldhopkins.com, infobytes.orrick.com.
    residents: {
      clock: { kind: 'days', trigger: 'discovery', days: 30 },
      source: 'secondary',
      notes: ['30 days after discovery since 21 December 2024 (S2659B). Only the legitimate needs of law enforcement may delay it; the old allowance for determining the scope and restoring the system was removed.'],
    },
    regulator: {
      name: 'New York Attorney General, Department of State and Division of State Police (and the Department of Financial Services if you are a DFS covered entity)',
      audience: 'state_attorney_general',
      clock: { kind: 'none', trigger: 'discovery', text: 'whenever any New York resident is notified: tell them the timing, content and distribution of the notices and the approximate number affected, without delaying the residents\' notice' },
      source: 'secondary',
      citation: 'N.Y. Gen. Bus. Law 899-aa(8)',
      notes: ['DFS covered entities (23 NYCRR 500.1) also report to DFS under 23 NYCRR 500.17, within 72 hours of determining a cybersecurity event.'],
    },
    creditBureaus: { threshold: { op: 'more_than', n: 5000 }, source: 'secondary' },
    maintainer: { citation: 'N.Y. Gen. Bus. Law 899-aa (maintainer notice)', source: 'secondary', clock: { kind: 'days', trigger: 'discovery', days: 30 } },
  },
  {
    state: 'WA',
    name: 'Washington',
    statute: 'RCW 19.255.010',
    residents: { clock: { kind: 'days', trigger: 'discovery', days: 30 }, source: 'secondary' },
    regulator: { name: 'Washington Attorney General', audience: 'state_attorney_general', threshold: { op: 'more_than', n: 500 }, clock: { kind: 'days', trigger: 'discovery', days: 30 }, source: 'secondary' },
  },
];

function ownerRole(f: Facts, state: string): Factor {
  const role = f.incident.role?.us_state;
  if (role === undefined) return { value: 'unknown', missing: 'role.us_state (owner or maintainer of the data)' };
  return role === 'owner'
    ? { value: 'yes', reason: 'you own or license the data' }
    : { value: 'no', reason: `you only maintain the data: the owner notifies ${state} residents (tell the owner)` };
}

/** The breach test of a state law: residents affected, personal information, not safely encrypted. */
function breachFactors(f: Facts, j: Jurisdiction): Factor[] {
  return [threshold(f, j, 'any'), statePersonalInfo(f), unsecured(f)];
}

function caContent(f: Facts): string[] {
  const ids = idNumbersExposed(f);
  if (ids === undefined) return ['Unknown whether Social Security, driver\'s licence or California ID numbers were exposed (data_categories): if so, add the credit bureaus\' toll-free numbers and addresses and offer identity-theft prevention services.'];
  if (!ids) return [];
  return [
    'Social Security, driver\'s licence or ID numbers exposed: include the toll-free numbers and addresses of the major credit bureaus [S].',
    'If you were the source of the breach: offer identity-theft prevention and mitigation services at no cost for at least 12 months [S].',
  ];
}

/** The notices one state law may require. */
export function stateRules(law: StateLaw): NoticeRule[] {
  const s = law.state;
  const lower = s.toLowerCase();
  const base = { jurisdiction: s, regulation: `${law.name} breach law`, last_verified: STATES_VERIFIED } as const;
  const rules: NoticeRule[] = [
    {
      ...base,
      id: `${lower}-residents`,
      citation: law.statute,
      audience: 'individuals',
      title: `Notify affected ${law.name} residents`,
      source: law.residents.source,
      clock: law.residents.clock,
      law_enforcement_delay: 'state',
      email: true,
      template: s === 'CA' ? 'ca-residents' : 'state-residents',
      notes: law.residents.notes,
      factors: (f) => [...breachFactors(f, s), ownerRole(f, law.name)],
      contentNotes: s === 'CA' ? caContent : undefined,
    },
  ];
  const reg = law.regulator;
  if (reg) {
    rules.push({
      ...base,
      id: `${lower}-regulator`,
      citation: reg.citation ?? law.statute,
      audience: reg.audience,
      title: `Notify the ${reg.name}`,
      source: reg.source,
      clock: reg.clock,
      law_enforcement_delay: 'state',
      email: true,
      template: 'regulator',
      notes: reg.notes,
      factors: (f) => [...breachFactors(f, s), ownerRole(f, law.name), ...(reg.threshold ? [threshold(f, s, reg.threshold.op, reg.threshold.n)] : [])],
    });
  }
  const cb = law.creditBureaus;
  if (cb) {
    rules.push({
      ...base,
      id: `${lower}-credit-bureaus`,
      citation: law.statute,
      audience: 'credit_bureaus',
      title: 'Notify the nationwide consumer reporting agencies',
      source: cb.source,
      clock: { kind: 'none', trigger: 'discovery', text: NO_FIXED },
      email: true,
      template: 'regulator',
      factors: (f) => [...breachFactors(f, s), ownerRole(f, law.name), threshold(f, s, cb.threshold.op, cb.threshold.n)],
    });
  }
  const m = law.maintainer;
  if (m) {
    rules.push({
      ...base,
      id: `${lower}-data-owner`,
      citation: m.citation,
      audience: 'data_owner',
      title: 'Tell the owner or licensee of the data (you maintain it)',
      source: m.source,
      clock: m.clock ?? { kind: 'none', trigger: 'discovery', text: 'immediately following discovery' },
      email: true,
      template: 'controller',
      factors: (f) => {
        const role = f.incident.role?.us_state;
        const r: Factor =
          role === undefined
            ? { value: 'unknown', missing: 'role.us_state (owner or maintainer of the data)' }
            : role === 'maintainer'
              ? { value: 'yes', reason: 'you maintain data you do not own' }
              : { value: 'no', reason: 'you own or license the data: you notify residents yourself' };
        return [...breachFactors(f, s), r];
      },
    });
  }
  return rules;
}

/** A state with residents affected but no rule in secbook: always unknown. */
export function unknownStateRule(state: State): NoticeRule {
  return {
    id: `${state.toLowerCase()}-residents`,
    jurisdiction: state,
    regulation: `${state} breach law`,
    citation: `${state} breach-notification statute (not in secbook)`,
    audience: 'individuals',
    title: `Notify affected ${state} residents (secbook has no rule for ${state})`,
    source: 'unverified',
    last_verified: STATES_VERIFIED,
    clock: { kind: 'none', trigger: 'discovery', text: `unknown: secbook has no rule for ${state}` },
    email: true,
    template: 'state-residents',
    factors: (f) => [...breachFactors(f, state), { value: 'unknown', missing: `${state}'s own rule (secbook has none: check the statute with counsel)` }],
  };
}

/** The state rules to consider: states with residents recorded (all named states when counts are missing). */
export function stateRulesFor(f: Facts): NoticeRule[] {
  const out: NoticeRule[] = [];
  const known = new Set(STATE_LAWS.map((l) => l.state));
  for (const law of STATE_LAWS) {
    if (residents(f, law.state).count !== 0) out.push(...stateRules(law));
  }
  for (const s of US_STATES) {
    if (!known.has(s) && f.incident.affected?.[s] && residents(f, s).count !== 0) out.push(unknownStateRule(s));
  }
  return out;
}
