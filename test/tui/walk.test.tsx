/**
 * The guided walk in the TUI (ink, real session engine, recording saver): status keys and
 * saved editors move on to the next item that needs the team, with a cue and section
 * summaries; `a` turns that off; `z` comes back; Esc returns where you came from; editors
 * keep what was typed when an answer is refused; every key fits a 60×20 terminal.
 */
import { describe, expect, onTestFinished, test } from 'vitest';
import { createSession } from '../../src/session/session-state.js';
import { FOOTER_KEYS, KEY_HELP } from '../../src/tui/keys.js';
import { KEY, loadFixtureSet, makeSessionFixture, renderApp, workbookData } from '../helpers/session-tui.js';

const guidance = (what: string) => ({ why: `Why ${what} matters.`, how: `How to do ${what}.`, verify: `How to check ${what}.` });
const status = (id: string, question: string) => ({ id, question, guidance: guidance(id), weight: 2, refs: ['RFC 5321'] });

/** Two sections of status items, then one of typed items that ask more of their answers. */
const checklist = {
  id: 'wk',
  title: 'Walk checklist',
  version: '1',
  sections: [
    { id: 'wk.a', title: 'Alpha', items: [status('wk.a.one', 'Alpha one?'), status('wk.a.two', 'Alpha two?'), status('wk.a.three', 'Alpha three?')] },
    { id: 'wk.b', title: 'Bravo', items: [status('wk.b.one', 'Bravo one?'), status('wk.b.two', 'Bravo two?')] },
    {
      id: 'wk.c',
      title: 'Charlie',
      items: [
        { id: 'wk.c.last-test', question: 'When did you last test a restore?', guidance: guidance('restores'), weight: 2, refs: ['RFC 5321'], type: 'date', tags: ['answer:past'] },
        { id: 'wk.c.days', question: 'How many days are logs kept?', guidance: guidance('logs'), weight: 2, refs: ['RFC 5321'], type: 'number', min: 30, max: 400, unit: 'days' },
        { id: 'wk.c.selectors', question: 'Which DKIM selectors are in use?', guidance: guidance('selectors'), weight: 2, refs: ['RFC 5321'], type: 'text', tags: ['answer:lines'] },
        { id: 'wk.c.lead', question: 'Who leads, and who is their backup?', guidance: guidance('the lead'), weight: 2, refs: ['RFC 5321'], type: 'contacts', tags: ['answer:backup'] },
        { id: 'wk.c.provider', question: 'Which provider sends your mail?', guidance: guidance('providers'), weight: 2, refs: ['RFC 5321'], type: 'choice', choices: [{ value: 'ses', label: 'Amazon SES' }, { value: 'other', label: 'Something else' }] },
      ],
    },
  ],
};

async function walkApp(answers: Record<string, unknown> = {}, options: { columns?: number; rows?: number; startOn?: 'overview' | 'item'; autoAdvance?: boolean; review?: string[] } = {}) {
  const fixture = await makeSessionFixture({ checklist });
  onTestFinished(fixture.cleanup);
  const set = await loadFixtureSet(fixture);
  const initial = createSession({ set, workbook: workbookData(answers), today: '2027-01-15', autoAdvance: options.autoAdvance, ...(options.review ? { focus: options.review, review: options.review } : {}) });
  const h = renderApp(initial, options);
  onTestFinished(h.unmount);
  return h;
}

