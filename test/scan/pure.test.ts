import { describe, expect, it } from 'vitest';
import { mxMatches, parseStsPolicy } from '../../src/scan/mta-sts-policy.js';
import { parseSpf } from '../../src/scan/spf-parse.js';
import { scanEvidence } from '../../src/scan/scan-evidence.js';
import { rsaKeyBits } from '../../src/scan/check-dkim.js';
import { duration as parseDuration } from '../../src/cli/options.js';
import { normaliseDomain } from '../../src/scan/scan.js';
import { generateKeyPairSync } from 'node:crypto';

describe('MTA-STS policy and mx patterns', () => {
  it('matches a wildcard against exactly one left-most label', () => {
    expect(mxMatches('mx1.example.net', '*.example.net')).toBe(true);
    expect(mxMatches('MX1.Example.NET.', '*.example.net')).toBe(true);
    expect(mxMatches('a.b.example.net', '*.example.net')).toBe(false);
    expect(mxMatches('example.net', '*.example.net')).toBe(false);
    expect(mxMatches('mx.example.net', 'mx.example.net')).toBe(true);
    expect(mxMatches('mx.example.net.evil.test', 'mx.example.net')).toBe(false);
  });

  it('reports missing and out-of-range policy fields', () => {
    expect(parseStsPolicy('version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\n').problems).toEqual([]);
    const bad = parseStsPolicy('version: STSv2\r\nmode: strict\r\nmax_age: 99999999\r\n');
    expect(bad.problems).toEqual([
      'version "STSv2" is not STSv1',
      'mode "strict" is not enforce, testing or none',
      'max_age 99999999 is over the 31557600-second limit',
      'no "mx:" line',
    ]);
  });
});

describe('SPF syntax', () => {
  it('accepts a typical record and lists its terms', () => {
    const r = parseSpf('v=spf1 ip4:192.0.2.0/24 include:_spf.google.com a:mail.example.com/28 mx//64 ~all');
    expect(r.errors).toEqual([]);
    expect(r.terms.map((t) => t.raw)).toEqual(['ip4:192.0.2.0/24', 'include:_spf.google.com', 'a:mail.example.com/28', 'mx//64', '~all']);
  });

  it('rejects what receivers would reject', () => {
    expect(parseSpf('v=spf1 ip4:192.0.2.0/33 -all').errors[0]).toContain('invalid prefix length /33');
    expect(parseSpf('v=spf1 a:1.2.3.4 -all').errors[0]).toContain('does not end in a valid top-level label');
    expect(parseSpf('v=spf1 redirect=a.example redirect=b.example').errors).toContain('"redirect=" appears more than once');
    expect(parseSpf('v=spf1 exists:%{t}.example.com -all').errors[0]).toContain('invalid character or macro');
    expect(parseSpf('v=spf1 include:%{l}.%{d} -all').errors).toEqual([]);
  });
});

describe('DKIM key length', () => {
  it('reads the RSA modulus length from SPKI or PKCS#1', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(rsaKeyBits(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'))).toBe(1024);
    expect(rsaKeyBits(publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64'))).toBe(1024);
    expect(rsaKeyBits('bm90IGEga2V5')).toBeUndefined();
  });
});

describe('scanEvidence (for documents and secbook check)', () => {
  it('gives the latest scan date and verdict, and flags done-but-failing', () => {
    expect(scanEvidence({ status: 'done', evidence: ['by hand'] })).toBeUndefined();
    const v = scanEvidence({
      status: 'done',
      evidence: [
        { text: 'a', source: 'scan', date: '2027-01-20', verdict: 'pass' },
        { text: 'b', source: 'scan', date: '2027-01-20', verdict: 'fail' },
        { text: 'old', source: 'scan', date: '2026-10-01', verdict: 'pass' },
        { text: 'human', date: '2027-02-01' },
      ],
    });
    expect(v).toMatchObject({ date: '2027-01-20', verdict: 'fail', conflict: true, summary: 'scan on 2027-01-20 found failures' });
    expect(scanEvidence({ evidence: [{ text: 'x', source: 'scan', date: '2027-01-20', verdict: 'pass' }] })?.summary).toBe('verified by scan on 2027-01-20');
  });
});

describe('--timeout', () => {
  it('takes s, ms, m or bare seconds', () => {
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2')).toBe(2000);
    expect(parseDuration('1m')).toBe(60000);
    expect(() => parseDuration('0')).toThrow(/out of range/);
  });
});

describe('domain arguments', () => {
  it('accepts addresses, trailing dots and IDNs; rejects URLs', () => {
    expect(normaliseDomain('Dana@Example.COM.')).toBe('example.com');
    expect(normaliseDomain('bücher.example')).toBe('xn--bcher-kva.example');
    expect(() => normaliseDomain('https://example.com/')).toThrow(/not a domain name/);
    expect(() => normaliseDomain('localhost')).toThrow(/not a domain name/);
  });
});
