/** `secbook review close`: record who signed off, refresh the snapshot, mark it closed. */
import { SecbookError } from '../errors.js';
import { workbookIdentity } from '../storage/workbook-identity.js';
import { pendingItems } from './attention.js';
import type { ReviewContext } from './project-input.js';
import type { Review } from './review-schema.js';
import { writeReview } from './review-store.js';
import { requireOpenReview } from './review-progress.js';
import { takeSnapshot } from './snapshot.js';

export interface CloseReviewOptions {
  reviewers: string[];
  signOff?: string;
  /** Close even though items are still unconfirmed (they are listed in the file and report). */
  force?: boolean;
}

export interface ClosedReview {
  review: Review;
  path: string;
  file: string;
  unconfirmed: string[];
}

export async function closeReview(ctx: ReviewContext, options: CloseReviewOptions): Promise<ClosedReview> {
  const loaded = await requireOpenReview(ctx);
  const { project, now } = ctx;
  if (options.reviewers.length === 0) {
    throw new SecbookError('a review needs at least one reviewer to close', { hint: 'Add --reviewer "Name (role)" (repeatable).' });
  }
  const unconfirmed = pendingItems(project.checklists, project.workbook.data, loaded.review);
  if (unconfirmed.length > 0 && !options.force) {
    throw new SecbookError(`${unconfirmed.length} item${unconfirmed.length === 1 ? '' : 's'} of the ${loaded.period} review ${unconfirmed.length === 1 ? 'needs' : 'need'} re-confirming`, {
      details: unconfirmed.slice(0, 20).concat(unconfirmed.length > 20 ? [`… and ${unconfirmed.length - 20} more`] : []),
      hint: 'Go through them with `secbook run --review` (or `secbook review confirm <id…>`), or close anyway with --force (they are listed in the report).',
    });
  }
  const snapshot = takeSnapshot(project.checklists, project.workbook.data, now, loaded.period);
  const review: Review = {
    ...loaded.review,
    status: 'closed',
    closed_at: now.toISOString(),
    reviewers: options.reviewers,
    ...(options.signOff ? { sign_off: options.signOff } : {}),
    ...(unconfirmed.length > 0 ? { unconfirmed_at_close: unconfirmed } : {}),
    workbook: await workbookIdentity(project.workbook.path),
    opening_scores: loaded.review.scores,
    opening_items: loaded.review.items,
    opening_answers: loaded.review.answers,
    scores: snapshot.scores,
    items: snapshot.items,
    answers: snapshot.answers as Review['answers'],
  };
  await writeReview(loaded.path, loaded.file, review);
  return { review, path: loaded.path, file: loaded.file, unconfirmed };
}
