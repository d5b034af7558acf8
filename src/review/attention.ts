/**
 * Which items a review asks the team to look at again: stale answers, overdue actions,
 * items added since the last review; and which of those are still waiting. Pure.
 */
import type { Answer } from '../domain/answer.js';
import { isOverdue, statusOf } from '../domain/answers.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { Workbook } from '../domain/workbook-schema.js';
import type { Reason, Reconfirm, Review } from './review-schema.js';
import { applicableState } from './snapshot.js';

export const DEFAULT_INTERVAL_DAYS = 90;
const DAY = 86_400_000;

export const intervalDays = (workbook: Workbook): number => workbook.review?.interval_days ?? DEFAULT_INTERVAL_DAYS;

/** The last time a person confirmed (or changed) the answer, as an ISO timestamp. */
export const lastConfirmed = (answer: Answer | undefined): string | undefined => answer?.confirmed_at ?? answer?.updated_at;

/** True when the answer was last confirmed more than `days` days before `now` (or never). */
export function isStale(answer: Answer, now: Date, days: number): boolean {
  const last = lastConfirmed(answer);
  if (!last) return true;
  return now.getTime() - new Date(last).getTime() > days * DAY;
}

export interface StaleAnswer {
  id: string;
  lastConfirmed?: string;
  /** Whole days since the last confirmation (undefined when never confirmed). */
  age?: number;
}

/** Applicable items with their own answer that is older than `days`. */
export function staleAnswers(set: ChecklistSet, workbook: Workbook, now: Date, days: number): StaleAnswer[] {
  const { items, answers } = applicableState(set, workbook);
  const out: StaleAnswer[] = [];
  for (const ref of items) {
    const answer = answers[ref.item.id];
    if (!answer || !statusOf(answer) || !isStale(answer, now, days)) continue;
    const last = lastConfirmed(answer);
    out.push({ id: ref.item.id, lastConfirmed: last, age: last ? Math.floor((now.getTime() - new Date(last).getTime()) / DAY) : undefined });
  }
  return out;
}

export interface MarkOptions {
  now: Date;
  intervalDays: number;
  /** Item ids of the previous review's snapshot; without one, no item counts as new. */
  previousItems?: readonly string[];
}

/** Items to re-confirm, keyed by id in checklist order, with why. */
export function itemsToReconfirm(set: ChecklistSet, workbook: Workbook, options: MarkOptions): Record<string, Reconfirm> {
  const { items, answers } = applicableState(set, workbook);
  const today = options.now.toISOString().slice(0, 10);
  const previous = options.previousItems ? new Set(options.previousItems) : undefined;
  const marked: Record<string, Reconfirm> = {};
  for (const ref of items) {
    const id = ref.item.id;
    const answer = answers[id];
    const reasons: Reason[] = [];
    if (answer && statusOf(answer) && isStale(answer, options.now, options.intervalDays)) reasons.push('stale');
    if (isOverdue(answer, today)) reasons.push('overdue');
    if (previous && !previous.has(id)) reasons.push('new');
    if (reasons.length === 0) continue;
    const last = lastConfirmed(answer);
    marked[id] = {
      question: ref.item.question,
      reasons,
      ...(last ? { last_confirmed: last } : {}),
      ...(answer?.owner ? { owner: answer.owner } : {}),
      ...(answer?.due ? { due: answer.due } : {}),
    };
  }
  return marked;
}

/**
 * Marked items not yet dealt with: an item is done once its own answer has a status and
 * was confirmed or changed after the review started. Items that no longer apply drop out.
 */
export function pendingItems(set: ChecklistSet, workbook: Workbook, review: Review): string[] {
  const { items, answers } = applicableState(set, workbook);
  const started = new Date(review.started_at).getTime();
  // In checklist order (the review file keeps them sorted by id).
  return items.map((r) => r.item.id).filter((id) => {
    if (!(id in review.reconfirm)) return false;
    const answer = answers[id];
    if (!answer || !statusOf(answer)) return true;
    const touched = [answer.confirmed_at, answer.updated_at].filter((t): t is string => Boolean(t)).map((t) => new Date(t).getTime());
    return !touched.some((t) => t >= started);
  });
}
