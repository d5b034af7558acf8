/** The SPF check: one record, syntax, lookup and void limits, size, `all`, parked domains. */
import { describeLookup, type Dns, type Lookup, type MxRecord } from './dns.js';
import { about, fail, info, pass, result, warn, type CheckResult, type Finding } from './finding.js';
import { evaluateSpf, type SpfEvaluation } from './spf-eval.js';
import { isSpfRecord, parseSpf, type SpfTerm } from './spf-parse.js';
import { walkSpf } from './spf-walk.js';
import { joinTxt } from './tag-list.js';

// NOTE: -all and ~all are both acceptable ends (RFC 9989 §"Issues Specific to SPF"): -all is
// stricter where DMARC is not enforced, but a receiver may reject on the SPF fail in the SMTP
// dialogue before DMARC can see an aligned DKIM pass (a forwarded message, for one), and such
// mail never shows in DMARC reports. Neither is a defect; the finding explains the trade-off.
const ALL_VERDICT: Record<string, Finding> = {
  '-': pass('ends in -all (fail): unlisted servers fail SPF; note some receivers then reject before DMARC can accept an aligned DKIM pass (RFC 9989)'),
  '~': pass('ends in ~all (softfail): unlisted servers are marked, and DMARC decides; with DMARC at quarantine/reject this is the usual choice (RFC 9989)'),
  '+': fail('ends in +all: every server on the internet passes SPF for this domain', 'Replace +all with -all (or ~all while rolling out).'),
  '?': fail('ends in ?all (neutral): SPF says nothing about unlisted servers', 'Replace ?all with ~all, then -all.'),
};

function allFindings(terms: SpfTerm[]): Finding[] {
  const idx = terms.findIndex((t) => t.kind === 'mechanism' && t.name === 'all');
  const all = terms[idx];
  const redirect = terms.find((t) => t.kind === 'modifier' && t.name === 'redirect');
  const out: Finding[] = [];
  if (all && all.kind === 'mechanism') {
    out.push(ALL_VERDICT[all.qualifier] ?? pass('all'));
    const after = terms.slice(idx + 1).filter((t) => t.kind === 'mechanism');
    if (after.length) out.push(warn(`terms after "${all.raw}" are never evaluated: ${after.map((t) => t.raw).join(' ')}`, `Move them before ${all.raw} or remove them.`));
    if (redirect) out.push(warn(`"${redirect.raw}" is ignored because the record has "${all.raw}"`, 'Keep either all or redirect=, not both.'));
  } else if (!redirect) {
    out.push(fail('no "all" and no "redirect=": unlisted servers get the default neutral result (like ?all)', 'End the record with -all (or ~all while rolling out).'));
  } else {
    out.push(pass(`${redirect.raw}: the policy of ${redirect.kind === 'modifier' ? redirect.value : ''} applies`));
  }
  return out;
}

/**
 * Size of the DNS response to `TXT <name>` (RFC 1035 wire format: header, question, and one
 * answer per record with a compressed owner name), which is what RFC 7208 §3.4 asks to keep
 * within 512 octets: every TXT record at the name counts, not only the SPF one.
 */
export function txtAnswerBytes(name: string, records: string[][]): number {
  const qname = name.split('.').filter(Boolean).reduce((n, l) => n + 1 + Buffer.byteLength(l), 1);
  const rdata = (strings: string[]) => strings.reduce((n, s) => n + 1 + Buffer.byteLength(s), 0);
  return 12 + qname + 4 + records.reduce((n, r) => n + 2 + 10 + rdata(r), 0);
}

function sizeFindings(domain: string, record: string, strings: string[], all: string[][]): Finding[] {
  const out: Finding[] = [];
  const bytes = Buffer.byteLength(record);
  const answer = txtAnswerBytes(domain, all.length ? all : [strings]);
  const others = all.length - 1;
  const with_ = others > 0 ? ` with the ${others} other TXT record(s) at ${domain}` : '';
  if (bytes > 512) out.push(fail(`the record is ${bytes} bytes; answers over 512 bytes may be truncated or dropped`, 'Shorten it: replace a/mx terms with ip4/ip6 ranges or drop unused includes.'));
  else if (answer > 512) out.push(warn(`the DNS answer for TXT ${domain} is ${answer} bytes${with_} (RFC 7208 §3.4: keep it within 512)`, others > 0 ? `Remove TXT records at ${domain} that are no longer needed (old site verifications) or shorten the SPF record.` : 'Shorten the record.'));
  else if (answer > 450) out.push(warn(`the DNS answer for TXT ${domain} is ${answer} bytes${with_}; little room is left under 512`, 'Shorten it before adding more senders.'));
  const long = strings.filter((s) => Buffer.byteLength(s) > 255);
  if (long.length) out.push(fail(`${long.length} TXT string(s) longer than 255 bytes`, 'Split the record into strings of at most 255 bytes ("part1" "part2").'));
  return out;
}

export interface SpfCheckOptions {
  senderIps: string[];
  /** The domain's MX lookup (shared with the MX check), for the parked-domain rule. */
  mx: Lookup<MxRecord>;
}

