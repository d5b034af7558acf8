/**
 * The sender inventory: who actually sends mail as the team's domains, joined from the
 * report store, reverse DNS, the live SPF records and the providers the workbook names;
 * and, per domain, how ready the mail is for DMARC enforcement. Pure apart from the DNS
 * look-ups passed in.
 */
import { attribute, providerOfInclude, SENDER_PROVIDERS, type Attribution } from './providers.js';
import type { DmarcRow, ReportStore, TlsRow } from './store.js';

export interface SenderLookups {
  /** Reverse DNS name of an IP, or undefined. */
  ptr(ip: string): Promise<string | undefined>;
  /** SPF `include:` targets published at a domain (direct ones). */
  spfIncludes(domain: string): Promise<string[]>;
}

export interface Sender {
  /** `192.0.2.0/24` (IPv4) or `2001:db8:1::/48` (IPv6). */
  range: string;
  ips: string[];
  ptr?: string;
  provider?: { id: string; name: string; by: Attribution['by'] };
  /** Listed among the workbook's providers. */
  inScope: boolean;
  volume: number;
  spfAligned: number;
  dkimAligned: number;
  dmarcPass: number;
  firstSeen: string;
  lastSeen: string;
  domains: string[];
  dkimDomains: string[];
  selectors: string[];
}

export interface Readiness {
  domain: string;
  days: number;
  /** All mail in the window, and the part from known senders (a provider, or aligned). */
  total: number;
  legitimate: number;
  legitimateAligned: number;
  /** Share of legitimate mail that passes DMARC (0–1), null with no mail. */
  alignedShare: number | null;
  /** Legitimate mail that would be quarantined/rejected (fails DMARC), and unknown mail that would be stopped. */
  legitimateFailing: number;
  unknownFailing: number;
  recommendation: string;
}

export interface TlsSummary {
  policyDomain: string;
  policyType: string;
  success: number;
  failure: number;
  /** Failures by result type and sending MTA. */
  failures: { resultType: string; sendingMtaIp: string; receivingMx: string; sessions: number }[];
}

export interface Inventory {
  senders: Sender[];
  unknown: Sender[];
  forwardingRisk: Sender[];
  providersNotSeen: { id: string; name: string }[];
  unusedIncludes: { domain: string; include: string; provider?: string }[];
  readiness: Readiness[];
  tls: TlsSummary[];
  firstDay?: string;
  lastDay?: string;
}

export function rangeOf(ip: string): string {
  if (ip.includes(':')) {
    const parts = ip.split('::')[0]!.split(':');
    return `${[...parts, '0', '0', '0'].slice(0, 3).join(':')}::/48`;
  }
  const o = ip.split('.');
  return `${o[0]}.${o[1]}.${o[2]}.0/24`;
}

