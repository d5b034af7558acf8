import { readFile } from 'node:fs/promises';
import { expect, onTestFinished, test } from 'vitest';
import { parse } from 'yaml';
import { CancelledError } from '../../src/errors.js';
import { runPlain } from '../../src/prompts/plain-session.js';
import { Autosave } from '../../src/session/autosave.js';
import { createSession } from '../../src/session/session-state.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { makeSessionFixture } from '../helpers/session-fixtures.js';
import { CTRL_C, scriptedAsk, type Scripted } from '../helpers/session-plain.js';

const NOW = new Date('2027-01-15T09:00:00Z');

async function plainRun(script: Scripted[], options: { answers?: Record<string, unknown>; focus?: string[]; extra?: Record<string, unknown> } = {}) {
  const fx = await makeSessionFixture({ answers: options.answers, extra: options.extra });
  onTestFinished(fx.cleanup);
  const set = await loadChecklists({ cwd: fx.dir, builtInDir: fx.noBuiltIns, extraDirs: [`${fx.dir}/checklists`] });
  const file = await WorkbookFile.load(fx.workbook, 'workbook.yaml');
  const initial = createSession({ set, workbook: file.data, today: '2027-01-15', focus: options.focus });
  const autosave = new Autosave(file, file.data.session?.last_item);
  const ask = scriptedAsk(script);
  let out = '';
  const run = runPlain({ initial, autosave, now: () => NOW, by: 'tester', title: 'secbook · Test Org', write: (t) => (out += t), ask });
  const result = await run.then((r) => ({ ended: r, error: undefined }), (error: unknown) => ({ ended: undefined, error }));
  await autosave.flush();
  const disk = parse(await readFile(fx.workbook, 'utf8'));
  return { ...result, ask, out: () => out, disk, autosave };
}

test('walks the items in order, asks by type, and saves every answer to the workbook', async () => {
  const r = await plainRun(
    [
      'done', 'note', 'In Route 53', 'evidence', 'https://example.com/spf', 'next', // spf (status), then extras
      'partial', 'owner', 'Dana', 'due', '2027-02-01', 'next', // dkim
      'skip', // dmarc
      '30 days', 'next', // retention (text)
      'postmark', 'next', // provider (choice)
      ['receipts', 'resets'], 'next', // streams (multi)
      '2027-01-10', 'next', // reviewed (date)
      '72', 'next', // hours (number)
      'Ada', 'Lead', 'ada@test.example', '+1 555 0100', 'Alan', '+1 555 0101', false, 'next', // team (contacts)
      'na', 'next', // spf-copy has no answer of its own, so it is asked
    ],
  );
  expect(r.error).toBeUndefined();
  expect(r.ended).toBe('finished');
  expect(r.ask.remaining()).toBe(0);
  const a = r.disk.answers;
  expect(a['tst.basics.spf']).toMatchObject({ status: 'done', note: 'In Route 53', evidence: [{ url: 'https://example.com/spf', date: '2027-01-15' }], answered_by: 'tester' });
  expect(a['tst.basics.dkim']).toMatchObject({ status: 'partial', owner: 'Dana', due: '2027-02-01' });
  expect(a['tst.basics.dmarc']).toBeUndefined();
  expect(a['tst.more.retention'].value).toBe('30 days');
  expect(a['tst.more.provider'].value).toBe('postmark');
  expect(a['tst.more.streams'].value).toEqual(['receipts', 'resets']);
  expect(a['tst.more.reviewed'].value).toBe('2027-01-10');
  expect(a['tst.more.hours'].value).toBe(72);
  expect(a['tst.more.team'].value).toEqual([{ name: 'Ada', role: 'Lead', email: 'ada@test.example', phone: '+1 555 0100', backup: { name: 'Alan', phone: '+1 555 0101' } }]);
  expect(a['tst.more.spf-copy'].status).toBe('na');
  expect(r.out()).toContain('[1/10] Test checklist › Basics');
  expect(r.out()).toContain('Do you publish an SPF record?');
  expect(r.out()).toContain('Why SPF matters.');
  expect(r.out()).toContain('End of the list. Every answer is saved.');
});

test('an item that already has an answer asks "Still true?" and yes only stamps confirmed_at', async () => {
  const before = { status: 'done', note: 'ok', updated_at: '2026-06-01T00:00:00Z' };
  const r = await plainRun([true, 'quit'], { answers: { 'tst.basics.dkim': before }, focus: ['tst.basics.dkim'] });
  expect(r.ended).toBe('quit');
  expect(r.ask.asked).toEqual(['Still true?', 'Next']);
  expect(r.disk.answers['tst.basics.dkim']).toEqual({ ...before, confirmed_at: NOW.toISOString() });
});

test('"no" to "Still true?" asks the question again and records the new answer', async () => {
  const r = await plainRun([false, 'todo', 'next'], { answers: { 'tst.basics.dkim': { status: 'done' } }, focus: ['tst.basics.dkim'] });
  expect(r.ended).toBe('finished');
  expect(r.disk.answers['tst.basics.dkim'].status).toBe('todo');
});

test('undo from the menu reverts the answer on disk', async () => {
  const r = await plainRun(['done', 'undo', 'quit'], { focus: ['tst.basics.dkim'] });
  expect(r.disk.answers['tst.basics.dkim']).toBeUndefined();
});

test('resumes at an old session.last_item and reports where it stopped without writing it', async () => {
  const r = await plainRun(['72', 'next', CTRL_C], { extra: { session: { last_item: 'tst.more.hours' } } });
  expect(r.ask.asked[0]).toMatch(/^Number \(hours\)/);
  expect(r.autosave.lastItem).toBe('tst.more.team');
  // Read for compatibility, never rewritten: the cursor is the person's, not the team's.
  expect(r.disk.session.last_item).toBe('tst.more.hours');
});

test('Ctrl-C mid-session cancels cleanly and keeps every answer already given', async () => {
  const r = await plainRun(['done', 'next', 'partial', CTRL_C]);
  expect(r.error).toBeInstanceOf(CancelledError);
  expect(r.out()).toContain('Stopped. Every answer given so far is saved.');
  expect(r.disk.answers['tst.basics.spf'].status).toBe('done');
  expect(r.disk.answers['tst.basics.dkim'].status).toBe('partial');
});

test('a value the item refuses is reported and not saved', async () => {
  const r = await plainRun(['500', 'quit'], { focus: ['tst.more.hours'] }).catch((e) => e);
  // Worded for a person in a session: no flags.
  expect(r.out()).toContain('! Enter at most 168 hours.');
  expect(r.out()).not.toContain('--');
  expect(r.disk.answers['tst.more.hours']).toBeUndefined();
});
