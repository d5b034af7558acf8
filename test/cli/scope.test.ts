import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';

describe('secbook scope', () => {
  it('sets scope answers and forced frameworks, and shows why each framework applies', async () => {
    const dir = await tempDir();
    expect((await runCli(['init', '--org', 'Acme', '--yes'], { cwd: dir })).code).toBe(0);
    const r = await runCli(
      ['scope', '--set', 'california_consumers=yes', '--set', 'ccpa_100k_consumers=true', '--set', 'us_states=ca,ny', '--force', 'hipaa=off', '--reason', 'no PHI per legal'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Saved california_consumers, ccpa_100k_consumers, us_states, force, force_reason in workbook.yaml.');
    expect(r.stdout).toMatch(/CCPA\/CPRA \(California\)\s+✓ applies\n\s+why: for-profit business doing business in California; buys, sells or shares personal information of 100,000\+/);
    expect(r.stdout).toMatch(/HIPAA\s+✗ not in scope \(forced off\)\n\s+why: forced off in the workbook: no PHI per legal/);
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.scope).toMatchObject({ california_consumers: true, ccpa_100k_consumers: true, us_states: ['CA', 'NY'], force: { hipaa: 'off' }, force_reason: 'no PHI per legal' });

    const back = await runCli(['scope', '--force', 'hipaa=auto', '--set', 'us_states='], { cwd: dir });
    expect(back.code, back.stderr).toBe(0);
    const after = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(after.scope.force).toBeUndefined();
    expect(after.scope.force_reason).toBeUndefined();
    expect(after.scope.us_states).toBeUndefined();
  });

  it('rejects unknown fields, derived fields and bad values with a hint', async () => {
    const dir = await tempDir();
    await runCli(['init', '--org', 'Acme', '--yes'], { cwd: dir });
    const before = await readFile(join(dir, 'workbook.yaml'), 'utf8');
    for (const [args, message] of [
      [['--set', 'eu_data=true'], '--set: unknown scope field "eu_data"'],
      [['--set', 'frameworks=gdpr'], '"frameworks" is derived'],
      [['--set', 'phi=maybe'], '--set phi: expected true or false, got "maybe"'],
      [['--set', 'gdpr_role=owner'], '--set gdpr_role:'],
      [['--force', 'sox=on'], "option '--force <framework=on|off|auto>' argument 'sox=on' is invalid. Use framework=on|off|auto with a framework of gdpr, uk_gdpr, ccpa, hipaa."],
    ] as const) {
      const r = await runCli(['scope', ...args], { cwd: dir });
      // A malformed flag is wrong usage (2); a well-formed one the workbook cannot take is 1.
      expect(r.code, args.join(' ')).toBe(args[0] === '--force' ? 2 : 1);
      expect(r.stderr).toContain(message);
    }
    expect(await readFile(join(dir, 'workbook.yaml'), 'utf8')).toBe(before);
  });

  it('sets every field init asks: organisation name, legal name, domains, time zone, approver and role, and the scope lists', async () => {
    const dir = await tempDir();
    await runCli(['init', '--org', 'Acme', '--timezone', 'UTC', '--yes'], { cwd: dir });
    const r = await runCli(
      [
        'scope',
        '--set', 'org=Acme Mail', '--set', 'legal_name=Acme Mail Ltd', '--set', 'domains=acme.example, mail.acme.example',
        '--set', 'timezone=america/new_york', '--set', 'approver_role=Head of Security', '--set', 'approver=Dana Reyes',
        '--set', 'languages=node,python', '--set', 'libraries=nodemailer', '--set', 'providers=ses,postmark', '--set', 'us_states=ca',
        '--set', 'california_consumers=true', '--set', 'ccpa_revenue_over_threshold=true',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const saved = /^Saved (.*) in workbook\.yaml\.$/m.exec(r.stdout)?.[1]?.split(', ');
    expect(saved?.sort()).toEqual(
      ['organisation.name', 'organisation.legal_name', 'organisation.domains', 'organisation.timezone', 'organisation.approver', 'languages', 'libraries', 'providers', 'us_states', 'california_consumers', 'ccpa_revenue_over_threshold'].sort(),
    );
    expect(r.stdout).toMatch(/CCPA\/CPRA \(California\)\s+✓ applies/);
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.organisation).toEqual({
      name: 'Acme Mail',
      legal_name: 'Acme Mail Ltd',
      domains: ['acme.example', 'mail.acme.example'],
      timezone: 'America/New_York',
      approver: { name: 'Dana Reyes', role: 'Head of Security' },
    });
    expect(wb.scope).toMatchObject({ languages: ['node', 'python'], libraries: ['nodemailer'], providers: ['ses', 'postmark'], us_states: ['CA'] });

    // A new approver keeps the role unless it is changed; empty values clear.
    const again = await runCli(['scope', '--set', 'approver=Sam Lee', '--set', 'legal_name=', '--set', 'timezone='], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    const after = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(after.organisation).toEqual({ name: 'Acme Mail', domains: ['acme.example', 'mail.acme.example'], approver: { name: 'Sam Lee', role: 'Head of Security' } });
  });

  it('refuses a bad time zone, domain, approver role or organisation name and leaves the file byte-for-byte as it was', async () => {
    const dir = await tempDir();
    await runCli(['init', '--org', 'Acme', '--timezone', 'Europe/Berlin', '--yes'], { cwd: dir });
    const before = await readFile(join(dir, 'workbook.yaml'), 'utf8');
    for (const [args, message, hint] of [
      // The good field first: nothing of a command with one bad value is written.
      [['--set', 'legal_name=Acme Ltd', '--set', 'timezone=Mars/Olympus_Mons'], '--set timezone: "Mars/Olympus_Mons" is not a time zone', 'hint: Use an IANA time zone name such as Europe/Berlin'],
      [['--set', 'timezone=Europe/Berlin plus'], '--set timezone: "Europe/Berlin plus" is not a time zone', 'IANA'],
      [['--set', 'domains=https://acme.example'], '--set domains:', 'hint: Use names like example.com'],
      [['--set', 'approver_role=CISO'], '--set approver_role: there is no approver to give a role to', '--set approver="Dana Reyes"'],
      [['--set', 'org='], '--set org: the organisation needs a name', ''],
      [['--set', 'approver=Dana', '--set', 'languages=node,cobol'], '--set languages: unknown value "cobol"', 'hint: Use any of: node, python, php'],
      [['--set', 'providers=ses,carrier-pigeon'], '--set providers: unknown value "carrier-pigeon"', 'google_workspace'],
      [['--set', 'us_states=CA,XX'], '--set us_states: unknown value "XX"', 'Use any of: AL, AK'],
      [['--set', 'time_zone=UTC'], '--set: unknown scope field "time_zone"', 'Organisation fields: org, legal_name, domains, timezone, approver, approver_role.'],
    ] as const) {
      const r = await runCli(['scope', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain(hint);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(await readFile(join(dir, 'workbook.yaml'), 'utf8')).toBe(before);
    }
  });
});
