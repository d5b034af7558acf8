/**
 * A message checked as a receiving mailbox provider would: SPF, DKIM, DMARC, ARC and BIMI
 * (mailauth), then the bulk-sender requirements Gmail and Yahoo enforce since February 2024
 * and Outlook.com since May 2025 — aligned DMARC pass, one-click unsubscribe (RFC 8058),
 * forward-confirmed reverse DNS of the sending IP, TLS on the last hop, RFC 5322 form.
 * Each finding says what to fix.
 */
import { authenticate } from 'mailauth';

export type Verdict = 'pass' | 'warn' | 'fail' | 'info';

export interface MessageFinding {
  check: string;
  verdict: Verdict;
  what: string;
  /** What to change, when it is not a pass. */
  fix?: string;
  /** The rule behind it. */
  ref: string;
}

export interface MessageResolver {
  resolve(name: string, type: string): Promise<unknown>;
}

export interface CheckMessageOptions {
  ip?: string;
  helo?: string;
  /** MAIL FROM address; the message's Return-Path when absent. */
  mailFrom?: string;
  /** Marketing mail (needs one-click unsubscribe); guessed from List-Unsubscribe / Precedence otherwise. */
  marketing?: boolean;
  resolver: MessageResolver;
  /** The receiving MTA's name in Authentication-Results (default "secbook"). */
  mta?: string;
}

export interface MessageReport {
  from?: string;
  findings: MessageFinding[];
  ok: boolean;
}

const GOOGLE = 'Google email sender guidelines (support.google.com/mail/answer/81126)';
const OUTLOOK = 'Outlook.com high-volume sender requirements (May 2025)';

/** Unfolded header fields in order, names lower-cased. */
export function headerFields(raw: Buffer): { name: string; value: string }[] {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return head.split(/\r?\n/).filter((l) => l.includes(':')).map((l) => ({ name: l.slice(0, l.indexOf(':')).trim().toLowerCase(), value: l.slice(l.indexOf(':') + 1).trim() }));
}

type AuthResult = Awaited<ReturnType<typeof authenticate>>;

function authFindings(r: AuthResult, ip: string | undefined): MessageFinding[] {
  const out: MessageFinding[] = [];
  const spf = r.spf as { status?: { result?: string }; domain?: string } | false | undefined;
  if (!ip) out.push({ check: 'SPF', verdict: 'info', what: 'not checked: give the sending IP with --ip', ref: 'RFC 7208 §2.4' });
  else if (spf) {
    const result = spf.status?.result ?? 'none';
    out.push({ check: 'SPF', verdict: result === 'pass' ? 'pass' : result === 'softfail' || result === 'neutral' || result === 'none' ? 'warn' : 'fail', what: `${result} for ${spf.domain ?? '?'} from ${ip}`, ...(result === 'pass' ? {} : { fix: `Authorise ${ip} in the SPF record of ${spf.domain ?? 'the MAIL FROM domain'} (or send through a host it lists).` }), ref: 'RFC 7208 §2.6' });
  }
  const sigs = ((r.dkim as { results?: { signingDomain?: string; selector?: string; status?: { result?: string; aligned?: string | false; comment?: string } }[] })?.results ?? []);
  if (sigs.length === 0) out.push({ check: 'DKIM', verdict: 'fail', what: 'the message is not signed', fix: 'Sign every message with DKIM under your own domain (d= your From domain).', ref: 'RFC 6376 §3.5' });
  for (const s of sigs) {
    const result = s.status?.result ?? 'none';
    out.push({
      check: 'DKIM',
      verdict: result === 'pass' ? (s.status?.aligned ? 'pass' : 'warn') : 'fail',
      what: `d=${s.signingDomain ?? '?'} s=${s.selector ?? '?'}: ${result}${result === 'pass' ? (s.status?.aligned ? ', aligned with From' : ', not aligned with From') : s.status?.comment ? ` (${s.status.comment})` : ''}`,
      ...(result !== 'pass' ? { fix: `Publish the key at ${s.selector ?? '<selector>'}._domainkey.${s.signingDomain ?? '<domain>'} and sign after the last change to the message.` } : s.status?.aligned ? {} : { fix: 'Sign with d= your From domain (or its organisational domain) so DKIM aligns.' }),
      ref: 'RFC 6376 §6.1',
    });
  }
  const dmarc = r.dmarc as { status?: { result?: string }; domain?: string; policy?: string; alignment?: { spf?: { result?: string | false }; dkim?: { result?: string | false } } } | false | undefined;
  if (dmarc) {
    const result = dmarc.status?.result ?? 'none';
    out.push({
      check: 'DMARC',
      verdict: result === 'pass' ? 'pass' : 'fail',
      what: `${result} for ${dmarc.domain ?? '?'}${dmarc.policy ? ` (policy ${dmarc.policy})` : ''}`,
      ...(result === 'pass' ? {} : { fix: result === 'none' ? `Publish a DMARC record at _dmarc.${dmarc.domain ?? '<domain>'} (p=none at least).` : 'Make SPF or DKIM pass for a domain aligned with From.' }),
      ref: `RFC 7489 §6.6; ${GOOGLE}; ${OUTLOOK}`,
    });
  }
  if (!dmarc) out.push({ check: 'DMARC', verdict: 'fail', what: 'not evaluated: the message has no single From domain', fix: 'Send exactly one From header with one address.', ref: 'RFC 7489 §6.6.1' });
  const arc = r.arc as { status?: { result?: string } } | undefined;
  if (arc?.status?.result && arc.status.result !== 'none') out.push({ check: 'ARC', verdict: arc.status.result === 'pass' ? 'pass' : 'warn', what: `chain ${arc.status.result}`, ref: 'RFC 8617 §5.2' });
  const bimi = r.bimi as { status?: { result?: string; comment?: string } } | undefined;
  if (bimi?.status?.result) out.push({ check: 'BIMI', verdict: bimi.status.result === 'pass' ? 'pass' : 'info', what: `${bimi.status.result}${bimi.status.comment ? ` (${bimi.status.comment})` : ''}`, ref: 'draft-brand-indicators-for-message-identification' });
  return out;
}

