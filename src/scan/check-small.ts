/** The short checks: TLS-RPT (RFC 8460), MX hosts, BIMI (draft; informational). */
import { describeLookup, type Dns, type Lookup, type MxRecord } from './dns.js';
import { fail, info, missing, pass, result, warn, type CheckResult, type Finding } from './finding.js';
import { joinTxt, parseTagList, recordsWithVersion } from './tag-list.js';

export async function checkTlsRpt(dns: Dns, domain: string): Promise<CheckResult> {
  const name = `_smtp._tls.${domain}`;
  const txt = await dns.txt(name);
  if (!txt.ok) {
    if ('failure' in txt) return result('tls-rpt', domain, [], [fail(`could not read ${describeLookup('TXT', name, txt)}`, 'Retry; this is a DNS error, not a missing record.')]);
    return result('tls-rpt', domain, [], [missing(warn(`no TLS-RPT: ${describeLookup('TXT', name, txt)}; you will not hear about TLS delivery failures`, `Publish TXT ${name} "v=TLSRPTv1; rua=mailto:tls-reports@${domain}".`))]);
  }
  const records = recordsWithVersion(txt.records, 'v=TLSRPTv1');
  if (records.length === 0) return result('tls-rpt', domain, txt.records.map(joinTxt), [fail(`TXT at ${name} does not start with v=TLSRPTv1`, `Publish "v=TLSRPTv1; rua=mailto:tls-reports@${domain}".`)]);
  if (records.length > 1) return result('tls-rpt', domain, records, [fail(`${records.length} TLS-RPT records: senders ignore them all`, 'Keep one record.')]);
  const record = records[0] ?? '';
  const rua = parseTagList(record).tags.get('rua');
  const findings: Finding[] = [];
  if (!rua) findings.push(fail('no rua=: TLS-RPT requires a report destination', `Add rua=mailto:tls-reports@${domain}.`));
  else {
    const bad = rua.split(',').map((u) => u.trim()).filter((u) => !/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/i.test(u));
    if (bad.length) findings.push(fail(`rua has URIs that are neither mailto: nor https: ${bad.join(', ')}`, 'Use mailto: or https: URIs.'));
    else findings.push(pass(`reports go to ${rua}`));
  }
  return result('tls-rpt', domain, [record], findings);
}

export async function checkMx(dns: Dns, domain: string, mx: Lookup<MxRecord>): Promise<CheckResult[]> {
  if (!mx.ok) {
    if ('failure' in mx) return [result('mx', domain, [], [fail(`could not read ${describeLookup('MX', domain, mx)}`, 'Retry; this is a DNS error, not a missing record.')])];
    return [result('mx', domain, [], [info(`no MX: ${describeLookup('MX', domain, mx)} (fine for a domain that receives no mail; publish "v=spf1 -all" and a null MX "0 .")`)])];
  }
  const hosts = [...mx.records].sort((a, b) => a.priority - b.priority);
  if (hosts.length === 1 && (hosts[0]?.exchange === '' || hosts[0]?.exchange === '.')) {
    return [result('mx', domain, ['0 .'], [pass('null MX (RFC 7505): the domain accepts no mail')])];
  }
  const out: CheckResult[] = [];
  for (const host of hosts) {
    const [a, aaaa] = await Promise.all([dns.a(host.exchange), dns.aaaa(host.exchange)]);
    const addresses = [...(a.ok ? a.records : []), ...(aaaa.ok ? aaaa.records : [])];
    const failures = [a, aaaa].filter((r) => !r.ok && 'failure' in r);
    const findings: Finding[] = [];
    if (addresses.length) findings.push(pass(`${host.exchange} resolves to ${addresses.join(', ')}`));
    else if (failures.length) findings.push(fail(`${host.exchange}: ${describeLookup('A', host.exchange, failures[0] ?? a)}`, 'Retry; this is a DNS error.'));
    else findings.push(fail(`${host.exchange} has no A or AAAA record: mail for ${domain} cannot be delivered there`, `Fix the MX record or give ${host.exchange} an address.`));
    out.push(result('mx', domain, [`${host.priority} ${host.exchange}`], findings, { subject: host.exchange, data: { addresses } }));
  }
  return out;
}

