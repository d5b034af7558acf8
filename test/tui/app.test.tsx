import { describe, expect, onTestFinished, test } from 'vitest';
import { ConflictError } from '../../src/errors.js';
import { bigChecklist } from '../helpers/session-fixtures.js';
import { KEY, makeSessionFixture, renderApp, sessionFor } from '../helpers/session-tui.js';
import { FOOTER_KEYS } from '../../src/tui/keys.js';
import { STATUS_WORD } from '../../src/domain/statuses.js';

/** The TUI on the test checklist; `walk: true` turns auto-advance on (these browse tests keep it off). */
async function app(answers: Record<string, unknown> = {}, options: { columns?: number; rows?: number; startOn?: 'overview' | 'item'; checklist?: unknown; extra?: Record<string, unknown>; walk?: boolean } = {}) {
  const fixture = await makeSessionFixture({ checklist: options.checklist });
  onTestFinished(fixture.cleanup);
  const session = await sessionFor(fixture, answers, { extra: options.extra });
  const h = renderApp({ ...session, autoAdvance: options.walk ?? false }, options);
  onTestFinished(h.unmount);
  return h;
}

const lines = (frame: string) => frame.split('\n');

describe('overview', () => {
  test('shows score, counts, and each checklist and section with a progress bar, within 80×24', async () => {
    const h = await app({ 'tst.basics.spf': { status: 'done' }, 'tst.basics.dkim': { status: 'partial', due: '2027-01-01' } });
    const frame = await h.waitFor('Checklist / section');
    expect(frame).toContain('secbook · Test Org · 3/10 answered · score 36%');
    expect(frame).toContain(`✗ ${STATUS_WORD.todo} 0  ◐ partial 1  ✓ done 2  – n/a 0  · ${STATUS_WORD.unanswered} 7  ! overdue 1`);
    expect(frame).toMatch(/›Test checklist\s+\[.+\]\s+3\/10\s+36% !1/);
    expect(frame).toMatch(/ {3}Basics\s+\[.+\]\s+2\/3\s+72%/);
    expect(frame).toMatch(/More types\s+\[.+\]\s+1\/7/);
    expect(frame).toContain('Enter to start with the first open item, ? for keys');
    expect(frame).toContain('Where you stand: 2 done · 1 partial · 7 open (of 10)');
    expect(lines(frame).length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines(frame).map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  test('→ on a section opens the list there; Esc goes back', async () => {
    const h = await app();
    await h.press('j', 'j', KEY.right);
    const frame = await h.waitFor('Test checklist › More types');
    expect(frame).toContain('› · How long do you keep email logs?');
    await h.press(KEY.esc);
    await h.waitFor('Checklist / section');
  });
});

describe('item list and item view', () => {
  test('status keys d p t n set the status; every row shows a symbol, not only a colour', async () => {
    const h = await app();
    await h.press(KEY.right, 'd', 'j', 'p', 'j', 't', 'j', 'n');
    const frame = await h.waitFor('– How long');
    expect(frame).toContain('✓ Do you publish an SPF record?');
    expect(frame).toContain('◐ Do you sign with DKIM?');
    expect(frame).toContain('✗ Do you publish a DMARC policy?');
    expect(frame).toContain('› – How long do you keep email logs?');
    expect(frame).toContain('✓ Is SPF in place (asked again for auditors)?'); // answered via its link
    await h.autosave.flush();
    expect(h.target.saved['tst.basics.spf']).toMatchObject({ status: 'done', answered_by: 'tester' });
    expect(h.target.saved['tst.basics.dmarc']).toMatchObject({ status: 'todo' });
    expect(h.target.saved['tst.more.retention']).toMatchObject({ status: 'na' });
  });

  test('the item view shows question, guidance, refs, answer details and a linked answer', async () => {
    const h = await app({ 'tst.more.spf-copy': { status: 'done', note: 'see DNS', evidence: ['dig TXT'], owner: 'Dana', due: '2027-03-01' } });
    await h.press(KEY.right, KEY.enter);
    let frame = await h.waitFor('Why');
    expect(frame).toContain('Do you publish an SPF record?');
    expect(frame).toContain('tst.basics.spf · Test checklist › Basics · weight 5 · status');
    expect(frame).toContain('Answer: ✓ done');
    expect(frame).toContain('answered via linked item tst.more.spf-copy');
    expect(frame).toContain('note: see DNS');
    expect(frame).toContain('evidence: dig TXT');
    expect(frame).toContain('owner: Dana');
    expect(frame).toContain('Why SPF matters.');
    expect(frame).toContain('How to check SPF.');
    expect(frame).toContain('RFC 7208 §4.6.4');
    await h.press('j');
    frame = await h.waitFor('Do you sign with DKIM?');
    expect(frame).toContain('Answer: · open');
  });

  test('long guidance wraps to the width and scrolls with PgDn', async () => {
    const long = 'word '.repeat(300).trim();
    const checklist = {
      id: 'tst', title: 'T', version: '1',
      sections: [{ id: 'tst.s', title: 'S', items: [{ id: 'tst.s.long', question: 'Long?', guidance: { why: long, how: 'The how part.', verify: 'The verify part.' }, weight: 1, refs: ['RFC 5321'] }] }],
    };
    const h = await app({}, { checklist, columns: 60, rows: 20, startOn: 'item' });
    let frame = await h.waitFor('↓ more');
    expect(Math.max(...lines(frame).map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(lines(frame).length).toBeLessThanOrEqual(20);
    expect(frame).not.toContain('The verify part.');
    await h.press(KEY.pageDown, KEY.pageDown, KEY.pageDown, KEY.pageDown, KEY.pageDown);
    frame = await h.waitFor('The verify part.');
    expect(frame).toContain('end · PgUp scrolls back');
  });
});

describe('editors', () => {
  test('status item: Enter opens the status picker; a letter picks', async () => {
    const h = await app({}, { startOn: 'item' });
    await h.press(KEY.enter);
    await h.waitFor('✓ done (d)');
    await h.press('p');
    await h.waitFor('Answer: ◐ partial');
  });

  test('text, choice, multi, date and number editors save typed values; bad values are refused in place', async () => {
    const h = await app({}, { startOn: 'item' });
    await h.press('/');
    await h.waitFor('Search:');
    await h.press('tst.more.retention', KEY.enter);
    await h.waitFor('How long do you keep email logs?');
    await h.press(KEY.enter);
    await h.waitFor('Enter to save');
    await h.press('90 days', KEY.enter);
    await h.waitFor('value: 90 days');

    await h.press('j', KEY.enter);
    await h.waitFor('Something else');
    await h.press(KEY.down, KEY.down, KEY.enter);
    await h.waitFor('value: Something else');

    await h.press('j', KEY.enter);
    await h.waitFor('[ ] newsletters');
    await h.press(' ', KEY.down, KEY.down, ' ', KEY.enter);
    let frame = await h.waitFor('value: newsletters');
    expect(frame).toContain('value: receipts');

    await h.press('j', KEY.enter);
    await h.waitFor('Date, as YYYY-MM-DD');
    await h.press('2027-13-01', KEY.enter);
    await h.waitFor('2027-13-01 is not a date');
    await h.press(KEY.ctrlU, '2027-01-10', KEY.enter);
    await h.waitFor('value: 2027-01-10');

    await h.press('j', KEY.enter);
    await h.waitFor('A number from 0 to 168 hours');
    await h.press('abc', KEY.enter);
    await h.waitFor('"abc" is not a number: enter a number from 0 to 168 hours.');
    await h.press(KEY.backspace, KEY.backspace, KEY.backspace, '999', KEY.enter);
    frame = await h.waitFor('at most 168');
    // The editor stays open with what was typed; nothing was saved.
    expect(frame).toContain('│ 999');
    expect(frame).not.toContain('--value');
    await h.press(KEY.ctrlU, '72', KEY.enter);
    await h.waitFor('value: 72');

    await h.autosave.flush();
    expect(h.target.saved['tst.more.retention']?.value).toBe('90 days');
    expect(h.target.saved['tst.more.provider']?.value).toBe('other');
    expect(h.target.saved['tst.more.streams']?.value).toEqual(['receipts', 'newsletters']);
    expect(h.target.saved['tst.more.reviewed']?.value).toBe('2027-01-10');
    expect(h.target.saved['tst.more.hours']?.value).toBe(72);
  });

  test('contacts editor asks name, role, email, phone and a backup, and can add another', async () => {
    const h = await app({}, { startOn: 'item' });
    await h.press('/');
    await h.waitFor('Search:');
    await h.press('tst.more.team', KEY.enter);
    await h.waitFor('Who is on the incident team?');
    await h.press(KEY.enter);
    for (const [label, value] of [['Name', 'Ada Lovelace'], ['Role', 'Incident lead'], ['Email', 'ada@test.example'], ['Phone', '+1 555 0100'], ['Backup: name', 'Alan Turing'], ['Backup: phone', '+1 555 0101'], ['Backup: email', '']] as const) {
      await h.waitFor(`Contact 1 · ${label}`);
      await h.press(value, KEY.enter);
    }
    await h.waitFor('Add another contact?');
    await h.press('y');
    await h.waitFor('Contact 2 · Name');
    await h.press('Grace Hopper', KEY.enter);
    for (let i = 0; i < 6; i++) await h.press(KEY.enter);
    await h.waitFor('Add another contact?');
    await h.press('n');
    const frame = await h.waitFor('value: Ada Lovelace');
    expect(frame).toContain('value: Ada Lovelace · Incident lead · ada@test.example · +1 555 0100');
    expect(frame).toMatch(/\n {9}Alan Turing · \+1 555 0101\)/); // wrapped under the text, not under the label
    expect(frame).toContain('value: Grace Hopper');
    await h.autosave.flush();
    expect(h.target.saved['tst.more.team']?.value).toEqual([
      { name: 'Ada Lovelace', role: 'Incident lead', email: 'ada@test.example', phone: '+1 555 0100', backup: { name: 'Alan Turing', phone: '+1 555 0101' } },
      { name: 'Grace Hopper' },
    ]);
  });

  test('e note, v evidence, o owner and u due date; Esc cancels an edit', async () => {
    const h = await app({}, { startOn: 'item' });
    await h.press('e');
    await h.waitFor('Note (Markdown allowed)');
    await h.press('draft', KEY.esc);
    await h.waitFor('Answer: · open');
    await h.press('e');
    await h.waitFor('Note (Markdown allowed)');
    await h.press('Published in Route 53', KEY.enter);
    await h.waitFor('note: Published in Route 53');
    await h.press('v');
    await h.waitFor('Add evidence');
    await h.press('https://example.com/spf', KEY.enter);
    await h.waitFor('evidence: https://example.com/spf (2027-01-15)');
    await h.press('o');
    await h.waitFor('Owner');
    await h.press('Dana (SRE)', KEY.enter);
    await h.waitFor('owner: Dana (SRE)');
    await h.press('u');
    await h.waitFor('Due date');
    await h.press('2027-01-02', KEY.enter);
    const frame = await h.waitFor('due: 2027-01-02');
    expect(frame).toContain('! overdue');
  });
});

describe('undo, confirm, next unanswered, search, summary, help', () => {
  test('z undoes the last change; c confirms an existing answer', async () => {
    const h = await app({ 'tst.basics.dkim': { status: 'partial', confirmed_at: '2026-01-01T00:00:00Z' } }, { startOn: 'item' });
    await h.press('d');
    await h.waitFor('Answer: ✓ done');
    await h.press('z');
    await h.waitFor('Undid the last change to tst.basics.spf');
    expect(h.frame()).toContain('Answer: · open');
    await h.press('j', 'c');
    await h.waitFor('Confirmed: still true.');
    expect(h.frame()).toContain('confirmed 2027-01-15');
    await h.autosave.flush();
    expect(h.target.saved['tst.basics.dkim']).toEqual({ status: 'partial', confirmed_at: '2027-01-15T09:00:00.000Z' });
    expect(h.target.saved['tst.basics.spf']).toBeUndefined();
  });

  test('g jumps to the next unanswered item', async () => {
    const h = await app({ 'tst.basics.spf': { status: 'done' }, 'tst.basics.dkim': { status: 'done' } });
    await h.press('g');
    await h.waitFor('Do you publish a DMARC policy?');
  });

  test('/ finds items by words in the question and says when nothing matches', async () => {
    const h = await app();
    await h.press('/');
    await h.waitFor('Search:');
    await h.press('zzz');
    await h.waitFor('No item matches “zzz”.');
    await h.press(KEY.backspace, KEY.backspace, KEY.backspace, 'incident team');
    await h.waitFor('tst.more.team  Who is on the incident team?');
    await h.press(KEY.enter);
    await h.waitFor('Why the team matters.');
  });

  test('s shows the biggest gaps by weight; Enter opens one', async () => {
    const h = await app({ 'tst.basics.spf': { status: 'partial' } });
    await h.press('s');
    const frame = await h.waitFor('Biggest gaps');
    const rows = lines(frame).filter((l) => l.includes('tst.'));
    expect(rows[0]).toMatch(/^›\s+3\s+· open\s+tst\.basics\.dkim/);
    expect(rows[1]).toMatch(/3\s+· open\s+tst\.more\.team/);
    expect(rows[2]).toMatch(/2\.5\s+◐ partial\s+tst\.basics\.spf/);
    await h.press('j', 'j', KEY.enter);
    await h.waitFor('Why SPF matters.');
  });

  test('? shows every key; any key closes it', async () => {
    const h = await app();
    await h.press('?');
    const frame = await h.waitFor('Keys — any key closes this help');
    for (const key of ['j/k', 'Esc', 'd p t n', 'evidence', 'owner', 'due date', 'search', 'next open', 'undo', 'How a session goes', 'confirm', 'quit']) expect(frame).toContain(key);
    await h.press('x');
    await h.waitFor('Checklist / section');
  });

  test('q and Ctrl-C quit', async () => {
    const h = await app();
    await h.press('q');
    expect(h.quitCalls()).toBe(1);
    const h2 = await app();
    await h2.press(KEY.ctrlC);
    expect(h2.quitCalls()).toBe(1);
  });
});

describe('saving', () => {
  test('a failed save is shown; the answer stays on screen and is written by the retry on the next change', async () => {
    const h = await app({}, { startOn: 'item' });
    h.target.fail = new ConflictError('workbook.yaml', ['answers.tst.basics.spf']);
    await h.press('d');
    const frame = await h.waitFor('Not saved');
    expect(frame).toContain('! Not saved: workbook.yaml was changed on disk since secbook loaded it');
    expect(frame).toContain('Answer: ✓ done');
    expect(h.target.saves).toBe(0);
    h.target.fail = undefined;
    await h.press('j', 'p');
    await h.waitFor('Saved.');
    expect(h.target.saved['tst.basics.spf']).toMatchObject({ status: 'done' });
    expect(h.target.saved['tst.basics.dkim']).toMatchObject({ status: 'partial' });
  });
});

describe('size and scale', () => {
  test('a 1,000-item list renders only the rows that fit and scrolls with the cursor', async () => {
    const h = await app({}, { checklist: bigChecklist(1000), rows: 24 });
    await h.press(KEY.right);
    let frame = await h.waitFor('(1/1000)');
    expect(lines(frame).length).toBeLessThanOrEqual(24);
    expect(frame).toContain('Generated question number 0:');
    expect(frame).not.toContain('Generated question number 30:');
    for (let i = 0; i < 25; i++) await h.press('j');
    frame = await h.waitFor('(26/1000)');
    expect(frame).toContain('› · Generated question number 25:');
    expect(frame).not.toContain('Generated question number 0:');
    expect(lines(frame).length).toBeLessThanOrEqual(24);
  });

  test('a long question, long titles and a long answer never push the frame past the screen', async () => {
    const words = (w: string, n: number) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const checklist = {
      id: 'tst', title: `A checklist with a rather long title ${words('t', 5)}`, version: '1',
      sections: [{ id: 'tst.s', title: `A section with a long title too ${words('s', 5)}`, items: [
        { id: 'tst.s.long-question', question: `Firstword ${words('q', 40)}?`, guidance: { why: words('why', 30), how: words('how', 30), verify: words('verify', 30) }, weight: 5, refs: ['RFC 5321'], required: true },
      ] }],
    };
    const h = await app({ 'tst.s.long-question': { status: 'done', owner: words('owner', 20), note: words('note', 20), answered_by: 'someone', updated_at: '2026-07-02T00:00:00Z' } }, { checklist, startOn: 'item' });
    const frame = await h.waitFor('Firstword');
    expect(lines(frame).length).toBeLessThanOrEqual(24);
    expect(lines(frame)[1]).toMatch(/^Firstword q0 q1/);
    expect(frame).toContain('q quit');
    await h.press(KEY.enter);
    const editor = await h.waitFor('✓ done (d)');
    expect(lines(editor).length).toBeLessThanOrEqual(24);
    expect(editor).toContain('letters go into the box: its keys are shown there');
  });

  test('every screen footer starts with quit and help', () => {
    for (const screen of ['overview', 'list', 'item', 'summary'] as const) {
      expect(FOOTER_KEYS[screen].slice(0, 2)).toEqual(['q quit', '? help']);
    }
  });

  test('narrow terminals: nothing is wider than the screen', async () => {
    const h = await app({}, { columns: 50, rows: 16 });
    const frame = await h.waitFor('Checklist / section');
    expect(Math.max(...lines(frame).map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(lines(frame).length).toBeLessThanOrEqual(16);
  });
});
