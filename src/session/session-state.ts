/**
 * The guided session as a pure state machine: which items the session walks (applicable
 * items in checklist → section → item order, optionally narrowed to a focus list), where
 * the cursor is, the answers as they stand, and an undo stack. No React, no IO: actions
 * that change an answer record a `Change` the front end hands to its save function.
 */
import type { Answer } from '../domain/answer.js';
import { applicableItems } from '../domain/applicability.js';
import { currentAnswers, type Answers } from '../domain/answers.js';
import type { ChecklistSet, ItemRef } from '../domain/checklist-set.js';
import { scopeFacts } from '../domain/frameworks.js';
import type { Workbook } from '../domain/workbook-schema.js';

/** One edit to persist: merge `patch` into an answer, or (`patch: null`) remove it. */
export interface Change {
  itemId: string;
  patch: Partial<Answer> | null;
}

export interface UndoEntry {
  itemId: string;
  /** The item's own answer before the change (undefined: it had none). */
  before: Answer | undefined;
  /** Cursor position to return to. */
  cursor: number;
}

export interface SessionState {
  set: ChecklistSet;
  /** Items the session walks, in order. */
  items: readonly ItemRef[];
  /** Item id → index in `items`. */
  index: ReadonlyMap<string, number>;
  /** Answers keyed by current item ids (previous ids already mapped). */
  answers: Answers;
  cursor: number;
  undo: readonly UndoEntry[];
  /** Changes made since the front end last took them (see `takeChanges`). */
  changes: readonly Change[];
  /** Last validation problem, for the front end to show; cleared by the next action. */
  problem?: string;
  /** Last informational message ("Undid …"). */
  notice?: string;
  /** YYYY-MM-DD used for overdue counts. */
  today: string;
  /** The walk: after a status key or a saved answer, move on to the next item that needs the team. */
  autoAdvance: boolean;
  /** Items the open review asks the team to look at again (`run --review`). */
  review?: ReadonlySet<string>;
  /** Items answered or confirmed in this session (a review item is then settled). */
  touched: ReadonlySet<string>;
  /** What the last walk step saved and where it went (shown as a one-line cue). */
  cue?: WalkCue;
}

/** The walk's cue after an answer: what was saved, what comes next, a finished section's counts. */
export interface WalkCue {
  /** The item that was answered. */
  itemId: string;
  /** The answer in words ("✓ done", "Amazon SES"). */
  saved: string;
  /** The item the walk moved to (undefined: nothing left that needs the team). */
  next?: string;
  /** Set when the answer finished a section (the walk left it, or nothing is left). */
  section?: { title: string; done: number; partial: number; todo: number; open: number; na: number };
}

export interface CreateSessionOptions {
  set: ChecklistSet;
  workbook: Workbook;
  today: string;
  /** Only walk these item ids (in checklist order); unknown ids are reported by `unknownFocusIds`. */
  focus?: readonly string[];
  /** Where the person's last session stopped (their UI state, kept outside the workbook). */
  lastItem?: string;
  /** Auto-advance (the person's setting; default on). */
  autoAdvance?: boolean;
  /** Item ids the open review marks (they need the team even when answered). */
  review?: readonly string[];
}

function resolveId(set: ChecklistSet, id: string): string | undefined {
  if (set.items.has(id)) return id;
  return set.renamed.get(id);
}

/** Focus ids that are not items of the set (for a clear error before the session starts). */
export function unknownFocusIds(set: ChecklistSet, focus: readonly string[]): string[] {
  return focus.filter((id) => resolveId(set, id) === undefined);
}

/**
 * The initial state. Without a focus list the session walks the applicable items; with
 * one it walks exactly those items (even ones the scope rules out, since someone asked).
 * The cursor starts at `lastItem` (or, from older versions, the workbook's
 * `session.last_item`, read but no longer written) when it is still in the walk.
 */
export function createSession(options: CreateSessionOptions): SessionState {
  const { set, workbook } = options;
  let items: ItemRef[];
  if (options.focus) {
    const wanted = new Set(options.focus.map((id) => resolveId(set, id)).filter((id): id is string => id !== undefined));
    items = [...set.items.values()].filter((ref) => wanted.has(ref.item.id));
  } else {
    items = applicableItems(set, scopeFacts(workbook.scope));
  }
  const index = new Map(items.map((ref, i) => [ref.item.id, i]));
  const last = options.lastItem ?? workbook.session?.last_item;
  const resumeAt = last ? index.get(resolveId(set, last) ?? '') : undefined;
  return {
    set,
    items,
    index,
    answers: currentAnswers(set, workbook.answers as Answers),
    cursor: resumeAt ?? 0,
    undo: [],
    changes: [],
    today: options.today,
    autoAdvance: options.autoAdvance ?? true,
    ...(options.review ? { review: new Set(options.review.map((id) => resolveId(set, id) ?? id)) } : {}),
    touched: new Set(),
  };
}

/** The item under the cursor (undefined only when the walk is empty). */
export function currentItem(state: SessionState): ItemRef | undefined {
  return state.items[state.cursor];
}
