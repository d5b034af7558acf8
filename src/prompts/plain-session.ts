/**
 * `secbook run --plain`: the same session as linear prompts, one item after another, for
 * screen readers, small terminals and people who prefer it. Every answer goes through the
 * session engine and is saved before the next question. Ctrl-C cancels cleanly.
 */
import { applyEdits, type AnswerEdit } from '../domain/answer-edit.js';
import { itemAsks } from '../domain/answer-checks.js';
import { choiceValues, isIsoDate } from '../domain/answer-value.js';
import { valueEditFromText } from '../domain/answer-text.js';
import { problemsText } from '../session/answer-problem-text.js';
import type { Contact, Status } from '../domain/answer.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { STATUS_LABEL, STATUS_ORDER } from '../domain/statuses.js';
import { CancelledError } from '../errors.js';
import type { FrontEndInput } from '../session/front-end.js';
import { sessionReducer, type SessionAction } from '../session/session-reducer.js';
import { answerFor, nextUnanswered, scoreOf } from '../session/session-queries.js';
import type { SessionState } from '../session/session-state.js';
import { itemLines } from '../session/item-lines.js';
import * as realAsk from './ask.js';

/** The prompt functions plain mode uses (tests inject fakes). */
export type AskAdapter = Pick<typeof realAsk, 'askText' | 'askConfirm' | 'askSelect' | 'askMulti'>;

type Next = 'next' | 'note' | 'evidence' | 'owner' | 'due' | 'undo' | 'back' | 'quit';

const STATUS_CHOICES = [
  ...STATUS_ORDER.map((s) => ({ value: s, name: STATUS_LABEL[s] })),
  { value: 'skip', name: 'skip for now' },
  { value: 'quit', name: 'save and quit' },
] as const;

export interface PlainOptions extends FrontEndInput {
  ask?: AskAdapter;
}

class Quit extends Error {}

export async function runPlain(options: PlainOptions): Promise<'quit' | 'finished'> {
  const ask = options.ask ?? realAsk;
  const { autosave, now, by, write } = options;
  let state = options.initial;

  const act = async (action: SessionAction) => {
    state = sessionReducer(state, action);
    if (state.problem) write(`! ${state.problem}\n`);
    if (state.changes.length > 0) {
      await autosave.push(state.changes, state.items[state.cursor]?.item.id);
      state = sessionReducer(state, { type: 'changes-taken', count: state.changes.length });
      const status = autosave.current;
      if (status.state === 'failed') write(`! Not saved: ${status.message} — kept in memory, retried with the next answer and on quit.\n`);
    }
  };

  write(`${options.title} — ${state.items.length} items. Ctrl-C stops at any time; every answer is saved as you go.\n`);
  // Resume where the user left off, or at the first unanswered item.
  if (state.cursor === 0 && answerFor(state, state.items[0]?.item.id ?? '')) {
    const next = nextUnanswered(state, -1);
    if (next !== undefined) state = sessionReducer(state, { type: 'go', index: next });
  }
  try {
    while (state.cursor < state.items.length) {
      const ref = state.items[state.cursor];
      if (!ref) break;
      autosave.cursor(ref.item.id);
      const total = scoreOf(state, state.items);
      write(`\n[${state.cursor + 1}/${state.items.length}] ${ref.checklist.title} › ${ref.section.title} · ${total.answered} answered\n`);
      for (const line of itemLines(state, ref, 78)) write(`${line.text}\n`);
      const own = state.answers[ref.item.id];
      let answered = false;
      if (own && (await ask.askConfirm('Still true?', true))) {
        await act({ type: 'confirm', now: now() });
        answered = true;
      } else {
        const answer = await askAnswer(ask, ref, state, now());
        if (answer) {
          await act({ type: 'answer', edits: [answer], by, now: now() });
          answered = !state.problem;
        }
      }
      const next = answered ? await askMore(ask, ref, () => state, act, { now, by }) : 'next';
      if (next === 'back') state = sessionReducer(state, { type: 'move', by: -1 });
      else if (state.cursor === state.items.length - 1) break;
      else state = sessionReducer(state, { type: 'move', by: 1 });
    }
  } catch (error) {
    if (error instanceof Quit) return 'quit';
    if (error instanceof CancelledError) {
      write('\nStopped. Every answer given so far is saved.\n');
    }
    throw error;
  }
  write('\nEnd of the list. Every answer is saved.\n');
  return 'finished';
}

