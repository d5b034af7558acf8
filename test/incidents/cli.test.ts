/** The incident commands as a user runs them: real process, files on disk, exit codes. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BIG_INCIDENT_YAML, incidentProject } from '../helpers/incidents-project.js';

const ENV = { SECBOOK_NOW: '2026-03-03T12:00:00Z' };

describe('secbook incident (CLI)', () => {
  test('new from flags, list, show, assess, log a sent notice', async () => {
    const cwd = await incidentProject();
    const created = await runCli(
      ['incident', 'new', '--title', 'Support mailbox exposed', '--aware', '2026-03-02T09:00:00-08:00', '--affected', 'EU=1200~,UK=40',
        '--gdpr-role', 'controller', '--gdpr-risk', 'risk', '--categories', 'names,email_addresses', '--encrypted', 'no', '--yes'],
      { cwd, env: ENV },
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created incidents/INC-2026-001.yaml');
    const file = await readFile(join(cwd, 'incidents', 'INC-2026-001.yaml'), 'utf8');
    expect(file).toContain('aware_at: 2026-03-02T09:00:00-08:00');
    expect(file).toMatch(/EU:\n\s+count: 1200\n\s+estimate: true/);
    expect(file).toContain('created_at: 2026-03-03T04:00:00-08:00');

    const list = await runCli(['incident', 'list'], { cwd, env: ENV });
    expect(list.code).toBe(0);
    // 2026-03-02 09:00 PST = 17:00Z; + 72 h = 2026-03-05 17:00Z = 09:00 PST.
    expect(list.stdout).toMatch(/INC-2026-001\s+open\s+Support mailbox exposed/);
    expect(list.stdout).toContain('next gdpr-authority 2026-03-05T09:00:00-08:00');

    const show = await runCli(['incident', 'show', 'INC-2026-001'], { cwd, env: ENV });
    expect(show.stdout).toContain('title: Support mailbox exposed');

    const json = await runCli(['incident', 'assess', 'INC-2026-001', '--json'], { cwd, env: ENV });
    expect(json.code).toBe(0);
    const a = JSON.parse(json.stdout) as { zone: string; notices: { id: string; required: string; deadline: string | null; status: string; time_left: string | null }[] };
    expect(a.zone).toBe('America/Los_Angeles');
    const byId = Object.fromEntries(a.notices.map((n) => [n.id, n]));
    expect(byId['gdpr-authority']).toMatchObject({ required: 'yes', deadline: '2026-03-05T09:00:00-08:00', status: 'open', time_left: '2d 5h 0m left' });
    expect(byId['uk-gdpr-authority']).toMatchObject({ required: 'yes', deadline: '2026-03-05T09:00:00-08:00' });
    expect(byId['gdpr-data-subjects']?.required).toBe('no');

    const text = await runCli(['incident', 'assess', 'INC-2026-001', '--now', '2026-03-06T00:00:00Z'], { cwd, env: ENV });
    expect(text.stdout).toContain('OVERDUE');
    expect(text.stdout).toContain('overdue by');
    expect(text.stdout).toContain('Deadlines in America/Los_Angeles (workbook organisation.timezone)');
    expect(text.stdout).toContain('Not legal advice');

    const logged = await runCli(['incident', 'log', 'INC-2026-001', 'Filed the breach form with the lead authority', '--notice', 'gdpr-authority', '--sent', '--at', '2026-03-04T10:00:00-08:00'], { cwd, env: { SECBOOK_NOW: '2026-03-06T00:00:00Z' } });
    expect(logged.stderr).toBe('');
    expect(logged.stdout).toContain('gdpr-authority marked sent');
    const after = JSON.parse((await runCli(['incident', 'assess', 'INC-2026-001', '--json', '--now', '2026-03-06T00:00:00Z'], { cwd, env: ENV })).stdout) as typeof a;
    const sent = after.notices.find((n) => n.id === 'gdpr-authority');
    expect(sent).toMatchObject({ status: 'sent', time_left: null });
    expect(after.notices.find((n) => n.id === 'uk-gdpr-authority')?.status).toBe('overdue');
    const saved = await readFile(join(cwd, 'incidents', 'INC-2026-001.yaml'), 'utf8');
    expect(saved).toMatch(/notices:\n\s+gdpr-authority:\n\s+sent_at: 2026-03-04T10:00:00-08:00/);
    expect(saved).toContain('event: Filed the breach form with the lead authority');
  });

  test('mistakes are explained, nothing is written', async () => {
    const cwd = await incidentProject();
    const noTitle = await runCli(['incident', 'new', '--yes'], { cwd, env: ENV });
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('an incident needs a title');
    const badTime = await runCli(['incident', 'new', '--title', 'x', '--aware', 'yesterday', '--yes'], { cwd, env: ENV });
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toContain('--aware: expected a time with a zone');
    const badCount = await runCli(['incident', 'new', '--title', 'x', '--affected', 'ZZ=4', '--yes'], { cwd, env: ENV });
    expect(badCount.code).toBe(1);
    expect(badCount.stderr).toContain('--affected: cannot read "ZZ=4"');

    await runCli(['incident', 'new', '--title', 'x', '--yes'], { cwd, env: ENV });
    const wrongNotice = await runCli(['incident', 'log', 'INC-2026-001', 'sent it', '--notice', 'gdpr-authorty', '--sent'], { cwd, env: ENV });
    expect(wrongNotice.code).toBe(1);
    expect(wrongNotice.stderr).toContain('no notice "gdpr-authorty"');
    expect(wrongNotice.stderr).toContain('gdpr-authority');
    const missing = await runCli(['incident', 'assess', 'INC-2026-077'], { cwd, env: ENV });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no incident INC-2026-077');

    await writeFile(join(cwd, 'incidents', 'INC-2026-001.yaml'), 'format: 1\nid: INC-2026-001\ntitle: x\nencrypted: maybe\n');
    const invalid = await runCli(['incident', 'assess', 'INC-2026-001'], { cwd, env: ENV });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('incidents/INC-2026-001.yaml:4:12 encrypted: expected yes, no or unknown');
  });

  test('--from a YAML file, flags override it; works without a workbook (UTC)', async () => {
    const cwd = await incidentProject();
    await writeFile(join(cwd, 'draft.yaml'), BIG_INCIDENT_YAML);
    const r = await runCli(['incident', 'new', '--from', 'draft.yaml', '--title', 'Overridden title', '--yes'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const saved = await readFile(join(cwd, 'incidents', 'INC-2026-001.yaml'), 'utf8');
    expect(saved).toContain('title: Overridden title');
    expect(saved).toContain('covered_entity');

    const bare = await incidentProject('');
    const none = await runCli(['incident', 'new', '--title', 'No workbook yet', '--discovered', '2026-03-01T10:00:00Z', '--yes', '-w', 'missing.yaml'], { cwd: bare, env: ENV });
    expect(none.code).toBe(0);
    const out = await runCli(['incident', 'assess', 'INC-2026-001', '-w', 'missing.yaml'], { cwd: bare, env: ENV });
    expect(out.stdout).toContain('Deadlines in UTC');
  });
});
