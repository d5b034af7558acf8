import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, loadScenarios } from '../../src/drills/load-scenarios.js';
import { InvalidFileError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

const VALID = `format: 1
id: team-drill
title: Our own drill
summary: A drill the team wrote.
objectives: [Practise the call tree]
participants: [incident_lead]
injects:
  - minute: 0
    title: Start
    text: Something happens at {{domain}}.
`;

describe('scenario schema', () => {
  it('reports a wrong role and out-of-order injects with file:line:col', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bad.yaml');
    await writeFile(path, `${VALID.replace('participants: [incident_lead]', 'participants: [incident_lead, janitor]')}  - minute: -5\n    title: Earlier\n    text: x\n`);
    const error = await loadScenarioFile(path, 'bad.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    const lines = (error as InvalidFileError).problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path}: ${p.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^bad\.yaml:6:31 participants\[1\]: expected one of incident_lead/));
    expect(lines).toContainEqual(expect.stringMatching(/^bad\.yaml:11:13 injects\[1\]\.minute: expected a whole number of minutes/));
  });

  it('reports an unknown key at its position', async () => {
    const dir = await tempDir();
    const path = join(dir, 'typo.yaml');
    await writeFile(path, VALID.replace('summary:', 'sumary:'));
    const error = (await loadScenarioFile(path, 'typo.yaml').catch((e: unknown) => e)) as InvalidFileError;
    expect(error.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual(expect.arrayContaining(['4:9 unknown key "sumary"']));
  });

  it('has at least six built-in scenarios; a team scenario adds to them and overrides by id', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'drills'));
    await writeFile(join(dir, 'drills', 'team.yaml'), VALID);
    await writeFile(join(dir, 'drills', 'dkim.yaml'), VALID.replace('id: team-drill', 'id: dkim-key-exposed').replace('Our own drill', 'Our DKIM drill'));
    // A drill record beside them is not a scenario.
    await writeFile(join(dir, 'drills', '2026-12-01-team-drill.yaml'), 'format: 1\nscenario: team-drill\n');
    const all = await loadScenarios({ cwd: dir, projectDir: dir });
    const ids = all.map((s) => s.scenario.id);
    expect(ids).toEqual(expect.arrayContaining(['leaked-smtp-credential', 'finance-mailbox-takeover', 'misdirected-customer-data', 'provider-breach', 'dkim-key-exposed', 'ransomware-restore', 'team-drill']));
    expect(all.find((s) => s.scenario.id === 'dkim-key-exposed')?.scenario.title).toBe('Our DKIM drill');
    expect(all.filter((s) => s.builtIn).length).toBeGreaterThanOrEqual(5);
  });
});