/** Asks for the item's answer by type; undefined = skipped. Throws Quit on "save and quit". */
async function askAnswer(ask: AskAdapter, ref: ItemRef, state: SessionState, now: Date): Promise<AnswerEdit | undefined> {
  const { item } = ref;
  const current = answerFor(state, item.id)?.answer;
  const v = current?.value;
  switch (item.type) {
    case 'status': {
      const pick = await ask.askSelect('Status', STATUS_CHOICES.map((c) => ({ ...c })), current?.status);
      if (pick === 'quit') throw new Quit();
      return pick === 'skip' ? undefined : { kind: 'status', status: pick as Status };
    }
    case 'choice': {
      const values = choiceValues(item);
      const choices = (item.choices ?? []).map((c, i) => ({ value: values[i] ?? '', name: typeof c === 'string' ? c : c.label }));
      const pick = await ask.askSelect('Answer', [...choices, { value: '__skip', name: 'skip for now' }, { value: '__quit', name: 'save and quit' }], typeof v === 'string' ? v : undefined);
      if (pick === '__quit') throw new Quit();
      return pick === '__skip' ? undefined : { kind: 'choice', value: pick };
    }
    case 'multi': {
      const values = choiceValues(item);
      const chosen = Array.isArray(v) ? (v as string[]) : [];
      const picks = await ask.askMulti('Answer (space to tick, enter when done; none = skip)', (item.choices ?? []).map((c, i) => ({ value: values[i] ?? '', name: typeof c === 'string' ? c : c.label, checked: chosen.includes(values[i] ?? '') })));
      return picks.length ? { kind: 'multi', values: picks } : undefined;
    }
    case 'contacts':
      return askContacts(ask, Array.isArray(v) ? (v as Contact[]) : []);
    default: {
      // The same checks as the TUI's editors and `secbook answer` (domain/answer-edit.ts),
      // worded for the session; a refused value is asked again, never saved.
      const validate = (x: string): true | string => {
        if (x.trim() === '') return true;
        const read = valueEditFromText(item, [x.trim()]);
        const result = 'problems' in read ? read : applyEdits(item, current, [read.edit], { now });
        return 'problems' in result ? problemsText(result.problems) : true;
      };
      if (item.type === 'text' && itemAsks(item).lines) {
        // One entry per prompt, as the full-screen editor takes one per line.
        const was = typeof v === 'string' ? v.split('\n') : [];
        const entries: string[] = [];
        for (let i = 0; ; i++) {
          const entry = (await ask.askText(`Entry ${i + 1} (one per prompt; blank to finish)`, { default: was[i] })).trim();
          if (entry === '') break;
          entries.push(entry);
        }
        return entries.length ? { kind: 'text', text: entries.join('\n') } : undefined;
      }
      const label = item.type === 'date' ? 'Date (YYYY-MM-DD, blank to skip)' : item.type === 'number' ? `Number${item.unit ? ` (${item.unit})` : ''} (blank to skip)` : 'Answer (blank to skip)';
      const text = await ask.askText(label, { default: v === undefined ? undefined : String(v), validate });
      const read = text.trim() === '' ? undefined : valueEditFromText(item, [text.trim()]);
      return read && 'edit' in read ? read.edit : undefined;
    }
  }
}

async function askContacts(ask: AskAdapter, existing: Contact[]): Promise<AnswerEdit | undefined> {
  const people: Contact[] = [];
  for (let i = 0; ; i++) {
    const was = existing[i];
    const name = (await ask.askText(`Contact ${i + 1}: name (blank to finish)`, { default: was?.name })).trim();
    if (!name) break;
    const person: Contact = { name };
    const role = (await ask.askText('Role', { default: was?.role })).trim();
    const email = (await ask.askText('Email', { default: was?.email })).trim();
    const phone = (await ask.askText('Phone', { default: was?.phone })).trim();
    const backup = (await ask.askText('Backup person: name (blank for none)', { default: was?.backup?.name })).trim();
    if (role) person.role = role;
    if (email) person.email = email;
    if (phone) person.phone = phone;
    if (backup) {
      const backupPhone = (await ask.askText('Backup: phone', { default: was?.backup?.phone })).trim();
      person.backup = backupPhone ? { name: backup, phone: backupPhone } : { name: backup };
    }
    people.push(person);
    if (!(await ask.askConfirm('Add another contact?', i + 1 < existing.length))) break;
  }
  return people.length ? { kind: 'contacts', contacts: people } : undefined;
}

/** After an answer: move on, or add a note, evidence, owner or due date. */
async function askMore(
  ask: AskAdapter,
  ref: ItemRef,
  get: () => SessionState,
  act: (a: SessionAction) => Promise<void>,
  ctx: { now: () => Date; by?: FrontEndInput['by'] },
): Promise<Next> {
  for (;;) {
    const next = await ask.askSelect<Next>(
      'Next',
      [
        { value: 'next', name: 'next item' },
        { value: 'note', name: 'add a note' },
        { value: 'evidence', name: 'add evidence (link or text)' },
        { value: 'owner', name: 'set the owner' },
        { value: 'due', name: 'set a due date' },
        { value: 'undo', name: 'undo the last change' },
        { value: 'back', name: 'previous item' },
        { value: 'quit', name: 'save and quit' },
      ],
      'next',
    );
    const answer = get().answers[ref.item.id];
    switch (next) {
      case 'next':
      case 'back':
        return next;
      case 'quit':
        throw new Quit();
      case 'undo':
        await act({ type: 'undo' });
        break;
      case 'note':
        await act({ type: 'answer', edits: [{ kind: 'note', note: await ask.askText('Note', { default: answer?.note }) }], by: ctx.by, now: ctx.now() });
        break;
      case 'evidence':
        await act({ type: 'add-evidence', text: await ask.askText('Evidence: a link or a short description'), now: ctx.now(), by: ctx.by });
        break;
      case 'owner':
        await act({ type: 'answer', edits: [{ kind: 'owner', owner: await ask.askText('Owner', { default: answer?.owner }) }], by: ctx.by, now: ctx.now() });
        break;
      case 'due': {
        const due = await ask.askText('Due date (YYYY-MM-DD)', { default: answer?.due, validate: (x) => isIsoDate(x.trim()) || 'Use YYYY-MM-DD' });
        await act({ type: 'answer', edits: [{ kind: 'due', due: due.trim() }], by: ctx.by, now: ctx.now() });
        break;
      }
    }
  }
}
