/** Read-only questions about a session: status, progress, score, next unanswered, search, gaps. */
import type { Status } from '../domain/answer.js';
import { effectiveAnswer, statusOf, type EffectiveAnswer } from '../domain/answers.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { scoreItems, scoreWorkbook, type Score, type WorkbookScore } from '../domain/scoring.js';
import type { SessionState } from './session-state.js';

/** The answer that counts for an item (its own, or a linked item's with `via`). */
export function answerFor(state: SessionState, itemId: string): EffectiveAnswer | undefined {
  return effectiveAnswer(state.set, state.answers, itemId);
}

/** The item's status, following links; undefined = unanswered. */
export function statusFor(state: SessionState, itemId: string): Status | undefined {
  return statusOf(answerFor(state, itemId)?.answer);
}

/** Score and counts over the whole walk, per checklist and section. */
export function sessionScore(state: SessionState): WorkbookScore {
  return scoreWorkbook(state.set, state.answers, state.items, state.today);
}

/** Score of any subset of the walk (e.g. one section). */
export function scoreOf(state: SessionState, items: readonly ItemRef[]): Score {
  return scoreItems(state.set, state.answers, items, state.today);
}

/**
 * Index of the next unanswered item after `from` (wrapping round), or undefined when
 * every item in the walk has an answer.
 */
export function nextUnanswered(state: SessionState, from = state.cursor): number | undefined {
  const n = state.items.length;
  for (let step = 1; step <= n; step++) {
    const i = (from + step) % n;
    const ref = state.items[i];
    if (ref && !statusFor(state, ref.item.id)) return i;
  }
  return undefined;
}

/** Whether an item still needs the team: unanswered, or marked by the open review and not yet looked at. */
export function needsTeam(state: SessionState, itemId: string): boolean {
  if (!statusFor(state, itemId)) return true;
  return state.review?.has(itemId) === true && !state.touched.has(itemId);
}

/**
 * The walk's next stop: the first item after `from` (in checklist order, wrapping round to
 * the top) that still needs the team; undefined when none does. Pass `from = index - 1` to
 * include `index` itself.
 */
export function nextNeeding(state: SessionState, from = state.cursor): number | undefined {
  const n = state.items.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + step) % n) + n) % n;
    const ref = state.items[i];
    if (ref && needsTeam(state, ref.item.id)) return i;
  }
  return undefined;
}

export interface SearchHit {
  index: number;
  ref: ItemRef;
}

/**
 * Items matching a query: an exact id first, then ids starting with it, then every item
 * whose id, question, refs or tags contain all the words of the query (case-insensitive).
 */
export function searchItems(state: SessionState, query: string, limit = 50): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const words = q.split(/\s+/);
  const ranked: { hit: SearchHit; rank: number }[] = [];
  state.items.forEach((ref, index) => {
    const id = ref.item.id;
    let rank: number;
    if (id === q) rank = 0;
    else if (id.startsWith(q)) rank = 1;
    else {
      const hay = `${id} ${ref.item.question} ${ref.item.refs.join(' ')} ${(ref.item.tags ?? []).join(' ')}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return;
      rank = 2;
    }
    ranked.push({ hit: { index, ref }, rank });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.hit.index - b.hit.index)
    .slice(0, limit)
    .map((r) => r.hit);
}

export interface Gap {
  ref: ItemRef;
  status: Status | undefined;
  /** Points missing: weight for todo/unanswered, half the weight for partial. */
  missing: number;
}

/** The biggest gaps by weight (most points missing first, then walk order). */
export function biggestGaps(state: SessionState, limit = 10): Gap[] {
  const gaps: Gap[] = [];
  for (const ref of state.items) {
    const status = statusFor(state, ref.item.id);
    if (status === 'done' || status === 'na') continue;
    gaps.push({ ref, status, missing: status === 'partial' ? ref.item.weight / 2 : ref.item.weight });
  }
  return gaps.sort((a, b) => b.missing - a.missing).slice(0, limit);
}
