/**
 * Which items a review asks the team to look at again: answers not confirmed within the
 * interval their kind of evidence needs, overdue actions, items added since the last
 * review; and which of those are still waiting. Pure.
 */
import type { Answer, EvidenceEntry } from '../domain/answer.js';
import { isOverdue, statusOf } from '../domain/answers.js';
import type { ChecklistSet, ItemRef } from '../domain/checklist-set.js';
import { intervalFor, KIND_LABELS, type IntervalSettings, type ItemInterval } from '../domain/review-interval.js';
import type { Workbook } from '../domain/workbook-schema.js';
import type { Reason, Reconfirm, Review } from './review-schema.js';
import { applicableState } from './snapshot.js';

export { DEFAULT_INTERVALS } from '../domain/review-interval.js';
const DAY = 86_400_000;

/** Evidence sources written by secbook itself from live checks, not by a person. */
export const MACHINE_SOURCES: readonly string[] = ['scan', 'reports'];

/** The workbook's interval settings (`review.intervals`, `review.interval_days`). */
export const intervalSettings = (workbook: Workbook): IntervalSettings => workbook.review ?? {};

/** The newest machine-gathered evidence entry that passed, if any. */
function latestMachinePass(answer: Answer | undefined): (EvidenceEntry & { date: string }) | undefined {
  let best: (EvidenceEntry & { date: string }) | undefined;
  for (const e of answer?.evidence ?? []) {
    if (typeof e === 'string' || !e.date || !e.source || !MACHINE_SOURCES.includes(e.source) || e.verdict !== 'pass') continue;
    if (!best || e.date > best.date) best = { ...e, date: e.date };
  }
  return best;
}

/** The last time a person confirmed (or changed) the answer, as an ISO timestamp. */
export const lastConfirmed = (answer: Answer | undefined): string | undefined => answer?.confirmed_at ?? answer?.updated_at;

export interface Freshness {
  /** ISO date or timestamp of the last confirmation, by a person or by a passing re-check. */
  at?: string;
  /** `secbook scan` / `secbook reports` when a machine re-check is the newest confirmation. */
  by?: string;
}

/**
 * When the answer was last known to be true: a person's confirmation or change, or a newer
 * passing re-check by `scan --apply` / report imports on an answer marked done (machine
 * evidence refreshes itself each time it is re-run).
 */
export function freshness(answer: Answer | undefined): Freshness {
  const person = lastConfirmed(answer);
  const machine = answer?.status === 'done' ? latestMachinePass(answer) : undefined;
  if (machine && (!person || machine.date > person.slice(0, 10))) return { at: machine.date, by: `secbook ${machine.source}` };
  return person ? { at: person, ...(answer?.confirmed_by ? { by: answer.confirmed_by } : {}) } : {};
}

const ageDays = (now: Date, at: string): number => Math.floor((now.getTime() - new Date(at).getTime()) / DAY);

/** True when the answer was last confirmed more than `days` days before `now` (or never). */
export function isStale(answer: Answer, now: Date, days: number): boolean {
  const { at } = freshness(answer);
  if (!at) return true;
  return now.getTime() - new Date(at).getTime() > days * DAY;
}

export interface StaleAnswer {
  id: string;
  lastConfirmed?: string;
  /** Whole days since the last confirmation (undefined when never confirmed). */
  age?: number;
  /** The interval the item's kind of evidence needs. */
  interval: ItemInterval;
}

/**
 * Applicable items with their own answer older than their interval. `days` overrides every
 * item's interval (`secbook check --max-stale-days`).
 */
export function staleAnswers(set: ChecklistSet, workbook: Workbook, now: Date, days?: number): StaleAnswer[] {
  const { items, answers } = applicableState(set, workbook);
  const settings = intervalSettings(workbook);
  const out: StaleAnswer[] = [];
  for (const ref of items) {
    const answer = answers[ref.item.id];
    const interval = days === undefined ? intervalFor(ref, settings) : { ...intervalFor(ref, settings), days, source: 'workbook' as const };
    if (!answer || !statusOf(answer) || !isStale(answer, now, interval.days)) continue;
    const { at } = freshness(answer);
    out.push({ id: ref.item.id, lastConfirmed: at, age: at ? ageDays(now, at) : undefined, interval });
  }
  return out;
}

export interface MarkOptions {
  now: Date;
  /** Interval settings of the workbook (per kind); see review-interval.ts. */
  settings: IntervalSettings;
  /** Item ids of the previous review's snapshot; without one, no item counts as new. */
  previousItems?: readonly string[];
}

/** Why one item is marked, in words a reviewer reads. */
function whyMarked(ref: ItemRef, answer: Answer | undefined, reasons: Reason[], interval: ItemInterval, now: Date): string {
  const parts: string[] = [];
  if (reasons.includes('stale')) {
    const { at, by } = freshness(answer);
    const kind = KIND_LABELS[interval.kind];
    parts.push(
      at
        ? `last confirmed ${at.slice(0, 10)}${by ? ` by ${by}` : ''}, ${ageDays(now, at)} days ago; ${kind} is re-confirmed every ${interval.days} days`
        : `never confirmed; ${kind} is re-confirmed every ${interval.days} days`,
    );
  }
  if (reasons.includes('overdue')) parts.push(`action due ${answer?.due ?? '?'}${answer?.owner ? ` (owner ${answer.owner})` : ''} is overdue`);
  if (reasons.includes('new')) parts.push(`new in the checklists since the previous review (${ref.checklist.title})`);
  return parts.join('; ');
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
    const interval = intervalFor(ref, options.settings);
    const reasons: Reason[] = [];
    if (answer && statusOf(answer) && isStale(answer, options.now, interval.days)) reasons.push('stale');
    if (isOverdue(answer, today)) reasons.push('overdue');
    if (previous && !previous.has(id)) reasons.push('new');
    if (reasons.length === 0) continue;
    const last = freshness(answer).at;
    marked[id] = {
      question: ref.item.question,
      reasons,
      why: whyMarked(ref, answer, reasons, interval, options.now),
      kind: interval.kind,
      interval_days: interval.days,
      ...(last ? { last_confirmed: last.length === 10 ? `${last}T00:00:00.000Z` : last } : {}),
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
