/**
 * Which DKIM selectors to check on which domain. Selectors cannot be listed from DNS, so they
 * come from `--selector` (`s1` for every domain, `example.com=s1,s2` for one) and from the
 * workbook's answer to `email.auth.dkim-selectors`. A selector named for one domain is only
 * tried there: trying it everywhere reports keys "missing" on domains that never used it.
 * Pure.
 */
import { SecbookError } from '../errors.js';

export interface SelectorPlan {
  /** Tried on every scanned domain. */
  all: string[];
  /** Tried on that domain only (keys are lower-case domains). */
  byDomain: Record<string, string[]>;
}

const SELECTOR = /^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?$/i;

const add = (plan: SelectorPlan, domain: string, selectors: string[]) => {
  const key = domain.toLowerCase().replace(/\.$/, '');
  plan.byDomain[key] = [...new Set([...(plan.byDomain[key] ?? []), ...selectors])];
};

/** `--selector` values: `s1`, `s1,s2`, or `example.com=s1,s2`. */
export function parseSelectorFlags(values: string[]): SelectorPlan {
  const plan: SelectorPlan = { all: [], byDomain: {} };
  for (const raw of values) {
    const eq = raw.indexOf('=');
    const domain = eq >= 0 ? raw.slice(0, eq).trim() : undefined;
    const selectors = (eq >= 0 ? raw.slice(eq + 1) : raw).split(',').map((s) => s.trim()).filter(Boolean);
    const bad = selectors.find((s) => !SELECTOR.test(s));
    if (selectors.length === 0 || bad !== undefined || (domain !== undefined && !/^[a-z0-9.-]+$/i.test(domain))) {
      throw new SecbookError(`--selector "${raw}" is not a selector list`, { hint: 'Use --selector s1 (every domain) or --selector example.com=s1,s2 (one domain).' });
    }
    if (domain !== undefined) add(plan, domain, selectors);
    else plan.all = [...new Set([...plan.all, ...selectors])];
  }
  return plan;
}

/**
 * Selectors written in the workbook's free-text answer. Two shapes are read, one per line
 * (or `;`-separated part): full names (`s1._domainkey.example.com — SendGrid`), and
 * `example.com: s1, s2 (provider); s3` where a part without a domain continues the last
 * domain named. Words in parentheses and phrases with spaces are notes, not selectors.
 */
export function selectorsFromAnswer(text: string): Record<string, string[]> {
  const plan: SelectorPlan = { all: [], byDomain: {} };
  for (const line of text.split(/\r?\n/)) {
    const full = [...line.matchAll(/([a-z0-9_.-]+)\._domainkey\.([a-z0-9.-]+[a-z0-9])/gi)];
    if (full.length) {
      for (const m of full) add(plan, m[2] ?? '', [m[1] ?? '']);
      continue;
    }
    let domain: string | undefined;
    for (const part of line.replace(/\([^)]*\)/g, ' ').split(';')) {
      const m = /^\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*:(.*)$/i.exec(part);
      if (m) domain = m[1];
      if (!domain) continue;
      const words = (m ? (m[2] ?? '') : part).split(',').map((w) => w.trim()).filter((w) => SELECTOR.test(w));
      if (words.length) add(plan, domain, words);
    }
  }
  return plan.byDomain;
}

/** Joins two plans (flags first, then the workbook). */
export function mergeSelectors(a: SelectorPlan, byDomain: Record<string, string[]>): SelectorPlan {
  const out: SelectorPlan = { all: [...a.all], byDomain: { ...a.byDomain } };
  for (const [d, s] of Object.entries(byDomain)) add(out, d, s);
  return out;
}
