/**
 * check_host() (RFC 7208 §4) for a sender IP, using mailauth's SPF evaluator with a DNS
 * function that enforces the lookup and void limits and keeps the trail. mailauth's
 * public `spf()` does the same but drops which mechanism matched, which the report needs.
 */
import { createRequire } from 'node:module';
import { isSpfRecord, parseSpf } from './spf-parse.js';
import type { SpfMatch, SpfResolver, spfVerify as SpfVerify } from 'mailauth/lib/spf/spf-verify.js';

const require = createRequire(import.meta.url);

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

export interface SpfEvaluation {
  ip: string;
  sender: string;
  result: SpfResult;
  /** The mechanism that decided, e.g. `include:_spf.example.net > ip4:192.0.2.0/24`. */
  mechanism?: string;
  /** mailauth's reason for errors. */
  reason?: string;
  lookups: number;
  voids: number;
}

export interface EvaluateOptions {
  /** `resolve(name, type)` with node's error codes (dns.promises.Resolver#resolve). */
  resolve: (name: string, type: string) => Promise<unknown>;
  ip: string;
  /** MAIL FROM address or a bare domain; empty means `postmaster@<helo>`. */
  sender: string;
  helo?: string;
}

/** A name DNS can carry: labels of 1–63 octets, ≤ 253 in all, a letter-or-digit top label. */
const validDomain = (d: string): boolean =>
  d.replace(/\.$/, '').length <= 253 && /^([^.\s]{1,63}\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i.test(d);

const MAX_LOOKUPS = 10;
const MAX_VOIDS = 2;

class SpfStop extends Error {
  constructor(readonly spfResult: { error: SpfResult; text: string }) {
    super(spfResult.text);
  }
}

function limited(resolve: EvaluateOptions['resolve'], countFirst: boolean): SpfResolver & { counts: () => { lookups: number; voids: number } } {
  let lookups = 0;
  let voids = 0;
  let first = !countFirst;
  const fn = (async (name: string, type: string) => {
    if (first) first = false;
    else if (++lookups > MAX_LOOKUPS) throw new SpfStop({ error: 'permerror', text: `more than ${MAX_LOOKUPS} DNS lookups` });
    try {
      // NOTE: a target that cannot be a DNS name (from a macro, a label > 63…) does not
      // exist (RFC 7208 §4.8, suite "invalid-domain-long"): a void lookup, not an error.
      if (!validDomain(name)) throw Object.assign(new Error(`not a domain name: ${name}`), { code: 'EBADNAME' });
      const answer = await resolve(name, type);
      if (type === 'TXT') checkSyntax(answer as string[][], name);
      return answer;
    } catch (error) {
      if (error instanceof SpfStop) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EBADNAME') {
        if (++voids > MAX_VOIDS) throw new SpfStop({ error: 'permerror', text: `more than ${MAX_VOIDS} void lookups` });
        return [];
      }
      throw new SpfStop({ error: 'temperror', text: `DNS ${code ?? 'error'} for ${type} ${name}` });
    }
  }) as SpfResolver & { counts: () => { lookups: number; voids: number } };
  fn.getResolveCount = () => lookups;
  fn.getVoidCount = () => voids;
  fn.updateSubQueries = () => undefined;
  fn.counts = () => ({ lookups, voids });
  return fn;
}

/**
 * mailauth checks only the terms it reaches; RFC 7208 §4.6 makes any syntax error in the
 * record a permerror, so the whole record is checked when it is fetched.
 */
function checkSyntax(txt: string[][], name: string): void {
  const records = txt.map((t) => t.join('')).filter(isSpfRecord);
  if (records.length !== 1) return;
  const { errors } = parseSpf(records[0] ?? '');
  if (errors.length) throw new SpfStop({ error: 'permerror', text: `${name}: ${errors[0]}` });
}

const QUALIFIER_RESULT: Record<string, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

function describe(match: SpfMatch): string {
  const q = match.qualifier && match.qualifier !== '+' ? match.qualifier : '';
  const self = match.type === 'all' ? `${q}all` : `${q}${match.type ?? '?'}${match.val && match.type !== 'a' ? `:${match.val}` : ''}`;
  return match.include ? `${self} > ${describe(match.include)}` : self;
}

export async function evaluateSpf(options: EvaluateOptions): Promise<SpfEvaluation> {
  const { spfVerify } = require('mailauth/lib/spf/spf-verify.js') as { spfVerify: typeof SpfVerify };
  let sender = options.sender || `postmaster@${options.helo ?? ''}`;
  if (!sender.includes('@')) sender = `postmaster@${sender}`;
  else if (sender.startsWith('@')) sender = `postmaster${sender}`;
  const domain = sender.slice(sender.lastIndexOf('@') + 1).toLowerCase().replace(/\.$/, '');
  const ip = options.ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  const top = limited(options.resolve, false);
  const base = { ip, sender, lookups: 0, voids: 0 };
  if (!validDomain(domain)) return { ...base, result: 'none', reason: `"${domain}" is not a domain name` };
  let match: SpfMatch | false;
  try {
    match = await spfVerify(domain, {
      sender,
      ip,
      helo: options.helo,
      mta: 'secbook',
      resolver: top,
      createSubResolver: () => limited(options.resolve, true),
    });
  } catch (error) {
    const stop = (error as { spfResult?: { error: SpfResult; text: string } }).spfResult;
    match = stop ? { error: stop.error, text: stop.text } : { error: 'temperror', text: (error as Error).message };
  }
  const counts = top.counts();
  const out = { ...base, lookups: counts.lookups, voids: counts.voids };
  if (!match) return { ...out, result: 'neutral' };
  if (match.error) return { ...out, result: match.error as SpfResult, reason: match.text };
  const result = QUALIFIER_RESULT[match.qualifier ?? '?'] ?? 'neutral';
  return match.type ? { ...out, result, mechanism: describe(match) } : { ...out, result, reason: 'no mechanism matched (default neutral)' };
}
