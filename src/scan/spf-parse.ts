/**
 * SPF record syntax (RFC 7208 §4.6, §12 ABNF), for the report: which terms a record has and
 * what is wrong with them. Evaluation against an IP is mailauth's job (spf-eval.ts).
 */
import { isIPv4, isIPv6 } from 'node:net';

export type Qualifier = '+' | '-' | '~' | '?';
export const MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type MechanismName = (typeof MECHANISMS)[number];

export type SpfTerm =
  | { kind: 'mechanism'; raw: string; qualifier: Qualifier; name: MechanismName; target?: string; cidr4?: number; cidr6?: number }
  | { kind: 'modifier'; raw: string; name: string; value: string };

export interface ParsedSpf {
  terms: SpfTerm[];
  errors: string[];
}

/** Terms that cost a DNS lookup toward the limit of 10 (§4.6.4). */
export const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

/** True when the TXT string is an SPF record: `v=spf1` then a space or the end. */
export const isSpfRecord = (text: string): boolean => /^v=spf1( |$)/i.test(text);

/** macro-string (§7.1); `c`, `r`, `t` are allowed only in explanation text, not in domain-specs. */
const macroString = (letters: string) => new RegExp(`^(?:[\\x21-\\x24\\x26-\\x7e]|%%|%_|%-|%\\{[${letters}]\\d*r?[.\\-+,/_=]*\\})*$`, 'i');
const MACRO_STRING = macroString('slodiphcrtv');
const DOMAIN_SPEC = macroString('slodiphv');
/** toplabel (§12 / RFC 3696): not all digits, no leading or trailing hyphen. */
const TOPLABEL = /^([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;
const hasMacro = (s: string): boolean => /%\{/.test(s);

function checkDomainSpec(spec: string): string | undefined {
  if (!spec) return 'empty domain';
  if (!DOMAIN_SPEC.test(spec)) return `"${spec}" has an invalid character or macro`;
  const domain = spec.replace(/\.$/, '');
  if (/%\{[^}]*\}$/.test(domain)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2) return `"${spec}" is not a domain name`;
  if (!hasMacro(domain) && labels.some((l) => l.length === 0)) return `"${spec}" has an empty label`;
  if (!TOPLABEL.test(labels[labels.length - 1] ?? '')) return `"${spec}" does not end in a valid top-level label`;
  return undefined;
}

function parseCidr(value: string, term: string, errors: string[]): { rest: string; cidr4?: number; cidr6?: number } {
  const m = /^(.*?)(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(value);
  if (!m) return { rest: value };
  const [, rest = '', c4, c6] = m;
  const out: { rest: string; cidr4?: number; cidr6?: number } = { rest };
  if (c4 !== undefined) {
    if (/^0\d/.test(c4) || Number(c4) > 32) errors.push(`${term}: invalid IPv4 prefix length /${c4}`);
    out.cidr4 = Number(c4);
  }
  if (c6 !== undefined) {
    if (/^0\d/.test(c6) || Number(c6) > 128) errors.push(`${term}: invalid IPv6 prefix length //${c6}`);
    out.cidr6 = Number(c6);
  }
  return out;
}

function parseMechanism(raw: string, errors: string[]): SpfTerm | undefined {
  const m = /^([+\-~?]?)([a-z0-9]+)(.*)$/i.exec(raw);
  const name = m?.[2]?.toLowerCase() ?? '';
  if (!m || !(MECHANISMS as readonly string[]).includes(name)) {
    errors.push(`unknown mechanism "${raw}"`);
    return undefined;
  }
  const qualifier = (m[1] || '+') as Qualifier;
  const rest = m[3] ?? '';
  const term: SpfTerm = { kind: 'mechanism', raw, qualifier, name: name as MechanismName };
  switch (name) {
    case 'all':
      if (rest) errors.push(`"${raw}": all takes no argument`);
      break;
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) errors.push(`"${raw}": ${name} needs ":domain"`);
      const problem = checkDomainSpec(rest.slice(1));
      if (rest.startsWith(':') && problem) errors.push(`"${raw}": ${problem}`);
      term.target = rest.slice(1);
      break;
    }
    case 'a':
    case 'mx':
    case 'ptr': {
      if (rest && !rest.startsWith(':') && !rest.startsWith('/')) {
        errors.push(`unknown mechanism "${raw}"`);
        return undefined;
      }
      const cidr = name === 'ptr' ? { rest } : parseCidr(rest, raw, errors);
      if (cidr.rest.startsWith(':')) {
        const problem = checkDomainSpec(cidr.rest.slice(1));
        if (problem) errors.push(`"${raw}": ${problem}`);
        term.target = cidr.rest.slice(1);
      } else if (cidr.rest) errors.push(`"${raw}": unexpected "${cidr.rest}"`);
      if (cidr.cidr4 !== undefined) term.cidr4 = cidr.cidr4;
      if (cidr.cidr6 !== undefined) term.cidr6 = cidr.cidr6;
      break;
    }
    case 'ip4':
    case 'ip6': {
      if (!rest.startsWith(':')) {
        errors.push(`"${raw}": ${name} needs ":address"`);
        break;
      }
      const [addr = '', prefix, extra] = rest.slice(1).split('/');
      const max = name === 'ip4' ? 32 : 128;
      if (extra !== undefined) errors.push(`"${raw}": more than one prefix length`);
      if (!(name === 'ip4' ? isIPv4(addr) : isIPv6(addr))) errors.push(`"${raw}": "${addr}" is not an ${name === 'ip4' ? 'IPv4' : 'IPv6'} address`);
      if (prefix !== undefined && (!/^\d+$/.test(prefix) || /^0\d/.test(prefix) || Number(prefix) > max)) errors.push(`"${raw}": invalid prefix length /${prefix}`);
      term.target = rest.slice(1);
      break;
    }
  }
  return term;
}

export function parseSpf(record: string): ParsedSpf {
  const errors: string[] = [];
  const terms: SpfTerm[] = [];
  if (/[^\x20-\x7e]/.test(record)) errors.push('the record contains non-ASCII or control characters (SPF records are 7-bit ASCII, terms separated by spaces)');
  const parts = record.trim().split(/ +/).slice(1);
  const seenModifiers = new Set<string>();
  for (const raw of parts) {
    const mod = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(raw);
    if (mod) {
      const name = (mod[1] ?? '').toLowerCase();
      const value = mod[2] ?? '';
      if ((name === 'redirect' || name === 'exp') && seenModifiers.has(name)) errors.push(`"${name}=" appears more than once`);
      seenModifiers.add(name);
      if (name === 'redirect' || name === 'exp') {
        const problem = checkDomainSpec(value);
        if (problem) errors.push(`"${raw}": ${problem}`);
      } else if (!MACRO_STRING.test(value)) errors.push(`"${raw}": invalid modifier value`);
      terms.push({ kind: 'modifier', raw, name, value });
      continue;
    }
    const term = parseMechanism(raw, errors);
    if (term) terms.push(term);
  }
  return { terms, errors };
}

export { hasMacro };
