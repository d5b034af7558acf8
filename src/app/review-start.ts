/** `secbook review start`: snapshot the workbook and mark what needs re-confirming. */
import { SecbookError } from '../errors.js';
import { displayName } from '../storage/project.js';
import { intervalSettings, itemsToReconfirm } from '../review/attention.js';
import { DEFAULT_INTERVALS } from '../domain/review-interval.js';
import { checkPeriod, currentQuarter } from '../review/period.js';
import type { ReviewContext } from '../review/project-input.js';
import { REVIEW_FORMAT, type Review } from '../review/review-schema.js';
import { loadReviews, openReview, reviewPath, writeReview } from '../review/review-store.js';
import { takeSnapshot } from '../review/snapshot.js';

export interface StartReviewOptions {
  /** Default: the quarter `now` falls in. */
  period?: string;
  by?: string;
}

export interface StartedReview {
  review: Review;
  file: string;
}

export async function startReview(ctx: ReviewContext, options: StartReviewOptions = {}): Promise<StartedReview> {
  const { project, now } = ctx;
  const period = checkPeriod(options.period ?? currentQuarter(now));
  const reviews = await loadReviews(project.dir, ctx.cwd);
  const same = reviews.find((r) => r.period === period);
  if (same) {
    throw new SecbookError(`the ${period} review was already ${same.review.status === 'open' ? 'started' : 'closed'} (${same.file})`, {
      hint: same.review.status === 'open'
        ? 'Carry on with `secbook review status` and `secbook run --review`, then `secbook review close`.'
        : 'Start a review for another period: `secbook review start --period <label>`.',
    });
  }
  const open = openReview(reviews);
  if (open) {
    throw new SecbookError(`the ${open.period} review is still open (${open.file})`, {
      hint: 'Close it first with `secbook review close` (add --force to close it with items unconfirmed).',
    });
  }
  const previous = reviews.at(-1);
  const data = project.workbook.data;
  const settings = intervalSettings(data);
  const days = settings.intervals?.control ?? settings.interval_days ?? DEFAULT_INTERVALS.control;
  const snapshot = takeSnapshot(project.checklists, data, now, period);
  const review: Review = {
    format: REVIEW_FORMAT,
    period,
    status: 'open',
    started_at: now.toISOString(),
    ...(options.by ? { started_by: options.by } : {}),
    interval_days: days,
    ...(previous ? { previous: previous.period } : {}),
    scores: snapshot.scores,
    items: snapshot.items,
    answers: snapshot.answers as Review['answers'],
    reconfirm: itemsToReconfirm(project.checklists, data, { now, settings, previousItems: previous?.review.items }),
  };
  const path = reviewPath(project.dir, period);
  const file = displayName(ctx.cwd, path);
  await writeReview(path, file, review, { create: true });
  return { review, file };
}
