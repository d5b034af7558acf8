/** Parsing `secbook scope --set field=value --force gdpr=on` into a new scope. Pure. */
import { SCOPE_FIELDS, FRAMEWORKS, isScopeField, type Framework } from './scope-fields.js';
import { scopeSchema, type Scope } from './workbook-schema.js';
import { SecbookError } from '../errors.js';
import { ORGANISATION_SET_FIELDS, isOrganisationSetField, type OrganisationSetField } from './scope-organisation.js';

/** Splits `field=value` settings into organisation fields (org, timezone, approver…) and scope fields. */
export function splitSets(sets: readonly string[]): { scope: string[]; organisation: [OrganisationSetField, string][] } {
  const scope: string[] = [];
  const organisation: [OrganisationSetField, string][] = [];
  for (const s of sets) {
    const eq = s.indexOf('=');
    const name = eq < 1 ? '' : s.slice(0, eq).trim();
    if (isOrganisationSetField(name)) organisation.push([name, s.slice(eq + 1)]);
    else scope.push(s);
  }
  return { scope, organisation };
}

/** Values outside the field's list are named, with the values it takes. */
function checkAllowed(name: string, values: string[], allowed: readonly string[] | undefined): string[] {
  const bad = allowed ? values.filter((v) => !allowed.includes(v)) : [];
  if (bad.length > 0) {
    throw new SecbookError(`--set ${name}: unknown value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')}`, { hint: `Use any of: ${allowed!.join(', ')}` });
  }
  return values;
}

function parseValue(name: string, raw: string): unknown {
  if (!isScopeField(name)) {
    const settable = Object.entries(SCOPE_FIELDS).filter(([, f]) => !('derived' in f)).map(([n]) => n);
    throw new SecbookError(`--set: unknown scope field "${name}"`, { hint: `Organisation fields: ${Object.keys(ORGANISATION_SET_FIELDS).join(', ')}. Scope fields: ${settable.join(', ')}` });
  }
  const field = SCOPE_FIELDS[name];
  if ('derived' in field) throw new SecbookError(`--set: "${name}" is derived from other answers and cannot be set`, { hint: name === 'frameworks' ? 'Use --force gdpr=on (or off, or auto).' : 'Set us_states instead.' });
  if (raw === '') return undefined;
  switch (field.kind) {
    case 'boolean':
      if (/^(true|yes|y|1)$/i.test(raw)) return true;
      if (/^(false|no|n|0)$/i.test(raw)) return false;
      throw new SecbookError(`--set ${name}: expected true or false, got "${raw}"`);
    case 'number': {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new SecbookError(`--set ${name}: expected a number, got "${raw}"`);
      return n;
    }
    case 'list': {
      const values = raw.split(',').map((v) => v.trim()).filter(Boolean).map((v) => (name === 'us_states' ? v.toUpperCase() : v.toLowerCase()));
      return checkAllowed(name, values, field.values);
    }
    case 'enum':
      return checkAllowed(name, [name === 'nis2_member_state' ? raw.toUpperCase() : raw], field.values)[0];
    default:
      return raw;
  }
}

/**
 * Applies `field=value` settings (empty value clears the field) and `framework=on|off|auto`
 * forcings to a scope, validating the result against the workbook schema.
 */
export function editScope(scope: Scope, sets: string[], forces: string[], reason?: string): Scope {
  const next: Record<string, unknown> = { ...scope };
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq < 1) throw new SecbookError(`--set "${s}" is not field=value`, { hint: 'Example: --set eu_personal_data=true --set us_states=CA,NY' });
    const name = s.slice(0, eq).trim();
    const value = parseValue(name, s.slice(eq + 1).trim());
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  const force: Partial<Record<Framework, 'on' | 'off'>> = { ...scope.force };
  for (const f of forces) {
    const [id, mode] = f.split('=').map((x) => x.trim());
    if (!FRAMEWORKS.includes(id as Framework) || !['on', 'off', 'auto'].includes(mode ?? '')) {
      throw new SecbookError(`--force "${f}" is not framework=on|off|auto`, { hint: `Frameworks: ${FRAMEWORKS.join(', ')}. Example: --force hipaa=off` });
    }
    if (mode === 'auto') delete force[id as Framework];
    else force[id as Framework] = mode as 'on' | 'off';
  }
  if (forces.length > 0) {
    if (Object.keys(force).length > 0) next.force = force;
    else delete next.force;
  }
  if (reason !== undefined) next.force_reason = reason;
  if (!next.force) delete next.force_reason;
  const result = scopeSchema.safeParse(next);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SecbookError(`--set ${issue?.path.join('.')}: ${issue?.message}`, { hint: 'See `secbook scope --help` for the fields and their values.' });
  }
  return result.data;
}