/** RFC 8058: an HTTPS List-Unsubscribe, List-Unsubscribe-Post, both under a passing DKIM signature. */
function unsubscribe(fields: { name: string; value: string }[], r: AuthResult, marketing: boolean): MessageFinding {
  const ref = `RFC 8058 §3.1, §4; ${GOOGLE}`;
  const lu = fields.find((f) => f.name === 'list-unsubscribe')?.value;
  const post = fields.find((f) => f.name === 'list-unsubscribe-post')?.value;
  if (!lu && !marketing) return { check: 'One-click unsubscribe', verdict: 'info', what: 'no List-Unsubscribe header (fine for transactional mail; marketing mail needs one — pass --marketing to check as such)', ref };
  if (!lu || !/<https:\/\/[^>]+>/i.test(lu)) return { check: 'One-click unsubscribe', verdict: 'fail', what: lu ? `List-Unsubscribe has no HTTPS URI (${lu})` : 'no List-Unsubscribe header', fix: 'Add List-Unsubscribe: <https://…> with a URI that unsubscribes on POST.', ref };
  if (!/^List-Unsubscribe=One-Click$/i.test(post ?? '')) return { check: 'One-click unsubscribe', verdict: 'fail', what: 'List-Unsubscribe-Post: List-Unsubscribe=One-Click is missing', fix: 'Add the header List-Unsubscribe-Post: List-Unsubscribe=One-Click.', ref };
  const signed = (fields.filter((f) => f.name === 'dkim-signature').map((f) => /(?:^|;)\s*h=([^;]+)/i.exec(f.value)?.[1] ?? '').map((h) => h.toLowerCase().split(':').map((x) => x.trim())));
  const passing = ((r.dkim as { results?: { status?: { result?: string } }[] })?.results ?? []).some((s) => s.status?.result === 'pass');
  const covered = signed.some((h) => h.includes('list-unsubscribe') && h.includes('list-unsubscribe-post'));
  if (!passing || !covered) return { check: 'One-click unsubscribe', verdict: 'fail', what: 'the unsubscribe headers are not covered by a passing DKIM signature', fix: 'Add List-Unsubscribe and List-Unsubscribe-Post to the DKIM signature\'s h= list.', ref };
  return { check: 'One-click unsubscribe', verdict: 'pass', what: 'HTTPS List-Unsubscribe with List-Unsubscribe-Post, both signed', ref };
}

