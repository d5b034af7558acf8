/**
 * `secbook review status|confirm`, and the project loading every review command shares.
 * Start, close and diff have their own modules (review-start.ts, review-close.ts,
 * review-diff.ts).
 */
import type { ReviewContext } from '../review/project-input.js';
import { confirmItems, reviewProgress, type ReviewProgress } from '../review/review-progress.js';
import { openProject } from '../storage/project.js';

export interface ReviewOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
  now: Date;
}

export async function openReviewContext(options: ReviewOptions): Promise<ReviewContext> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir });
  return { project, cwd: options.cwd, now: options.now };
}

export async function reviewStatus(options: ReviewOptions): Promise<ReviewProgress> {
  return reviewProgress(await openReviewContext(options));
}

export async function reviewConfirm(options: ReviewOptions & { ids: string[]; by?: string }): Promise<string[]> {
  return confirmItems(await openReviewContext(options), options.ids, options.by);
}
