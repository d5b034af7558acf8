/** `templates list` / `eject` see the breach-notice templates; `incident render` uses an ejected copy. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BIG_INCIDENT_YAML, incidentProject } from '../helpers/incidents-project.js';

const ENV = { SECBOOK_NOW: '2026-03-03T12:00:00Z' };

test('notice templates are listed, ejected under templates/notices/ and used by incident render', async () => {
  const cwd = await incidentProject();
  const list = await runCli(['templates', 'list'], { cwd, env: ENV });
  expect(list.code).toBe(0);
  expect(list.stdout).toMatch(/notices\/ca-residents\s+built-in/);
  expect(list.stdout).toMatch(/notices\/partials\/notice-layout\s+built-in/);

  const ej = await runCli(['templates', 'eject', 'notices/ca-residents'], { cwd, env: ENV });
  expect(ej.code).toBe(0);
  const file = join(cwd, 'templates', 'notices', 'ca-residents.hbs');
  await writeFile(file, (await readFile(file, 'utf8')).replace('<h2>What Happened?</h2>', '<h2>What Happened?</h2><p>Our own sentence.</p>'));
  expect((await runCli(['templates', 'list'], { cwd, env: ENV })).stdout).toMatch(/notices\/ca-residents\s+overridden/);

  await writeFile(join(cwd, 'draft.yaml'), BIG_INCIDENT_YAML);
  expect((await runCli(['incident', 'new', '--from', 'draft.yaml', '--yes'], { cwd, env: ENV })).code).toBe(0);
  expect((await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV })).code).toBe(0);
  const html = await readFile(join(cwd, 'output', 'incidents', 'INC-2026-001', 'ca-residents', '1.0', 'ca-residents-draft.html'), 'utf8');
  expect(html).toContain('<p>Our own sentence.</p>');
});
