/** `secbook review diff [from] [to]`: resolve the two sides, then diff them. */
import { SecbookError } from '../errors.js';
import { diffSnapshots, type ReviewDiff } from '../review/diff.js';
import type { ReviewContext } from '../review/project-input.js';
import { lastClosedReview, loadReviews, type LoadedReview } from '../review/review-store.js';
import { reviewSnapshot, takeSnapshot, type Snapshot } from '../review/snapshot.js';

export { reviewSnapshot };


export interface DiffOptions {
  /** A period or `current`; default: the last closed review (else the latest review). */
  from?: string;
  /** A period or `current` (default). */
  to?: string;
}

export async function diffReviews(ctx: ReviewContext, options: DiffOptions = {}): Promise<ReviewDiff> {
  const reviews = await loadReviews(ctx.project.dir, ctx.cwd);
  const resolve = (label: string): Snapshot => {
    if (label === 'current') return takeSnapshot(ctx.project.checklists, ctx.project.workbook.data, ctx.now);
    const found = reviews.find((r) => r.period === label);
    if (!found) {
      throw new SecbookError(`no review "${label}"`, {
        hint: reviews.length ? `Reviews: ${reviews.map((r) => r.period).join(', ')}, or "current".` : 'There are no reviews yet: `secbook review start`.',
      });
    }
    return reviewSnapshot(found.review);
  };
  const fromLabel = options.from ?? defaultFrom(reviews);
  return diffSnapshots(ctx.project.checklists, resolve(fromLabel), resolve(options.to ?? 'current'));
}

function defaultFrom(reviews: LoadedReview[]): string {
  const base = lastClosedReview(reviews) ?? reviews.at(-1);
  if (!base) throw new SecbookError('no review to compare with', { hint: 'Start one with `secbook review start`; then `review diff` shows what changed since.' });
  return base.period;
}
