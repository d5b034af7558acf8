/**
 * Approval is a recorded act: `secbook review approve` writes who, in what role and when.
 * Documents say "Approved by" only from such a record, never from the workbook's named
 * approver.
 */
import { approvalText } from './review-document.js';
import { loadReviews } from './review-store.js';

/** "Dana Lee (CISO), 2027-01-20" for the newest approved review beside the workbook, else null. */
export async function latestApproval(dir: string, cwd: string): Promise<string | null> {
  const approved = (await loadReviews(dir, cwd)).filter((r) => r.review.approval).sort((a, b) => a.review.approval!.at.localeCompare(b.review.approval!.at));
  return approvalText(approved.at(-1)?.review.approval);
}
