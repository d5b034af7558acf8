/** DMARC (RFC 7489 as updated by RFC 9989): record, tags, policy strength, report destinations. */
import { describeLookup, type Dns } from './dns.js';
import { about, fail, info, pass, result, warn, type CheckResult, type Finding } from './finding.js';
import { discoverPolicy, organisationalDomain, policyFor, type DiscoveredPolicy, type FoundRecord } from './dmarc-discovery.js';
import { joinTxt, parseTagList, recordsWithVersion } from './tag-list.js';

const KNOWN = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'rua', 'ruf', 'fo', 't', 'psd', 'pct', 'rf', 'ri']);
const REMOVED: Record<string, string> = {
  pct: 'pct= was removed by RFC 9989 (use t=y for test mode)',
  rf: 'rf= was removed by RFC 9989 (only AFRF failure reports exist)',
  ri: 'ri= was removed by RFC 9989 (reports are daily)',
};
const POLICIES = ['none', 'quarantine', 'reject'];

const ENUMS: Record<string, RegExp> = {
  p: /^(none|quarantine|reject)$/i,
  sp: /^(none|quarantine|reject)$/i,
  np: /^(none|quarantine|reject)$/i,
  adkim: /^[rs]$/i,
  aspf: /^[rs]$/i,
  fo: /^[01ds](:[01ds])*$/i,
  t: /^[yn]$/i,
  psd: /^[ynu]$/i,
  pct: /^(100|[1-9]?\d)$/,
  ri: /^\d+$/,
};

/**
 * Report destinations outside the domain's organisation must authorise it. "Outside" compares
 * Organizational Domains found by the DNS Tree Walk, not name suffixes: two names under a
 * public suffix (psd=y), or a department that declares itself an organisation (psd=n), are
 * different organisations even when one name ends with the other.
 */
async function destinationFindings(dns: Dns, domain: string, organisation: string, tag: string, value: string): Promise<Finding[]> {
  const out: Finding[] = [];
  const uris = value.split(',').map((u) => u.trim()).filter(Boolean);
  if (tag === 'rua' && uris.length > 2) out.push(warn(`rua lists ${uris.length} destinations; receivers may send to only the first two`, 'Keep at most two rua URIs.'));
  for (const uri of uris) {
    const m = /^mailto:([^@\s]+)@([^!\s]+?)(!\d+[kmgt]?)?$/i.exec(uri);
    if (!m) {
      out.push(fail(`${tag}: "${uri}" is not a mailto: URI`, `Use ${tag}=mailto:dmarc-reports@${domain}.`));
      continue;
    }
    const dest = (m[2] ?? '').toLowerCase();
    if (dest === domain.toLowerCase() || (await organisationalDomain(dns, dest)) === organisation) continue;
    const name = `${domain}._report._dmarc.${dest}`;
    const auth = await dns.txt(name);
    if (auth.ok && recordsWithVersion(auth.records, 'v=DMARC1').length > 0) {
      out.push(pass(`${tag}: ${dest} authorises reports for ${domain} (${name})`));
    } else if (!auth.ok && 'failure' in auth) {
      out.push(warn(`${tag}: could not check the authorisation at ${describeLookup('TXT', name, auth)}`, 'Retry; this is a DNS error.'));
    } else {
      out.push(warn(`${tag}: ${dest} has not authorised reports for ${domain} (no v=DMARC1 TXT at ${name}); receivers drop them`, `Ask ${dest} to publish "v=DMARC1" at ${name}, or send reports to an address at ${domain}.`));
    }
  }
  return out;
}

