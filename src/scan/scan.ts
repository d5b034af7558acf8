/**
 * `secbook scan`: runs every check for each domain and returns the findings (no printing).
 */
import { isIP } from 'node:net';
import { checkDomainName, domainProblem } from '../domain/domain-name.js';
import { SecbookError } from '../errors.js';
import { checkDkim } from './check-dkim.js';
import { checkDmarc } from './check-dmarc.js';
import { checkMtaSts } from './check-mta-sts.js';
import { checkBimi, checkMx, checkTlsRpt, type BimiDmarc } from './check-small.js';
import { checkSpf } from './check-spf.js';
import { createDns } from './dns.js';
import { worst, type CheckResult, type Verdict } from './finding.js';

export interface ScanOptions {
  domains: string[];
  /** DKIM selectors tried on every domain. */
  selectors?: string[];
  /** DKIM selectors tried on one domain only (keys lower-case). */
  domainSelectors?: Record<string, string[]>;
  senderIps?: string[];
  /** `host[:port]` of the DNS server to ask; the system's when absent. */
  resolver?: string;
  timeoutMs?: number;
  /** Extra CA certificates (PEM text) trusted for the MTA-STS policy fetch. */
  ca?: string[];
  /** HTTPS port for MTA-STS policy fetches (443; tests use another). */
  httpsPort?: number;
  /** SMTP port for the MTA-STS STARTTLS probe (25; tests use another). */
  smtpPort?: number;
  /** ISO timestamp of the scan. */
  now: Date;
}

export interface DomainReport {
  domain: string;
  verdict: Verdict;
  checks: CheckResult[];
}

export interface ScanReport {
  scannedAt: string;
  resolver: string;
  verdict: Verdict;
  domains: DomainReport[];
  counts: Record<'pass' | 'warn' | 'fail', number>;
}

export function normaliseDomain(raw: string): string {
  // An email address names its domain after the @ (a control character is still refused).
  // eslint-disable-next-line no-control-regex
  const checked = checkDomainName(raw.replace(/^[^@\u0000-\u001f]*@/, ''));
  if (!checked.ok) throw new SecbookError(domainProblem(raw, checked.reason), { hint: 'Give a domain such as example.com (no scheme, no path).', exitCode: 2 });
  return checked.domain;
}

export async function scanDomain(options: ScanOptions, domainRaw: string): Promise<DomainReport> {
  const domain = normaliseDomain(domainRaw);
  const timeoutMs = options.timeoutMs ?? 5000;
  const dns = createDns({ ...(options.resolver ? { server: options.resolver } : {}), timeoutMs });
  const [mx, apex] = await Promise.all([dns.mx(domain), dns.txt(domain)]);
  // NOTE: when the DNS server itself does not answer, one clear error beats twenty lines
  // of the same failure; a domain whose own servers fail shows up as SERVFAIL instead.
  const down = [mx, apex].map((r) => (!r.ok && 'failure' in r ? r.failure : undefined));
  if (down[0] && down[0] === down[1] && (down[0] === 'CONNREFUSED' || down[0] === 'TIMEOUT')) {
    throw new SecbookError(`the DNS server ${dns.server} did not answer for ${domain} (${down[0]})`, {
      hint: 'Check --resolver and the network, or raise --timeout (e.g. --timeout 15s).',
    });
  }
  // NXDOMAIN for the name itself: a parent's np= applies to it (RFC 9989).
  const exists = ![mx, apex].some((r) => !r.ok && 'absent' in r && r.absent === 'NXDOMAIN');
  const [spf, dmarc, dkim, mtaSts, tlsRpt, mxChecks] = await Promise.all([
    checkSpf(dns, domain, { senderIps: options.senderIps ?? [], mx }),
    checkDmarc(dns, domain, apex.ok ? apex.records : undefined, exists),
    checkDkim(dns, domain, [...(options.selectors ?? []), ...(options.domainSelectors?.[domain] ?? [])]),
    checkMtaSts(dns, domain, { mx, timeoutMs, ...(options.ca ? { ca: options.ca } : {}), ...(options.httpsPort ? { httpsPort: options.httpsPort } : {}), ...(options.smtpPort ? { smtpPort: options.smtpPort } : {}) }),
    checkTlsRpt(dns, domain),
    checkMx(dns, domain, mx),
  ]);
  const bimi = await checkBimi(dns, domain, dmarc.data as BimiDmarc | undefined);
  const checks = [spf, ...dkim, dmarc, mtaSts, tlsRpt, ...mxChecks, bimi];
  return { domain, verdict: worst(checks.map((c) => c.verdict)), checks };
}

export async function scan(options: ScanOptions): Promise<ScanReport> {
  if (options.domains.length === 0) {
    throw new SecbookError('no domain to scan', { hint: 'Name one (secbook scan example.com) or set organisation.domains in the workbook.' });
  }
  for (const ip of options.senderIps ?? []) {
    if (!isIP(ip)) throw new SecbookError(`--sender-ip "${ip}" is not an IP address`, { hint: 'Give an IPv4 or IPv6 address, e.g. --sender-ip 192.0.2.10.' });
  }
  const domains = await Promise.all([...new Set(options.domains.map(normaliseDomain))].map((d) => scanDomain(options, d)));
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const d of domains) for (const c of d.checks) if (c.verdict !== 'info') counts[c.verdict]++;
  return {
    scannedAt: options.now.toISOString(),
    resolver: options.resolver ?? 'system',
    verdict: worst(domains.map((d) => d.verdict)),
    domains,
    counts,
  };
}
