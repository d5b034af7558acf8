import { readFile } from 'node:fs/promises';
import { expect, onTestFinished, test } from 'vitest';
import { parse } from 'yaml';
import { CancelledError } from '../../src/errors.js';
import { runPlain } from '../../src/prompts/plain-session.js';
import { Autosave } from '../../src/session/autosave.js';
import { createSession } from '../../src/session/session-state.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { makeSessionFixture, sessionChecklist } from '../helpers/session-fixtures.js';
import { CTRL_C, scriptedAsk, type Scripted } from '../helpers/session-plain.js';

const NOW = new Date('2027-01-15T09:00:00Z');

async function plainRun(script: Scripted[], options: { answers?: Record<string, unknown>; focus?: string[]; extra?: Record<string, unknown>; checklist?: unknown } = {}) {
  const fx = await makeSessionFixture({ answers: options.answers, extra: options.extra, checklist: options.checklist });
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

test('a refused date or number is asked again with the reason in the session\'s words, never saved', async () => {
  const noDay = await plainRun(['2027-02-30'], { focus: ['tst.more.reviewed'] });
  expect(String(noDay.error)).toContain('2027-02-30 is not a date: that month has no such day.');
  expect(noDay.disk.answers?.['tst.more.reviewed']).toBeUndefined();
  const tooMany = await plainRun(['999'], { focus: ['tst.more.hours'] });
  expect(String(tooMany.error)).toContain('Enter at most 168 hours.');
  expect(String(tooMany.error)).not.toContain('--value');
  const words = await plainRun(['soon'], { focus: ['tst.more.hours'] });
  expect(String(words.error)).toContain('"soon" is not a number: enter a number from 0 to 168 hours.');
});

test('an item that asks for one entry per line takes one entry per prompt and saves them as lines', async () => {
  const checklist = sessionChecklist() as { sections: { items: { id: string; tags?: string[] }[] }[] };
  const retention = checklist.sections.flatMap((s) => s.items).find((i) => i.id === 'tst.more.retention');
  if (!retention) throw new Error('fixture changed: no tst.more.retention');
  retention.tags = ['answer:lines'];
  const r = await plainRun(['s1._domainkey — SES', 'pm2025._domainkey — Postmark', '', 'next'], { focus: ['tst.more.retention'], checklist });
  expect(r.error).toBeUndefined();
  expect(r.ask.asked.slice(0, 3)).toEqual(['Entry 1 (one per prompt; blank to finish)', 'Entry 2 (one per prompt; blank to finish)', 'Entry 3 (one per prompt; blank to finish)']);
  expect(r.disk.answers['tst.more.retention'].value).toBe('s1._domainkey — SES\npm2025._domainkey — Postmark');
});
