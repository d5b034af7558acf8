/**
 * US state and territory breach laws, turned from data (rules/us/*.ts, validated with zod)
 * into notice rules. One jurisdiction's facts are graded per group ([P] statute text,
 * [S] secondary summary); a fact left `unknown` in the data becomes an `unknown` decision or
 * a note "unknown — check <statute>", never a guess.
 */
import { US_STATES } from '../../domain/scope-fields.js';
import { residents, statePersonalInfo, threshold, type Facts } from '../facts.js';
import type { Jurisdiction } from '../incident-schema.js';
import type { Clock, Factor, NoticeRule, Source } from '../rule-types.js';
import { US_LAWS } from './us/index.js';
import { UNKNOWN, unknownFields, type Grade, type LawThreshold, type Period, type StateLaw } from './us/schema.js';

export { US_LAWS as STATE_LAWS };
export type { StateLaw };

const SOURCE: Record<Grade, Source> = { P: 'primary', S: 'secondary' };
const sourceOf = (g: Grade, p?: Period): Source => (p?.kind === 'unknown' ? 'unverified' : SOURCE[g]);

/** The law's period as a deadline clock. */
export function periodClock(p: Period, law: StateLaw): Clock {
  switch (p.kind) {
    case 'days':
      return { kind: 'days', trigger: p.from, days: p.days };
    case 'hours':
      return { kind: 'hours', trigger: 'discovery', hours: p.hours };
    case 'after_residents':
      return p.business
        ? { kind: 'business_days', trigger: 'consumer_notice', days: p.days, zone: 'America/Chicago', after: `${law.code.toLowerCase()}-residents` }
        : { kind: 'days', trigger: 'consumer_notice', days: p.days, after: `${law.code.toLowerCase()}-residents` };
    case 'expedient':
      return { kind: 'none', trigger: 'discovery', text: p.text };
    case 'with_residents':
      return { kind: 'none', trigger: 'discovery', text: 'no later than the notice to residents' };
    case 'unknown':
      return { kind: 'none', trigger: 'discovery', text: `unknown — check ${law.statute}` };
  }
}

/** The state-law role: the incident's own answer, else the workbook default (scope.us_state_role). */
export function usStateRole(f: Facts): 'owner' | 'maintainer' | undefined {
  return f.incident.role?.us_state ?? f.workbook?.scope.us_state_role;
}

const ROLE_MISSING = 'role.us_state (owner or maintainer of the data; or set scope.us_state_role in the workbook)';

function ownerRole(f: Facts, law: StateLaw): Factor {
  const role = usStateRole(f);
  if (role === undefined) return { value: 'unknown', missing: ROLE_MISSING };
  if (role === 'owner') return { value: 'yes', reason: 'you own or license the data' };
  const when = law.maintainer === UNKNOWN ? ` (the statute's deadline for that is unknown — check ${law.statute})` : '';
  return { value: 'no', reason: `you only maintain the data: the owner notifies ${law.name} residents (tell the owner${when})` };
}

const ACCOUNT = new Set(['financial_account', 'payment_card']);

/** Personal information as this jurisdiction defines it (falls back to secbook's approximation). */
export function lawPersonalInfo(f: Facts, law: StateLaw): Factor {
  const pi = law.personal_information;
  if (!law.researched) return { value: 'unknown', missing: `whether this is personal information under ${law.name}'s law (secbook has not verified that law — check the statute)` };
  if (pi.categories === UNKNOWN) return statePersonalInfo(f);
  const c = f.incident.data_categories;
  if (c === undefined) return { value: 'unknown', missing: 'data_categories' };
  let hit = c.filter((x) => (pi.categories as string[]).includes(x));
  const accounts = hit.filter((x) => ACCOUNT.has(x));
  const others = hit.filter((x) => !ACCOUNT.has(x));
  if (accounts.length > 0 && others.length === 0 && !c.includes('account_access_code')) {
    if (pi.account_needs_code === true) {
      return { value: 'no', reason: `account or card numbers without the code that opens the account are not personal information under ${law.statute} (access-code condition: record account_access_code if it leaked too)` };
    }
    if (pi.account_needs_code === UNKNOWN) {
      return { value: 'unknown', missing: `data_categories: whether ${law.statute} needs the access code with an account number is unknown — check the statute` };
    }
  }
  hit = [...others, ...accounts];
  if (hit.length > 0) return { value: 'yes', reason: `personal information under ${law.statute} (${hit.join(', ')})` };
  if (c.includes('other')) return { value: 'unknown', missing: `data_categories ("other" data: is it personal information under ${law.statute}?)` };
  return { value: 'no', reason: `none of the listed categories (${c.join(', ') || 'none'}) is personal information under ${law.statute}: ${pi.text}` };
}

