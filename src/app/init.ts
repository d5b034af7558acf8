/** `secbook init`: builds the organisation and scope from flags or questions, writes the workbook. */
import { basename, relative } from 'node:path';
import { FRAMEWORKS, LANGUAGES, LIBRARIES, PROVIDERS, SCOPE_FIELDS, US_STATES, scopeValueLabel, type Framework, type ScopeFieldName } from '../domain/scope-fields.js';
import type { Organisation, Scope } from '../domain/workbook-schema.js';
import { checkDomainName, domainProblem, isDomainName } from '../domain/domain-name.js';
import { decideFrameworks, type FrameworkDecision } from '../domain/frameworks.js';
import { editScope, splitSets } from '../domain/scope-edit.js';
import { editOrganisation, type OrganisationSetField } from '../domain/scope-organisation.js';
import { canonicalTimeZone, systemTimeZone, TIME_ZONE_HINT } from '../domain/time-zone.js';
import { SecbookError } from '../errors.js';
import { createWorkbook } from '../storage/create-workbook.js';
import { displayName, resolveWorkbookPath } from '../storage/project.js';
import { askConfirm, askMulti, askSelect, askText } from '../prompts/ask.js';

export interface InitOptions {
  cwd: string;
  dir: string;
  interactive: boolean;
  flags: {
    org?: string;
    domain?: string[];
    /** IANA name, already checked by the flag's parser. */
    timezone?: string;
    legalName?: string;
    approver?: string;
    approverRole?: string;
    /** Scope answers as `field=value`, the same as `secbook scope --set`. */
    set?: string[];
    lists: { frameworks: string[]; languages: string[]; libraries: string[]; providers: string[]; states: string[] };
  };
}

function checkValues<T extends string>(flag: string, values: string[], allowed: readonly T[]): T[] {
  const bad = values.filter((v) => !allowed.includes(v as T));
  if (bad.length > 0) {
    throw new SecbookError(`--${flag}: unknown value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')}`, {
      hint: `Use any of: ${allowed.join(', ')}`,
    });
  }
  return values as T[];
}

/** Scope from flags alone: forced frameworks are recorded as forced, nothing else is assumed. */
export function scopeFromFlags(lists: InitOptions['flags']['lists']): Scope {
  const frameworks = lists.frameworks.length === 1 && lists.frameworks[0] === 'none' ? [] : checkValues('frameworks', lists.frameworks, FRAMEWORKS);
  const scope: Scope = {};
  if (frameworks.length > 0) {
    scope.force = Object.fromEntries(frameworks.map((f) => [f, 'on'])) as Partial<Record<Framework, 'on' | 'off'>>;
    scope.force_reason = 'chosen with `secbook init --frameworks`';
  }
  const languages = checkValues('languages', lists.languages, LANGUAGES);
  const libraries = checkValues('libraries', lists.libraries, LIBRARIES);
  const providers = checkValues('providers', lists.providers, PROVIDERS);
  const states = checkValues('states', lists.states.map((s) => s.toUpperCase()), US_STATES);
  if (languages.length) scope.languages = languages;
  if (libraries.length) scope.libraries = libraries;
  if (providers.length) scope.providers = providers;
  if (states.length) scope.us_states = states;
  return scope;
}

function checkDomains(domains: string[]): string[] {
  return domains.map((d) => {
    const checked = checkDomainName(d);
    if (!checked.ok) throw new SecbookError(`--domain: ${domainProblem(d, checked.reason)}`, { hint: 'Use a name like example.com (no scheme, no @).', exitCode: 2 });
    return checked.domain;
  });
}

/** Choices by their labels (the stored value is what `scope --set` takes). */
const options = <T extends string>(field: ScopeFieldName, values: readonly T[]) => values.map((value) => ({ value, name: scopeValueLabel(field, value) }));

