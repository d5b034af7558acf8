/** MTA-STS (RFC 8461): the `_mta-sts` TXT record, the HTTPS policy, and MX coverage. */
import { describeLookup, type Dns, type Lookup, type MxRecord } from './dns.js';
import { fail, missing, pass, result, warn, type CheckResult, type Finding } from './finding.js';
import { fetchHttps } from './https-fetch.js';
import { mxMatches, parseStsPolicy } from './mta-sts-policy.js';
import { probeStarttls } from './smtp-starttls.js';
import { joinTxt, parseTagList, recordsWithVersion } from './tag-list.js';

export interface MtaStsOptions {
  mx: Lookup<MxRecord>;
  timeoutMs: number;
  ca?: string[];
  httpsPort?: number;
  /** SMTP port for the STARTTLS probe (25; tests use another). */
  smtpPort?: number;
}

/** Under `enforce`, each MX host's certificate must be valid for its name, or mail bounces. */
async function starttlsFindings(dns: Dns, options: MtaStsOptions): Promise<Finding[]> {
  if (!options.mx.ok) return [];
  const hosts = [...options.mx.records].sort((a, b) => a.priority - b.priority).map((r) => r.exchange).filter((h) => h && h !== '.');
  const probes = await Promise.all(
    hosts.map(async (host) => ({ host, r: await probeStarttls(host, { dns, timeoutMs: options.timeoutMs * 3, ...(options.ca ? { ca: options.ca } : {}), ...(options.smtpPort ? { port: options.smtpPort } : {}) }) })),
  );
  return probes.map(({ host, r }): Finding => {
    if (r.ok) return pass(`${host}: STARTTLS with a certificate valid for the name (${r.protocol})`);
    if (r.kind === 'connect') return warn(`${host}: could not check STARTTLS (${r.problem}); outbound port 25 may be blocked where the scan runs`, `Run the scan from a host that can reach ${host}:25, or check with: openssl s_client -starttls smtp -connect ${host}:25 -servername ${host}`);
    if (r.kind === 'tls') return fail(`${host}: ${r.problem}; with mode: enforce, senders will not deliver to it`, `Enable STARTTLS on ${host} with a certificate for its name, or use mode: testing until it has one.`);
    return fail(`${host}: ${r.problem}; with mode: enforce, senders refuse to deliver to it and mail bounces`, `Install a certificate for ${host} from a public CA (its name in the SAN), or switch the policy to mode: testing until then.`);
  });
}

const MAX_POLICY_BYTES = 64 * 1024;

async function policyFindings(dns: Dns, domain: string, options: MtaStsOptions): Promise<{ findings: Finding[]; body?: string; data: Record<string, unknown> }> {
  const url = `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
  // NOTE: the fetch gets three DNS timeouts: it resolves, connects, shakes hands and reads.
  const res = await fetchHttps(url, { dns, timeoutMs: options.timeoutMs * 3, maxBytes: MAX_POLICY_BYTES, ...(options.ca ? { ca: options.ca } : {}), ...(options.httpsPort ? { port: options.httpsPort } : {}) });
  if (!res.ok) return { findings: [fail(`policy ${url}: ${res.problem}`, `Serve the policy at ${url} with a valid certificate for mta-sts.${domain}, HTTP 200, no redirect.`)], data: { url } };
  const findings: Finding[] = [];
  const type = res.contentType.split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/plain') findings.push(fail(`policy served as "${res.contentType || 'no content type'}", not text/plain`, 'Serve mta-sts.txt with Content-Type: text/plain.'));
  const policy = parseStsPolicy(res.body);
  for (const p of policy.problems) findings.push(fail(`policy: ${p}`, 'Fix the policy file (RFC 8461 §3.2): version, mode, mx and max_age lines.'));
  if (policy.mode === 'enforce') findings.push(pass('mode: enforce'));
  else if (policy.mode === 'testing') findings.push(warn('mode: testing: TLS failures are reported, not prevented', 'Switch to mode: enforce once TLS-RPT reports are clean.'));
  else if (policy.mode === 'none') findings.push(warn('mode: none: the policy is withdrawn', 'Use mode: testing, then enforce.'));
  if (policy.maxAge !== undefined && policy.maxAge < 86_400 && policy.mode !== 'none') findings.push(warn(`max_age ${policy.maxAge}s is under a day; senders re-fetch often and a short outage removes protection`, 'Use max_age of several weeks (e.g. 1209600) once stable.'));
  if (options.mx.ok && policy.mode !== 'none') {
    const uncovered = options.mx.records.map((r) => r.exchange).filter((host) => !policy.mx.some((p) => mxMatches(host, p)));
    if (uncovered.length) findings.push(fail(`MX not covered by any mx: line: ${uncovered.join(', ')}; senders enforcing the policy refuse to deliver there`, `Add "mx: ${uncovered[0]}" (or a *.pattern for its parent) to the policy and change the id.`));
    else if (options.mx.records.length) findings.push(pass(`every MX host matches an mx: pattern (${policy.mx.join(', ')})`));
  }
  if (policy.mode === 'enforce') findings.push(...(await starttlsFindings(dns, options)));
  return { findings, body: res.body.slice(0, 2000), data: { url, mode: policy.mode, maxAge: policy.maxAge, mx: policy.mx } };
}

export async function checkMtaSts(dns: Dns, domain: string, options: MtaStsOptions): Promise<CheckResult> {
  const name = `_mta-sts.${domain}`;
  const txt = await dns.txt(name);
  if (!txt.ok) {
    if ('failure' in txt) return result('mta-sts', domain, [], [fail(`could not read ${describeLookup('TXT', name, txt)}`, 'Retry; this is a DNS error, not a missing record.')]);
    return result('mta-sts', domain, [], [missing(warn(`no MTA-STS: ${describeLookup('TXT', name, txt)}; mail to you can be downgraded to plain text`, `Publish a policy at https://mta-sts.${domain}/.well-known/mta-sts.txt and TXT ${name} "v=STSv1; id=<yyyymmddhhmmss>".`))]);
  }
  const records = recordsWithVersion(txt.records, 'v=STSv1');
  if (records.length === 0) return result('mta-sts', domain, txt.records.map(joinTxt), [fail(`TXT at ${name} does not start with v=STSv1`, 'Publish "v=STSv1; id=<1–32 letters or digits>".')]);
  if (records.length > 1) return result('mta-sts', domain, records, [fail(`${records.length} v=STSv1 records: senders treat MTA-STS as not implemented`, 'Keep one record.')]);
  const record = records[0] ?? '';
  const findings: Finding[] = [];
  const id = parseTagList(record).tags.get('id');
  if (!id || !/^[A-Za-z0-9]{1,32}$/.test(id)) findings.push(fail(`id=${id ?? ''} must be 1–32 letters or digits`, 'Set id= to a timestamp such as 20270115090000 and change it with every policy change.'));
  const policy = await policyFindings(dns, domain, options);
  findings.push(...policy.findings);
  const found = policy.body !== undefined ? [record, policy.body.trimEnd()] : [record];
  return result('mta-sts', domain, found, findings, { data: { id, ...policy.data } });
}
