/** `secbook run --review`: the open review's items still needing attention, as a focus list. */
import { SecbookError } from '../errors.js';
import { openProject } from '../storage/project.js';
import { progressOf, requireOpenReview } from './review-progress.js';

export interface ReviewFocusOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
  builtInDir?: string;
  now: Date;
}

/** Item ids of the open review not yet re-confirmed; an error when none are left. */
export async function openReviewFocus(options: ReviewFocusOptions): Promise<string[]> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir, builtInDir: options.builtInDir });
  const ctx = { project, cwd: options.cwd, now: options.now };
  const progress = progressOf(ctx, await requireOpenReview(ctx));
  if (progress.pending.length === 0) {
    throw new SecbookError(`every item of the ${progress.period} review is re-confirmed`, {
      hint: 'Close it: `secbook review close --reviewer "<name>" --sign-off "<statement>"`.',
    });
  }
  return progress.pending.map((p) => p.id);
}
