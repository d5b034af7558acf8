/**
 * The facts the rules read, normalised from an incident and the workbook. Each helper
 * answers yes / no / unknown with a reason, so a rule never silently assumes a fact.
 */
import type { Workbook } from '../domain/workbook-schema.js';
import type { AffectedCount, DataCategory, Incident, Jurisdiction } from './incident-schema.js';
import type { Factor } from './rule-types.js';

export interface Facts {
  incident: Incident;
  /** The organisation's IANA zone for deadlines. */
  zone: string;
  /** True when the zone came from the workbook (otherwise UTC by default). */
  zoneFromWorkbook: boolean;
  workbook: Workbook | undefined;
}

export interface Residents {
  /** People affected; `unknown` when not recorded. */
  count: number | 'unknown';
  estimate: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Residents of one jurisdiction. With no `affected:` at all, every count is unknown. */
export function residents(f: Facts, j: Jurisdiction): Residents {
  const affected = f.incident.affected;
  if (!affected) return { count: 'unknown', estimate: false };
  const entry: AffectedCount | undefined = affected[j];
  if (!entry) return { count: 0, estimate: false };
  return { count: entry.count, estimate: entry.estimate === true };
}

/** Everyone affected, all jurisdictions together (HIPAA counts people, not residents). */
export function totalAffected(f: Facts): Residents & { knownAtLeast: number } {
  const affected = f.incident.affected;
  if (!affected) return { count: 'unknown', estimate: false, knownAtLeast: 0 };
  let sum = 0;
  let unknown = false;
  let estimate = false;
  for (const entry of Object.values(affected)) {
    if (!entry) continue;
    if (entry.count === 'unknown') unknown = true;
    else sum += entry.count;
    if (entry.estimate) estimate = true;
  }
  return { count: unknown ? 'unknown' : sum, estimate, knownAtLeast: sum };
}

const label = (j: string): string => (j === 'EU' ? 'EU/EEA' : j);

/** Residents of `j` compared with a threshold: `more_than` 500 or `at_least` 500. */
export function threshold(f: Facts, j: Jurisdiction, op: 'more_than' | 'at_least' | 'any', n = 0): Factor {
  const r = residents(f, j);
  const est = r.estimate ? ' (an estimate)' : '';
  if (r.count === 'unknown') {
    return { value: 'unknown', missing: `affected.${j}.count` };
  }
  const who = `${fmt(r.count)} ${label(j)} resident${r.count === 1 ? '' : 's'}${est}`;
  if (op === 'any') {
    return r.count > 0 ? { value: 'yes', reason: `${who} affected` } : { value: 'no', reason: `no ${label(j)} residents recorded as affected` };
  }
  const ok = op === 'more_than' ? r.count > n : r.count >= n;
  const words = op === 'more_than' ? `more than ${fmt(n)}` : `${fmt(n)} or more`;
  return ok ? { value: 'yes', reason: `${who}: ${words}` } : { value: 'no', reason: `${who}: not ${words}` };
}

export function gdprRole(f: Facts): 'controller' | 'processor' | undefined {
  const own = f.incident.role?.gdpr;
  if (own) return own;
  const scope = f.workbook?.scope.gdpr_role;
  return scope === 'controller' || scope === 'processor' ? scope : undefined;
}

export function hipaaRole(f: Facts): 'covered_entity' | 'business_associate' | 'none' | undefined {
  const own = f.incident.role?.hipaa;
  if (own) return own;
  const scope = f.workbook?.scope.hipaa_role;
  return scope === 'both' ? undefined : scope;
}

/** A role factor: yes when the organisation has `want`, no for another known role. */
export function roleIs(actual: string | undefined, want: string, field: string, otherwise: string): Factor {
  if (actual === undefined) return { value: 'unknown', missing: field };
  return actual === want ? { value: 'yes', reason: `you are the ${want.replace(/_/g, ' ')}` } : { value: 'no', reason: otherwise };
}

const has = (f: Facts, cats: readonly DataCategory[]): boolean | undefined => {
  const c = f.incident.data_categories;
  return c === undefined ? undefined : c.some((x) => cats.includes(x));
};

const PHI_CATEGORIES: DataCategory[] = ['health', 'health_insurance'];

/** PHI: the incident's `phi` answer, else yes when health data is listed, else unknown. */
export function phiInvolved(f: Facts): Factor {
  const said = f.incident.phi;
  if (said === 'yes') return { value: 'yes', reason: 'protected health information (PHI) involved' };
  if (said === 'no') return { value: 'no', reason: 'no protected health information (PHI) involved' };
  if (has(f, PHI_CATEGORIES)) return { value: 'yes', reason: 'health information (PHI) involved' };
  return { value: 'unknown', missing: 'phi' };
}

/**
 * Unsecured data: not encrypted, or encrypted with a compromised key. Encryption with a
 * safe key is HIPAA's "secured PHI" and most states' encryption safe harbour.
 */
export function unsecured(f: Facts): Factor {
  const { encrypted, key_compromised: key } = f.incident;
  if (encrypted === undefined || encrypted === 'unknown') return { value: 'unknown', missing: 'encrypted' };
  if (encrypted === 'no') return { value: 'yes', reason: 'the data was not encrypted' };
  if (key === 'yes') return { value: 'yes', reason: 'encrypted, but the key was compromised' };
  if (key === 'no') return { value: 'no', reason: 'encrypted and the key was not compromised (encryption safe harbour)' };
  return { value: 'unknown', missing: 'key_compromised' };
}

/** Categories that make up "personal information" under US state breach laws. */
export const STATE_PI_CATEGORIES: DataCategory[] = [
  'ssn',
  'drivers_licence',
  'state_id',
  'passport',
  'financial_account',
  'payment_card',
  'credentials',
  'health',
  'health_insurance',
  'biometric',
];

/** Social Security, driver's licence or state ID numbers (credit-bureau content in CA). */
export const ID_NUMBER_CATEGORIES: DataCategory[] = ['ssn', 'drivers_licence', 'state_id'];

export function statePersonalInfo(f: Facts): Factor {
  const c = f.incident.data_categories;
  if (c === undefined) return { value: 'unknown', missing: 'data_categories' };
  const hit = c.filter((x) => STATE_PI_CATEGORIES.includes(x));
  if (hit.length > 0) return { value: 'yes', reason: `state-law personal information involved (${hit.join(', ')})` };
  if (c.includes('other')) return { value: 'unknown', missing: 'data_categories ("other" data: is it personal information under the state definition?)' };
  return {
    value: 'no',
    reason: `none of the listed categories (${c.join(', ') || 'none'}) is personal information as secbook approximates the state definitions (SSN, ID numbers, financial account, credentials, health, biometric) — check the statute's definition`,
  };
}

export function idNumbersExposed(f: Facts): boolean | undefined {
  return has(f, ID_NUMBER_CATEGORIES);
}

export function gdprRisk(f: Facts): 'none' | 'risk' | 'high' | undefined {
  const r = f.incident.risk?.gdpr;
  return r === 'unknown' ? undefined : r;
}

/** Art. 34(3)(a): encrypted with a safe key counts as unintelligible even if not listed. */
export function gdprExceptions(f: Facts): Set<'unintelligible' | 'measures_taken' | 'disproportionate_effort'> {
  const set = new Set(f.incident.risk?.gdpr_exceptions ?? []);
  if (f.incident.encrypted === 'yes' && f.incident.key_compromised === 'no') set.add('unintelligible');
  return set;
}
