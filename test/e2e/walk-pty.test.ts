/**
 * The walk in a real terminal with the built CLI: status keys alone answer item after item
 * in checklist order; `--by --as` records who answered; `a` is remembered for the next
 * session; `secbook answer` refuses what the session editors refuse, in its own words.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { startPty } from '../helpers/session-pty.js';

const guidance = (what: string) => ({ why: `Why ${what} matters.`, how: `How to do ${what}.`, verify: `How to check ${what}.` });

/** Three sections of five status items, one already answered, and two typed items. */
function walkChecklist(): unknown {
  const section = (s: string, title: string) => ({
    id: `walk.${s}`,
    title,
    items: [1, 2, 3, 4, 5].map((i) => ({ id: `walk.${s}.q${i}`, question: `Question ${s}${i}: is control ${s}${i} in place?`, guidance: guidance(`${s}${i}`), weight: 2, refs: ['RFC 5321'] })),
  });
  return {
    id: 'walk',
    title: 'Walk test',
    version: '1',
    sections: [
      section('a', 'Section A'),
      section('b', 'Section B'),
      section('c', 'Section C'),
      {
        id: 'walk.t',
        title: 'Typed',
        items: [
          { id: 'walk.t.restore', question: 'When did you last test a restore?', guidance: guidance('restores'), weight: 2, refs: ['RFC 5321'], type: 'date', tags: ['answer:past'] },
          { id: 'walk.t.lead', question: 'Who leads, and who is their backup?', guidance: guidance('the lead'), weight: 2, refs: ['RFC 5321'], type: 'contacts', tags: ['answer:backup'] },
        ],
      },
    ],
  };
}

/** Only the walk checklist (an empty built-in folder keeps the built-in checklists out). */
async function walkProject(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await tempDir('secbook-walk-');
  const init = await runCli(['init', '--org', 'Walk Ltd', '--domain', 'walk.example', '--yes'], { cwd: dir });
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  await mkdir(join(dir, 'checklists'));
  await writeFile(join(dir, 'checklists', 'walk.yaml'), stringify(walkChecklist()));
  return { dir, env: { NO_COLOR: '1', XDG_STATE_HOME: await tempDir('secbook-walk-state-') } };
}

