/** Reading answers: linked items, implied status, emptiness. Pure. */
import type { Answer, Status } from './answer.js';
import type { ChecklistSet } from './checklist-set.js';

export type Answers = Readonly<Record<string, Answer>>;

export interface EffectiveAnswer {
  answer: Answer;
  /** Set when the answer was given on a linked item rather than this one. */
  via?: string;
}

function hasValue(answer: Answer): boolean {
  const v = answer.value;
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/**
 * The status an answer stands for: its explicit status, or `done` when a typed item
 * (text, date, contacts…) has a value. Undefined means unanswered.
 */
export function statusOf(answer: Answer | undefined): Status | undefined {
  if (!answer) return undefined;
  if (answer.status) return answer.status;
  return hasValue(answer) ? 'done' : undefined;
}

/** This item's own answer, or else the answer of an item linked to it. */
export function effectiveAnswer(set: ChecklistSet, answers: Answers, itemId: string): EffectiveAnswer | undefined {
  const own = answers[itemId];
  if (own && statusOf(own)) return { answer: own };
  for (const other of set.links.get(itemId) ?? []) {
    const linked = answers[other];
    if (linked && statusOf(linked)) return { answer: linked, via: other };
  }
  return own ? { answer: own } : undefined;
}

/** True when the answer's due date is before `today` (YYYY-MM-DD) and it is not done. */
export function isOverdue(answer: Answer | undefined, today: string): boolean {
  if (!answer?.due) return false;
  const status = statusOf(answer);
  return status !== 'done' && status !== 'na' && answer.due < today;
}

/**
 * Answers keyed by current item ids: an answer saved under an id an item used to have
 * (`previous_ids`) is read as the current item's, unless that item has its own answer.
 */
export function currentAnswers(set: ChecklistSet, answers: Answers): Answers {
  let moved: Record<string, Answer> | undefined;
  for (const [oldId, newId] of set.renamed) {
    const old = answers[oldId];
    if (old && !answers[newId]) {
      moved ??= { ...answers };
      moved[newId] = old;
    }
  }
  return moved ?? answers;
}