const DAY = 86_400_000;
const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${Math.round((n / d) * 1000) / 10}%`);

function recommend(r: Omit<Readiness, 'recommendation'>): string {
  if (r.total === 0) return `No reports for ${r.domain} in the last ${r.days} days: publish rua= and import the reports first.`;
  const share = r.alignedShare ?? 0;
  const s = pct(r.legitimateAligned, r.legitimate);
  if (share >= 0.98) return `${s} of legitimate mail is aligned; ${r.legitimateFailing} message(s) would be affected: ready for p=quarantine, then p=reject.`;
  if (share >= 0.9) return `${s} of legitimate mail is aligned; fix the senders that fail alignment (${r.legitimateFailing} message(s)) before p=quarantine.`;
  return `Only ${s} of legitimate mail is aligned: stay at p=none and align DKIM/SPF for the senders listed first.`;
}

export async function buildInventory(store: ReportStore, input: { domains: string[]; providers: string[]; now: Date; days?: number }, lookups: SenderLookups): Promise<Inventory> {
  const rows = [...store.dmarc.values()];
  const byRange = new Map<string, DmarcRow[]>();
  for (const r of rows) {
    const key = rangeOf(r.sourceIp);
    byRange.set(key, [...(byRange.get(key) ?? []), r]);
  }
  const senders: Sender[] = [];
  for (const [range, rs] of byRange) {
    const ips = [...new Set(rs.map((r) => r.sourceIp))].sort();
    const dkimEntries = rs.flatMap((r) => r.dkim.split(';').filter(Boolean).map((e) => e.split(':')));
    const dkimDomains = [...new Set(dkimEntries.map((e) => e[0]!).filter(Boolean))].sort();
    const ptr = await lookups.ptr(ips[0]!);
    const found = attribute({ dkim: dkimDomains, spf: [...new Set(rs.map((r) => r.spfDomain).filter(Boolean))], ptr });
    const days = rs.map((r) => r.day).sort();
    const sum = (f: (r: DmarcRow) => boolean) => rs.filter(f).reduce((n, r) => n + r.count, 0);
    senders.push({
      range,
      ips,
      ...(ptr ? { ptr } : {}),
      ...(found ? { provider: { id: found.provider.id, name: found.provider.name, by: found.by } } : {}),
      inScope: Boolean(found && input.providers.includes(found.provider.id)),
      volume: sum(() => true),
      spfAligned: sum((r) => r.spfAligned),
      dkimAligned: sum((r) => r.dkimAligned),
      dmarcPass: sum((r) => r.spfAligned || r.dkimAligned),
      firstSeen: days[0]!,
      lastSeen: days.at(-1)!,
      domains: [...new Set(rs.map((r) => r.domain))].sort(),
      dkimDomains,
      selectors: [...new Set(dkimEntries.map((e) => e[1]!).filter(Boolean))].sort(),
    });
  }
  senders.sort((a, b) => b.volume - a.volume || a.range.localeCompare(b.range));
  const legit = (s: Sender) => Boolean(s.provider) || s.dmarcPass > 0;
  const seen = new Set(senders.map((s) => s.provider?.id).filter(Boolean));

  const unusedIncludes: Inventory['unusedIncludes'] = [];
  for (const domain of input.domains) {
    for (const include of await lookups.spfIncludes(domain)) {
      const provider = providerOfInclude(include);
      const used = provider ? seen.has(provider.id) : senders.some((s) => s.domains.includes(domain) && s.spfAligned > 0);
      if (!used) unusedIncludes.push({ domain, include, ...(provider ? { provider: provider.name } : {}) });
    }
  }

  const days = input.days ?? 30;
  const since = new Date(input.now.getTime() - days * DAY).toISOString().slice(0, 10);
  const readiness: Readiness[] = [];
  const domains = [...new Set([...input.domains.map((d) => d.toLowerCase()), ...rows.map((r) => r.domain)])].sort();
  for (const domain of domains) {
    const recent = rows.filter((r) => r.domain === domain && r.day >= since);
    const legitRanges = new Set(senders.filter(legit).map((s) => s.range));
    const isLegit = (r: DmarcRow) => legitRanges.has(rangeOf(r.sourceIp));
    const total = recent.reduce((n, r) => n + r.count, 0);
    const legitimate = recent.filter(isLegit).reduce((n, r) => n + r.count, 0);
    const legitimateAligned = recent.filter((r) => isLegit(r) && (r.spfAligned || r.dkimAligned)).reduce((n, r) => n + r.count, 0);
    const base = {
      domain,
      days,
      total,
      legitimate,
      legitimateAligned,
      alignedShare: legitimate === 0 ? null : legitimateAligned / legitimate,
      legitimateFailing: legitimate - legitimateAligned,
      unknownFailing: recent.filter((r) => !isLegit(r) && !(r.spfAligned || r.dkimAligned)).reduce((n, r) => n + r.count, 0),
    };
    readiness.push({ ...base, recommendation: recommend(base) });
  }

  const tls = new Map<string, TlsSummary>();
  for (const r of store.tls.values() as Iterable<TlsRow>) {
    const key = `${r.policyDomain}\u0000${r.policyType}`;
    const t = tls.get(key) ?? { policyDomain: r.policyDomain, policyType: r.policyType, success: 0, failure: 0, failures: [] };
    if (r.result === 'success') t.success += r.sessions;
    else {
      t.failure += r.sessions;
      const f = t.failures.find((x) => x.resultType === r.result && x.sendingMtaIp === r.sendingMtaIp && x.receivingMx === r.receivingMx);
      if (f) f.sessions += r.sessions;
      else t.failures.push({ resultType: r.result, sendingMtaIp: r.sendingMtaIp, receivingMx: r.receivingMx, sessions: r.sessions });
    }
    tls.set(key, t);
  }

  const allDays = rows.map((r) => r.day).sort();
  return {
    senders,
    unknown: senders.filter((s) => !s.provider),
    forwardingRisk: senders.filter((s) => s.spfAligned > 0 && s.dkimAligned === 0),
    providersNotSeen: input.providers.filter((id) => SENDER_PROVIDERS.some((p) => p.id === id) && !seen.has(id)).map((id) => ({ id, name: SENDER_PROVIDERS.find((p) => p.id === id)!.name })),
    unusedIncludes,
    readiness,
    tls: [...tls.values()].sort((a, b) => a.policyDomain.localeCompare(b.policyDomain)),
    ...(allDays.length ? { firstDay: allDays[0], lastDay: allDays.at(-1) } : {}),
  };
}
