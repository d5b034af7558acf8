/** `secbook init` with flags (no terminal): the organisation details it records and the framework summary it ends with. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';

describe('secbook init --yes', () => {
  it('records legal name, time zone and approver, and says which frameworks apply and why, and which do not and why', async () => {
    const dir = await tempDir();
    const r = await runCli(
      [
        'init', '--org', 'Acme', '--legal-name', 'Acme Europe GmbH', '--timezone', 'europe/berlin',
        '--approver', 'Dana Reyes', '--approver-role', 'Head of Security', '--domain', 'acme.example',
        '--set', 'eu_personal_data=true', '--set', 'california_consumers=false', '--set', 'phi=false', '--set', 'uk_personal_data=no',
        '--yes',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Created workbook.yaml for Acme.');
    expect(out).toContain('Legal name: Acme Europe GmbH');
    expect(out).toContain('Time zone:  Europe/Berlin');
    expect(out).toContain('Approver:   Dana Reyes, Head of Security');
    // Applies, with the reason `status` gives; does not apply, each with its own reason.
    const applies = out.slice(out.indexOf('Frameworks that apply'), out.indexOf('Frameworks that do not apply'));
    const not = out.slice(out.indexOf('Frameworks that do not apply'), out.indexOf('Next:'));
    expect(applies).toContain('GDPR (EU): applies — you offer goods or services to, or monitor, people in the EU/EEA (GDPR Art. 3(2))');
    expect(applies).not.toContain('CCPA');
    expect(not).toContain('CCPA/CPRA (California): does not apply — not a business doing business in California (Cal. Civ. Code 1798.140(d))');
    expect(not).toContain('HIPAA: does not apply — no protected health information');
    expect(not).toContain('UK GDPR: does not apply — no UK establishment and no offering to or monitoring of people in the UK (UK GDPR Art. 3)');
    // Every question answered: no prompt to answer open ones.
    expect(out).not.toContain('Answer the open questions');

    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.organisation).toEqual({
      name: 'Acme',
      legal_name: 'Acme Europe GmbH',
      domains: ['acme.example'],
      timezone: 'Europe/Berlin',
      approver: { name: 'Dana Reyes', role: 'Head of Security' },
    });
    expect(wb.scope).toEqual({ eu_personal_data: true, california_consumers: false, phi: false, uk_personal_data: false });

    // `status` gives the same reasons.
    const status = await runCli(['status'], { cwd: dir });
    expect(status.stdout).toMatch(/CCPA\/CPRA \(California\)\s+✗ not in scope\n\s+why: not a business doing business in California \(Cal\. Civ\. Code 1798\.140\(d\)\)/);
  });

  it('defaults the time zone to the system\'s and says which questions are still open', async () => {
    const dir = await tempDir();
    const r = await runCli(['init', '--org', 'Acme', '--yes'], { cwd: dir, env: { TZ: 'America/Chicago' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Time zone:  America/Chicago');
    expect(r.stdout).toContain('Legal name: Acme (the organisation name)');
    expect(r.stdout).toContain('Approver:   not named yet');
    expect(r.stdout).toContain('No framework applies yet');
    expect(r.stdout).toContain('CCPA/CPRA (California): does not apply — doing business in California not answered');
    expect(r.stdout).toContain('Answer the open questions with `secbook scope`');
    expect(parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).organisation.timezone).toBe('America/Chicago');
  });

  it('--set takes the organisation fields as `scope --set` does', async () => {
    const dir = await tempDir();
    const r = await runCli(
      ['init', '--set', 'org=Acme', '--set', 'timezone=asia/kolkata', '--set', 'legal_name=Acme India Pvt Ltd', '--set', 'approver=Priya Rao', '--set', 'approver_role=CTO', '--set', 'domains=acme.example', '--yes'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')).organisation).toEqual({
      name: 'Acme',
      legal_name: 'Acme India Pvt Ltd',
      domains: ['acme.example'],
      timezone: 'Asia/Kolkata',
      approver: { name: 'Priya Rao', role: 'CTO' },
    });
    const other = await tempDir();
    const bad = await runCli(['init', '--org', 'Acme', '--set', 'timezone=Asia/Atlantis', '--yes'], { cwd: other });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--set timezone: "Asia/Atlantis" is not a time zone');
    await expect(readFile(join(other, 'workbook.yaml'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a bad time zone, a role without an approver and a bad scope answer, and writes nothing', async () => {
    const dir = await tempDir();
    for (const [args, code, message] of [
      [['--timezone', 'Mars/Olympus_Mons'], 2, "option '--timezone <zone>' argument 'Mars/Olympus_Mons' is invalid. No such time zone. Use an IANA time zone name such as Europe/Berlin"],
      [['--approver-role', 'CISO'], 2, '--approver-role needs --approver'],
      [['--set', 'phi=perhaps'], 1, '--set phi: expected true or false, got "perhaps"'],
    ] as const) {
      const r = await runCli(['init', '--org', 'Acme', ...args, '--yes'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      await expect(readFile(join(dir, 'workbook.yaml'))).rejects.toThrow(/ENOENT/);
    }
  });
});
