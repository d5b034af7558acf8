import { describe, expect, onTestFinished, test } from 'vitest';
import { sessionReducer, type SessionAction } from '../../src/session/session-reducer.js';
import { biggestGaps, nextUnanswered, searchItems, sessionScore, statusFor, answerFor } from '../../src/session/session-queries.js';
import { createSession, currentItem, unknownFocusIds, type SessionState } from '../../src/session/session-state.js';
import { loadFixtureSet, makeSessionFixture, NOW, workbookData } from '../helpers/session-tui.js';

async function start(answers: Record<string, unknown> = {}, options: { focus?: string[]; extra?: Record<string, unknown>; scope?: Record<string, unknown> } = {}) {
  const fixture = await makeSessionFixture();
  onTestFinished(fixture.cleanup);
  const set = await loadFixtureSet(fixture);
  const workbook = workbookData(answers, { ...options.extra, ...(options.scope ? { scope: options.scope } : {}) });
  return createSession({ set, workbook, today: '2027-01-15', focus: options.focus });
}

const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, state);
const ids = (state: SessionState) => state.items.map((r) => r.item.id);

describe('applicability and order', () => {
  test('walks applicable items in checklist → section → item order, leaving out items whose `when` fails', async () => {
    const state = await start();
    expect(ids(state)).toEqual([
      'tst.basics.spf', 'tst.basics.dkim', 'tst.basics.dmarc',
      'tst.more.retention', 'tst.more.provider', 'tst.more.streams', 'tst.more.reviewed', 'tst.more.hours', 'tst.more.team', 'tst.more.spf-copy',
    ]);
  });

  test('an item whose condition holds for the scope joins the walk in its place', async () => {
    const state = await start({}, { scope: { libraries: ['phpmailer'] } });
    expect(ids(state).slice(0, 4)).toEqual(['tst.basics.spf', 'tst.basics.dkim', 'tst.basics.dmarc', 'tst.basics.php-only']);
  });

  test('a focus list narrows the walk to those items, still in checklist order', async () => {
    const state = await start({}, { focus: ['tst.more.hours', 'tst.basics.dkim'] });
    expect(ids(state)).toEqual(['tst.basics.dkim', 'tst.more.hours']);
  });

  test('unknown focus ids are reported', async () => {
    const fixture = await makeSessionFixture();
    onTestFinished(fixture.cleanup);
    const set = await loadFixtureSet(fixture);
    expect(unknownFocusIds(set, ['tst.basics.dkim', 'nope.item'])).toEqual(['nope.item']);
  });

  test('resumes at session.last_item', async () => {
    const state = await start({}, { extra: { session: { last_item: 'tst.more.provider' } } });
    expect(currentItem(state)?.item.id).toBe('tst.more.provider');
  });
});

describe('cursor and next unanswered', () => {
  test('move is clamped to the walk', async () => {
    const state = await start();
    expect(run(state, { type: 'move', by: -5 }).cursor).toBe(0);
    expect(run(state, { type: 'move', by: 99 }).cursor).toBe(9);
  });

  test('next unanswered skips answered items (and items answered through a link) and wraps', async () => {
    const state = await start({ 'tst.basics.dkim': { status: 'done' }, 'tst.more.spf-copy': { status: 'done' } });
    // spf is answered through its link to spf-copy; dkim directly.
    expect(nextUnanswered(state)).toBe(2);
    const atEnd = run(state, { type: 'go', index: 8 });
    expect(nextUnanswered(atEnd)).toBe(2);
  });

  test('when everything is answered, next-unanswered says so and stays put', async () => {
    let state = await start({}, { focus: ['tst.basics.dkim'] });
    state = run(state, { type: 'set-status', status: 'na', now: NOW });
    state = run(state, { type: 'next-unanswered' });
    expect(state.notice).toBe('Every item has an answer.');
    expect(state.cursor).toBe(0);
  });
});

