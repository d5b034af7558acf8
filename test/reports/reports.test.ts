/**
 * `secbook reports import` and `secbook senders` as a user runs them: generated reports in
 * every wrapper, a malformed one, a duplicate, reverse DNS and SPF served by a real DNS
 * server on loopback, and evidence written into the workbook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { aggregateXml, gz, reportEmail, tlsReportJson, zipOne } from '../helpers/report-fixtures.js';

let dns: DnsServer;
beforeAll(async () => {
  dns = await startDnsServer({
    'acme.example': [{ type: 'TXT', data: 'v=spf1 include:amazonses.com include:sendgrid.net include:_spf.google.com ~all' }],
    '10.2.0.192.in-addr.arpa': [{ type: 'PTR', domain: 'a10-2.smtp-out.amazonses.com' }],
    '7.100.51.198.in-addr.arpa': [{ type: 'PTR', domain: 'mail-relay.forwarder.example' }],
  });
});
afterAll(() => dns.close());

const NOW = '2027-03-10T12:00:00Z';
const SES = { d: 'acme.example', s: 'ses1', result: 'pass' };
const SES_AMAZON = { d: 'amazonses.com', s: 'x7k', result: 'pass' };

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFile(
    join(dir, 'workbook.yaml'),
    stringify({ format: 1, organisation: { name: 'Acme Ltd', domains: ['acme.example'] }, scope: { providers: ['ses', 'postmark'] }, answers: { 'email.auth.dmarc-reports': { status: 'partial', note: 'We read them by hand' } } }),
  );
  const inbox = join(dir, 'inbox');
  await mkdir(join(inbox, 'nested'), { recursive: true });
  // Google-shaped, plain XML: SES with aligned DKIM (180) and an unknown source failing both (20).
  await writeFile(
    join(inbox, 'google.com!acme.example!1.xml'),
    aggregateXml({ shape: 'google', reporter: 'google.com', id: 'g-1', domain: 'acme.example', begin: '2027-03-01', rows: [
      { ip: '192.0.2.10', count: 180, dkim: [SES, SES_AMAZON], spf: { d: 'amazonses.com', result: 'pass' }, dkimAligned: true },
      { ip: '203.0.113.66', count: 20, spf: { d: 'spoof.example', result: 'fail' } },
    ] }),
  );
  // Microsoft-shaped (DMARCbis namespace), gzipped: a forwarder that passes SPF alignment, never DKIM.
  await writeFile(
    join(inbox, 'nested', 'microsoft.xml.gz'),
    gz(aggregateXml({ shape: 'microsoft', reporter: 'Enterprise Outlook', id: 'ms-1', domain: 'acme.example', begin: '2027-03-02', rows: [
      { ip: '198.51.100.7', count: 30, spf: { d: 'acme.example', result: 'pass' }, spfAligned: true },
      { ip: '192.0.2.11', count: 50, dkim: [SES], dkimAligned: true },
    ] })),
  );
  // Yahoo-shaped (CDATA, whitespace), zipped.
  await writeFile(join(inbox, 'yahoo.zip'), zipOne('yahoo.xml', Buffer.from(aggregateXml({ shape: 'yahoo', reporter: 'Yahoo', id: 'y-1', domain: 'acme.example', begin: '2027-03-03', rows: [{ ip: '192.0.2.10', count: 70, dkim: [SES], dkimAligned: true }] }))));
  // The same Google report again, attached to an email: counted once.
  await writeFile(join(inbox, 'resent.eml'), reportEmail('google.xml.gz', gz(aggregateXml({ reporter: 'google.com', id: 'g-1', domain: 'acme.example', begin: '2027-03-01', rows: [{ ip: '192.0.2.10', count: 180, dkim: [SES], dkimAligned: true }] }))));
  // A new Google report by email, and TLS reports plain and gzipped.
  await writeFile(join(inbox, 'second.eml'), reportEmail('google2.xml.gz', gz(aggregateXml({ reporter: 'google.com', id: 'g-2', domain: 'acme.example', begin: '2027-03-04', rows: [{ ip: '192.0.2.10', count: 40, dkim: [SES], dkimAligned: true }] }))));
  await writeFile(join(inbox, 'tls.json'), tlsReportJson({ reporter: 'google.com', id: 'tls-1', domain: 'acme.example', begin: '2027-03-01', success: 900, failures: [{ type: 'certificate-expired', ip: '209.85.220.41', mx: 'mx.acme.example', sessions: 12 }] }));
  await writeFile(join(inbox, 'tls2.json.gz'), gz(tlsReportJson({ reporter: 'Microsoft', id: 'tls-ms', domain: 'acme.example', begin: '2027-03-02', success: 100, failures: [] })));
  // Malformed: cut off mid-element.
  await writeFile(join(inbox, 'broken.xml'), aggregateXml({ reporter: 'broken.example', id: 'b-1', domain: 'acme.example', begin: '2027-03-01', rows: [{ ip: '192.0.2.10', count: 1 }] }).slice(0, 400));
  return dir;
}

describe('secbook reports import', () => {
  it('imports every wrapper, counts a duplicate once, names and skips a malformed report, and keeps a compact store', async () => {
    const dir = await project();
    const r = await runCli(['reports', 'import', 'inbox'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    expect(r.code, r.stderr).toBe(1); // one report was skipped
    expect(r.stdout).toContain('Read 8 file(s): imported 4 DMARC aggregate and 2 SMTP TLS report(s) into reports/.');
    expect(r.stdout).toMatch(/1 already imported .*\n\s+inbox\/resent\.eml!google\.xml\.gz \(google\.com g-1\)/);
    expect(r.stdout).toMatch(/1 skipped:\n\s+inbox\/broken\.xml: not well-formed XML/);

    const csv = await readFile(join(dir, 'reports', 'dmarc-daily.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('day,domain,source_ip,disposition,spf_aligned,dkim_aligned,dkim,spf_domain,reporter,count');
    expect(csv).toContain('2027-03-01,acme.example,192.0.2.10,none,false,true,acme.example:ses1:pass;amazonses.com:x7k:pass,amazonses.com,google.com,180');
    expect(csv).toContain('2027-03-02,acme.example,198.51.100.7,none,true,false,,acme.example,Enterprise Outlook,30');
    expect(csv).not.toContain('broken.example');
    const imports = await readFile(join(dir, 'reports', 'imports.csv'), 'utf8');
    expect(imports.trim().split('\n')).toHaveLength(1 + 6);

    // Importing the same folder again adds nothing.
    const again = await runCli(['reports', 'import', 'inbox', '--json'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    const json = JSON.parse(again.stdout) as { imported: unknown[]; duplicates: unknown[] };
    expect(json.imported).toEqual([]);
    expect(json.duplicates).toHaveLength(7);
    expect(await readFile(join(dir, 'reports', 'dmarc-daily.csv'), 'utf8')).toBe(csv);
  });
});

describe('secbook senders', () => {
  it('names each source and its provider, flags unknown senders, forwarding risk, unused includes and missing providers, and measures readiness', async () => {
    const dir = await project();
    await runCli(['reports', 'import', 'inbox'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    const r = await runCli(['senders', '--resolver', dns.address, '--json'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(r.stdout) as {
      senders: { range: string; provider?: { id: string; by: string }; volume: number; ptr?: string; dkimAligned: number }[];
      unknown: { range: string }[];
      forwardingRisk: { range: string }[];
      providersNotSeen: { id: string }[];
      unusedIncludes: { include: string }[];
      readiness: { domain: string; total: number; legitimate: number; legitimateAligned: number; unknownFailing: number; recommendation: string }[];
      tls: { policyDomain: string; success: number; failure: number }[];
    };
    // 192.0.2.0/24: 180 + 50 + 70 + 40 = 340, attributed to SES by its amazonses.com DKIM signature.
    const ses = inv.senders.find((s) => s.range === '192.0.2.0/24')!;
    expect(ses).toMatchObject({ volume: 340, provider: { id: 'ses', by: 'DKIM d=' }, ptr: 'a10-2.smtp-out.amazonses.com', dkimAligned: 340 });
    expect(inv.unknown.map((s) => s.range).sort()).toEqual(['198.51.100.0/24', '203.0.113.0/24']);
    expect(inv.forwardingRisk.map((s) => s.range)).toEqual(['198.51.100.0/24']);
    expect(inv.providersNotSeen.map((p) => p.id)).toEqual(['postmark']);
    expect(inv.unusedIncludes.map((u) => u.include).sort()).toEqual(['_spf.google.com', 'sendgrid.net']);
    // Legitimate = SES (340) + the SPF-aligned forwarder (30) = 370, all aligned; the 20 spoofed stop.
    expect(inv.readiness).toEqual([
      expect.objectContaining({ domain: 'acme.example', total: 390, legitimate: 370, legitimateAligned: 370, unknownFailing: 20 }),
    ]);
    expect(inv.readiness[0]!.recommendation).toContain('ready for p=quarantine, then p=reject');
    expect(inv.tls).toEqual([expect.objectContaining({ policyDomain: 'acme.example', success: 1000, failure: 12 })]);

    const text = await runCli(['senders', '--resolver', dns.address, '--apply'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Amazon SES (by DKIM d=)');
    expect(text.stdout).toContain('Unknown senders: 198.51.100.0/24, 203.0.113.0/24');
    expect(text.stdout).toContain('certificate-expired: 12 from 209.85.220.41 to mx.acme.example');
    const answers = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).answers;
    // Evidence is added; the person's status and note stay.
    expect(answers['email.auth.dmarc-reports']).toMatchObject({ status: 'partial', note: 'We read them by hand' });
    expect(answers['email.auth.dmarc-reports'].evidence[0]).toMatchObject({ source: 'reports', verdict: 'warn', date: '2027-03-10' });
    expect(answers['email.auth.dmarc-enforcement'].evidence[0].text).toContain('DMARC readiness acme.example (last 30 days): 100% of legitimate mail aligned');
    expect(answers['email.auth.dmarc-enforcement'].status).toBeUndefined();
    expect(answers['email.auth.mta-sts'].evidence[0].text).toContain('1000 successful, 12 failed session(s) (certificate-expired)');

    // A second --apply replaces its own evidence instead of piling it up.
    await runCli(['senders', '--resolver', dns.address, '--apply'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    const again = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).answers;
    expect(again['email.auth.dmarc-reports'].evidence).toHaveLength(1);
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
  });
});

describe('the Email authentication report', () => {
  it('joins the document set once reports are imported: weekly pass rate, senders, readiness, TLS', async () => {
    const dir = await project();
    await runCli(['reports', 'import', 'inbox'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    const r = await runCli(['render', '--only', 'email-authentication-report', '--format', 'html'], { cwd: dir, env: { SECBOOK_NOW: NOW } });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(join(dir, 'output', 'email-authentication-report', '1.0', 'email-authentication-report.html'), 'utf8');
    expect(html).toContain('Email Authentication Report');
    // Week of Monday 2027-03-01: 180 + 20 + 30 + 50 + 70 + 40 = 390 messages, 370 passed DMARC = 94.9%.
    expect(html).toMatch(/2027-03-01<\/td>\s*<td[^>]*>390<\/td>\s*<td[^>]*>94\.9%/);
    expect(html).toContain('Amazon SES');
    expect(html).toContain('Unknown sender 203.0.113.0/24');
    expect(html.replace(/&#x3D;/g, '=')).toContain('ready for p=quarantine, then p=reject'); // Handlebars escapes =
    expect(html).toMatch(/certificate-expired ×12 from 209\.85\.220\.41/);
    // Without imported reports there is no such document.
    const bare = await tempDir();
    await writeFile(join(bare, 'workbook.yaml'), stringify({ format: 1, organisation: { name: 'Acme Ltd', domains: ['acme.example'] }, scope: {}, answers: {} }));
    const none = await runCli(['render', '--only', 'email-authentication-report', '--format', 'html'], { cwd: bare, env: { SECBOOK_NOW: NOW } });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no document matches --only email-authentication-report');
  });
});

