import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { startScanWorld, type ScanWorld } from '../helpers/dns-scan-world.js';

let world: ScanWorld;
beforeAll(async () => {
  world = await startScanWorld();
});
afterAll(() => world?.close());

const net = () => ['--resolver', world.dns.address, '--timeout', '1s', '--ca-file', world.pki.caFile, '--https-port', String(world.https.port), '--smtp-port', String(world.smtp.port)];
const ENV = { SECBOOK_NOW: '2027-01-15T09:00:00Z' };

async function workbook(domains: string[], answers = '{}'): Promise<string> {
  const dir = await tempDir('secbook-scan-');
  await writeFile(join(dir, 'workbook.yaml'), `format: 1\norganisation:\n  name: Test Org\n  domains: [${domains.join(', ')}]\nscope: {}\nanswers: ${answers}\n`);
  return dir;
}

describe('secbook scan (real process, loopback DNS and HTTPS)', () => {
  it('prints a passing report grouped by check and exits 0', async () => {
    const dir = await tempDir();
    const r = await runCli(['scan', 'good.test', '--selector', 'sel1', ...net()], { cwd: dir, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('good.test  PASS');
    expect(r.stdout).toMatch(/ {2}SPF {2}PASS\n {4}found: v=spf1 ip4:192\.0\.2\.0\/24 include:_spf\.provider\.test -all/);
    expect(r.stdout).toContain('  DKIM sel1  PASS');
    expect(r.stdout).toContain('  MTA-STS  PASS');
    expect(r.stdout).toContain('0 failing');
  });

  it('trusts a CA given by NODE_EXTRA_CA_CERTS as well as --ca-file', async () => {
    const args = ['scan', 'good.test', '--json', '--resolver', world.dns.address, '--timeout', '1s', '--https-port', String(world.https.port), '--smtp-port', String(world.smtp.port)];
    const sts = (stdout: string) => JSON.parse(stdout).domains[0].checks.find((c: { check: string }) => c.check === 'mta-sts');
    const untrusted = await runCli(args, { cwd: await tempDir(), env: ENV });
    expect(sts(untrusted.stdout).findings[0].why).toContain('TLS certificate not valid for mta-sts.good.test');
    const trusted = await runCli(args, { cwd: await tempDir(), env: { ...ENV, NODE_EXTRA_CA_CERTS: world.pki.caFile } });
    expect(sts(trusted.stdout).verdict).toBe('pass');
  });

  it('exits 1 on failures and prints why and how to fix', async () => {
    const dir = await tempDir();
    const r = await runCli(['scan', 'bad.test', ...net()], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.test  FAIL');
    expect(r.stdout).toContain('WARN p=none: DMARC monitors but does not protect');
    expect(r.stdout).toMatch(/fix: Read the rua reports .* p=quarantine, then p=reject/);
    expect(r.stdout).toContain('FAIL policy https://mta-sts.bad.test/.well-known/mta-sts.txt: HTTP 301 redirect');
    // Long key data is shortened in the text report.
    expect(r.stdout).not.toMatch(/[A-Za-z0-9+/]{80}/);
  });

  it('exits 0 when there are only warnings', async () => {
    // good.test without --selector: the guessed DKIM selectors are not found (a warning).
    const r = await runCli(['scan', 'good.test', '--json', ...net()], { cwd: await tempDir(), env: ENV });
    const report = JSON.parse(r.stdout) as { verdict: string; counts: { warn: number; fail: number } };
    expect(report.counts).toMatchObject({ warn: 1, fail: 0 });
    expect(report.verdict).toBe('warn');
    expect(r.code).toBe(0);
  });

  it('--json gives the findings, the lookup chain and the sender verdicts', async () => {
    const r = await runCli(['scan', 'good.test', '--json', '--sender-ip', '198.51.100.7', ...net()], { cwd: await tempDir(), env: ENV });
    const report = JSON.parse(r.stdout);
    expect(report.scannedAt).toBe('2027-01-15T09:00:00.000Z');
    const spf = report.domains[0].checks.find((c: { check: string }) => c.check === 'spf');
    expect(spf.data.chain).toEqual(['#1 include:_spf.provider.test']);
    expect(spf.data.senders[0]).toMatchObject({ ip: '198.51.100.7', result: 'pass', mechanism: 'include:_spf.provider.test > ip4:198.51.100.0/24' });
  });

  it('reports a DNS failure as such', async () => {
    const r = await runCli(['scan', 'dnsfail.test', ...net()], { cwd: await tempDir(), env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('could not read SPF: TXT dnsfail.test: DNS SERVFAIL');
  });

  it('says so when the DNS server does not answer at all', async () => {
    const r = await runCli(['scan', 'good.test', '--resolver', '127.0.0.1:9', '--timeout', '500ms'], { cwd: await tempDir(), env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error: the DNS server 127\.0\.0\.1:9 did not answer for good\.test \((CONNREFUSED|TIMEOUT)\)/);
    expect(r.stderr).toContain('hint: Check --resolver');
  });

  it('scans the workbook domains when none is given, and says so when there are none', async () => {
    const dir = await workbook(['good.test']);
    const r = await runCli(['scan', '--selector', 'sel1', ...net()], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('good.test  PASS');
    const empty = await workbook([]);
    const e = await runCli(['scan', ...net()], { cwd: empty, env: ENV });
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('no domain to scan');
  });

  it('rejects bad input with a hint', async () => {
    const dir = await tempDir();
    const a = await runCli(['scan', 'good.test', '--timeout', 'soon'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("option '--timeout <duration>' argument 'soon' is invalid");
    const b = await runCli(['scan', 'good.test', '--sender-ip', '999.1.1.1', ...net()], { cwd: dir });
    expect(b.stderr).toContain("option '--sender-ip <ip>' argument '999.1.1.1' is invalid");
    const c = await runCli(['scan', 'https://good.test/x', ...net()], { cwd: dir });
    expect(c.stderr).toContain('is not a domain name');
  });

  it('--apply writes evidence and statuses, and never downgrades a person\'s answer', async () => {
    const answers = `\n  email.auth.dmarc-enforcement:\n    status: done\n    answered_by: dana\n    evidence:\n      - text: checked by hand\n  email.auth.tls-rpt:\n    status: na\n`;
    const dir = await workbook(['bad.test'], answers);
    const r = await runCli(['scan', '--apply', '--selector', 'mid', ...net()], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Recorded in workbook.yaml:');
    expect(r.stdout).toMatch(/CONFLICT\s+email\.auth\.dmarc-enforcement: warn, kept "done" \(scan suggests partial\)/);
    expect(r.stdout).toMatch(/CONFLICT\s+email\.auth\.tls-rpt: fail, kept "na"/);
    const saved = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    const a = saved.answers;
    expect(a['email.auth.dmarc-enforcement'].status).toBe('done');
    expect(a['email.auth.dmarc-enforcement'].answered_by).toBe('dana');
    expect(a['email.auth.dmarc-enforcement'].evidence).toEqual([
      { text: 'checked by hand' },
      { text: expect.stringMatching(/^bad\.test dmarc: v=DMARC1; p=none.* — p=none: DMARC monitors/), source: 'scan', date: '2027-01-15', verdict: 'warn' },
    ]);
    expect(a['email.auth.tls-rpt'].status).toBe('na');
    expect(a['email.auth.spf-all']).toMatchObject({ status: 'done', answered_by: 'secbook scan' });
    expect(a['email.auth.spf-lookups']).toMatchObject({ status: 'todo' });
    expect(a['email.auth.mta-sts'].evidence[0]).toMatchObject({ source: 'scan', verdict: 'fail' });
    expect(a['email.auth.dkim-key-size']).toMatchObject({ status: 'partial' });
    expect(a['email.auth.dmarc-reports'].evidence[0].text).toContain('elsewhere.test has not authorised');

    // A second scan replaces the scan's own evidence instead of piling it up.
    const json = await runCli(['scan', '--apply', '--json', '--selector', 'mid', ...net()], { cwd: dir, env: ENV });
    expect(JSON.parse(json.stdout).applied.updates).toContainEqual({
      itemId: 'email.auth.dmarc-enforcement',
      verdict: 'warn',
      proposed: 'partial',
      kept: 'done',
      conflict: 'answered "done", but the scan found warnings; status kept — review it',
      refreshed: '2027-01-15',
    });
    expect(json.stdout).toContain('"refreshed": "2027-01-15"');
    const again = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).answers;
    expect(again['email.auth.dmarc-enforcement'].evidence).toHaveLength(2);
    const v = await runCli(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
  });

  it('--apply raises statuses to done when the scan passes (capped where DNS shows only part)', async () => {
    const dir = await workbook(['good.test'], `\n  email.auth.spf-record:\n    status: todo\n`);
    const r = await runCli(['scan', '--apply', '--selector', 'sel1', ...net()], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    const a = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).answers;
    expect(a['email.auth.spf-record'], JSON.stringify(a, null, 1)).toMatchObject({ status: 'done' });
    expect(a['email.auth.dmarc-enforcement'].status).toBe('done');
    expect(a['email.auth.dmarc-reports'].status).toBe('partial');
    expect(a['email.auth.bimi'].status).toBeUndefined();
    expect(a['email.auth.bimi'].evidence[0].verdict).toBe('info');
  });

  it('--apply marks a missing MTA-STS or TLS-RPT todo, not partial', async () => {
    const dir = await workbook(['soft.test'], `\n  email.auth.tls-rpt:\n    status: partial\n    answered_by: dana\n`);
    const r = await runCli(['scan', '--apply', ...net()], { cwd: dir, env: ENV });
    expect(r.stdout).toMatch(/CONFLICT\s+email\.auth\.tls-rpt: warn, kept "partial" \(scan suggests todo\)/);
    const a = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).answers;
    expect(a['email.auth.mta-sts']).toMatchObject({ status: 'todo', answered_by: 'secbook scan' });
    expect(a['email.auth.mta-sts'].evidence[0]).toMatchObject({ verdict: 'warn' });
    expect(a['email.auth.tls-rpt'].status).toBe('partial');
    // ~all is acceptable: the spf-all item is done.
    expect(a['email.auth.spf-all'].status).toBe('done');
  });

  it('uses per-domain --selector and the selectors recorded in the workbook, each on its own domain', async () => {
    const dir = await workbook(['sel-a.test', 'sel-b.test'], `\n  email.auth.dkim-selectors:\n    value: 'sel-a.test: s1 (Provider A)'\n`);
    const r = await runCli(['scan', '--apply', '--json', '--selector', 'sel-b.test=k9', ...net()], { cwd: dir, env: ENV });
    const report = JSON.parse(r.stdout) as { domains: { domain: string; checks: { check: string; subject?: string; verdict: string; data?: { guessed?: boolean } }[] }[] };
    const named = (d: string) => report.domains.find((x) => x.domain === d)?.checks.filter((c) => c.check === 'dkim' && c.subject && !c.data?.guessed).map((c) => `${c.subject} ${c.verdict}`);
    expect(named('sel-a.test')).toEqual(['s1 pass']);
    expect(named('sel-b.test')).toEqual(['k9 pass']);
  });

  it('secbook check fails on an answer marked done that the latest scan found failing (a warning does not fail it)', async () => {
    const answers = `\n  email.auth.mta-sts:\n    status: done\n    answered_by: dana\n  email.auth.dmarc-enforcement:\n    status: done\n    answered_by: dana\n`;
    const dir = await workbook(['bad.test'], answers);
    await runCli(['scan', '--apply', ...net()], { cwd: dir, env: ENV });
    const c = await runCli(['check', '--json'], { cwd: dir, env: ENV });
    expect(c.code).toBe(1);
    const scanReason = (JSON.parse(c.stdout) as { reasons: { code: string; items?: string[] }[] }).reasons.find((x) => x.code === 'scan');
    expect(scanReason?.items?.some((i) => i.startsWith('email.auth.mta-sts'))).toBe(true);
    expect(scanReason?.items?.some((i) => i.startsWith('email.auth.dmarc-enforcement'))).toBe(false);
  });
});
