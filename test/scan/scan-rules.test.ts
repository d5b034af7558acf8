/**
 * The scanner rules corrected by issues 21 and 19 (RFC 9989 tree walk and np, SPF answer
 * size and null MX, DKIM key ceiling, MTA-STS STARTTLS certificates, BIMI prerequisites,
 * per-domain selectors), each against the real loopback DNS, HTTPS and SMTP servers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan, type ScanReport } from '../../src/scan/scan.js';
import type { CheckResult } from '../../src/scan/finding.js';
import { walkTargets } from '../../src/scan/dmarc-discovery.js';
import { parseSelectorFlags, selectorsFromAnswer } from '../../src/scan/selectors.js';
import { txtAnswerBytes } from '../../src/scan/check-spf.js';
import { startScanWorld, type ScanWorld } from '../helpers/dns-scan-world.js';

let world: ScanWorld;
beforeAll(async () => {
  world = await startScanWorld();
});
afterAll(() => world?.close());

const NOW = new Date('2027-01-15T09:00:00Z');
async function run(domains: string | string[], extra: Partial<Parameters<typeof scan>[0]> = {}): Promise<ScanReport> {
  return scan({
    domains: Array.isArray(domains) ? domains : [domains],
    resolver: world.dns.address,
    timeoutMs: 1000,
    ca: [world.pki.caPem],
    httpsPort: world.https.port,
    smtpPort: world.smtp.port,
    now: NOW,
    ...extra,
  });
}
const checks = (r: ScanReport, check: string, domain?: string): CheckResult[] =>
  (domain ? r.domains.find((d) => d.domain === domain) : r.domains[0])?.checks.filter((c) => c.check === check) ?? [];
const one = (r: ScanReport, check: string, domain?: string): CheckResult => {
  const c = checks(r, check, domain)[0];
  if (!c) throw new Error(`no ${check} result`);
  return c;
};
const whys = (c: CheckResult): string => c.findings.map((f) => `${f.verdict}: ${f.why}`).join('\n');

describe('SPF', () => {
  it('accepts ~all and -all alike and explains the trade-off', async () => {
    const soft = one(await run('soft.test'), 'spf');
    expect(soft.verdict).toBe('pass');
    expect(whys(soft)).toMatch(/pass: ends in ~all \(softfail\).*DMARC decides/);
    const hard = one(await run('good.test'), 'spf');
    expect(whys(hard)).toMatch(/pass: ends in -all \(fail\).*reject before DMARC/);
  });

  it('counts every TXT record at the name in the answer size (RFC 7208 §3.4)', async () => {
    const spf = one(await run('crowded.test'), 'spf');
    expect(whys(spf)).toMatch(/warn: the DNS answer for TXT crowded\.test is \d+ bytes with the 5 other TXT record\(s\)/);
    const bytes = Number(/is (\d+) bytes/.exec(whys(spf))?.[1]);
    expect(bytes).toBeGreaterThan(512);
    // The record alone is small: only the other records push the answer over.
    expect(Buffer.byteLength(spf.records[0] ?? '')).toBeLessThan(100);
    expect(whys(one(await run('good.test'), 'spf'))).not.toContain('DNS answer for TXT');
  });

  it('computes the wire size of a TXT answer', () => {
    // header 12 + name (1+7+1+3+1 = 13) + 4 + one RR (2 + 10 + 1 + 11)
    expect(txtAnswerBytes('example.com', [['v=spf1 -all']])).toBe(12 + 13 + 4 + 24);
  });

  it('flags an SPF that authorises senders on a null-MX domain, and accepts v=spf1 -all there', async () => {
    const bad = one(await run('nullmx.test'), 'spf');
    expect(whys(bad)).toContain('warn: nullmx.test publishes a null MX (RFC 7505: it handles no mail) but its SPF authorises senders');
    expect(bad.findings.find((f) => f.aspect === 'parked')?.fix).toContain('v=spf1 -all');
    const ok = one(await run('nullmx-ok.test'), 'spf');
    expect(ok.findings.some((f) => f.aspect === 'parked')).toBe(false);
    expect(ok.verdict).toBe('pass');
  });
});

describe('DMARC (RFC 9989)', () => {
  it('walks the tree to the top-level label, shortening long names to seven labels', () => {
    expect(walkTargets('a.mail.example.com', false)).toEqual(['mail.example.com', 'example.com', 'com']);
    const long = walkTargets('a.b.c.d.e.f.g.h.i.j.mail.example.com', true);
    expect(long).toEqual([
      'a.b.c.d.e.f.g.h.i.j.mail.example.com',
      'g.h.i.j.mail.example.com',
      'h.i.j.mail.example.com',
      'i.j.mail.example.com',
      'j.mail.example.com',
      'mail.example.com',
      'example.com',
      'com',
    ]);
  });

  it('warns on np=none under p=reject and applies np to a name that does not exist', async () => {
    const own = one(await run('np.test'), 'dmarc');
    expect(whys(own)).toContain('warn: np=none under p=reject');
    expect(own.data?.nonExistentPolicy).toBe('none');
    const ghost = one(await run('ghost.np.test'), 'dmarc');
    expect(whys(ghost)).toContain('the policy of _dmarc.np.test applies to it: np=none (ghost.np.test does not exist) — not enforced');
    expect(ghost.verdict).toBe('warn');
  });

  it('does not count a subdomain at reject as enforcement when the organisation is at p=none', async () => {
    const shop = one(await run('shop.org.test'), 'dmarc');
    expect(whys(shop)).toContain('pass: p=reject');
    expect(whys(shop)).toContain('warn: the organisational domain org.test publishes p=none');
    expect(shop.findings.find((f) => f.why.startsWith('the organisational domain'))?.aspect).toBe('policy');
    const blog = one(await run('blog.org.test'), 'dmarc');
    expect(whys(blog)).toContain('the policy of _dmarc.org.test applies to it: sp=reject');
    expect(whys(blog)).toContain('warn: the organisational domain org.test publishes p=none');
    expect(blog.verdict).toBe('warn');
  });

  it('uses a public suffix operator record (psd=y) for a registrant without its own', async () => {
    const dmarc = one(await run('brand.psd.test'), 'dmarc');
    expect(whys(dmarc)).toContain("no record at _dmarc.brand.psd.test; the policy of the public suffix operator's record _dmarc.psd.test (psd=y) applies to it: p=reject");
    expect(dmarc.data).toMatchObject({ source: 'psd', organisation: 'brand.psd.test' });
  });

  it('compares organisational domains, not name suffixes, for report authorisation', async () => {
    // Under a public suffix, brand.psd.test and other.psd.test are different organisations;
    // psd.test itself is the suffix operator, not other.psd.test's organisation.
    const other = whys(one(await run('other.psd.test'), 'dmarc'));
    expect(other).toContain('psd.test has not authorised reports for other.psd.test');
    expect(other).toContain('brand.psd.test has not authorised reports for other.psd.test');
    // psd=n: the department is its own organisation, so its parent must authorise it; a
    // name below the department is inside the department's organisation.
    const dept = whys(one(await run('dept.uni.test'), 'dmarc'));
    expect(dept).toContain('uni.test has not authorised reports for dept.uni.test');
    expect(dept).not.toContain('lab.dept.uni.test has not authorised');
    expect(one(await run('dept.uni.test'), 'dmarc').data?.organisation).toBe('dept.uni.test');
  });

  it('flags pct, rf and ri as removed and reads psd', async () => {
    const bad = whys(one(await run('bad.test'), 'dmarc'));
    expect(bad).toContain('pct= was removed by RFC 9989');
    expect(bad).toContain('ri= was removed by RFC 9989');
    expect(one(await run('dept.uni.test'), 'dmarc').data?.psd).toBe('n');
  });
});

describe('DKIM', () => {
  it('warns on keys above 4096 bits', async () => {
    const dkim = checks(await run('good.test', { selectors: ['big'] }), 'dkim').find((c) => c.subject === 'big');
    expect(dkim?.verdict).toBe('warn');
    expect(whys(dkim!)).toContain('RSA key is 4608 bits: verifiers need only handle keys up to 4096 bits');
  });

  it('tries a selector named for one domain on that domain only', async () => {
    const plan = parseSelectorFlags(['sel-a.test=s1', 'sel-b.test=k9']);
    const r = await run(['sel-a.test', 'sel-b.test'], { selectors: plan.all, domainSelectors: plan.byDomain });
    const a = checks(r, 'dkim', 'sel-a.test').filter((c) => !c.data?.guessed);
    const b = checks(r, 'dkim', 'sel-b.test').filter((c) => !c.data?.guessed);
    expect(a.map((c) => [c.subject, c.verdict])).toEqual([['s1', 'pass']]);
    expect(b.map((c) => [c.subject, c.verdict])).toEqual([['k9', 'pass']]);
    expect(world.dns.queries).not.toContain('k9._domainkey.sel-a.test TXT');
  });

  it('parses --selector forms and rejects nonsense', () => {
    expect(parseSelectorFlags(['google', 'a.example=s1,s2', 'A.example.=s3'])).toEqual({ all: ['google'], byDomain: { 'a.example': ['s1', 's2', 's3'] } });
    expect(() => parseSelectorFlags(['a.example='])).toThrow('is not a selector list');
    expect(() => parseSelectorFlags(['bad selector'])).toThrow('is not a selector list');
  });

  it('reads the selectors recorded in the workbook answer', () => {
    expect(selectorsFromAnswer('acme-health.example: ses1, ses2, ses3 (SES Easy DKIM); pm20250411 (Postmark)')).toEqual({ 'acme-health.example': ['ses1', 'ses2', 'ses3', 'pm20250411'] });
    expect(selectorsFromAnswer('s1._domainkey.example.com — SendGrid, created 2025-03\nk2._domainkey.news.example.com — Mailchimp')).toEqual({ 'example.com': ['s1'], 'news.example.com': ['k2'] });
  });
});

describe('MTA-STS enforce: STARTTLS certificates of the MX hosts', () => {
  it('passes MX hosts whose certificate matches their name', async () => {
    const sts = one(await run('good.test'), 'mta-sts');
    expect(whys(sts)).toMatch(/pass: mx1\.good\.test: STARTTLS with a certificate valid for the name \(TLSv1\.[23]\)/);
    expect(whys(sts)).toContain('pass: mx2.good.test: STARTTLS');
    expect(sts.verdict).toBe('pass');
  });

  it('fails an MX host whose certificate is for another name', async () => {
    const sts = one(await run('wrongcert.test'), 'mta-sts');
    expect(whys(sts)).toMatch(/fail: mx\.wrongcert\.test: certificate not valid for mx\.wrongcert\.test: ERR_TLS_CERT_ALTNAME_INVALID; with mode: enforce, senders refuse to deliver/);
    expect(sts.verdict).toBe('fail');
  });

  it('only warns when the SMTP port cannot be reached from here', async () => {
    const sts = one(await run('good.test', { smtpPort: 1 }), 'mta-sts');
    expect(whys(sts)).toContain('warn: mx1.good.test: could not check STARTTLS');
    expect(sts.verdict).toBe('warn');
  });
});

describe('BIMI', () => {
  it('applies sp=none and pct under quarantine', async () => {
    const bimi = whys(one(await run('brandco.test'), 'bimi'));
    expect(bimi).toContain('sp=none at the organisational domain: BIMI is not shown');
    expect(bimi).toContain('pct=50 under quarantine');
  });

  it("falls back to the organisational domain's record and its policy", async () => {
    const sub = one(await run('news.bimi-ok.test'), 'bimi');
    expect(whys(sub)).toContain("no record at default._bimi.news.bimi-ok.test; the organisational domain's default._bimi.bimi-ok.test applies");
    expect(whys(sub)).toContain('BIMI record present, DMARC enforced');
    const inherited = whys(one(await run('mail.brandco.test'), 'bimi'));
    // sp=none makes the subdomain's own policy none as well.
    expect(inherited).toContain('the policy for mail.brandco.test is none');
  });
});