/** What the DMARC check found that BIMI depends on (CheckResult.data of the dmarc check). */
export interface BimiDmarc {
  policy?: string;
  tags?: Record<string, string>;
  organisation?: string;
  organisationTags?: Record<string, string>;
}

/**
 * BIMI's DMARC prerequisites (BIMI draft; mailbox providers' published rules): the policy
 * that applies to the domain and the organisational domain's own policy are both
 * quarantine or reject, the organisation does not exempt subdomains (`sp=none`), and a
 * quarantine policy is not sampled (`pct` below 100).
 */
function bimiDmarcFindings(domain: string, dmarc: BimiDmarc | undefined): Finding[] {
  const out: Finding[] = [];
  const enforcing = (p: string | undefined) => p === 'quarantine' || p === 'reject';
  const policy = dmarc?.policy;
  if (!enforcing(policy)) out.push(info(`BIMI needs DMARC at quarantine or reject (the policy for ${domain} is ${policy ?? 'missing'})`, 'Move DMARC to p=quarantine or p=reject first.'));
  const org = dmarc?.organisation;
  const orgTags = dmarc?.organisationTags;
  if (org && org !== domain && orgTags) {
    const orgP = (orgTags.p ?? 'none').toLowerCase();
    if (!enforcing(orgP)) out.push(info(`BIMI needs the organisational domain ${org} at quarantine or reject too (it has p=${orgP})`, `Move _dmarc.${org} to p=quarantine or p=reject.`));
  }
  const sp = (orgTags ?? dmarc?.tags)?.sp?.toLowerCase();
  if (sp === 'none') out.push(info(`sp=none at the organisational domain: BIMI is not shown while subdomains are exempt`, 'Remove sp=none (or set sp=quarantine/reject).'));
  const pct = dmarc?.tags?.pct;
  if (policy === 'quarantine' && pct !== undefined && pct !== '100') out.push(info(`pct=${pct} under quarantine: BIMI needs the policy applied to all mail (pct=100 or no pct)`, 'Remove pct= (RFC 9989 removed it) or set pct=100.'));
  return out;
}

export async function checkBimi(dns: Dns, domain: string, dmarc: BimiDmarc | undefined): Promise<CheckResult> {
  let name = `default._bimi.${domain}`;
  let txt = await dns.txt(name);
  // No record at the domain: receivers look at the organisational domain's.
  const org = dmarc?.organisation;
  let fallback = false;
  if (!txt.ok && 'absent' in txt && org && org !== domain) {
    const orgName = `default._bimi.${org}`;
    const orgTxt = await dns.txt(orgName);
    if (orgTxt.ok) {
      name = orgName;
      txt = orgTxt;
      fallback = true;
    }
  }
  if (!txt.ok) {
    const why = 'failure' in txt ? `could not read ${describeLookup('TXT', name, txt)}` : `no BIMI record (${describeLookup('TXT', name, txt)}); optional`;
    return result('bimi', domain, [], [info(why)]);
  }
  const records = recordsWithVersion(txt.records, 'v=BIMI1');
  if (records.length !== 1) return result('bimi', domain, txt.records.map(joinTxt), [info(`${records.length} v=BIMI1 records at ${name} (exactly one is needed)`, 'Publish one "v=BIMI1; l=https://…/logo.svg".')]);
  const record = records[0] ?? '';
  const tags = parseTagList(record).tags;
  const findings: Finding[] = [];
  if (fallback) findings.push(info(`no record at default._bimi.${domain}; the organisational domain's ${name} applies`));
  const l = tags.get('l');
  if (!l || !/^https:\/\/\S+\.svg$/i.test(l)) findings.push(info(`l=${l ?? ''} should be an https:// URL of an SVG Tiny PS logo`, 'Set l=https://<your site>/logo.svg.'));
  const a = tags.get('a');
  if (a && !/^https:\/\//i.test(a)) findings.push(info(`a=${a} should be an https:// URL of a VMC/CMC certificate`));
  const prerequisites = bimiDmarcFindings(domain, dmarc);
  findings.push(...prerequisites);
  if (prerequisites.length === 0) findings.push(info('BIMI record present, DMARC enforced'));
  return result('bimi', domain, [record], findings, { data: { at: name } });
}
