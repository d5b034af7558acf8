/**
 * The session reducer: every user intent is an action; the result is a new state. Answer
 * edits are typed (domain/answer-edit.ts), checked with the same rules as `secbook answer`,
 * and appended to `state.changes` for the front end to save. Problems are worded for a
 * person in a session (no flags).
 */
import type { Answer, Status } from '../domain/answer.js';
import { applyEdits, type AnswerEdit } from '../domain/answer-edit.js';
import { problemsText } from './answer-problem-text.js';
import type { Change, SessionState, UndoEntry } from './session-state.js';
import { nextUnanswered } from './session-queries.js';

export type SessionAction =
  | { type: 'move'; by: number }
  | { type: 'go'; index: number }
  | { type: 'goto'; itemId: string }
  | { type: 'next-unanswered' }
  /** Typed answer edits (checked here). Acts on the current item unless `itemId`. */
  | { type: 'answer'; edits: AnswerEdit[]; now: Date; by?: string; itemId?: string }
  | { type: 'set-status'; status: Status; now: Date; by?: string; itemId?: string }
  | { type: 'add-evidence'; text: string; now: Date; by?: string; itemId?: string }
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
    problem: undefined,
    notice,
  };
}

function edit(state: SessionState, itemId: string | undefined, edits: AnswerEdit[], options: { now: Date; by?: string; confirm?: boolean }): SessionState {
  const ref = itemId ? state.set.items.get(itemId) : undefined;
  if (!itemId || !ref) return itemId ? { ...state, problem: `"${itemId}" is not in this session.` } : state;
  const result = applyEdits(ref.item, state.answers[itemId], edits, options);
  if (!result.ok) return { ...state, problem: problemsText(result.problems), notice: undefined };
  return applyPatch(state, itemId, result.patch);
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
    notice: `Undid the last change to ${entry.itemId}.`,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'move':
      return { ...state, cursor: clamp(state, state.cursor + action.by), problem: undefined, notice: undefined };
    case 'go':
      return { ...state, cursor: clamp(state, action.index), problem: undefined, notice: undefined };
    case 'goto': {
      const index = state.index.get(action.itemId);
      return index === undefined ? { ...state, problem: `"${action.itemId}" is not in this session.` } : { ...state, cursor: index, problem: undefined, notice: undefined };
    }
    case 'next-unanswered': {
      const index = nextUnanswered(state);
      return index === undefined
        ? { ...state, notice: 'Every item has an answer.', problem: undefined }
        : { ...state, cursor: index, problem: undefined, notice: undefined };
    }
    case 'answer':
      return edit(state, targetId(state, action.itemId), action.edits, { now: action.now, by: action.by });
    case 'set-status':
      return edit(state, targetId(state, action.itemId), [{ kind: 'status', status: action.status }], { now: action.now, by: action.by });
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
      return { ...state, problem: undefined, notice: undefined };
  }
}
