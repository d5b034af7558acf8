/**
 * `secbook check-message` on messages signed in the test with a freshly generated DKIM key,
 * whose public half, SPF, DMARC and reverse DNS the loopback DNS server publishes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';

let dns: DnsServer;
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

beforeAll(async () => {
  dns = await startDnsServer({
    'acme.example': [{ type: 'TXT', data: 'v=spf1 ip4:192.0.2.10 -all' }],
    '_dmarc.acme.example': [{ type: 'TXT', data: 'v=DMARC1; p=reject; rua=mailto:dmarc@acme.example' }],
    's1._domainkey.acme.example': [{ type: 'TXT', data: [`v=DKIM1; k=rsa; p=${pub.slice(0, 200)}`, pub.slice(200)] }],
    '10.2.0.192.in-addr.arpa': [{ type: 'PTR', domain: 'mail.acme.example' }],
    'mail.acme.example': [{ type: 'A', address: '192.0.2.10' }],
    '66.113.0.203.in-addr.arpa': [{ type: 'PTR', domain: 'host.elsewhere.example' }],
    'host.elsewhere.example': [{ type: 'A', address: '203.0.113.99' }],
  });
});
afterAll(() => dns.close());

function message(extra: string[], body = 'Hello from Acme.\r\n'): string {
  return [
    'Received: from mail.acme.example (mail.acme.example [192.0.2.10]) by mx.google.example with ESMTPS id abc (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256); Tue, 09 Mar 2027 10:00:00 +0000',
    'Return-Path: <bounces@acme.example>',
    'From: Acme News <news@acme.example>',
    'To: customer@example.net',
    'Subject: March update',
    'Date: Tue, 09 Mar 2027 10:00:00 +0000',
    'Message-ID: <march-1@acme.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...extra,
    '',
    body,
  ].join('\r\n');
}

async function signed(text: string, headerList: string[]): Promise<string> {
  const { signatures } = await dkimSign(text, { signatureData: [{ signingDomain: 'acme.example', selector: 's1', privateKey: pem }], headerList: headerList.join(':'), signTime: new Date('2027-03-09T10:00:00Z') });
  return signatures + text;
}

const UNSUB = ['List-Unsubscribe: <https://acme.example/u/abc>, <mailto:unsub@acme.example>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'];
const BASE_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];

describe('secbook check-message', () => {
  it('passes a correctly signed marketing message from an authorised, forward-confirmed IP', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.eml'), await signed(message(UNSUB), [...BASE_HEADERS, 'list-unsubscribe', 'list-unsubscribe-post']));
    const r = await runCli(['check-message', 'good.eml', '--ip', '192.0.2.10', '--helo', 'mail.acme.example', '--resolver', dns.address, '--json'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; findings: { check: string; verdict: string; what: string }[] };
    const verdict = (check: string) => report.findings.filter((f) => f.check === check).map((f) => f.verdict);
    expect(verdict('SPF')).toEqual(['pass']);
    expect(verdict('DKIM')).toEqual(['pass']);
    expect(verdict('DMARC')).toEqual(['pass']);
    expect(verdict('One-click unsubscribe')).toEqual(['pass']);
    expect(verdict('Reverse DNS')).toEqual(['pass']);
    expect(verdict('TLS (last hop)')).toEqual(['pass']);
    expect(verdict('RFC 5322 format')).toEqual(['pass']);
  });

  it('names each failure with its fix: unsigned unsubscribe headers, a tampered body, an IP without FCrDNS, a duplicated From', async () => {
    const dir = await tempDir();
    const text = await signed(message(UNSUB), BASE_HEADERS);
    // The body changed after signing, and a second From was added.
    const tampered = text.replace('Hello from Acme.', 'Hello from Acme (edited).').replace('To: customer', 'From: other@acme.example\r\nTo: customer');
    await writeFile(join(dir, 'bad.eml'), tampered);
    const r = await runCli(['check-message', 'bad.eml', '--ip', '203.0.113.66', '--resolver', dns.address], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ fail\s+SPF: fail for acme\.example from 203\.0\.113\.66\n\s+fix: Authorise 203\.0\.113\.66/);
    expect(r.stdout).toMatch(/✗ fail\s+DKIM: d=acme\.example s=s1: (fail|neutral)/);
    expect(r.stdout).toMatch(/✗ fail\s+DMARC: not evaluated: the message has no single From domain/);
    expect(r.stdout).toMatch(/✗ fail\s+One-click unsubscribe: the unsubscribe headers are not covered by a passing DKIM signature/);
    expect(r.stdout).toMatch(/✗ fail\s+Reverse DNS: 203\.0\.113\.66 → host\.elsewhere\.example, but no name resolves back/);
    expect(r.stdout).toMatch(/✗ fail\s+RFC 5322 format: 2 From headers/);
  });

  it('refuses a missing file and a bad --ip clearly', async () => {
    const dir = await tempDir();
    const missing = await runCli(['check-message', 'nope.eml'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.eml does not exist');
    await writeFile(join(dir, 'm.eml'), message([]));
    const ip = await runCli(['check-message', 'm.eml', '--ip', 'not-an-ip'], { cwd: dir });
    expect(ip.code).toBe(2);
    expect(ip.stderr).toContain("option '--ip <address>' argument 'not-an-ip' is invalid");
    expect(ip.stderr).not.toMatch(/\n\s+at /);
  });
});