async function fcrdns(ip: string | undefined, resolver: MessageResolver): Promise<MessageFinding> {
  const ref = `${GOOGLE}; ${OUTLOOK}`;
  if (!ip) return { check: 'Reverse DNS', verdict: 'info', what: 'not checked: give the sending IP with --ip', ref };
  const reverse = ip.includes(':')
    ? null
    : `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (!reverse) return { check: 'Reverse DNS', verdict: 'info', what: 'IPv6 reverse DNS is not checked yet', ref };
  let names: string[] = [];
  try {
    names = (await resolver.resolve(reverse, 'PTR')) as string[];
  } catch {
    return { check: 'Reverse DNS', verdict: 'fail', what: `${ip} has no PTR record`, fix: `Ask whoever runs ${ip} to publish a PTR record naming a host whose A record points back to it.`, ref };
  }
  for (const name of names) {
    try {
      const back = (await resolver.resolve(name, 'A')) as string[];
      if (back.includes(ip)) return { check: 'Reverse DNS', verdict: 'pass', what: `${ip} → ${name} → ${ip} (forward-confirmed)`, ref };
    } catch {
      // try the next name
    }
  }
  return { check: 'Reverse DNS', verdict: 'fail', what: `${ip} → ${names.join(', ')}, but no name resolves back to ${ip}`, fix: `Make the PTR name's A record include ${ip}.`, ref };
}

function lastHopTls(fields: { name: string; value: string }[]): MessageFinding {
  const ref = `${GOOGLE}; RFC 3207`;
  const top = fields.find((f) => f.name === 'received')?.value;
  if (!top) return { check: 'TLS (last hop)', verdict: 'info', what: 'no Received header to tell from', ref };
  if (/\bwith\s+(E?SMTPSA?|UTF8SMTPSA?|LMTPSA?)\b/i.test(top) && /\bwith\s+\S*S\b|\bwith\s+\S*SA\b/i.test(top)) return { check: 'TLS (last hop)', verdict: 'pass', what: 'the last Received header shows a TLS session (ESMTPS)', ref };
  if (/\b(TLS1[._]?[0-3]|TLSv1\.[0-3]|version=TLS)/i.test(top)) return { check: 'TLS (last hop)', verdict: 'pass', what: 'the last Received header shows TLS', ref };
  return { check: 'TLS (last hop)', verdict: 'warn', what: 'the last Received header shows no TLS', fix: 'Offer and use STARTTLS between your servers and the receiving MX.', ref };
}

/** RFC 5322 §3.6: From and Date exactly once; Message-ID should be there; To, Cc, Subject at most once. */
function wellFormed(fields: { name: string; value: string }[]): MessageFinding {
  const count = (n: string) => fields.filter((f) => f.name === n).length;
  const problems: string[] = [];
  if (count('from') !== 1) problems.push(`${count('from')} From headers (exactly one required)`);
  if (count('date') !== 1) problems.push(`${count('date')} Date headers (exactly one required)`);
  else if (Number.isNaN(Date.parse(fields.find((f) => f.name === 'date')!.value))) problems.push('the Date header is not a date');
  for (const once of ['to', 'cc', 'subject', 'reply-to', 'sender', 'message-id']) if (count(once) > 1) problems.push(`${count(once)} ${once} headers (at most one)`);
  if (count('message-id') === 0) problems.push('no Message-ID header');
  const ref = `RFC 5322 §3.6; ${GOOGLE}`;
  return problems.length
    ? { check: 'RFC 5322 format', verdict: 'fail', what: problems.join('; '), fix: 'Fix the headers your mail library or template writes.', ref }
    : { check: 'RFC 5322 format', verdict: 'pass', what: 'From, Date and Message-ID present once; no repeated single headers', ref };
}

export async function checkMessage(raw: Buffer, options: CheckMessageOptions): Promise<MessageReport> {
  const fields = headerFields(raw);
  const sender = options.mailFrom ?? /<([^>]*)>/.exec(fields.find((f) => f.name === 'return-path')?.value ?? '')?.[1];
  const result = await authenticate(raw, {
    ...(options.ip ? { ip: options.ip } : {}),
    ...(options.helo ? { helo: options.helo } : {}),
    ...(sender ? { sender } : {}),
    mta: options.mta ?? 'secbook',
    resolver: (name: string, type: string) => options.resolver.resolve(name, type),
  });
  const marketing = options.marketing ?? fields.some((f) => f.name === 'list-unsubscribe' || (f.name === 'precedence' && /bulk|list/i.test(f.value)));
  const findings = [...authFindings(result, options.ip), unsubscribe(fields, result, marketing), await fcrdns(options.ip, options.resolver), lastHopTls(fields), wellFormed(fields)];
  return { from: fields.find((f) => f.name === 'from')?.value, findings, ok: !findings.some((f) => f.verdict === 'fail') };
}
