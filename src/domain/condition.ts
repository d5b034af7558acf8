/**
 * `when:` conditions: structured matchers over the workbook's scope, never `eval`.
 *
 * ```yaml
 * when: { frameworks: gdpr }                       # list field contains the value
 * when: { libraries: [phpmailer, swiftmailer] }    # list field contains any of them
 * when: { gdpr_role: [controller, both] }          # enum field is one of them
 * when: { phi: true }                              # boolean field is true
 * when: { employees: { gte: 250 } }                # number field compared
 * when: { any: [ {languages: php}, {libraries: phpmailer} ] }
 * when: { all: [...] }   when: { not: {...} }
 * ```
 * Several keys in one matcher must all hold. An unanswered scope field matches nothing.
 */
import { SCOPE_FIELDS, isScopeField, type ScopeField } from './scope-fields.js';

export type Scalar = string | number | boolean;
export interface Range {
  gte?: number;
  lte?: number;
}
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { [field: string]: Scalar | Scalar[] | Range };

/** The facts a condition is evaluated against (scope answers plus derived fields). */
export type ScopeFacts = Readonly<Record<string, unknown>>;

export interface ConditionProblem {
  /** Relative path inside the condition, e.g. `any[1].languages`. */
  path: (string | number)[];
  message: string;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function matchField(field: ScopeField, actual: unknown, expected: unknown): boolean {
  if (actual === undefined || actual === null) return false;
  if (field.kind === 'number') {
    if (typeof actual !== 'number') return false;
    if (isPlainObject(expected)) {
      const r = expected as Range;
      return (r.gte === undefined || actual >= r.gte) && (r.lte === undefined || actual <= r.lte);
    }
    return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
  }
  const wanted = Array.isArray(expected) ? expected : [expected];
  if (field.kind === 'list') {
    return Array.isArray(actual) && wanted.some((w) => actual.includes(w));
  }
  return wanted.includes(actual as Scalar);
}

/** True when the condition holds for these facts. An absent condition always holds. */
export function evaluateCondition(cond: Condition | undefined, facts: ScopeFacts): boolean {
  if (cond === undefined) return true;
  if ('all' in cond && Array.isArray(cond.all)) return (cond.all as Condition[]).every((c) => evaluateCondition(c, facts));
  if ('any' in cond && Array.isArray(cond.any)) return (cond.any as Condition[]).some((c) => evaluateCondition(c, facts));
  if ('not' in cond && isPlainObject(cond.not)) return !evaluateCondition(cond.not as Condition, facts);
  return Object.entries(cond).every(([name, expected]) => {
    if (!isScopeField(name)) return false;
    return matchField(SCOPE_FIELDS[name], facts[name], expected);
  });
}

function checkValue(name: string, field: ScopeField, value: unknown, path: (string | number)[]): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const bad = (message: string) => problems.push({ path, message });
  switch (field.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') bad(`expected true or false for "${name}", got ${JSON.stringify(value)}`);
      break;
    case 'number':
      if (isPlainObject(value)) {
        for (const [op, n] of Object.entries(value)) {
          if (op !== 'gte' && op !== 'lte') bad(`unknown comparison "${op}" (use gte or lte)`);
          else if (typeof n !== 'number') bad(`expected a number after ${op}, got ${JSON.stringify(n)}`);
        }
      } else if (typeof value !== 'number' && !(Array.isArray(value) && value.every((v) => typeof v === 'number'))) {
        bad(`expected a number or {gte, lte} for "${name}", got ${JSON.stringify(value)}`);
      }
      break;
    default: {
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0) bad(`empty list for "${name}"`);
      for (const v of values) {
        if (typeof v !== 'string' || !field.values?.includes(v)) {
          bad(`"${String(v)}" is not a value of scope field "${name}" (one of: ${field.values?.join(', ')})`);
        }
      }
    }
  }
  return problems;
}

/** Structural and vocabulary check of a condition; returns every problem found. */
export function checkCondition(cond: unknown, path: (string | number)[] = []): ConditionProblem[] {
  if (!isPlainObject(cond)) return [{ path, message: `expected a condition object, got ${JSON.stringify(cond)}` }];
  const keys = Object.keys(cond);
  if (keys.length === 0) return [{ path, message: 'empty condition' }];
  const problems: ConditionProblem[] = [];
  for (const key of keys) {
    const value = cond[key];
    const here = [...path, key];
    if (key === 'all' || key === 'any') {
      if (keys.length > 1) problems.push({ path: here, message: `"${key}" must be the only key of its condition` });
      if (!Array.isArray(value) || value.length === 0) {
        problems.push({ path: here, message: `expected a non-empty list of conditions` });
      } else {
        value.forEach((c, i) => problems.push(...checkCondition(c, [...here, i])));
      }
    } else if (key === 'not') {
      if (keys.length > 1) problems.push({ path: here, message: `"not" must be the only key of its condition` });
      problems.push(...checkCondition(value, here));
    } else if (!isScopeField(key)) {
      problems.push({
        path: here,
        message: `unknown scope field "${key}" (known: ${Object.keys(SCOPE_FIELDS).join(', ')})`,
      });
    } else {
      problems.push(...checkValue(key, SCOPE_FIELDS[key], value, here));
    }
  }
  return problems;
}
