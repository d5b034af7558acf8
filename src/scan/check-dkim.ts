/** DKIM key records (RFC 6376 §3.6.1, RFC 8301 key sizes, RFC 8463 ed25519). */
import { createPublicKey } from 'node:crypto';
import { describeLookup, type Dns } from './dns.js';
import { fail, info, pass, result, warn, type CheckResult, type Finding } from './finding.js';
import { joinTxt, parseTagList } from './tag-list.js';

/** Common selectors tried when the user names none; reported as guesses. */
export const GUESSED_SELECTORS = ['default', 'google', 'selector1', 'selector2', 'k1', 's1', 's2', 'mail', 'dkim'] as const;

/** RSA modulus length in bits from `p=` (SubjectPublicKeyInfo, or a bare PKCS#1 key). */
export function rsaKeyBits(p: string): number | undefined {
  const der = Buffer.from(p, 'base64');
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      return key.asymmetricKeyDetails?.modulusLength;
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}

export function dkimKeyFindings(record: string): { findings: Finding[]; data: Record<string, unknown> } {
  const { tags, duplicates, malformed } = parseTagList(record);
  const findings: Finding[] = [];
  const data: Record<string, unknown> = {};
  if (malformed.length || duplicates.length) findings.push(fail(`malformed tags: ${[...malformed, ...duplicates.map((d) => `${d} (twice)`)].join(', ')}`, 'Publish "v=DKIM1; k=rsa; p=<base64 key>".'));
  const v = tags.get('v');
  if (v !== undefined && v !== 'DKIM1') findings.push(fail(`v=${v}: only v=DKIM1 is valid`, 'Use v=DKIM1 or drop v=.'));
  const k = (tags.get('k') ?? 'rsa').toLowerCase();
  data.keyType = k;
  const p = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (!tags.has('p')) {
    findings.push(fail('no p= tag: not a DKIM key record', 'Publish the public key from your mail provider in p=.'));
  } else if (p === '') {
    data.revoked = true;
    findings.push(fail('p= is empty: this key is revoked, signatures with this selector fail', 'If the selector is still used to sign, publish its key; otherwise stop signing with it.'));
  } else if (k === 'rsa') {
    const bits = rsaKeyBits(p);
    data.bits = bits;
    if (bits === undefined) findings.push(fail('p= is not a valid RSA public key', 'Copy the key again from your provider (base64 SubjectPublicKeyInfo).'));
    else if (bits < 1024) findings.push(fail(`RSA key is ${bits} bits: RFC 8301 requires at least 1024, receivers reject it`, 'Rotate to a 2048-bit key under a new selector.'));
    else if (bits < 2048) findings.push(warn(`RSA key is ${bits} bits: RFC 8301 recommends 2048`, 'Rotate to a 2048-bit key under a new selector.'));
    else if (bits > 4096) findings.push(warn(`RSA key is ${bits} bits: verifiers need only handle keys up to 4096 bits (RFC 8301 §3.2), so some will fail the signature`, 'Rotate to a 2048-bit (or at most 4096-bit) key under a new selector.'));
    else findings.push(pass(`RSA key, ${bits} bits`));
  } else if (k === 'ed25519') {
    const len = Buffer.from(p, 'base64').length;
    if (len !== 32) findings.push(fail(`ed25519 key is ${len} bytes, not 32`, 'Publish the raw 32-byte ed25519 public key in base64.'));
    else findings.push(pass('ed25519 key (RFC 8463); also sign with RSA, many receivers do not verify ed25519 yet'));
  } else {
    findings.push(fail(`k=${k}: unknown key type`, 'Use k=rsa (or k=ed25519 alongside an RSA selector).'));
  }
  const flags = (tags.get('t') ?? '').split(':').map((f) => f.trim().toLowerCase());
  if (flags.includes('y')) findings.push(warn('t=y: testing mode, receivers may treat signatures as unsigned', 'Remove t=y once signing works.'));
  const h = tags.get('h');
  if (h && !h.toLowerCase().split(':').map((x) => x.trim()).includes('sha256')) findings.push(fail(`h=${h}: sha256 not allowed; rsa-sha1 must not be used (RFC 8301)`, 'Drop h= or set h=sha256.'));
  return { findings, data };
}

export async function checkDkim(dns: Dns, domain: string, selectors: string[]): Promise<CheckResult[]> {
  const given = [...new Set(selectors)];
  // Guesses are tried even when selectors are given: a forgotten selector with a weak key
  // is still a key anyone can sign with. They are labelled as guesses in the report.
  const guesses = GUESSED_SELECTORS.filter((s) => !given.includes(s));
  const out: CheckResult[] = [];
  const tried: string[] = [];
  const failed: string[] = [];
  for (const [selector, guessed] of [...given.map((s) => [s, false] as const), ...guesses.map((s) => [s, true] as const)]) {
    const name = `${selector}._domainkey.${domain}`;
    const txt = await dns.txt(name);
    const label = guessed ? `selector "${selector}" (guessed)` : `selector "${selector}"`;
    if (!txt.ok) {
      if (guessed) {
        if ('failure' in txt) failed.push(describeLookup('TXT', name, txt));
        else tried.push(selector);
        continue;
      }
      const dnsError = 'failure' in txt;
      out.push(result('dkim', domain, [], [fail(`${label}: ${describeLookup('TXT', name, txt)}`, dnsError ? 'Retry; this is a DNS error, not a missing key.' : `Publish the DKIM key for "${selector}" at ${name}, or check the selector name (s= in a DKIM-Signature header).`)], { subject: selector }));
      continue;
    }
    const records = txt.records.map(joinTxt).filter((r) => /(^|;)\s*(v=DKIM1|k=|p=)/i.test(r));
    if (records.length === 0) {
      if (guessed) tried.push(selector);
      else out.push(result('dkim', domain, txt.records.map(joinTxt), [fail(`${label}: TXT at ${name} is not a DKIM key`, 'Publish "v=DKIM1; k=rsa; p=<key>".')], { subject: selector }));
      continue;
    }
    const findings: Finding[] = [];
    if (records.length > 1) findings.push(fail(`${label}: ${records.length} key records; verifiers pick one at random`, 'Keep one record per selector.'));
    const key = dkimKeyFindings(records[0] ?? '');
    // A revoked key under a guessed selector is a retired key: that is how it should look.
    const keyFindings = guessed && key.data.revoked ? [info('p= is empty: a revoked (retired) key')] : key.findings;
    findings.push(...keyFindings.map((f) => ({ ...f, why: `${label}: ${f.why}` })));
    out.push(result('dkim', domain, records, findings, { subject: selector, data: { ...key.data, guessed } }));
  }
  if (out.length === 0) {
    out.push(
      result('dkim', domain, [], [
        {
          ...warn(
            failed.length
              ? `no DKIM selector given; the common ones could not be checked (${failed[0]})`
              : `no DKIM selector given and none of the common ones found (tried ${tried.join(', ')})`,
            'Selectors cannot be listed from DNS: find s= in a DKIM-Signature header of a sent message and pass --selector <s>.',
          ),
          aspect: 'selectors',
        },
      ]),
    );
  } else if (given.length === 0 && tried.length) {
    out.push(result('dkim', domain, [], [info(`guessed selectors not found: ${tried.join(', ')}`)]));
  }
  return out;
}