describe('answers, validation, progress', () => {
  test('set-status records the answer with timestamps and queues a change to save', async () => {
    const state = run(await start(), { type: 'set-status', status: 'done', now: NOW, by: 'dana' });
    expect(state.answers['tst.basics.spf']).toEqual({ status: 'done', answered_by: 'dana', updated_at: NOW.toISOString(), confirmed_at: NOW.toISOString() });
    expect(state.changes).toEqual([{ itemId: 'tst.basics.spf', patch: state.answers['tst.basics.spf'] }]);
  });

  test('invalid values are refused with a problem message and change nothing', async () => {
    let state = await start();
    state = run(state, { type: 'goto', itemId: 'tst.more.hours' }, { type: 'answer', edits: [{ kind: 'number', value: 500 }], now: NOW });
    expect(state.problem).toMatch(/at most 168/);
    expect(state.problem).not.toMatch(/--/);
    expect(state.answers['tst.more.hours']).toBeUndefined();
    expect(state.changes).toEqual([]);
    state = run(state, { type: 'answer', edits: [{ kind: 'number', value: 72 }], now: NOW });
    expect(state.answers['tst.more.hours']?.value).toBe(72);
    expect(state.problem).toBeUndefined();
  });

  test('choice, multi and contacts values are checked against the item', async () => {
    let state = await start();
    state = run(state, { type: 'goto', itemId: 'tst.more.provider' }, { type: 'answer', edits: [{ kind: 'choice', value: 'sendmail' }], now: NOW });
    expect(state.problem).toBe('"sendmail" is not one of the choices: ses · postmark · other.');
    state = run(state, { type: 'answer', edits: [{ kind: 'text', text: 'ses' }], now: NOW });
    expect(state.problem).toBe('This item takes a choice answer.');
    state = run(state, { type: 'goto', itemId: 'tst.more.streams' }, { type: 'answer', edits: [{ kind: 'multi', values: ['receipts', 'resets'] }], now: NOW });
    expect(state.answers['tst.more.streams']?.value).toEqual(['receipts', 'resets']);
    state = run(state, { type: 'goto', itemId: 'tst.more.team' }, { type: 'answer', edits: [{ kind: 'contacts', contacts: [{ name: 'Ada', phone: '+1 555 0100', backup: { name: 'Alan' } }] }], now: NOW });
    expect(state.answers['tst.more.team']?.value).toEqual([{ name: 'Ada', phone: '+1 555 0100', backup: { name: 'Alan' } }]);
  });

  test('evidence is appended, dated, as url or text', async () => {
    const state = run(
      await start({ 'tst.basics.spf': { status: 'done', evidence: ['old note'] } }),
      { type: 'add-evidence', text: 'https://example.com/dns', now: NOW },
      { type: 'add-evidence', text: 'dig TXT test.example', now: NOW },
    );
    expect(state.answers['tst.basics.spf']?.evidence).toEqual(['old note', { url: 'https://example.com/dns', date: '2027-01-15' }, { text: 'dig TXT test.example', date: '2027-01-15' }]);
  });

  test('progress and score follow domain scoring: done full weight, partial half, n/a left out', async () => {
    let state = await start();
    state = run(state, { type: 'set-status', status: 'done', now: NOW }, { type: 'move', by: 1 }, { type: 'set-status', status: 'partial', now: NOW }, { type: 'move', by: 1 }, { type: 'set-status', status: 'na', now: NOW });
    const score = sessionScore(state);
    // spf (5) done + its linked copy (1) done, dkim (3) partial, dmarc (1) n/a.
    expect(score.counts).toMatchObject({ done: 2, partial: 1, na: 1, unanswered: 6 });
    expect(score.answered).toBe(4);
    expect(score.earned).toBe(5 + 1 + 1.5);
    expect(score.possible).toBe(5 + 3 + 2 + 2 + 2 + 1 + 1 + 3 + 1);
    expect(score.checklists[0]?.sections.map((s) => s.answered)).toEqual([3, 1]);
  });

  test('overdue counts items past their due date that are not done', async () => {
    const state = await start({ 'tst.basics.dkim': { status: 'todo', due: '2027-01-01' }, 'tst.basics.dmarc': { status: 'done', due: '2026-01-01' } });
    expect(sessionScore(state).counts.overdue).toBe(1);
  });

  test('a linked item shows the other item’s answer and where it came from', async () => {
    const state = await start({ 'tst.more.spf-copy': { status: 'done' } });
    expect(answerFor(state, 'tst.basics.spf')).toEqual({ answer: { status: 'done' }, via: 'tst.more.spf-copy' });
    expect(statusFor(state, 'tst.basics.spf')).toBe('done');
  });
});