/** The encryption safe harbour as this law states it. */
export function lawUnsecured(f: Facts, law: StateLaw): Factor {
  const { encrypted, key_compromised: key } = f.incident;
  const e = law.encryption;
  if (encrypted === undefined || encrypted === 'unknown') return { value: 'unknown', missing: 'encrypted' };
  if (encrypted === 'no') return { value: 'yes', reason: 'the data was not encrypted' };
  if (e.safe_harbour === false) return { value: 'yes', reason: `${law.statute} has no encryption safe harbour` };
  if (e.safe_harbour === UNKNOWN) return { value: 'unknown', missing: `encrypted data: whether ${law.statute} exempts it is unknown — check the statute` };
  if (key === 'no') return { value: 'no', reason: 'encrypted and the key was not compromised (encryption safe harbour)' };
  if (key === 'yes') {
    if (e.key_compromise_voids === true) return { value: 'yes', reason: 'encrypted, but the key was compromised (the safe harbour is lost)' };
    if (e.key_compromise_voids === UNKNOWN) return { value: 'unknown', missing: `key_compromised: whether a compromised key voids ${law.statute}'s safe harbour is unknown — check the statute` };
    return { value: 'no', reason: `encrypted; ${law.statute} keeps the safe harbour even with the key` };
  }
  return { value: 'unknown', missing: 'key_compromised' };
}

/** The risk-of-harm test and what a no-harm finding needs. */
export function lawHarm(f: Facts, law: StateLaw): Factor {
  const b = law.breach;
  const harm = f.incident.risk?.us_state_harm;
  if (b.harm_test === false) return { value: 'yes', reason: `${law.statute} has no risk-of-harm exception` };
  if (b.harm_test === UNKNOWN) {
    return harm === 'unlikely'
      ? { value: 'unknown', missing: `risk.us_state_harm: whether ${law.statute} lets a no-harm finding excuse notice is unknown — check the statute` }
      : { value: 'yes', reason: 'no finding that harm is unlikely recorded' };
  }
  if (harm !== 'unlikely') {
    return harm === 'likely'
      ? { value: 'yes', reason: 'harm or misuse is reasonably likely (risk.us_state_harm)' }
      : { value: 'yes', reason: `notice is due unless you find harm is not reasonably likely (${law.statute}); no such finding recorded (risk.us_state_harm)` };
  }
  const rec = b.no_harm_record;
  if (rec === 'none') return { value: 'no', reason: `no-harm finding recorded: ${law.statute} excuses notice when harm is not reasonably likely` };
  if (rec === UNKNOWN) return { value: 'unknown', missing: `risk.us_state_harm: what ${law.statute} asks of a no-harm finding is unknown — check the statute` };
  const needs = [rec.written ? 'in writing' : '', rec.keep_years ? `kept ${rec.keep_years} years` : '', rec.tell_regulator ? 'with written notice to the regulator' : ''].filter(Boolean).join(', ');
  if (f.incident.risk?.us_state_no_harm_documented === true) {
    return { value: 'no', reason: `no-harm finding documented (${law.statute}: ${needs})` };
  }
  return { value: 'unknown', missing: `risk.us_state_no_harm_documented (${law.statute} needs the no-harm finding ${needs})` };
}

function thresholdFactor(f: Facts, j: Jurisdiction, t: LawThreshold | typeof UNKNOWN, law: StateLaw, who: string): Factor {
  if (t === UNKNOWN) return { value: 'unknown', missing: `the ${who} threshold in ${law.statute} (unknown — check the statute)` };
  return t === 'any' ? threshold(f, j, 'any') : threshold(f, j, t.op, t.n);
}

/** Notes every notice of a jurisdiction carries: content, prohibitions, unknowns. */
function residentNotes(law: StateLaw): string[] {
  const notes = [...law.notes];
  const c = law.content;
  const g = `[${c.grade}]`;
  if (c.required !== UNKNOWN && c.required.length > 0) notes.push(`Required content ${g}: ${c.required.join('; ')}.`);
  if (c.prohibited !== UNKNOWN && c.prohibited.length > 0) notes.push(`Must NOT contain ${g}: ${c.prohibited.join('; ')}.`);
  if (law.substitute_notice !== UNKNOWN) notes.push(`Substitute notice: ${law.substitute_notice}`);
  if (law.deemed_compliance !== UNKNOWN && law.deemed_compliance.length > 0) notes.push(`Deemed compliance: ${law.deemed_compliance.join('; ')}.`);
  const unknown = unknownFields(law);
  if (unknown.length > 0) notes.push(`Unknown in secbook's data — check ${law.statute}: ${unknown.join(', ')}.`);
  return notes;
}