describe('the walk', () => {
  test('status keys move on to the next open item in checklist order, with a cue and a section summary', async () => {
    const h = await walkApp({ 'wk.a.two': { status: 'done' } });
    await h.waitFor('Enter to start with the first open item, ? for keys');
    await h.press(KEY.enter);
    await h.waitFor('Alpha one?');
    await h.press('d');
    // wk.a.two is answered already: the walk skips it.
    let frame = await h.waitFor('Saved wk.a.one: ✓ done → next: wk.a.three');
    expect(frame).toContain('Alpha three?');
    await h.press('p');
    frame = await h.waitFor('Section “Alpha” finished: 2 done · 1 partial · 0 open');
    expect(frame).toContain('Saved wk.a.three: ◐ partial → next: wk.b.one');
    expect(frame).toContain('Bravo one?');
    await h.press('n', 't');
    frame = await h.waitFor('Section “Bravo” finished');
    expect(frame).toContain('0 done · 0 partial · 1 todo · 0 open · 1 n/a');
    expect(frame).toContain('When did you last test a restore?');
    await h.autosave.flush();
    expect(Object.keys(h.target.saved).sort()).toEqual(['wk.a.one', 'wk.a.three', 'wk.a.two', 'wk.b.one', 'wk.b.two']);
    expect(h.target.saved['wk.a.one']).toMatchObject({ status: 'done', answered_by: 'tester' });
    expect(h.target.saved['wk.a.three']).toMatchObject({ status: 'partial' });
    expect(h.target.saved['wk.b.one']).toMatchObject({ status: 'na' });
  });

  test('a saved answer editor walks on too, and the cue shows a choice by its label', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.press('/', 'wk.c.provider', KEY.enter);
    await h.waitFor('Which provider sends your mail?');
    await h.press(KEY.enter);
    await h.waitFor('Amazon SES');
    await h.press(KEY.enter);
    const frame = await h.waitFor('Saved wk.c.provider: Amazon SES → next: wk.a.one');
    expect(frame).toContain('Alpha one?');
    await h.press('/', 'wk.c.provider', KEY.enter);
    const item = await h.waitFor('value: Amazon SES');
    expect(item).toContain('choices: Amazon SES · Something else');
    expect(item).not.toContain('value: ses');
    // The item list shows the label too.
    await h.press(KEY.esc, KEY.esc, KEY.esc);
    const list = await h.waitFor('(10/10)');
    expect(list).toContain('Which provider sends your mail? — Amazon SES');
  });

  test('z undo brings the cursor back to the undone item', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.waitFor('Alpha one?');
    await h.press('d', 'd');
    await h.waitFor('Saved wk.a.two: ✓ done → next: wk.a.three');
    await h.press('z');
    let frame = await h.waitFor('Undid the last change to wk.a.two');
    expect(frame).toContain('Alpha two?');
    expect(frame).toContain('Answer: · open');
    await h.press('z');
    frame = await h.waitFor('Undid the last change to wk.a.one');
    expect(frame).toContain('Alpha one?');
    await h.autosave.flush();
    expect(h.target.saved['wk.a.one']).toBeUndefined();
    expect(h.target.saved['wk.a.two']).toBeUndefined();
  });

  test('a turns auto-advance off and on; off, the cursor stays on the answered item', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.waitFor('Alpha one?');
    await h.press('a');
    await h.waitFor('Walk off: the cursor stays on the item you answer');
    await h.press('d');
    let frame = await h.waitFor('Answer: ✓ done');
    expect(frame).toContain('Alpha one?');
    expect(frame).toContain('walk off: still here (a)');
    await h.press('a');
    await h.waitFor('Walk on: after each answer the next open item comes up');
    await h.press('p');
    frame = await h.waitFor('Saved wk.a.one: ◐ partial → next: wk.a.two');
    expect(frame).toContain('Alpha two?');
  });

  test('the setting starts the session with the walk off', async () => {
    const h = await walkApp({}, { startOn: 'item', autoAdvance: false });
    await h.waitFor('Alpha one?');
    await h.press('d');
    const frame = await h.waitFor('Answer: ✓ done');
    expect(frame).toContain('Alpha one?');
  });

  test('in a review, answered items the review marks still need the team until looked at', async () => {
    const answers = { 'wk.a.one': { status: 'done' }, 'wk.a.two': { status: 'partial' }, 'wk.b.one': { status: 'done' } };
    const h = await walkApp(answers, { review: ['wk.a.one', 'wk.a.two', 'wk.b.one'] });
    await h.press(KEY.enter);
    await h.waitFor('Alpha one?');
    await h.press('d');
    await h.waitFor('Saved wk.a.one: ✓ done → next: wk.a.two');
    await h.press('d');
    await h.waitFor('Saved wk.a.two: ✓ done → next: wk.b.one');
    await h.press('d');
    await h.waitFor('Saved wk.b.one: ✓ done → nothing left that needs the team');
  });
});

describe('Esc returns to where you came from', () => {
  test('from an item opened in the gaps list (after answering on), back to the gaps list', async () => {
    const h = await walkApp({ 'wk.a.one': { status: 'partial' } });
    await h.press('s');
    await h.waitFor('Biggest gaps');
    await h.press('j', KEY.enter);
    await h.waitFor('Why ');
    await h.press('d');
    await h.waitFor('Saved ');
    await h.press(KEY.esc);
    await h.waitFor('Biggest gaps');
  });

  test('from an item opened in the search results, back to the results with the query', async () => {
    const h = await walkApp();
    await h.press('/', 'bravo');
    await h.waitFor('wk.b.two  Bravo two?');
    await h.press(KEY.down, KEY.enter);
    await h.waitFor('Why wk.b.two matters.');
    await h.press(KEY.esc);
    const frame = await h.waitFor('Search: bravo');
    expect(frame).toContain('wk.b.one  Bravo one?');
  });

  test('from an item opened in the item list, back to the list; from there to the overview', async () => {
    const h = await walkApp();
    await h.press(KEY.right);
    await h.waitFor('(1/10)');
    await h.press('j', 'j', KEY.enter);
    await h.waitFor('Why wk.a.three matters.');
    await h.press(KEY.esc);
    await h.waitFor('(3/10)');
    await h.press(KEY.esc);
    await h.waitFor('Enter to start with the first open item');
  });
});

