/** An incident's life on the command line: defaults from the workbook, edit, log's refusals, close, list. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { WORKBOOK_YAML, incidentProject } from '../helpers/incidents-project.js';

const ENV = { SECBOOK_NOW: '2026-03-03T12:00:00Z' };
const WB = `${WORKBOOK_YAML}scope:\n  eu_personal_data: true\n  gdpr_role: controller\n  phi: false\n`;
const file = (cwd: string) => join(cwd, 'incidents', 'INC-2026-001.yaml');

async function created(): Promise<string> {
  const cwd = await incidentProject(WB);
  const r = await runCli(['incident', 'new', '--title', 'Shared link exposed', '--aware', '2026-03-02T09:00', '--affected', 'EU=40', '--gdpr-risk', 'risk', '--categories', 'names', '--encrypted', 'no', '--yes'], { cwd, env: ENV });
  expect(r.stderr).toBe('');
  return cwd;
}

describe('incident life', () => {
  test('new takes the workbook\'s defaults: GDPR role, no PHI, discovery = awareness, the organisation\'s zone', async () => {
    const cwd = await created();
    const text = await readFile(file(cwd), 'utf8');
    expect(text).toContain('aware_at: 2026-03-02T09:00 America/Los_Angeles');
    expect(text).toContain('discovered_at: 2026-03-02T09:00 America/Los_Angeles');
    expect(text).toMatch(/role:\n\s+gdpr: controller\n\s+hipaa: none/);
    expect(text).toContain('phi: no');
  });

  test('edit sets what the flags give and logs it; the file keeps the rest', async () => {
    const cwd = await created();
    const r = await runCli(['incident', 'edit', 'INC-2026-001', '--what-happened', 'A link to a file with names was public for a day.', '--subjects', 'customers', '--law-enforcement-delay', 'no', '--yes'], { cwd, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('what_happened, data_subject_categories, law_enforcement_delay_requested');
    const text = await readFile(file(cwd), 'utf8');
    expect(text).toContain('what_happened: A link to a file with names was public for a day.');
    expect(text).toContain('title: Shared link exposed');
    expect(text).toContain('event: "Edited in secbook: what_happened, data_subject_categories, law_enforcement_delay_requested"');
    const none = await runCli(['incident', 'edit', 'INC-2026-001', '--yes'], { cwd, env: ENV });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing to change');
  });

  test('log refuses a future time, a time before awareness and a notice assess does not require', async () => {
    const cwd = await created();
    const before = await readFile(file(cwd), 'utf8');
    const future = await runCli(['incident', 'log', 'INC-2026-001', 'x', '--at', '2026-03-04T10:00:00Z'], { cwd, env: ENV });
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('is in the future');
    const early = await runCli(['incident', 'log', 'INC-2026-001', 'x', '--at', '2026-03-01T10:00'], { cwd, env: ENV });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('is before you became aware of the incident');
    // Risk, not high risk: Art. 34 does not apply.
    const notRequired = await runCli(['incident', 'log', 'INC-2026-001', 'Emailed everyone', '--notice', 'gdpr-data-subjects', '--sent'], { cwd, env: ENV });
    expect(notRequired.code).toBe(1);
    expect(notRequired.stderr).toContain('gdpr-data-subjects is not required for INC-2026-001');
    const noReason = await runCli(['incident', 'log', 'INC-2026-001', 'Emailed everyone', '--notice', 'gdpr-data-subjects', '--sent', '--force'], { cwd, env: ENV });
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('--force needs --reason');
    expect(await readFile(file(cwd), 'utf8')).toBe(before);
    const forced = await runCli(['incident', 'log', 'INC-2026-001', 'Emailed everyone', '--notice', 'gdpr-data-subjects', '--sent', '--force', '--reason', 'goodwill'], { cwd, env: ENV });
    expect(forced.code).toBe(0);
    expect(await readFile(file(cwd), 'utf8')).toContain('(logged with --force: goodwill)');
  });

  test('list agrees with assess on what is open; close refuses until nothing is', async () => {
    const cwd = await created();
    const a = JSON.parse((await runCli(['incident', 'assess', 'INC-2026-001', '--json'], { cwd, env: ENV })).stdout) as { notices: { id: string; status: string }[] };
    const open = a.notices.filter((n) => ['open', 'overdue', 'on_hold'].includes(n.status)).map((n) => n.id);
    expect(open).toEqual(['gdpr-authority']);
    const list = JSON.parse((await runCli(['incident', 'list', '--json'], { cwd, env: ENV })).stdout) as { open: string[] }[];
    expect(list[0]?.open).toEqual(open);
    const refused = await runCli(['incident', 'close', 'INC-2026-001'], { cwd, env: ENV });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('gdpr-authority: open');
    await runCli(['incident', 'log', 'INC-2026-001', 'Filed the form', '--notice', 'gdpr-authority', '--sent'], { cwd, env: ENV });
    expect(JSON.parse((await runCli(['incident', 'list', '--json'], { cwd, env: ENV })).stdout)[0].open).toEqual([]);
    const closed = await runCli(['incident', 'close', 'INC-2026-001'], { cwd, env: ENV });
    expect(closed.code).toBe(0);
    expect(await readFile(file(cwd), 'utf8')).toContain('status: closed');
  });
});
