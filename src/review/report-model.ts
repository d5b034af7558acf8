/** Everything the Audit Review Report shows, computed from loaded data. Pure. */
import { effectiveAnswer, isOverdue } from '../domain/answers.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { Workbook } from '../domain/workbook-schema.js';
import type { ReviewDiff } from './diff.js';
import type { Review } from './review-schema.js';
import { applicableState } from './snapshot.js';

export interface TrendPoint {
  period: string;
  /** Percent, or null when nothing scoreable applied. */
  score: number | null;
}

export interface OverdueAction {
  id: string;
  question: string;
  owner?: string;
  due: string;
}

export interface ReportModel {
  organisation: string;
  period: string;
  started_at: string;
  closed_at?: string;
  reviewers: string[];
  sign_off?: string;
  score: number | null;
  trend: TrendPoint[];
  diff: ReviewDiff;
  overdue: OverdueAction[];
  unconfirmed: { id: string; question?: string }[];
  /** Items marked for re-confirmation at the start, by reason. */
  marked: { stale: number; overdue: number; new: number };
}

export interface ReportInput {
  set: ChecklistSet;
  workbook: Workbook;
  /** The review the report is for (usually just closed). */
  review: Review;
  /** Every review, oldest first (the trend). */
  reviews: readonly Review[];
  /** Since the previous review (or since this review started, for the first one). */
  diff: ReviewDiff;
  now: Date;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { set, workbook, review } = input;
  const today = input.now.toISOString().slice(0, 10);
  const { items, answers } = applicableState(set, workbook);
  const overdue: OverdueAction[] = [];
  for (const ref of items) {
    const answer = effectiveAnswer(set, answers, ref.item.id)?.answer;
    if (answer?.due && isOverdue(answer, today)) {
      overdue.push({ id: ref.item.id, question: ref.item.question, ...(answer.owner ? { owner: answer.owner } : {}), due: answer.due });
    }
  }
  overdue.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const marked = { stale: 0, overdue: 0, new: 0 };
  for (const r of Object.values(review.reconfirm)) for (const reason of r.reasons) marked[reason]++;
  const trend = input.reviews.some((r) => r.period === review.period) ? input.reviews : [...input.reviews, review];
  return {
    organisation: workbook.organisation.name,
    period: review.period,
    started_at: review.started_at,
    ...(review.closed_at ? { closed_at: review.closed_at } : {}),
    reviewers: review.reviewers ?? [],
    ...(review.sign_off ? { sign_off: review.sign_off } : {}),
    score: review.scores.overall.score,
    trend: trend.map((r) => ({ period: r.period, score: (r.period === review.period ? review : r).scores.overall.score })),
    diff: input.diff,
    overdue,
    unconfirmed: (review.unconfirmed_at_close ?? []).map((id) => ({ id, ...(set.items.get(id) ? { question: set.items.get(id)!.item.question } : {}) })),
    marked,
  };
}
