/** What a scan returns: findings grouped by check and domain. Plain data (JSON as is). */

export const CHECKS = ['spf', 'dkim', 'dmarc', 'mta-sts', 'tls-rpt', 'mx', 'bimi'] as const;
export type CheckName = (typeof CHECKS)[number];

/** `info` never affects the verdict (BIMI, guessed DKIM selectors that are absent). */
export type Verdict = 'pass' | 'warn' | 'fail' | 'info';

export interface Finding {
  verdict: Verdict;
  /** One line: what was found and why it matters. */
  why: string;
  /** One line: what to change; absent for a pass. */
  fix?: string;
  /**
   * Which part of the check this is about (`lookups`, `all`, `policy`…), so `--apply` can
   * put it on the right checklist item; absent means the record itself.
   */
  aspect?: string;
  /**
   * The thing the checklist item asks for does not exist at all (no MTA-STS, no TLS-RPT):
   * `--apply` proposes `todo`, even though the scan only warns (it is optional in DNS terms).
   */
  missing?: true;
}

export interface CheckResult {
  check: CheckName;
  domain: string;
  /** For DKIM: the selector; for MX: the host. */
  subject?: string;
  /** The worst finding (info < pass < warn < fail). */
  verdict: Verdict;
  /** The record(s) as found in DNS or over HTTPS, joined strings. */
  records: string[];
  findings: Finding[];
  /** Extra data for --json (lookup chain, matched mechanism, policy…). */
  data?: Record<string, unknown>;
}

const RANK: Record<Verdict, number> = { info: 0, pass: 1, warn: 2, fail: 3 };

export function worst(verdicts: Verdict[], empty: Verdict = 'pass'): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), verdicts.length ? 'info' : empty);
}

/** Builds a result whose verdict is the worst of its findings. */
export function result(check: CheckName, domain: string, records: string[], findings: Finding[], extra: Partial<CheckResult> = {}): CheckResult {
  return { check, domain, ...extra, verdict: worst(findings.map((f) => f.verdict)), records, findings };
}

export const pass = (why: string): Finding => ({ verdict: 'pass', why });
export const warn = (why: string, fix: string): Finding => ({ verdict: 'warn', why, fix });
export const fail = (why: string, fix: string): Finding => ({ verdict: 'fail', why, fix });
export const info = (why: string, fix?: string): Finding => (fix ? { verdict: 'info', why, fix } : { verdict: 'info', why });

/** Marks a finding as "the record does not exist" (see Finding.missing). */
export const missing = (f: Finding): Finding => ({ ...f, missing: true });

/** Tags findings with an aspect (see Finding.aspect). */
export const about = (aspect: string, findings: Finding[]): Finding[] => findings.map((f) => ({ ...f, aspect }));