function policyFindings(tags: Map<string, string>, policy: string): Finding[] {
  const out: Finding[] = [];
  if (!tags.has('p')) out.push(warn('no p= tag: the policy is none (RFC 9989)', 'Add p=none while monitoring, then p=quarantine and p=reject.'));
  else if (policy === 'none') out.push(warn('p=none: DMARC monitors but does not protect; spoofed mail is delivered', 'Read the rua reports until every legitimate sender aligns, then move to p=quarantine, then p=reject.'));
  else if (policy === 'quarantine') out.push(pass('p=quarantine: failing mail goes to spam (p=reject is the end state)'));
  else out.push(pass('p=reject: failing mail is refused'));
  const sp = tags.get('sp')?.toLowerCase();
  if (sp === 'none' && policy !== 'none') out.push(warn('sp=none: subdomains are not protected', 'Remove sp= (subdomains then inherit p) or set sp=quarantine/reject.'));
  const np = tags.get('np')?.toLowerCase();
  if (np === 'none' && policy !== 'none') {
    out.push(warn(`np=none under p=${policy}: names below this domain that do not exist (made-up subdomains) are not protected`, 'Remove np= (it then follows sp=, else p=) or set np=reject.'));
  }
  if (tags.get('t')?.toLowerCase() === 'y') out.push(warn('t=y: test mode, receivers apply one step weaker policy', 'Remove t=y once reports look clean.'));
  const pct = tags.get('pct');
  if (pct && pct !== '100') out.push(info(`pct=${pct}: receivers following RFC 9989 ignore pct`));
  return out;
}

/**
 * When the domain belongs to a larger organisation, the organisation's own `p=` is what
 * protects mail From the organisational domain itself: a subdomain at `reject` under an
 * organisation at `p=none` is not an organisation at enforcement.
 */
function organisationFindings(domain: string, found: DiscoveredPolicy): Finding[] {
  const org = found.organisationRecord;
  if (!org || org.domain === domain) return [];
  const orgPolicy = policyFor(org, org.domain, true).policy;
  if (orgPolicy !== 'none') return [];
  return [{ ...warn(`the organisational domain ${org.domain} publishes p=none: mail From ${org.domain} is not protected, whatever ${domain} publishes`, `Move _dmarc.${org.domain} to p=quarantine, then p=reject.`), aspect: 'policy' }];
}

/** A domain without its own record: the Organizational Domain's or the PSD's record applies. */
function inheritedResult(domain: string, exists: boolean, found: DiscoveredPolicy, before: Finding[]): CheckResult {
  const { applied } = found;
  const { policy, tag } = policyFor(applied, domain, exists);
  const where = found.source === 'psd' ? `the public suffix operator's record _dmarc.${applied.domain} (psd=y)` : `_dmarc.${applied.domain}`;
  const why = `no record at _dmarc.${domain}; the policy of ${where} applies to it: ${tag}=${policy}${tag === 'np' ? ` (${domain} does not exist)` : ''}`;
  const finding =
    policy === 'none'
      ? warn(`${why} — not enforced`, `Set ${exists ? 'sp' : 'np'}=quarantine or reject at _dmarc.${applied.domain}, or publish a record at _dmarc.${domain}.`)
      : pass(why);
  const findings: Finding[] = [...before, { ...finding, aspect: 'policy' }, pass(`covered by the record at _dmarc.${applied.domain}`)];
  if (policy !== 'none') findings.push(...organisationFindings(domain, found));
  for (const e of found.errors) findings.push(info(`DNS error during the tree walk: ${e}`));
  return result('dmarc', domain, [applied.record], findings, {
    data: { policy, policyTag: tag, inheritedFrom: applied.domain, source: found.source, organisation: found.organisation, tags: Object.fromEntries(applied.tags), ...orgData(found) },
  });
}

const orgData = (found: DiscoveredPolicy): Record<string, unknown> =>
  found.organisationRecord ? { organisationTags: Object.fromEntries(found.organisationRecord.tags) } : {};

/**
 * `exists` is false when the domain's own name answers NXDOMAIN: then a parent's `np=`
 * applies (RFC 9989), not `sp=`.
 */
