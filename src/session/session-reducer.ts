/**
 * The session reducer: every user intent is an action; the result is a new state. Answer
 * edits are typed (domain/answer-edit.ts), checked with the same rules as `secbook answer`,
 * and appended to `state.changes` for the front end to save. Problems are worded for a
 * person in a session (no flags).
 */
import type { AnsweredBy, Answer, Status } from '../domain/answer.js';
import { applyEdits, type AnswerEdit } from '../domain/answer-edit.js';
import { statusOf } from '../domain/answers.js';
import { choiceLabel } from '../domain/answer-value.js';
import { STATUS_SYMBOL, STATUS_WORD } from '../domain/statuses.js';
import { problemsText } from './answer-problem-text.js';
import type { Change, SessionState, UndoEntry, WalkCue } from './session-state.js';
import { nextNeeding, scoreOf } from './session-queries.js';

export type SessionAction =
  | { type: 'move'; by: number }
  | { type: 'go'; index: number }
  | { type: 'goto'; itemId: string }
  | { type: 'next-unanswered' }
  /** Start the walk: the first item at or after `from` that needs the team (else `from`). */
  | { type: 'start'; from: number }
  /**
   * Typed answer edits (checked here). Acts on the current item unless `itemId`. With
   * `walk`, a saved answer moves the cursor on (when auto-advance is on) and leaves a cue.
   */
  | { type: 'answer'; edits: AnswerEdit[]; now: Date; by?: AnsweredBy; itemId?: string; walk?: boolean }
  | { type: 'set-status'; status: Status; now: Date; by?: AnsweredBy; itemId?: string; walk?: boolean }
  | { type: 'add-evidence'; text: string; now: Date; by?: AnsweredBy; itemId?: string }
  /** Turn auto-advance on or off (the walk's key). */
  | { type: 'auto-advance'; on: boolean }
  /** "Still true": stamps only `confirmed_at`. */
  | { type: 'confirm'; now: Date; itemId?: string }
  | { type: 'undo' }
  /** The front end took `state.changes` to save them. */
  | { type: 'changes-taken'; count: number }
  | { type: 'dismiss' };

const UNDO_LIMIT = 200;

function clamp(state: SessionState, index: number): number {
  if (state.items.length === 0) return 0;
  return Math.max(0, Math.min(state.items.length - 1, index));
}

function targetId(state: SessionState, itemId?: string): string | undefined {
  return itemId ?? state.items[state.cursor]?.item.id;
}

function merge(before: Answer | undefined, patch: Partial<Answer>): Answer {
  const next: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as Answer;
}

/** Records a patch: new answers, an undo entry and a change to save. */
function applyPatch(state: SessionState, itemId: string, patch: Partial<Answer>, notice?: string): SessionState {
  const before = state.answers[itemId];
  const entry: UndoEntry = { itemId, before, cursor: state.cursor };
  return {
    ...state,
    answers: { ...state.answers, [itemId]: merge(before, patch) },
    undo: [...state.undo, entry].slice(-UNDO_LIMIT),
    changes: [...state.changes, { itemId, patch }],
    touched: state.touched.has(itemId) ? state.touched : new Set([...state.touched, itemId]),
    problem: undefined,
    notice,
    cue: undefined,
  };
}

/** The answer in a few words for the cue: "✓ done", a choice's label, the value. */
function savedWords(state: SessionState, itemId: string): string {
  const answer = state.answers[itemId];
  const item = state.set.items.get(itemId)?.item;
  const status = statusOf(answer);
  const v = answer?.value;
  let value = '';
  if (item && typeof v === 'string') value = item.type === 'choice' ? choiceLabel(item, v) : v.split('\n')[0] ?? '';
  else if (item && Array.isArray(v)) value = v.map((x) => (typeof x === 'string' ? choiceLabel(item, x) : x.name)).join(', ');
  else if (v !== undefined) value = String(v);
  const word = `${STATUS_SYMBOL[status ?? 'unanswered']} ${STATUS_WORD[status ?? 'unanswered']}`;
  return value ? (status === 'done' ? value : `${value} (${word})`) : word;
}

/**
 * The walk step after a saved answer on the item under the cursor: move to the next item
 * that needs the team and say what was saved, where the walk went, and — when the answer
 * finished its section — the section's counts.
 */
function walkOn(state: SessionState, itemId: string): SessionState {
  const here = state.items[state.cursor];
  if (!here || here.item.id !== itemId) return state;
  const next = state.autoAdvance ? nextNeeding(state) : undefined;
  const target = next === undefined ? undefined : state.items[next];
  const cue: WalkCue = { itemId, saved: savedWords(state, itemId), ...(target ? { next: target.item.id } : {}) };
  if (state.autoAdvance && (!target || target.section !== here.section)) {
    const sectionItems = state.items.filter((r) => r.section === here.section);
    const c = scoreOf(state, sectionItems).counts;
    cue.section = { title: here.section.title, done: c.done, partial: c.partial, todo: c.todo, open: c.unanswered, na: c.na };
  }
  if (!state.autoAdvance) return { ...state, cue };
  return { ...state, cue, cursor: next ?? state.cursor };
}

