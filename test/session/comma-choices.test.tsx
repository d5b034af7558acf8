/**
 * A team checklist whose choices contain commas ("Email, SMS") can be answered through all
 * three front ends: `secbook answer`, the ink TUI and the plain prompts. Values travel as
 * values (domain/answer-edit.ts), never joined into one string and split again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { parse } from 'yaml';
import { runPlain } from '../../src/prompts/plain-session.js';
import { Autosave } from '../../src/session/autosave.js';
import { createSession } from '../../src/session/session-state.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { runCli } from '../helpers/cli.js';
import { makeSessionFixture } from '../helpers/session-fixtures.js';
import { scriptedAsk } from '../helpers/session-plain.js';
import { KEY, loadFixtureSet, renderApp, sessionFor } from '../helpers/session-tui.js';

const guidance = { why: 'Why.', how: 'How.', verify: 'Verify.' };
const checklist = {
  id: 'cm',
  title: 'Comma choices',
  version: '1',
  sections: [
    {
      id: 'cm.s',
      title: 'Channels',
      items: [
        { id: 'cm.s.channels', question: 'Which channels alert the on-call person?', guidance, weight: 2, refs: ['NIST SP 800-61r3'], type: 'multi', choices: ['Email, SMS', 'pager', 'phone, landline'] },
        { id: 'cm.s.days', question: 'Which days are restores tested?', guidance, weight: 2, refs: ['NIST SP 800-61r3'], type: 'choice', choices: ['Mon, Wed', 'Fri'] },
      ],
    },
  ],
};

async function fixture() {
  const fx = await makeSessionFixture({ checklist });
  onTestFinished(fx.cleanup);
  return fx;
}

const answersOnDisk = async (path: string) => parse(await readFile(path, 'utf8')).answers;

test('CLI: `secbook answer --value` takes a choice containing a comma whole; repeat --value for several', async () => {
  const fx = await fixture();
  const multi = await runCli(['answer', 'cm.s.channels', '--value', 'Email, SMS', '--value', 'phone, landline'], { cwd: fx.dir });
  expect(multi.stderr).toBe('');
  expect(multi.code).toBe(0);
  const choice = await runCli(['answer', 'cm.s.days', '--value', 'Mon, Wed'], { cwd: fx.dir });
  expect(choice.code).toBe(0);
  const answers = await answersOnDisk(fx.workbook);
  expect(answers['cm.s.channels'].value).toEqual(['Email, SMS', 'phone, landline']);
  expect(answers['cm.s.days'].value).toBe('Mon, Wed');
  // A wrong choice is worded for the CLI: it names the flag and lists the choices.
  const wrong = await runCli(['answer', 'cm.s.channels', '--value', 'Email'], { cwd: fx.dir });
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain('error: --value "Email" is not a choice of cm.s.channels (choices: "Email, SMS", "pager", "phone, landline"');
});

test('TUI: ticking a choice containing a comma saves it as one value', async () => {
  const fx = await fixture();
  const h = renderApp(await sessionFor(fx), { startOn: 'item' });
  onTestFinished(h.unmount);
  await h.waitFor('Which channels alert the on-call person?');
  await h.press(KEY.enter);
  await h.waitFor('[ ] phone, landline');
  await h.press(' ', KEY.down, KEY.down, ' ', KEY.enter);
  // The walk moves on to the next open item and names what was saved, choices by their labels.
  await h.waitFor('Saved cm.s.channels: Email, SMS, phone, landline → next: cm.s.days');
  await h.press(KEY.enter);
  await h.waitFor('Fri');
  await h.press(KEY.enter);
  await h.waitFor('value: Mon, Wed');
  await h.autosave.flush();
  expect(h.target.saved['cm.s.channels']?.value).toEqual(['Email, SMS', 'phone, landline']);
  expect(h.target.saved['cm.s.days']?.value).toBe('Mon, Wed');
});

test('plain mode: picking choices containing commas saves them as values', async () => {
  const fx = await fixture();
  const set = await loadFixtureSet(fx);
  const file = await WorkbookFile.load(fx.workbook, 'workbook.yaml');
  const autosave = new Autosave(file);
  const ask = scriptedAsk([['Email, SMS', 'phone, landline'], 'next', 'Mon, Wed', 'next']);
  let out = '';
  const ended = await runPlain({ initial: createSession({ set, workbook: file.data, today: '2027-01-15' }), autosave, now: () => new Date('2027-01-15T09:00:00Z'), title: 't', write: (t) => (out += t), ask });
  await autosave.flush();
  expect(ended).toBe('finished');
  expect(out).not.toContain('!');
  const answers = await answersOnDisk(join(fx.dir, 'workbook.yaml'));
  expect(answers['cm.s.channels'].value).toEqual(['Email, SMS', 'phone, landline']);
  expect(answers['cm.s.days'].value).toBe('Mon, Wed');
});