const answers = async (dir: string) => (parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')) as { answers: Record<string, Record<string, unknown>> }).answers;
const walkIds = ['a', 'b', 'c'].flatMap((s) => [1, 2, 3, 4, 5].map((i) => `walk.${s}.q${i}`));

describe('the walk in a terminal', { timeout: 120_000 }, () => {
  test('ten status keys answer ten different items in checklist order, skipping the answered one; --by --as is recorded', async () => {
    const { dir, env } = await walkProject();
    const pre = await runCli(['answer', 'walk.a.q3', '--status', 'done'], { cwd: dir });
    expect(pre.code).toBe(0);
    const s = startPty(['run', '--only', [...walkIds, 'walk.t.restore'].join(','), '--by', 'Dana', '--as', 'security lead'], dir, env);
    await s.waitFor('Enter to start with the first open item, ? for keys');
    s.type('\r');
    await s.waitFor('Question a1');
    const keys = ['d', 'p', 't', 'n', 'd', 'p', 't', 'n', 'd', 'p'];
    const expected = walkIds.filter((id) => id !== 'walk.a.q3').slice(0, 10);
    for (const [i, key] of keys.entries()) {
      s.type(key);
      await s.waitFor(`Saved ${expected[i]}: `);
    }
    // The walk said where each section ended.
    expect(s.screen()).toContain('Section “Section A” finished: 2 done · 1 partial · 1 todo · 0 open · 1 n/a');
    expect(s.screen()).toContain('Section “Section B” finished');
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);

    const saved = await answers(dir);
    const statuses = { d: 'done', p: 'partial', t: 'todo', n: 'na' } as const;
    expected.forEach((id, i) => {
      expect(saved[id], id).toMatchObject({ status: statuses[keys[i] as keyof typeof statuses], answered_by: { name: 'Dana', role: 'security lead' } });
    });
    // Exactly those ten, plus the one answered before: each answer on a different item.
    expect(Object.keys(saved).sort()).toEqual([...expected, 'walk.a.q3'].sort());
    expect(saved['walk.a.q3']).not.toHaveProperty('answered_by.role');
    // The order of the walk is the checklist's: the first ten open items.
    expect(expected).toEqual(['walk.a.q1', 'walk.a.q2', 'walk.a.q4', 'walk.a.q5', 'walk.b.q1', 'walk.b.q2', 'walk.b.q3', 'walk.b.q4', 'walk.b.q5', 'walk.c.q1']);

    // The item view says who answered, and the file validates.
    const again = startPty(['run', '--only', 'walk.a.q1'], dir, env);
    await again.waitFor('Enter to start');
    again.type('\x1b[C\r');
    await again.waitFor('answered by Dana (security lead)');
    again.type('q');
    expect((await again.exited).exitCode).toBe(0);
    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.code, validate.stderr).toBe(0);
  });

  test('a turns the walk off, and the next session remembers it', async () => {
    const { dir, env } = await walkProject();
    const args = ['run', '--only', walkIds.join(',')];
    const s = startPty(args, dir, env);
    await s.waitFor('Enter to start');
    s.type('\r');
    await s.waitFor('Question a1');
    s.type('a');
    await s.waitFor('Walk off');
    s.type('d');
    await s.waitFor('walk off: still here (a)');
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);

    const again = startPty(args, dir, env);
    await again.waitFor('Enter to start with the first open item, ? for keys (walk is off: a turns it on)');
    again.type('\r');
    await again.waitFor('Question a2');
    again.type('p');
    await again.waitFor('Saved walk.a.q2: ◐ partial → walk off: still here (a)');
    again.type('a');
    await again.waitFor('Walk on');
    again.type('d');
    await again.waitFor('Saved walk.a.q2: ✓ done → next: walk.a.q3');
    again.type('q');
    expect((await again.exited).exitCode).toBe(0);
    // The setting is the person's, not the team's: workbook.yaml has no trace of it.
    expect(await readFile(join(dir, 'workbook.yaml'), 'utf8')).not.toMatch(/auto_advance|walk off/);
  });

  test('--plain records --by and --as too', async () => {
    const { dir, env } = await walkProject();
    const s = startPty(['run', '--plain', '--only', 'walk.a.q1', '--by', 'Dana', '--as', 'security lead'], dir, env);
    await s.waitFor('Status');
    s.type('\r');
    await s.waitFor('Next');
    s.type('\r');
    await s.waitFor('End of the list');
    expect((await s.exited).exitCode).toBe(0);
    expect((await answers(dir))['walk.a.q1']).toMatchObject({ status: 'done', answered_by: { name: 'Dana', role: 'security lead' } });
  });

  test('secbook answer refuses what the editors refuse, worded for the command line', async () => {
    const { dir } = await walkProject();
    const cli = (args: string[]) => runCli(['answer', ...args], { cwd: dir, env: { SECBOOK_NOW: '2027-01-15T09:00:00Z' } });
    const noDay = await cli(['walk.t.restore', '--value', '2027-02-30']);
    expect(noDay.code).not.toBe(0);
    expect(noDay.stderr).toContain('--value "2027-02-30" is not a date: that month has no such day');
    const future = await cli(['walk.t.restore', '--value', '2027-03-01']);
    expect(future.code).not.toBe(0);
    expect(future.stderr).toContain('--value "2027-03-01" is in the future, but walk.t.restore asks when it last happened (today is 2027-01-15)');
    const email = await cli(['walk.t.lead', '--value', '[{name: Ada, email: ada@@x}]']);
    expect(email.code).not.toBe(0);
    expect(email.stderr).toContain('"ada@@x" is not an e-mail address (Ada)');
    const phone = await cli(['walk.t.lead', '--value', '[{name: Ada, phone: call me}]']);
    expect(phone.stderr).toContain('"call me" is not a phone number (Ada)');
    expect(await answers(dir)).toEqual({});
    // Fine values are saved; a contact without a backup is partial.
    expect((await cli(['walk.t.restore', '--value', '2027-01-10'])).code).toBe(0);
    expect((await cli(['walk.t.lead', '--value', '[{name: Ada, email: ada@example.com, phone: "+1 555 0100"}]'])).code).toBe(0);
    const saved = await answers(dir);
    expect(saved['walk.t.restore']).toMatchObject({ value: '2027-01-10' });
    expect(saved['walk.t.lead']).toMatchObject({ status: 'partial' });
    // Nor is it done on request while the backup is missing; the command says why.
    const done = await cli(['walk.t.lead', '--status', 'done']);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('as partial: no backup for Ada: this item asks who stands in');
    expect((await answers(dir))['walk.t.lead']).toMatchObject({ status: 'partial' });
    const withBackup = await cli(['walk.t.lead', '--status', 'done', '--value', '[{name: Ada, email: ada@example.com, backup: {name: Bo, phone: "+1 555 0101"}}]']);
    expect(withBackup.stdout).not.toContain('partial');
    expect((await answers(dir))['walk.t.lead']).toMatchObject({ status: 'done' });
    const status = await runCli(['status', '--json'], { cwd: dir });
    expect(status.code).toBe(0);
  });
});