/** The scope questions, asked one by one (follow-ups only when they matter); `initial` gives the defaults. */
export async function askScope(initial: Scope): Promise<Scope> {
  const q = SCOPE_FIELDS;
  const scope: Scope = { ...initial };
  scope.eu_personal_data = await askConfirm(q.eu_personal_data.question, initial.eu_personal_data ?? false);
  scope.uk_personal_data = await askConfirm(q.uk_personal_data.question, initial.uk_personal_data ?? false);
  if (scope.eu_personal_data || scope.uk_personal_data) {
    scope.gdpr_role = await askSelect(q.gdpr_role.question, options('gdpr_role', ['controller', 'processor', 'both'] as const), initial.gdpr_role ?? 'controller');
  }
  scope.california_consumers = await askConfirm(q.california_consumers.question, initial.california_consumers ?? false);
  if (scope.california_consumers) {
    scope.ccpa_revenue_over_threshold = await askConfirm(q.ccpa_revenue_over_threshold.question, initial.ccpa_revenue_over_threshold ?? false);
    scope.ccpa_100k_consumers = await askConfirm(q.ccpa_100k_consumers.question, initial.ccpa_100k_consumers ?? false);
    scope.ccpa_half_revenue_from_selling = await askConfirm(q.ccpa_half_revenue_from_selling.question, initial.ccpa_half_revenue_from_selling ?? false);
  }
  scope.phi = await askConfirm(q.phi.question, initial.phi ?? false);
  if (scope.phi) {
    scope.hipaa_role = await askSelect(q.hipaa_role.question, options('hipaa_role', ['covered_entity', 'business_associate', 'both', 'none'] as const), initial.hipaa_role ?? 'business_associate');
  }
  const states = await askText(`${q.us_states.question} (e.g. CA,NY)`, {
    default: (initial.us_states ?? []).join(','),
    validate: (v) => {
      const bad = v.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s && !US_STATES.includes(s as never));
      return bad.length === 0 || `Not a state code: ${bad.join(', ')}`;
    },
  });
  const stateList = states.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean) as Scope['us_states'];
  if (stateList?.length) scope.us_states = stateList;
  scope.languages = await askMulti(q.languages.question, LANGUAGES.map((value) => ({ value, name: scopeValueLabel('languages', value), checked: initial.languages?.includes(value) })));
  scope.libraries = await askMulti(q.libraries.question, LIBRARIES.map((value) => ({ value, name: scopeValueLabel('libraries', value), checked: initial.libraries?.includes(value) })));
  scope.providers = await askMulti(q.providers.question, PROVIDERS.map((value) => ({ value, name: scopeValueLabel('providers', value), checked: initial.providers?.includes(value) })));
  scope.sends_marketing = await askConfirm(q.sends_marketing.question, initial.sends_marketing ?? false);
  scope.mobile_apps = await askConfirm(q.mobile_apps.question, initial.mobile_apps ?? false);
  scope.accepts_attachments = await askConfirm(q.accepts_attachments.question, initial.accepts_attachments ?? false);
  return scope;
}