describe('undo', () => {
  test('undo restores the previous answer, moves back to it and queues the reverting change', async () => {
    let state = await start({ 'tst.basics.dkim': { status: 'partial', note: 'keep me' } });
    state = run(state, { type: 'move', by: 1 }, { type: 'set-status', status: 'done', now: NOW }, { type: 'move', by: 3 });
    state = run(state, { type: 'changes-taken', count: state.changes.length }, { type: 'undo' });
    expect(state.answers['tst.basics.dkim']).toEqual({ status: 'partial', note: 'keep me' });
    expect(state.cursor).toBe(1);
    expect(state.changes).toEqual([{ itemId: 'tst.basics.dkim', patch: { answered_by: undefined, updated_at: undefined, confirmed_at: undefined, status: 'partial', note: 'keep me' } }]);
  });

  test('undoing a first answer removes it (patch null); undo with an empty stack says so', async () => {
    let state = run(await start(), { type: 'set-status', status: 'todo', now: NOW }, { type: 'undo' });
    expect(state.answers['tst.basics.spf']).toBeUndefined();
    expect(state.changes.at(-1)).toEqual({ itemId: 'tst.basics.spf', patch: null });
    state = run(state, { type: 'undo' });
    expect(state.notice).toBe('Nothing to undo.');
  });

  test('several undos walk back in order', async () => {
    let state = await start();
    state = run(state, { type: 'set-status', status: 'todo', now: NOW }, { type: 'set-status', status: 'partial', now: NOW }, { type: 'set-status', status: 'done', now: NOW });
    state = run(state, { type: 'undo' });
    expect(state.answers['tst.basics.spf']?.status).toBe('partial');
    state = run(state, { type: 'undo' });
    expect(state.answers['tst.basics.spf']?.status).toBe('todo');
  });
});

describe('confirm', () => {
  test('confirm stamps only confirmed_at and keeps everything else', async () => {
    const before = { status: 'done', note: 'ok', updated_at: '2026-06-01T00:00:00Z', confirmed_at: '2026-06-01T00:00:00Z' };
    const state = run(await start({ 'tst.basics.spf': before }), { type: 'confirm', now: NOW });
    expect(state.answers['tst.basics.spf']).toEqual({ ...before, confirmed_at: NOW.toISOString() });
    expect(state.changes).toEqual([{ itemId: 'tst.basics.spf', patch: { confirmed_at: NOW.toISOString() } }]);
    expect(state.notice).toMatch(/still true/);
  });

  test('confirming an unanswered item is refused', async () => {
    const state = run(await start(), { type: 'confirm', now: NOW });
    expect(state.problem).toMatch(/no answer yet/);
    expect(state.changes).toEqual([]);
  });
});

describe('search and gaps', () => {
  test('an exact id comes first, then id prefixes, then text matches on all words', async () => {
    const state = await start();
    expect(searchItems(state, 'tst.basics.spf').map((h) => h.ref.item.id)[0]).toBe('tst.basics.spf');
    expect(searchItems(state, 'tst.more.s').map((h) => h.ref.item.id)).toEqual(['tst.more.streams', 'tst.more.spf-copy']);
    expect(searchItems(state, 'DKIM sign').map((h) => h.ref.item.id)).toEqual(['tst.basics.dkim']);
    expect(searchItems(state, 'RFC 7489').map((h) => h.index)).toEqual([2]);
    expect(searchItems(state, 'no such words')).toEqual([]);
  });

  test('biggest gaps: most missing points first; partial counts half; done and n/a are not gaps', async () => {
    const state = await start({ 'tst.basics.spf': { status: 'partial' }, 'tst.basics.dkim': { status: 'done' }, 'tst.more.team': { status: 'na' } });
    const gaps = biggestGaps(state, 3).map((g) => [g.ref.item.id, g.missing]);
    expect(gaps).toEqual([['tst.basics.spf', 2.5], ['tst.more.retention', 2], ['tst.more.provider', 2]]);
  });
});
