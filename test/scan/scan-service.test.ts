import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan, type ScanReport } from '../../src/scan/scan.js';
import type { CheckResult } from '../../src/scan/finding.js';
import { startScanWorld, type ScanWorld } from '../helpers/dns-scan-world.js';

let world: ScanWorld;
beforeAll(async () => {
  world = await startScanWorld();
});
afterAll(() => world?.close());

const NOW = new Date('2027-01-15T09:00:00Z');

async function run(domain: string, extra: Partial<Parameters<typeof scan>[0]> = {}): Promise<ScanReport> {
  return scan({ domains: [domain], resolver: world.dns.address, timeoutMs: 1000, ca: [world.pki.caPem], httpsPort: world.https.port, smtpPort: world.smtp.port, now: NOW, ...extra });
}
const checks = (r: ScanReport, check: string): CheckResult[] => r.domains[0]?.checks.filter((c) => c.check === check) ?? [];
const one = (r: ScanReport, check: string): CheckResult => {
  const c = checks(r, check)[0];
  if (!c) throw new Error(`no ${check} result`);
  return c;
};
const whys = (c: CheckResult): string => c.findings.map((f) => `${f.verdict}: ${f.why}`).join('\n');

describe('scan against a real loopback DNS and HTTPS server', () => {
  it('passes a well-configured domain and shows the records as found', async () => {
    const r = await run('good.test', { selectors: ['sel1'], senderIps: ['198.51.100.7', '203.0.113.9'] });
    const spf = one(r, 'spf');
    expect(spf.records).toEqual(['v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all']);
    expect(whys(spf)).toContain('1 of 10 DNS lookups');
    expect(whys(spf)).toContain('sender 198.51.100.7: SPF pass (matched include:_spf.provider.test > ip4:198.51.100.0/24)');
    expect(whys(spf)).toContain('sender 203.0.113.9: SPF fail (matched -all)');
    const dkim = one(r, 'dkim');
    expect(dkim.verdict).toBe('pass');
    expect(whys(dkim)).toContain('RSA key, 2048 bits');
    expect(one(r, 'dmarc').verdict).toBe('pass');
    expect(whys(one(r, 'dmarc'))).toContain('dmarc.vendor.test authorises reports');
    const sts = one(r, 'mta-sts');
    expect(whys(sts)).toContain('every MX host matches an mx: pattern');
    expect(sts.verdict).toBe('pass');
    expect(one(r, 'tls-rpt').verdict).toBe('pass');
    expect(checks(r, 'mx').map((c) => c.verdict)).toEqual(['pass', 'pass']);
    expect(one(r, 'bimi').verdict).toBe('info');
    // Only the sender IP that is not authorised fails.
    expect(spf.verdict).toBe('fail');
    const clean = await run('good.test', { selectors: ['sel1'] });
    expect(clean.verdict).toBe('pass');
    expect(clean.counts.fail).toBe(0);
  });

  it('flags SPF ptr, void lookups, a missing include and ~all; DMARC p=none and removed tags', async () => {
    const r = await run('bad.test', { selectors: ['old', 'weak', 'mid', 'nosuch'] });
    const spf = whys(one(r, 'spf'));
    expect(spf).toContain('pass: ends in ~all (softfail)');
    expect(spf).toContain('uses ptr');
    expect(spf).toMatch(/fail: 3 void lookups \(limit 2\)/);
    expect(spf).toContain('include:missing.bad.test: TXT missing.bad.test: NXDOMAIN');
    const dmarc = whys(one(r, 'dmarc'));
    expect(dmarc).toContain('warn: p=none');
    expect(dmarc).toContain('pct= was removed by RFC 9989');
    expect(dmarc).toContain('ri= was removed by RFC 9989');
    expect(dmarc).toContain('elsewhere.test has not authorised reports for bad.test');
    const fix = one(r, 'dmarc').findings.find((f) => f.why.startsWith('p=none'))?.fix;
    expect(fix).toMatch(/quarantine.*reject/);
    const dkim = Object.fromEntries(checks(r, 'dkim').map((c) => [c.subject, c]));
    expect(whys(dkim.old!)).toContain('p= is empty: this key is revoked');
    expect(dkim.weak!.verdict).toBe('fail');
    expect(whys(dkim.weak!)).toContain('RSA key is 512 bits');
    expect(dkim.mid!.verdict).toBe('warn');
    expect(whys(dkim.mid!)).toContain('RSA key is 1024 bits');
    expect(whys(dkim.mid!)).toContain('t=y: testing mode');
    expect(whys(dkim.nosuch!)).toContain('NXDOMAIN');
    // Common selectors are tried too, and labelled as guesses.
    expect(whys(dkim.google!)).toContain('selector "google" (guessed): RSA key is 1024 bits');
    expect(dkim.google!.data?.guessed).toBe(true);
    expect(dkim.default!.verdict).toBe('info');
    expect(whys(dkim.default!)).toContain('selector "default" (guessed): p= is empty: a revoked (retired) key');
    expect(Object.keys(dkim).sort()).toEqual(['default', 'google', 'mid', 'nosuch', 'old', 'weak']);
    const sts = whys(one(r, 'mta-sts'));
    expect(sts).toContain('HTTP 301 redirect to https://www.bad.test/mta-sts.txt: redirects must not be followed');
    expect(one(r, 'mta-sts').verdict).toBe('fail');
    expect(whys(one(r, 'tls-rpt'))).toContain('2 TLS-RPT records');
    const mx = checks(r, 'mx');
    expect(mx.find((c) => c.subject === 'gone.bad.test')?.verdict).toBe('fail');
    expect(r.verdict).toBe('fail');
  });

  it('applies the parent domain\'s DMARC policy to a subdomain without its own record', async () => {
    const dmarc = one(await run('news.good.test'), 'dmarc');
    expect(dmarc.verdict).toBe('pass');
    expect(whys(dmarc)).toContain('no record at _dmarc.news.good.test; the policy of _dmarc.good.test applies to it: p=reject');
    expect(dmarc.records[0]).toMatch(/^v=DMARC1; p=reject/);
  });

  it('counts DNS lookups recursively and shows the chain', async () => {
    const r = await run('heavy.test');
    const spf = one(r, 'spf');
    expect(whys(spf)).toContain('fail: 12 DNS lookups (limit 10)');
    const chain = spf.data?.chain as string[];
    expect(chain[0]).toBe('#1 include:_spf1.heavy.test');
    expect(chain).toContain('#12 mx:heavy.test (in _spf4.heavy.test)');
  });

  it('finds include loops, +all, duplicate records and syntax errors', async () => {
    const loop = whys(one(await run('loop.test'), 'spf'));
    expect(loop).toContain('include/redirect loop: loop.test → a.loop.test → loop.test');
    expect(loop).toContain('fail: ends in +all');
    const two = one(await run('two.test'), 'spf');
    expect(whys(two)).toContain('2 SPF records');
    expect(two.records).toHaveLength(2);
    const syntax = whys(one(await run('syntax.test'), 'spf'));
    expect(syntax).toContain('"192.0.2.300" is not an IPv4 address');
    expect(syntax).toContain('unknown mechanism "foo:bar"');
  });

  it('tells a parked domain to publish v=spf1 -all', async () => {
    const spf = one(await run('parked.test'), 'spf');
    expect(whys(spf)).toContain('has no MX record (a parked domain?)');
    expect(spf.findings.some((f) => f.fix?.includes('v=spf1 -all'))).toBe(true);
  });

  it('reports DNS errors as errors, never as a missing record', async () => {
    const fail = await run('dnsfail.test');
    const spf = one(fail, 'spf');
    expect(whys(spf)).toContain('DNS SERVFAIL');
    expect(whys(spf)).not.toMatch(/no v=spf1|NXDOMAIN|NODATA/);
    expect(spf.findings[0]?.fix).toContain('not a missing record');
    const slow = await run('slow.test');
    const dmarc = one(slow, 'dmarc');
    expect(whys(dmarc)).toContain('could not read DMARC: TXT _dmarc.slow.test: DNS TIMEOUT');
    expect(whys(one(slow, 'dmarc'))).toContain('v=DMARC1 record at slow.test itself has no effect');
    expect(whys(one(await run('nothing.test'), 'dmarc'))).toContain('no DMARC record: TXT _dmarc.nothing.test: NXDOMAIN');
    expect(whys(one(await run('refused.test'), 'spf'))).toContain('could not read SPF: TXT refused.test: DNS REFUSED');
  });

  it('checks the MTA-STS content type, mode, max_age and that a wildcard covers one label only', async () => {
    const sts = one(await run('ctype.test'), 'mta-sts');
    const text = whys(sts);
    expect(text).toContain('policy served as "text/html", not text/plain');
    expect(text).toContain('mode: testing');
    expect(text).toContain('max_age 3600s is under a day');
    expect(text).toContain('MX not covered by any mx: line: mail.other.test, a.b.ctype.test');
  });

  it('caps the policy size, times out a silent server and reports a missing policy host', async () => {
    expect(whys(one(await run('big.test'), 'mta-sts'))).toContain('the policy is larger than 64 KB (size cap)');
    expect(whys(one(await run('hang.test', { timeoutMs: 300 }), 'mta-sts'))).toContain('no answer within 900 ms (timeout)');
    expect(whys(one(await run('nohost.test'), 'mta-sts'))).toMatch(/mta-sts\.nohost\.test: NXDOMAIN/);
  });

  it('rejects an expired or untrusted MTA-STS certificate', async () => {
    expect(whys(one(await run('expired.test'), 'mta-sts'))).toMatch(/TLS certificate not valid for mta-sts\.expired\.test: CERT_HAS_EXPIRED/);
    expect(whys(one(await run('untrusted.test'), 'mta-sts'))).toMatch(/TLS certificate not valid for mta-sts\.untrusted\.test: (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED)/);
    // Without the test CA the good policy is untrusted too.
    expect(whys(one(await run('good.test', { ca: [] }), 'mta-sts'))).toContain('TLS certificate not valid');
  });

  it('guesses common DKIM selectors and says so', async () => {
    const dkim = checks(await run('good.test'), 'dkim');
    expect(dkim[0]?.verdict).toBe('warn');
    expect(whys(dkim[0]!)).toContain('no DKIM selector given and none of the common ones found (tried default, google, selector1');
  });
});