export interface InitResult {
  file: string;
  organisation: string;
  /** How to name the workbook in follow-up commands. */
  dirArg: string;
  /** What was recorded about the organisation (legal name, time zone, approver). */
  details: Organisation;
  /** Which frameworks apply and which do not, each with its reasons. */
  frameworks: FrameworkDecision[];
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** The organisation questions besides name and domains: legal name, time zone, policy approver. */
async function askOrganisation(name: string, flags: InitOptions['flags']): Promise<Pick<Organisation, 'legal_name' | 'timezone' | 'approver'>> {
  const legal = await askText('Legal name for policies and notices (blank: the same)', { default: flags.legalName ?? '' });
  const zone = await askText('Time zone for deadlines (IANA name, e.g. Europe/Berlin)', {
    default: flags.timezone ?? systemTimeZone() ?? 'UTC',
    validate: (v) => canonicalTimeZone(v) !== null || `Not a time zone. ${TIME_ZONE_HINT}`,
  });
  const approver = await askText('Who approves the policies? (name; blank: decide later)', { default: flags.approver ?? '' });
  const role = optional(approver) ? await askText(`${approver.trim()}'s role, e.g. Head of Security`, { default: flags.approverRole ?? '' }) : '';
  const legalName = optional(legal);
  return {
    ...(legalName && legalName !== name ? { legal_name: legalName } : {}),
    timezone: canonicalTimeZone(zone) ?? undefined,
    ...(optional(approver) ? { approver: { name: approver.trim(), ...(optional(role) ? { role: role.trim() } : {}) } } : {}),
  };
}

/**
 * `--set org=… --set timezone=…` as `secbook scope --set` takes them, folded into the flags
 * they stand for (checked the same way; a later --set wins over its flag).
 */
function withOrganisationSets(flags: InitOptions['flags'], sets: [OrganisationSetField, string][]): InitOptions['flags'] {
  if (sets.length === 0) return flags;
  const base: Organisation = {
    name: flags.org ?? 'unnamed',
    domains: flags.domain ?? [],
    ...(flags.legalName ? { legal_name: flags.legalName } : {}),
    ...(flags.timezone ? { timezone: flags.timezone } : {}),
    ...(flags.approver ? { approver: { name: flags.approver, ...(flags.approverRole ? { role: flags.approverRole } : {}) } } : {}),
  };
  const org = editOrganisation(base, sets);
  const named = new Set(sets.map(([k]) => k));
  return {
    ...flags,
    org: named.has('org') ? org.name : flags.org,
    domain: org.domains,
    legalName: org.legal_name,
    timezone: org.timezone,
    approver: org.approver?.name,
    approverRole: org.approver?.role,
  };
}

export async function runInit(options: InitOptions): Promise<InitResult> {
  const path = resolveWorkbookPath(options.cwd, options.dir);
  const file = displayName(options.cwd, path);
  const sets = splitSets(options.flags.set ?? []);
  const flags = withOrganisationSets(options.flags, sets.organisation);
  let scope = scopeFromFlags(flags.lists);
  if (sets.scope.length) scope = editScope(scope, sets.scope, []);
  let name = flags.org;
  let domains = checkDomains(flags.domain ?? []);
  if (flags.approverRole && !flags.approver) {
    throw new SecbookError('--approver-role needs --approver', { hint: 'Example: --approver "Dana Reyes" --approver-role "Head of Security"', exitCode: 2 });
  }
  let details: Pick<Organisation, 'legal_name' | 'timezone' | 'approver'> = {
    ...(flags.legalName ? { legal_name: flags.legalName.trim() } : {}),
    // Without a terminal nobody is asked: the system's zone is what the team would have accepted.
    ...(flags.timezone ?? systemTimeZone() ? { timezone: flags.timezone ?? systemTimeZone() } : {}),
    ...(flags.approver ? { approver: { name: flags.approver.trim(), ...(flags.approverRole ? { role: flags.approverRole.trim() } : {}) } } : {}),
  };
  if (options.interactive) {
    name = await askText('Organisation name', { default: name ?? basename(options.cwd), validate: (v) => v.trim() !== '' || 'A name is needed' });
    const d = await askText('Domains you send email from (comma-separated)', {
      default: domains.join(','),
      validate: (v) => v.split(',').map((s) => s.trim()).filter(Boolean).every(isDomainName) || 'Use names like example.com',
    });
    domains = checkDomains(d.split(',').map((s) => s.trim()).filter(Boolean));
    details = await askOrganisation(name.trim(), flags);
    scope = await askScope(scope);
  }
  if (!name) {
    throw new SecbookError('secbook init needs an organisation name', {
      hint: 'Pass --org "Your Org" (and --yes), or run it in a terminal to be asked.',
      // Without a terminal nothing could ask for it: wrong usage, like any missing argument.
      exitCode: 2,
    });
  }
  const organisation: Organisation = { name: name.trim(), ...(details.legal_name ? { legal_name: details.legal_name } : {}), domains, ...(details.timezone ? { timezone: details.timezone } : {}), ...(details.approver ? { approver: details.approver } : {}) };
  await createWorkbook(path, file, { organisation, scope });
  const rel = relative(options.cwd, path);
  return { file, organisation: organisation.name, dirArg: rel === 'workbook.yaml' ? '' : rel, details: organisation, frameworks: decideFrameworks(scope) };
}