function edit(state: SessionState, itemId: string | undefined, edits: AnswerEdit[], options: { now: Date; by?: AnsweredBy; confirm?: boolean; walk?: boolean }): SessionState {
  const ref = itemId ? state.set.items.get(itemId) : undefined;
  if (!itemId || !ref) return itemId ? { ...state, problem: `"${itemId}" is not in this session.` } : state;
  const result = applyEdits(ref.item, state.answers[itemId], edits, options);
  if (!result.ok) return { ...state, problem: problemsText(result.problems), notice: undefined, cue: undefined };
  const saved = applyPatch(state, itemId, result.patch);
  return options.walk ? walkOn(saved, itemId) : saved;
}

/** The patch that turns `current` back into `before` (null removes the answer). */
function revertPatch(current: Answer | undefined, before: Answer | undefined): Change['patch'] {
  if (!before) return null;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(current ?? {})) if (!(key in before)) patch[key] = undefined;
  Object.assign(patch, before);
  return patch as Partial<Answer>;
}

function undo(state: SessionState): SessionState {
  const entry = state.undo[state.undo.length - 1];
  if (!entry) return { ...state, notice: 'Nothing to undo.', problem: undefined };
  const answers = { ...state.answers };
  if (entry.before) answers[entry.itemId] = entry.before;
  else delete answers[entry.itemId];
  return {
    ...state,
    answers,
    cursor: state.index.get(entry.itemId) ?? entry.cursor,
    undo: state.undo.slice(0, -1),
    changes: [...state.changes, { itemId: entry.itemId, patch: revertPatch(state.answers[entry.itemId], entry.before) }],
    problem: undefined,
    cue: undefined,
    notice: `Undid the last change to ${entry.itemId}; back on it.`,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'move':
      return { ...state, cursor: clamp(state, state.cursor + action.by), problem: undefined, notice: undefined, cue: undefined };
    case 'go':
      return { ...state, cursor: clamp(state, action.index), problem: undefined, notice: undefined, cue: undefined };
    case 'goto': {
      const index = state.index.get(action.itemId);
      return index === undefined ? { ...state, problem: `"${action.itemId}" is not in this session.` } : { ...state, cursor: index, problem: undefined, notice: undefined, cue: undefined };
    }
    case 'next-unanswered': {
      const index = nextNeeding(state);
      return index === undefined
        ? { ...state, notice: state.review ? 'Nothing left that needs the team.' : 'Every item has an answer.', problem: undefined, cue: undefined }
        : { ...state, cursor: index, problem: undefined, notice: undefined, cue: undefined };
    }
    case 'start': {
      const index = nextNeeding(state, clamp(state, action.from) - 1);
      return {
        ...state,
        cursor: index ?? clamp(state, action.from),
        problem: undefined,
        cue: undefined,
        notice: index === undefined ? (state.review ? 'Nothing left that needs the team.' : 'Every item has an answer.') : undefined,
      };
    }
    case 'auto-advance':
      return { ...state, autoAdvance: action.on, cue: undefined, problem: undefined, notice: action.on ? 'Walk on: after each answer the next open item comes up (a turns it off).' : 'Walk off: the cursor stays on the item you answer (a turns it back on).' };
    case 'answer':
      return edit(state, targetId(state, action.itemId), action.edits, { now: action.now, by: action.by, walk: action.walk });
    case 'set-status':
      return edit(state, targetId(state, action.itemId), [{ kind: 'status', status: action.status }], { now: action.now, by: action.by, walk: action.walk });
    case 'add-evidence':
      // Adding evidence records it; it does not confirm the answer is still true.
      return edit(state, targetId(state, action.itemId), [{ kind: 'evidence-add', entries: [action.text] }], { now: action.now, by: action.by, confirm: false });
    case 'confirm': {
      const id = targetId(state, action.itemId);
      if (!id) return state;
      if (!state.answers[id]) return { ...state, problem: 'Nothing to confirm: this item has no answer yet.', notice: undefined };
      return applyPatch(state, id, { confirmed_at: action.now.toISOString() }, 'Confirmed: still true.');
    }
    case 'undo':
      return undo(state);
    case 'changes-taken':
      return { ...state, changes: state.changes.slice(action.count) };
    case 'dismiss':
      return { ...state, problem: undefined, notice: undefined, cue: undefined };
  }
}