/** The notices one jurisdiction's law may require. */
export function stateRules(law: StateLaw): NoticeRule[] {
  const s = law.code;
  const lower = s.toLowerCase();
  const base = { jurisdiction: s, regulation: `${law.name} breach law`, last_verified: law.last_verified } as const;
  const breach = (f: Facts): Factor[] => [threshold(f, s, 'any'), lawPersonalInfo(f, law), lawUnsecured(f, law), lawHarm(f, law)];
  const rules: NoticeRule[] = [
    {
      ...base,
      id: `${lower}-residents`,
      citation: law.residents.citation ?? law.statute,
      audience: 'individuals',
      title: `Notify affected ${law.name} residents`,
      source: sourceOf(law.residents.grade, law.residents.period),
      clock: periodClock(law.residents.period, law),
      law_enforcement_delay: 'state',
      email: true,
      template: s === 'CA' ? 'ca-residents' : 'state-residents',
      notes: residentNotes(law),
      factors: (f) => [...breach(f), ownerRole(f, law)],
    },
  ];
  const reg = law.regulator;
  if (reg === UNKNOWN) {
    rules.push({
      ...base,
      id: `${lower}-regulator`,
      citation: law.statute,
      audience: 'state_regulator',
      title: `Notify a ${law.name} regulator (unknown whether the law requires it)`,
      source: 'unverified',
      clock: { kind: 'none', trigger: 'discovery', text: `unknown — check ${law.statute}` },
      email: true,
      template: 'regulator',
      factors: (f) => [...breach(f), ownerRole(f, law), { value: 'unknown', missing: `whether ${law.statute} requires notice to a regulator (unknown — check the statute)` }],
    });
  } else if (reg !== 'none') {
    rules.push({
      ...base,
      id: `${lower}-regulator`,
      citation: reg.citation ?? law.statute,
      audience: /attorney general/i.test(reg.name) ? 'state_attorney_general' : 'state_regulator',
      title: `Notify the ${reg.name}`,
      source: sourceOf(reg.grade, reg.period),
      clock: periodClock(reg.period, law),
      law_enforcement_delay: 'state',
      email: true,
      template: 'regulator',
      notes: reg.form ? [`How: ${reg.form}`] : undefined,
      factors: (f) => [...breach(f), ownerRole(f, law), ...(reg.threshold === 'any' ? [] : [thresholdFactor(f, s, reg.threshold, law, 'regulator')])],
    });
  }
  const cb = law.credit_bureaus;
  if (cb !== 'none') {
    rules.push({
      ...base,
      id: `${lower}-credit-bureaus`,
      citation: law.statute,
      audience: 'credit_bureaus',
      title: 'Notify the nationwide consumer reporting agencies',
      source: cb === UNKNOWN ? 'unverified' : SOURCE[cb.grade],
      clock: { kind: 'none', trigger: 'discovery', text: cb === UNKNOWN ? `unknown — check ${law.statute}` : 'without unreasonable delay (no fixed period in secbook\'s data)' },
      email: true,
      template: 'regulator',
      factors: (f) => [...breach(f), ownerRole(f, law), cb === UNKNOWN ? { value: 'unknown', missing: `whether and from how many residents ${law.statute} requires notice to the credit bureaus (unknown — check the statute)` } : thresholdFactor(f, s, cb.threshold, law, 'credit-bureau')],
    });
  }
  const m = law.maintainer;
  if (m !== UNKNOWN) {
    rules.push({
      ...base,
      id: `${lower}-data-owner`,
      citation: law.statute,
      audience: 'data_owner',
      title: 'Tell the owner or licensee of the data (you maintain it)',
      source: sourceOf(m.grade, m.period),
      clock: periodClock(m.period, law),
      email: true,
      template: 'controller',
      factors: (f) => {
        const role = usStateRole(f);
        const r: Factor =
          role === undefined
            ? { value: 'unknown', missing: ROLE_MISSING }
            : role === 'maintainer'
              ? { value: 'yes', reason: 'you maintain data you do not own' }
              : { value: 'no', reason: 'you own or license the data: you notify residents yourself' };
        // The owner decides on harm and encryption; a maintainer tells it of any breach of the data.
        return [threshold(f, s, 'any'), lawPersonalInfo(f, law), r];
      },
    });
  }
  return rules;
}

/**
 * The state rules to consider: jurisdictions with residents recorded. With no `affected:`
 * at all, every count is unknown: the workbook's scope.us_states if it lists any, else all.
 */
export function stateRulesFor(f: Facts): NoticeRule[] {
  const listed = f.incident.affected === undefined ? new Set(f.workbook?.scope.us_states ?? US_STATES) : undefined;
  const out: NoticeRule[] = [];
  for (const law of US_LAWS) {
    if (listed ? listed.has(law.code) : residents(f, law.code).count !== 0) out.push(...stateRules(law));
  }
  return out;
}