describe('editors keep what was typed', () => {
  test('a date that does not exist, and a future date where the item asks when it happened', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.press('/', 'wk.c.last-test', KEY.enter, KEY.enter);
    await h.waitFor('Date, as YYYY-MM-DD (when it happened: not in the future)');
    await h.press('2027-02-30', KEY.enter);
    let frame = await h.waitFor('2027-02-30 is not a date');
    expect(frame).toContain('│ 2027-02-30');
    await h.press(KEY.ctrlU, '2027-03-01', KEY.enter);
    frame = await h.waitFor('2027-03-01 is in the future');
    expect(frame).toContain('│ 2027-03-01');
    expect(frame.replace(/[\s│]+/g, ' ')).toContain('this asks when it last happened (today is 2027-01-15)');
    expect(frame).not.toMatch(/--value|--due/);
    await h.press(KEY.backspace, '0', KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, '1-10', KEY.enter);
    await h.waitFor('Saved wk.c.last-test: 2027-01-10');
    await h.autosave.flush();
    expect(h.target.saved['wk.c.last-test']?.value).toBe('2027-01-10');
  });

  test('a number out of range says the range and keeps the number', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.press('/', 'wk.c.days', KEY.enter, KEY.enter);
    await h.waitFor('A number from 30 to 400 days');
    await h.press('7', KEY.enter);
    const frame = await h.waitFor('Enter at least 30 days. 7 is outside the range, from 30 to 400 days.');
    expect(frame).toContain('│ 7');
    await h.press(KEY.ctrlU, '90', KEY.enter);
    await h.waitFor('Saved wk.c.days: 90');
  });

  test('one entry per line: Enter adds a line, Ctrl-S saves', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.press('/', 'wk.c.selectors', KEY.enter, KEY.enter);
    await h.waitFor('Enter new line · Ctrl-S or Ctrl-D saves');
    await h.press('s1 — SES', KEY.enter, 's2 — Postmark');
    await h.waitFor('│ s2 — Postmark');
    await h.press('\u0013');
    await h.waitFor('Saved wk.c.selectors');
    await h.autosave.flush();
    expect(h.target.saved['wk.c.selectors']?.value).toBe('s1 — SES\ns2 — Postmark');
    await h.press('/', 'wk.c.selectors', KEY.enter);
    const frame = await h.waitFor('value: s1 — SES');
    expect(frame).toContain('value: s2 — Postmark');
  });

  test('contacts: a bad e-mail or phone is refused in place; no backup makes the answer partial with the reason', async () => {
    const h = await walkApp({}, { startOn: 'item' });
    await h.press('/', 'wk.c.lead', KEY.enter, KEY.enter);
    await h.press('Ada', KEY.enter, 'Lead', KEY.enter);
    await h.waitFor('Contact 1 · Email');
    await h.press('ada@@example', KEY.enter);
    let frame = await h.waitFor('"ada@@example" is not an e-mail address (Ada)');
    expect(frame).toContain('│ ada@@example');
    await h.press(KEY.ctrlU, 'ada@example.com', KEY.enter);
    await h.waitFor('Contact 1 · Phone');
    await h.press('call me', KEY.enter);
    await h.waitFor('"call me" is not a phone number (Ada)');
    await h.press(KEY.ctrlU, '+1 555 0100', KEY.enter);
    frame = await h.waitFor('Backup: name (who stands in) — this item asks for one');
    await h.press(KEY.enter, KEY.enter, KEY.enter);
    await h.waitFor('Add another contact?');
    await h.press('n');
    await h.waitFor('Saved wk.c.lead');
    await h.press('/', 'wk.c.lead', KEY.enter);
    frame = await h.waitFor('Answer: ◐ partial');
    expect(frame).toContain('partial: no backup for Ada: this item asks who stands in');
    await h.autosave.flush();
    expect(h.target.saved['wk.c.lead']).toMatchObject({ status: 'partial', value: [{ name: 'Ada', role: 'Lead', email: 'ada@example.com', phone: '+1 555 0100' }] });
  });
});

describe('60×20: every key is shown', () => {
  const lines = (frame: string) => frame.split('\n');

  test('the footer wraps to show every key of each screen', async () => {
    const h = await walkApp({}, { columns: 60, rows: 20 });
    const check = (frame: string, screen: keyof typeof FOOTER_KEYS) => {
      for (const group of FOOTER_KEYS[screen]) expect(frame, `${screen}: ${group}`).toContain(group);
      expect(lines(frame).length).toBeLessThanOrEqual(20);
      expect(Math.max(...lines(frame).map((l) => l.length))).toBeLessThanOrEqual(60);
    };
    check(await h.waitFor('Checklist / section'), 'overview');
    await h.press(KEY.right);
    check(await h.waitFor('(1/10)'), 'list');
    await h.press(KEY.enter);
    check(await h.waitFor('Why wk.a.one matters.'), 'item');
    await h.press('s');
    check(await h.waitFor('Biggest gaps'), 'summary');
  });

  test('the help overlay shows how a session goes and every key', async () => {
    const h = await walkApp({}, { columns: 60, rows: 20 });
    await h.press('?');
    const frame = await h.waitFor('Keys — any key closes this help');
    expect(frame).toContain('How a session goes: Enter starts at the first open item');
    for (const [keys, , short] of KEY_HELP) expect(frame, keys).toContain(`${keys.padEnd(9)} ${short}`);
    expect(lines(frame).length).toBeLessThanOrEqual(20);
  });
});