export async function checkDmarc(dns: Dns, domain: string, apexTxt?: string[][], exists = true): Promise<CheckResult> {
  const name = `_dmarc.${domain}`;
  const txt = await dns.txt(name);
  const findings: Finding[] = [];
  if (apexTxt && recordsWithVersion(apexTxt, 'v=DMARC1').length) {
    findings.push(warn(`a v=DMARC1 record at ${domain} itself has no effect`, `Move it to ${name} and delete it from ${domain}.`));
  }
  if (!txt.ok && 'absent' in txt) {
    const found = await discoverPolicy(dns, domain);
    if (found) return inheritedResult(domain, exists, found, findings);
  }
  if (!txt.ok) {
    const dnsError = 'failure' in txt;
    findings.push(fail(dnsError ? `could not read DMARC: ${describeLookup('TXT', name, txt)}` : `no DMARC record: ${describeLookup('TXT', name, txt)}`, dnsError ? 'Retry; this is a DNS error, not a missing record.' : `Publish TXT at ${name}: "v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}", then move to quarantine and reject.`));
    return result('dmarc', domain, [], findings);
  }
  const records = recordsWithVersion(txt.records, 'v=DMARC1');
  if (records.length === 0) {
    findings.push(fail(`TXT at ${name} but none starts with v=DMARC1`, `Publish "v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}".`));
    return result('dmarc', domain, txt.records.map(joinTxt), findings);
  }
  if (records.length > 1) {
    findings.push(fail(`${records.length} DMARC records: receivers ignore them all`, 'Keep exactly one v=DMARC1 record.'));
    return result('dmarc', domain, records, findings);
  }
  const others = txt.records.length - 1;
  if (others > 0) findings.push(warn(`${others} unrelated TXT record(s) at ${name}`, `Remove non-DMARC TXT records from ${name}.`));
  const record = records[0] ?? '';
  const { tags, order, duplicates, malformed } = parseTagList(record);
  if (order[0] !== 'v' || tags.get('v') !== 'DMARC1') findings.push(fail('the record must start with exactly "v=DMARC1"', 'Start the record with v=DMARC1;'));
  for (const m of malformed) findings.push(fail(`syntax: "${m}" is not tag=value`, 'Separate tags with ";" and write them as tag=value.'));
  for (const d of duplicates) findings.push(fail(`tag ${d}= appears twice`, `Keep one ${d}=.`));
  for (const [tag, value] of tags) {
    if (!KNOWN.has(tag)) findings.push(warn(`unknown tag ${tag}= is ignored`, `Remove ${tag}= or fix its name.`));
    else if (ENUMS[tag] && !ENUMS[tag].test(value)) findings.push(fail(`${tag}=${value} is not a valid value`, `See RFC 9989 for ${tag}= values.`));
    if (REMOVED[tag]) findings.push(warn(REMOVED[tag], `Remove ${tag}=.`));
  }
  if (!findings.some((f) => f.verdict === 'fail')) findings.push(pass('one v=DMARC1 record, valid syntax'));
  const p = (tags.get('p') ?? 'none').toLowerCase();
  const policy = POLICIES.includes(p) ? p : 'none';
  const sp = tags.get('sp')?.toLowerCase();
  findings.push(...about('policy', policyFindings(tags, policy)));
  const own: FoundRecord = { domain, record, tags };
  const found = await discoverPolicy(dns, domain, own);
  const organisation = found?.organisation ?? domain;
  if (found) findings.push(...organisationFindings(domain, found));
  const rua = tags.get('rua');
  if (!rua) findings.push({ ...warn('no rua=: you receive no aggregate reports and cannot see who sends as you', `Add rua=mailto:dmarc-reports@${domain}.`), aspect: 'rua' });
  else findings.push(...about('reports', await destinationFindings(dns, domain, organisation, 'rua', rua)));
  const ruf = tags.get('ruf');
  if (ruf) findings.push(...about('reports', await destinationFindings(dns, domain, organisation, 'ruf', ruf)));
  const psd = tags.get('psd')?.toLowerCase();
  return result('dmarc', domain, [record], findings, {
    data: { policy, subdomainPolicy: sp ?? policy, nonExistentPolicy: tags.get('np')?.toLowerCase() ?? sp ?? policy, ...(psd ? { psd } : {}), organisation, tags: Object.fromEntries(tags), ...(found ? orgData(found) : {}) },
  });
}
