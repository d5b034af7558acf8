/**
 * Turns `incident new` flags (and an optional `--from` file) into incident fields, with
 * errors that name the flag. Pure apart from nothing: the file is read by the caller.
 */
import { SecbookError } from '../errors.js';
import { BREACH_TYPES, DATA_CATEGORIES, GDPR_RISKS, HIPAA_CONCLUSIONS, JURISDICTIONS, YES_NO_UNKNOWN, type Incident } from './incident-schema.js';
import { parseWhen } from './when.js';

export interface NewIncidentFlags {
  title?: string;
  description?: string;
  occurred?: string;
  detected?: string;
  aware?: string;
  discovered?: string;
  determined?: string;
  categories?: string[];
  encrypted?: string;
  keyCompromised?: string;
  phi?: string;
  affected?: string[];
  gdprRole?: string;
  hipaaRole?: string;
  stateRole?: string;
  gdprRisk?: string;
  hipaaConclusion?: string;
  consequences?: string;
  measures?: string;
  steps?: string;
  whatHappened?: string;
  subjects?: string[];
  lawEnforcementDelay?: string;
  lawEnforcementInvestigating?: string;
  plannedMeasures?: string;
  orgSource?: string;
  contactOutOfDate?: string;
  breachType?: string;
  breachLocation?: string;
  safeguards?: string;
  noticeMethod?: string;
  playbook?: string;
}

export type IncidentFields = Omit<Incident, 'format' | 'id'>;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new SecbookError(`--${flag}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function count(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new SecbookError(`--${flag}: "${value}" is not a whole number`);
  return Number(value.trim());
}

/** `now` as `2026-03-27T10:00:00+01:00` in `zone`, or the flag's own timestamp. */
export function momentFlag(flag: string, value: string | undefined, nowIso: string, zone?: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'now') return nowIso;
  const r = parseWhen(value, zone);
  if (typeof r === 'string') throw new SecbookError(`--${flag}: ${r}`, { hint: 'Give the zone: 2026-03-27T10:00:00+01:00, 2026-03-27T09:00Z, "2026-03-27T10:00 Europe/Berlin" or now.' });
  // A time typed without a zone is stored with the organisation's zone.
  return zone && typeof parseWhen(value) === 'string' ? `${value.trim()} ${zone}` : value;
}

/** `EU=1200,CA=501~,TX=unknown` (`~` marks an estimate). */
export function parseAffected(values: string[]): NonNullable<Incident['affected']> {
  const out: Record<string, { count: number | 'unknown'; estimate?: boolean }> = {};
  for (const part of values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{2})\s*[=:]\s*(unknown|\d[\d_]*)(~)?$/.exec(part);
    const code = m?.[1]?.toUpperCase();
    if (!m || !code || !(JURISDICTIONS as readonly string[]).includes(code)) {
      throw new SecbookError(`--affected: cannot read "${part}"`, {
        hint: 'Use JURISDICTION=COUNT pairs: EU, UK or a US state code; ~ marks an estimate, e.g. --affected EU=1200~,CA=501,TX=unknown',
      });
    }
    const count = m[2] === 'unknown' ? 'unknown' : Number(m[2]?.replace(/_/g, ''));
    out[code] = m[3] ? { count, estimate: true } : { count };
  }
  return out as NonNullable<Incident['affected']>;
}

/** Fields from flags; only what was given (unset flags leave the fact unknown). */
export function fieldsFromFlags(flags: NewIncidentFlags, nowIso: string, zone?: string): Partial<IncidentFields> {
  const categories = flags.categories?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  const role = {
    gdpr: oneOf('gdpr-role', flags.gdprRole, ['controller', 'processor'] as const),
    hipaa: oneOf('hipaa-role', flags.hipaaRole, ['covered_entity', 'business_associate', 'none'] as const),
    us_state: oneOf('state-role', flags.stateRole, ['owner', 'maintainer'] as const),
  };
  const gdpr = oneOf('gdpr-risk', flags.gdprRisk, GDPR_RISKS);
  const conclusion = oneOf('hipaa-conclusion', flags.hipaaConclusion, HIPAA_CONCLUSIONS);
  const fields: Partial<IncidentFields> = {
    title: flags.title,
    description: flags.description,
    occurred_at: momentFlag('occurred', flags.occurred, nowIso, zone),
    detected_at: momentFlag('detected', flags.detected, nowIso, zone),
    aware_at: momentFlag('aware', flags.aware, nowIso, zone),
    discovered_at: momentFlag('discovered', flags.discovered, nowIso, zone),
    determined_at: momentFlag('determined', flags.determined, nowIso, zone),
    data_categories: categories ? categories.map((c) => oneOf('categories', c, DATA_CATEGORIES) as (typeof DATA_CATEGORIES)[number]) : undefined,
    phi: oneOf('phi', flags.phi, YES_NO_UNKNOWN),
    encrypted: oneOf('encrypted', flags.encrypted, YES_NO_UNKNOWN),
    key_compromised: oneOf('key-compromised', flags.keyCompromised, YES_NO_UNKNOWN),
    affected: flags.affected && flags.affected.length > 0 ? parseAffected(flags.affected) : undefined,
    role: role.gdpr || role.hipaa || role.us_state ? role : undefined,
    risk: gdpr || conclusion ? { gdpr, hipaa: conclusion ? { conclusion } : undefined } : undefined,
    consequences: flags.consequences,
    measures: flags.measures,
    individual_steps: flags.steps,
    what_happened: flags.whatHappened,
    data_subject_categories: flags.subjects?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean),
    law_enforcement_delay_requested: oneOf('law-enforcement-delay', flags.lawEnforcementDelay, YES_NO_UNKNOWN),
    law_enforcement_investigating: oneOf('law-enforcement-investigating', flags.lawEnforcementInvestigating, YES_NO_UNKNOWN),
    planned_measures: flags.plannedMeasures,
    organisation_was_source: oneOf('org-source', flags.orgSource, YES_NO_UNKNOWN),
    contact_out_of_date: flags.contactOutOfDate === undefined ? undefined : count('contact-out-of-date', flags.contactOutOfDate),
    breach_type: oneOf('breach-type', flags.breachType, BREACH_TYPES),
    breach_location: flags.breachLocation,
    safeguards: flags.safeguards,
    notice_method: flags.noticeMethod,
    playbook: flags.playbook,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<IncidentFields>;
}

/** Flags win over the file; nested role/risk objects merge key by key. */
export function mergeFields(base: Partial<IncidentFields>, over: Partial<IncidentFields>): Partial<IncidentFields> {
  const merged: Partial<IncidentFields> = { ...base, ...over };
  if (base.role && over.role) merged.role = { ...base.role, ...stripUndefined(over.role) };
  if (base.risk && over.risk) merged.risk = { ...base.risk, ...stripUndefined(over.risk) };
  return merged;
}

const stripUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
