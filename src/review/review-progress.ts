/** `secbook review status` and `secbook review confirm`: what is left, and ticking items off. */
import { findItem } from '../domain/answer-patch.js';
import { statusOf } from '../domain/answers.js';
import { SecbookError } from '../errors.js';
import { pendingItems } from './attention.js';
import type { ReviewContext } from './project-input.js';
import type { Reconfirm, Review } from './review-schema.js';
import { loadReviews, openReview, type LoadedReview } from './review-store.js';

export interface PendingItem extends Reconfirm {
  id: string;
}

export interface ReviewProgress {
  period: string;
  file: string;
  status: Review['status'];
  started_at: string;
  marked: number;
  pending: PendingItem[];
}

/** The open review, or a clear error saying how to start one. */
export async function requireOpenReview(ctx: ReviewContext): Promise<LoadedReview> {
  const reviews = await loadReviews(ctx.project.dir, ctx.cwd);
  const open = openReview(reviews);
  if (!open) {
    const last = reviews.at(-1);
    throw new SecbookError('no review is open', {
      hint: last ? `The last one (${last.period}) is closed. Start the next: \`secbook review start\`.` : 'Start one: `secbook review start`.',
    });
  }
  return open;
}

export function progressOf(ctx: ReviewContext, loaded: LoadedReview): ReviewProgress {
  const { review } = loaded;
  const pending = review.status === 'open' ? pendingItems(ctx.project.checklists, ctx.project.workbook.data, review) : review.unconfirmed_at_close ?? [];
  return {
    period: review.period,
    file: loaded.file,
    status: review.status,
    started_at: review.started_at,
    marked: Object.keys(review.reconfirm).length,
    pending: pending.map((id) => ({ id, ...(review.reconfirm[id] ?? { reasons: ['stale'] }) })),
  };
}

/** Progress of the open review (or of the latest review when none is open). */
export async function reviewProgress(ctx: ReviewContext): Promise<ReviewProgress> {
  const reviews = await loadReviews(ctx.project.dir, ctx.cwd);
  const loaded = openReview(reviews) ?? reviews.at(-1);
  if (!loaded) throw new SecbookError('no review yet', { hint: 'Start one: `secbook review start`.' });
  return progressOf(ctx, loaded);
}

/** Item ids of the open review still needing attention (for `secbook run --review`). */
export async function reviewFocus(ctx: ReviewContext): Promise<string[]> {
  return progressOf(ctx, await requireOpenReview(ctx)).pending.map((p) => p.id);
}

/**
 * Confirms answers unchanged: sets `confirmed_at` only. Unanswered items cannot be
 * confirmed (there is nothing to confirm) — they need `secbook answer` or `secbook run`.
 */
export async function confirmItems(ctx: ReviewContext, ids: string[], by?: string): Promise<string[]> {
  const { workbook, checklists } = ctx.project;
  const confirmed: string[] = [];
  for (const raw of ids) {
    const id = findItem(checklists, raw).item.id;
    const answer = workbook.data.answers[id];
    if (!answer || !statusOf(answer)) {
      throw new SecbookError(`${id} has no answer to confirm`, {
        hint: `Answer it first: \`secbook answer ${id} --status …\` (answering also confirms it). Nothing was saved.`,
      });
    }
    workbook.setAnswer(id, { confirmed_at: ctx.now.toISOString(), ...(by ? { confirmed_by: by } : {}) });
    confirmed.push(id);
  }
  await workbook.save();
  return confirmed;
}
