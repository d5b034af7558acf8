/**
 * A two-quarter review history, read as an auditor reads it: the report's PDF text, its
 * approval rule, the forced-close disclosure, exact counts, who changed what with which
 * evidence, per-kind intervals, the trend points, an identical re-render, and `verify`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ensureBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { RV_CHECKLIST_V2, isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

let cli: IsolatedCli;
let browser: string;
beforeAll(async () => {
  browser = ensureBrowser();
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

// The Authentication section rests on DNS evidence (30 days); Operations on controls (90).
const withKinds = (checklist: string) => checklist.replace('    title: Authentication\n', '    title: Authentication\n    review_kind: dns\n');

describe('Audit Review Report over two quarters', () => {
  it('records who changed what with which evidence, discloses a forced close, shows approval only once recorded', async () => {
    const dir = await tempDir();
    const env = (iso: string) => ({ SECBOOK_NOW: iso, PUPPETEER_EXECUTABLE_PATH: browser });
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'partial', updated_at: '2026-11-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'done', updated_at: '2026-11-01T00:00:00Z' },
        'rv.ops.backups': { status: 'todo', owner: 'Sam Ops', due: '2027-01-31', updated_at: '2026-11-01T00:00:00Z' },
        'rv.ops.contacts': { status: 'done', updated_at: '2027-01-20T00:00:00Z' },
      },
    });
    await writeFile(join(dir, 'checklists', 'rv.yaml'), withKinds((await import('../helpers/review-fixtures.js')).RV_CHECKLIST));
    // Q4: start and close at once (nothing stale yet): 4*0.5 + 4 + 2 of 12 = 66.7%.
    expect((await cli.run(['review', 'start'], { cwd: dir, env: env('2026-11-20T10:00:00Z') })).code).toBe(0);
    const q4 = await cli.run(['review', 'close', '--reviewer', 'Dana', '--no-pdf'], { cwd: dir, env: env('2026-11-20T10:00:00Z') });
    expect(q4.code, q4.stderr).toBe(0);

    // Q1 (2027-02-15): the DNS items (last confirmed 2026-11-01, 106 days) are past 30 days;
    // backups is a control (106 > 90) and overdue; contacts (26 days) is not due; training is new.
    await writeFile(join(dir, 'checklists', 'rv.yaml'), withKinds(RV_CHECKLIST_V2));
    const q1 = env('2027-02-15T10:00:00Z');
    const started = await cli.run(['review', 'start'], { cwd: dir, env: q1 });
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain('why: last confirmed 2026-11-01, 106 days ago; DNS evidence is re-confirmed every 30 days');
    expect(started.stdout).not.toContain('rv.ops.contacts');
    const marked = parse(await readFile(join(dir, 'reviews', '2027-Q1.yaml'), 'utf8')) as { reconfirm: Record<string, { kind: string; interval_days: number }> };
    expect(Object.keys(marked.reconfirm).sort()).toEqual(['rv.auth.dmarc', 'rv.auth.spf', 'rv.ops.backups', 'rv.ops.training']);
    expect(marked.reconfirm['rv.auth.spf']).toMatchObject({ kind: 'dns', interval_days: 30 });

    const answers = [
      ['rv.auth.spf', '--status', 'done', '--by', 'Priya Shah', '--evidence', 'https://dns.example/spf-check', '--note', 'Moved the include to the new ESP'],
      ['rv.auth.dmarc', '--status', 'todo', '--by', 'Sam Ops', '--note', 'Policy rolled back during migration'],
      ['rv.ops.training', '--status', 'done', '--by', 'Dana Lee'],
    ];
    for (const args of answers) {
      const r = await cli.run(['answer', ...args], { cwd: dir, env: q1 });
      expect(r.code, r.stderr).toBe(0);
    }
    const confirmed = await cli.run(['review', 'confirm', 'rv.ops.contacts', '--by', 'Dana Lee'], { cwd: dir, env: q1 });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    const closed = await cli.run(['review', 'close', '--reviewer', 'Dana Lee (CISO)', '--reviewer', 'Sam Ops (SRE)', '--sign-off', 'Reviewed in the February security meeting', '--force'], { cwd: dir, env: q1 });
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain('output/audit-review-2027-q1/1.0/audit-review-2027-q1.pdf');
    expect(closed.stdout).toContain('secbook review approve 2027-Q1');

    const read = async (version: string) => (await pdfText(join(dir, `output/audit-review-2027-q1/${version}/audit-review-2027-q1.pdf`))).pages.join('\n');
    const text = await read('1.0');
    // Exact counts: spf done, dmarc todo, backups todo, contacts done, training done → 5 of 5 answered, 2 open.
    expect(text).toContain('5 of 5 Applicable items answered');
    expect(text).toContain('2 Open items (not done)');
    // Q1 = spf 4 + contacts 2 + training 2 = 8 of 14 = 57.1%; trend points labelled with exact scores.
    expect(text).toMatch(/Scores by review: 2026-Q4 66\.7%, 2027-Q1 57\.1%\./);
    expect(text).toMatch(/2026-Q4[\s\S]*66\.7%[\s\S]*2027-Q1/);
    // The change log: before → now, who, when, note and evidence.
    expect(text).toMatch(/Change log .*Question for rv\.auth\.spf\? partial → done Priya Shah, 2027-?02-?15 Moved the include to the new ESP · Evidence: https:\/\/dns\.example\/spf-check/);
    expect(text).toMatch(/Question for rv\.auth\.dmarc\? done → to do Sam Ops, 2027- ?02- ?15 Policy rolled back during migration/);
    expect(text).toMatch(/Confirmations .*Question for rv\.ops\.contacts\? 2027-02-15 Dana Lee/);
    // Actions, not questions: the action plan says what to do, with owner and due date.
    expect(text).toMatch(/Action plan Action Status Owner Due Like this\. todo Sam Ops 2027-01-31 \(overdue\)/);
    // Why each item came up.
    expect(text).toContain('DNS evidence is re-confirmed every 30 days');
    expect(text).toContain('control is re-confirmed every 90 days; action due 2027-01-31 (owner Sam Ops) is overdue');
    // Forced close disclosed on the cover and in the sign-off; no approval yet.
    const cover = text.split('\n')[0]!;
    expect(cover).toMatch(/Approved by Not yet approved/);
    expect(cover).toMatch(/FORCED: 1 ITEM UNCONFIRMED/i);
    expect(text).toMatch(/Close Forced: 1 item unconfirmed \(rv\.ops\.backups\)/);
    expect(text).toMatch(/Sign-off .*Reviewed by Dana Lee \(CISO\); Sam Ops \(SRE\)/);
    expect(text).not.toMatch(/Approved by Dana/);

    // The report again, later, into a fresh folder: the same HTML, byte for byte.
    const html = await readFile(join(dir, 'output/audit-review-2027-q1/1.0/audit-review-2027-q1.html'));
    const again = await cli.run(['review', 'report', '2027-Q1', '--out', 'again', '--no-pdf'], { cwd: dir, env: env('2027-06-01T10:00:00Z') });
    expect(again.code, again.stderr).toBe(0);
    expect((await readFile(join(dir, 'again/audit-review-2027-q1/1.0/audit-review-2027-q1.html'))).equals(html)).toBe(true);

    // Approval is an explicit record; the report shows it only then.
    const early = await cli.run(['review', 'approve', '2027-Q2', '--by', 'Ann', '--role', 'CEO'], { cwd: dir, env: q1 });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('no review "2027-Q2"');
    const approved = await cli.run(['review', 'approve', '2027-Q1', '--by', 'Ann Board', '--role', 'CEO', '--note', 'Accepted with the DMARC action'], { cwd: dir, env: env('2027-02-20T09:00:00Z') });
    expect(approved.code, approved.stderr).toBe(0);
    const after = await read('1.1');
    expect(after.split('\n')[0]).toMatch(/Approved by Ann Board \(CEO\), 2027-02-20/);
    expect(after).toMatch(/Approved by Ann Board \(CEO\), 2027-02-20 — Accepted with the DMARC action/);
    const twice = await cli.run(['review', 'approve', '2027-Q1', '--by', 'X', '--role', 'Y'], { cwd: dir, env: q1 });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already approved by Ann Board (CEO)');
  });
});

describe('secbook verify and sign', () => {
  it('detects a one-byte change, a missing file and an unsigned manifest; a signed one verifies with ssh-keygen', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.auth.spf': { status: 'done' } } });
    const env = { SECBOOK_NOW: '2027-01-10T10:00:00Z' };
    const rendered = await cli.run(['render', '--format', 'html,md'], { cwd: dir, env });
    expect(rendered.code, rendered.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'output/manifest.json'), 'utf8')) as { documents: { versions: { files: Record<string, { path: string }> }[] }[] };
    const files = manifest.documents.flatMap((d) => d.versions.flatMap((v) => Object.values(v.files).map((f) => f.path)));
    expect(files.length).toBeGreaterThanOrEqual(2);

    const clean = await cli.run(['verify', 'output'], { cwd: dir, env });
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toContain('every one matches its SHA-256');
    expect(clean.stdout).toContain('the manifest is not signed');
    const strict = await cli.run(['verify', 'output', '--require-signature'], { cwd: dir, env });
    expect(strict.code).toBe(1);

    // Sign with an SSH key the team has; an auditor checks with ssh-keygen alone.
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'secbook-test', '-f', join(dir, 'id_ed25519')]);
    const pub = (await readFile(join(dir, 'id_ed25519.pub'), 'utf8')).trim().split(' ');
    await writeFile(join(dir, 'allowed_signers'), `auditor@acme.example ${pub[0]} ${pub[1]}\n`);
    const signed = await cli.run(['sign', 'output', '--key', 'id_ed25519'], { cwd: dir, env });
    expect(signed.code, signed.stderr).toBe(0);
    execFileSync('ssh-keygen', ['-Y', 'verify', '-f', join(dir, 'allowed_signers'), '-I', 'auditor@acme.example', '-n', 'secbook-manifest', '-s', join(dir, 'output/manifest.json.sig')], {
      input: await readFile(join(dir, 'output/manifest.json')),
    });
    const good = await cli.run(['verify', 'output', '--allowed-signers', 'allowed_signers', '--require-signature'], { cwd: dir, env });
    expect(good.code, good.stdout).toBe(0);
    expect(good.stdout).toContain('signed by auditor@acme.example');

    // One byte changed in one output, another output deleted.
    const target = join(dir, 'output', files[0]!);
    const bytes = await readFile(target);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    await writeFile(target, bytes);
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'output', files[1]!));
    const bad = await cli.run(['verify', 'output'], { cwd: dir, env });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`changed since it was rendered: ${files[0]}`);
    expect(bad.stdout).toContain(`missing: ${files[1]}`);

    // A manifest edited after signing no longer verifies.
    const text = await readFile(join(dir, 'output/manifest.json'), 'utf8');
    await writeFile(join(dir, 'output/manifest.json'), text.replace('"secbook"', '"secbook "'));
    const forged = await cli.run(['verify', 'output', '--allowed-signers', 'allowed_signers'], { cwd: dir, env });
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain('the signature does not match manifest.json');
  });
});