export async function checkSpf(dns: Dns, domain: string, options: SpfCheckOptions): Promise<CheckResult> {
  const txt = await dns.txt(domain);
  const parked = !options.mx.ok && 'absent' in options.mx;
  // RFC 7505: a single MX "0 ." says the domain accepts no mail.
  const nullMx = options.mx.ok && options.mx.records.length === 1 && ['', '.'].includes(options.mx.records[0]?.exchange ?? 'x');
  if (!txt.ok && 'failure' in txt) {
    return result('spf', domain, [], [fail(`could not read SPF: ${describeLookup('TXT', domain, txt)}`, 'Retry, or check the domain’s name servers (this is a DNS error, not a missing record).')]);
  }
  const strings = txt.ok ? txt.records : [];
  const records = strings.map(joinTxt).filter(isSpfRecord);
  if (records.length === 0) {
    const why = txt.ok ? `no v=spf1 TXT record at ${domain}` : describeLookup('TXT', domain, txt);
    const fix = parked || nullMx ? `${domain} ${nullMx ? 'publishes a null MX' : 'has no MX'}: if it sends no mail, publish "v=spf1 -all".` : `Publish one TXT record at ${domain}, e.g. "v=spf1 include:<your provider> -all".`;
    return result('spf', domain, [], [fail(why, fix)]);
  }
  if (records.length > 1) {
    return result('spf', domain, records, [fail(`${records.length} SPF records: receivers treat this as a permanent error`, 'Merge them into one v=spf1 record.')]);
  }
  const record = records[0] ?? '';
  const rawStrings = strings.find((s) => joinTxt(s) === record) ?? [record];
  const parsed = parseSpf(record);
  const findings: Finding[] = [];
  for (const e of parsed.errors) findings.push(fail(`syntax: ${e}`, 'Fix the term (RFC 7208 §5); receivers reject the whole record (permerror).'));
  if (parsed.errors.length === 0) findings.push(pass('one v=spf1 record, valid syntax'));
  findings.push(...about('all', allFindings(parsed.terms)), ...sizeFindings(domain, record, rawStrings, strings));

  const walk = await walkSpf(dns, domain, parsed.terms);
  const limits: Finding[] = [];
  const lower = walk.dnsErrors.length ? ' at least' : '';
  if (walk.lookups > 10) limits.push(fail(`${walk.lookups} DNS lookups${lower} (limit 10): receivers return permerror`, 'Flatten includes into ip4/ip6 ranges or drop unused senders.'));
  else limits.push(pass(`${walk.lookups}${lower} of 10 DNS lookups`));
  if (walk.voids > 2) limits.push(fail(`${walk.voids} void lookups (limit 2): names in the record that do not exist`, 'Remove includes/a/mx terms that point at names with no records.'));
  for (const loop of walk.loops) limits.push(fail(`include/redirect loop: ${loop}`, 'Remove the include that points back.'));
  for (const p of walk.problems) limits.push(fail(p, 'Fix or remove that term: receivers return permerror when they reach it.'));
  for (const e of walk.dnsErrors) limits.push(warn(`DNS error while following the record: ${e}`, 'Retry; if it persists the included domain’s DNS is broken.'));
  if (walk.ptr.length) limits.push(warn(`uses ptr (${walk.ptr.join(', ')}): slow and unreliable, RFC 7208 §5.5 says SHOULD NOT`, 'Replace ptr with ip4/ip6 ranges or a/mx.'));
  if (walk.duplicateIncludes.length) limits.push(warn(`included more than once: ${[...new Set(walk.duplicateIncludes)].join(', ')}`, 'Include each domain once.'));
  findings.push(...about('lookups', limits));
  if (walk.unfollowed.length) findings.push(info(`not followed: ${walk.unfollowed.join(', ')}`));
  const authorisesNobody = /^v=spf1\s+-all\s*$/i.test(record.trim());
  if (nullMx && !authorisesNobody) {
    findings.push({
      ...warn(`${domain} publishes a null MX (RFC 7505: it handles no mail) but its SPF authorises senders`, `If ${domain} sends no mail, publish "v=spf1 -all"; if it does send, replace the null MX, since receivers may refuse mail whose return address cannot take bounces (RFC 7505 §4.2).`),
      aspect: 'parked',
    });
  } else if (parked && !authorisesNobody) {
    findings.push({ ...warn(`${domain} has no MX record (a parked domain?) but its SPF allows senders`, 'If the domain sends no mail, publish "v=spf1 -all".'), aspect: 'parked' });
  }

  const evaluations: SpfEvaluation[] = [];
  for (const ip of options.senderIps) {
    const ev = await evaluateSpf({ resolve: dns.resolve, ip, sender: `postmaster@${domain}` });
    evaluations.push(ev);
    const how = ev.mechanism ? `matched ${ev.mechanism}` : (ev.reason ?? 'no mechanism matched');
    if (ev.result === 'pass') findings.push({ ...pass(`sender ${ip}: SPF pass (${how})`), aspect: 'senders' });
    else {
      const fix =
        ev.result === 'temperror'
          ? 'Retry: a DNS error stopped the evaluation.'
          : ev.result === 'permerror'
            ? 'Fix the errors above: receivers treat a permerror like a failing SPF check.'
            : `If ${ip} sends for ${domain}, add ${ip.includes(':') ? 'ip6' : 'ip4'}:${ip} or its service's include: to the record.`;
      findings.push({ ...fail(`sender ${ip}: SPF ${ev.result} (${how})`, fix), aspect: 'senders' });
    }
  }
  return result('spf', domain, [record], findings, { data: { lookups: walk.lookups, voids: walk.voids, chain: walk.chain, senders: evaluations } });
}
