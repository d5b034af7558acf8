/**
 * Follows an SPF record through its includes and redirect the way a receiver would, to
 * count DNS-querying terms (limit 10, §4.6.4), void lookups (limit 2, §4.6.4) and loops,
 * and to show the chain. No IP is needed: every branch is visited.
 */
import type { Dns, Lookup } from './dns.js';
import { describeLookup } from './dns.js';
import { hasMacro, isSpfRecord, LOOKUP_TERMS, parseSpf, type SpfTerm } from './spf-parse.js';
import { joinTxt } from './tag-list.js';

export interface SpfWalk {
  /** DNS-querying terms counted recursively. */
  lookups: number;
  voids: number;
  /** One line per counted term: `#3 include:_spf.google.com (in example.com)`. */
  chain: string[];
  /** Problems found below the top record (syntax in includes, loops, DNS errors, >10 MX). */
  problems: string[];
  /** DNS failures (timeouts…) met on the way: the counts are then a lower bound. */
  dnsErrors: string[];
  loops: string[];
  duplicateIncludes: string[];
  ptr: string[];
  unfollowed: string[];
}

type Step = { domain: string; terms: SpfTerm[] };

const target = (term: SpfTerm, domain: string): string =>
  (term.kind === 'mechanism' ? term.target : term.value)?.replace(/\.$/, '') || domain;

export async function walkSpf(dns: Dns, domain: string, terms: SpfTerm[]): Promise<SpfWalk> {
  const walk: SpfWalk = { lookups: 0, voids: 0, chain: [], problems: [], dnsErrors: [], loops: [], duplicateIncludes: [], ptr: [], unfollowed: [] };
  const included = new Set<string>();

  const noteVoid = (type: string, name: string, res: Lookup<unknown>): boolean => {
    if (res.ok) return res.records.length === 0 && ++walk.voids > 0;
    if ('absent' in res) {
      walk.voids++;
      return true;
    }
    walk.dnsErrors.push(describeLookup(type, name, res));
    return false;
  };

  const fetchSpf = async (name: string, via: string): Promise<SpfTerm[] | undefined> => {
    const res = await dns.txt(name);
    if (!res.ok) {
      noteVoid('TXT', name, res);
      if ('absent' in res) walk.problems.push(`${via}: ${describeLookup('TXT', name, res)} — no SPF record there (a permerror for receivers)`);
      return undefined;
    }
    const records = res.records.map(joinTxt).filter(isSpfRecord);
    if (records.length !== 1) {
      walk.problems.push(`${via}: ${name} has ${records.length === 0 ? 'no' : records.length} SPF records (a permerror for receivers)`);
      return undefined;
    }
    const parsed = parseSpf(records[0] ?? '');
    for (const e of parsed.errors) walk.problems.push(`${via}: ${name}: ${e}`);
    return parsed.terms;
  };

  const visit = async (step: Step, stack: string[]): Promise<void> => {
    const hasAll = step.terms.some((t) => t.kind === 'mechanism' && t.name === 'all');
    for (const term of step.terms) {
      const name = term.name;
      if (!LOOKUP_TERMS.has(name) || (term.kind === 'modifier' && name !== 'redirect')) continue;
      if (name === 'redirect' && hasAll) continue;
      walk.lookups++;
      walk.chain.push(`#${walk.lookups} ${term.raw}${step.domain === domain ? '' : ` (in ${step.domain})`}`);
      const dest = target(term, step.domain);
      if (name === 'ptr') walk.ptr.push(`${term.raw} in ${step.domain}`);
      if (hasMacro(dest)) {
        walk.unfollowed.push(`${term.raw} (uses a macro, depends on the sender)`);
        continue;
      }
      if (name === 'include' || name === 'redirect') {
        const key = dest.toLowerCase();
        if (stack.includes(key)) {
          walk.loops.push([...stack, key].join(' → '));
          continue;
        }
        if (included.has(key)) walk.duplicateIncludes.push(dest);
        included.add(key);
        const terms = await fetchSpf(dest, term.raw);
        if (terms) await visit({ domain: dest, terms }, [...stack, key]);
      } else if (name === 'a') {
        const [a, aaaa] = await Promise.all([dns.a(dest), dns.aaaa(dest)]);
        const empty = (r: Lookup<string>) => !r.ok && 'absent' in r;
        if (empty(a) && empty(aaaa)) walk.voids++;
        for (const [type, r] of [['A', a], ['AAAA', aaaa]] as const) if (!r.ok && 'failure' in r) walk.dnsErrors.push(describeLookup(type, dest, r));
      } else if (name === 'mx') {
        const mx = await dns.mx(dest);
        noteVoid('MX', dest, mx);
        if (mx.ok && mx.records.length > 10) walk.problems.push(`${term.raw}: ${dest} has ${mx.records.length} MX hosts; SPF evaluates at most 10 (a permerror)`);
      }
    }
  };

  await visit({ domain, terms }, [domain.toLowerCase()]);
  return walk;
}
