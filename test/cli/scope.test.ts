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
});
