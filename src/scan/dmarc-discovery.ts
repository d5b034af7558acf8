/**
 * DMARC policy discovery and Organizational Domain determination by the RFC 9989 DNS Tree
 * Walk (which replaced the public suffix list of RFC 7489 and the PSD lookups of RFC 9091):
 * records are looked up from a name towards the top-level label, at most eight queries, and
 * `psd=y` / `psd=n` say where an organisation ends.
 */
import { describeLookup, type Dns } from './dns.js';
import { parseTagList, recordsWithVersion } from './tag-list.js';

export interface FoundRecord {
  /** The domain the record belongs to (without `_dmarc.`). */
  domain: string;
  record: string;
  tags: Map<string, string>;
}

export interface WalkResult {
  /** Valid single records found, longest name first. */
  found: FoundRecord[];
  /** DNS failures met on the way (the walk went on past them). */
  errors: string[];
}

/** The names a walk asks, starting at `start` (included when `includeStart`). */
export function walkTargets(start: string, includeStart: boolean): string[] {
  const labels = start.split('.').filter(Boolean);
  const out = includeStart ? [labels.join('.')] : [];
  // Eight labels or more: jump straight to the last seven (at most eight queries in all).
  let rest = labels.length >= 8 ? labels.slice(-7) : labels.slice(1);
  while (rest.length > 0) {
    out.push(rest.join('.'));
    rest = rest.slice(1);
  }
  return out;
}

async function recordAt(dns: Dns, domain: string): Promise<{ found?: FoundRecord; error?: string }> {
  const name = `_dmarc.${domain}`;
  const txt = await dns.txt(name);
  if (!txt.ok) return 'failure' in txt ? { error: describeLookup('TXT', name, txt) } : {};
  const records = recordsWithVersion(txt.records, 'v=DMARC1');
  // Several records at one name are all discarded, as receivers do.
  if (records.length !== 1) return {};
  const record = records[0] ?? '';
  return { found: { domain, record, tags: parseTagList(record).tags } };
}

/** Walks up from `start`, stopping at the first record with `psd=y` or `psd=n`. */
export async function treeWalk(dns: Dns, start: string, includeStart: boolean): Promise<WalkResult> {
  const out: WalkResult = { found: [], errors: [] };
  for (const target of walkTargets(start, includeStart)) {
    const { found, error } = await recordAt(dns, target);
    if (error) out.errors.push(error);
    if (!found) continue;
    out.found.push(found);
    const psd = found.tags.get('psd')?.toLowerCase();
    if (psd === 'y' || psd === 'n') break;
  }
  return out;
}

/** The Organizational Domain selection of RFC 9989 over a walk's records. */
export function selectOrganisation(start: string, walk: WalkResult): string | undefined {
  const startLabels = start.split('.');
  for (const f of walk.found) {
    const psd = f.tags.get('psd')?.toLowerCase();
    if (psd === 'n') return f.domain;
    if (psd === 'y' && f.domain !== start) {
      // One label below the public suffix domain, on the way to `start`.
      const depth = f.domain.split('.').length + 1;
      return startLabels.slice(startLabels.length - depth).join('.');
    }
  }
  return walk.found[walk.found.length - 1]?.domain;
}

/** The Organizational Domain of any name (for alignment and report authorisation). */
export async function organisationalDomain(dns: Dns, name: string): Promise<string> {
  return selectOrganisation(name, await treeWalk(dns, name, true)) ?? name;
}

export interface DiscoveredPolicy {
  /** The record that applies, and where it was found. */
  applied: FoundRecord;
  /** `self`: the domain's own record; `organisation`; `psd`: a public suffix operator's record. */
  source: 'self' | 'organisation' | 'psd';
  /** The domain's Organizational Domain. */
  organisation: string;
  /** The Organizational Domain's own record, when it has one. */
  organisationRecord?: FoundRecord;
  errors: string[];
}

/**
 * The record RFC 9989 applies to mail from `domain`: its own, else its Organizational
 * Domain's, else its Public Suffix Domain's. `own` is the domain's own record if the caller
 * has already read it.
 */
export async function discoverPolicy(dns: Dns, domain: string, own?: FoundRecord): Promise<DiscoveredPolicy | undefined> {
  const walk = await treeWalk(dns, domain, false);
  const withOwn: WalkResult = own ? { found: [own, ...walk.found], errors: walk.errors } : walk;
  // A record at the domain itself with psd=y/n ends the walk there.
  const ownPsd = own?.tags.get('psd')?.toLowerCase();
  const organisation = (own && ownPsd === 'n' ? own.domain : selectOrganisation(domain, withOwn)) ?? domain;
  const organisationRecord = withOwn.found.find((f) => f.domain === organisation);
  const psdRecord = walk.found.find((f) => f.tags.get('psd')?.toLowerCase() === 'y');
  const errors = walk.errors;
  if (own) return { applied: own, source: 'self', organisation, ...(organisationRecord ? { organisationRecord } : {}), errors };
  if (organisationRecord) return { applied: organisationRecord, source: 'organisation', organisation, organisationRecord, errors };
  if (psdRecord) return { applied: psdRecord, source: 'psd', organisation, errors };
  return undefined;
}

/**
 * The policy a record sets for `domain`: `p` for the record's own domain; for a subdomain
 * `sp` if it exists, `np` if it does not, each falling back to `sp` then `p`.
 */
export function policyFor(record: FoundRecord, domain: string, exists: boolean): { policy: string; tag: 'p' | 'sp' | 'np' } {
  const valid = (v: string | undefined) => (v && /^(none|quarantine|reject)$/i.test(v) ? v.toLowerCase() : undefined);
  const p = valid(record.tags.get('p')) ?? 'none';
  if (record.domain === domain) return { policy: p, tag: 'p' };
  const sp = valid(record.tags.get('sp'));
  const np = valid(record.tags.get('np'));
  if (!exists && np) return { policy: np, tag: 'np' };
  if (sp) return { policy: sp, tag: 'sp' };
  return { policy: p, tag: 'p' };
}
