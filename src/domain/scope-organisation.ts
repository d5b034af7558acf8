/**
 * The organisation answers `secbook init` asks besides the scope (name, legal name, domains,
 * time zone, policy approver), as `secbook scope --set field=value` takes them. Pure.
 */
import { checkDomainName, domainProblem } from './domain-name.js';
import { canonicalTimeZone, TIME_ZONE_HINT } from './time-zone.js';
import { organisationSchema, type Organisation } from './workbook-schema.js';
import { SecbookError } from '../errors.js';

/** `--set` names for the organisation fields, with what each one takes. */
export const ORGANISATION_SET_FIELDS = {
  org: 'the organisation name (organisation.name)',
  legal_name: 'the legal name on policies and notices (organisation.legal_name)',
  domains: 'domains you send email from, comma-separated (organisation.domains)',
  timezone: 'IANA time zone for deadlines, e.g. Europe/Berlin (organisation.timezone)',
  approver: 'the person who approves the policies (organisation.approver.name)',
  approver_role: 'the approver\'s role, e.g. Head of Security (organisation.approver.role)',
} as const;

export type OrganisationSetField = keyof typeof ORGANISATION_SET_FIELDS;

export function isOrganisationSetField(name: string): name is OrganisationSetField {
  return Object.hasOwn(ORGANISATION_SET_FIELDS, name);
}

const bad = (name: string, message: string, hint?: string): never => {
  throw new SecbookError(`--set ${name}: ${message}`, hint ? { hint } : {});
};

/**
 * Applies organisation `field=value` settings (an empty value clears the field where it may
 * be cleared) and validates the result against the workbook schema. Throws before anything
 * is written.
 */
export function editOrganisation(organisation: Organisation, sets: readonly [OrganisationSetField, string][]): Organisation {
  const next: Organisation = { ...organisation, ...(organisation.approver ? { approver: { ...organisation.approver } } : {}) };
  let role: string | undefined | null = null;
  for (const [name, raw] of sets) {
    const value = raw.trim();
    switch (name) {
      case 'org':
        if (value === '') bad(name, 'the organisation needs a name; it cannot be cleared');
        next.name = value;
        break;
      case 'legal_name':
        if (value === '') delete next.legal_name;
        else next.legal_name = value;
        break;
      case 'domains':
        next.domains = value.split(',').map((d) => d.trim()).filter(Boolean).map((d) => {
          const checked = checkDomainName(d);
          return checked.ok ? checked.domain : bad(name, domainProblem(d, checked.reason), 'Use names like example.com (no scheme, no @), comma-separated.');
        });
        break;
      case 'timezone': {
        if (value === '') {
          delete next.timezone;
          break;
        }
        next.timezone = canonicalTimeZone(value) ?? bad(name, `"${value}" is not a time zone`, TIME_ZONE_HINT);
        break;
      }
      case 'approver':
        if (value === '') delete next.approver;
        else next.approver = { ...next.approver, name: value };
        break;
      case 'approver_role':
        role = value === '' ? undefined : value;
        break;
    }
  }
  // The role is applied last, so `--set approver_role=… --set approver=…` works in any order.
  if (role !== null) {
    if (!next.approver) bad('approver_role', 'there is no approver to give a role to', 'Set the approver too: --set approver="Dana Reyes" --set approver_role="Head of Security".');
    else if (role === undefined) delete next.approver.role;
    else next.approver.role = role;
  }
  const result = organisationSchema.safeParse(next);
  if (!result.success) {
    const issue = result.error.issues[0];
    bad(issue?.path.join('.') ?? 'organisation', issue?.message ?? 'not valid');
  }
  return result.data!;
}
