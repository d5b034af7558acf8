/** The review file (`reviews/<period>.yaml`): a snapshot of the workbook plus review bookkeeping. */
import { z } from 'zod';
import { REVIEW_KINDS } from '../domain/review-interval.js';
import { answerSchema } from '../domain/workbook-schema.js';

export const REVIEW_FORMAT = 1;
export const REASONS = ['stale', 'overdue', 'new'] as const;
export type Reason = (typeof REASONS)[number];

const timestamp = z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.iso.datetime({ offset: true }));

export const scoreEntrySchema = z.strictObject({
  title: z.string(),
  checklist: z.string().optional(),
  /** Percent, one decimal; null when nothing scoreable applies. */
  score: z.number().nullable(),
  /** Percent of applicable items answered. */
  coverage: z.number(),
  applicable: z.number().int(),
  answered: z.number().int(),
  gaps: z.number().int(),
  overdue: z.number().int(),
});

export const scoresSchema = z.strictObject({
  overall: scoreEntrySchema,
  sections: z.record(z.string(), scoreEntrySchema).default({}),
});

export const reconfirmSchema = z.strictObject({
  question: z.string().optional(),
  reasons: z.array(z.enum(REASONS)).min(1),
  /** The reasons in words ("last confirmed 2026-09-01, 92 days ago; DNS evidence is re-confirmed every 30 days"). */
  why: z.string().optional(),
  /** The item's review kind and the interval that applied when the review started. */
  kind: z.enum(REVIEW_KINDS).optional(),
  interval_days: z.number().int().positive().optional(),
  /** When the answer was last confirmed (or changed) before the review started. */
  last_confirmed: timestamp.optional(),
  owner: z.string().optional(),
  due: z.string().optional(),
});

export const reviewSchema = z.strictObject({
  format: z.literal(REVIEW_FORMAT),
  period: z.string(),
  status: z.enum(['open', 'closed']),
  started_at: timestamp,
  started_by: z.string().optional(),
  /** The `control` interval when the review started (other kinds: see each marked item). */
  interval_days: z.number().int().positive(),
  /** The review before this one, whose snapshot decided which items are new. */
  previous: z.string().optional(),
  /** Scores as snapshotted (at start; refreshed at close). */
  scores: scoresSchema,
  /** Scores when the review started (kept when the snapshot is refreshed at close). */
  opening_scores: scoresSchema.optional(),
  /** Applicable items and answers when the review started (kept at close: the change log's "before"). */
  opening_items: z.array(z.string()).optional(),
  opening_answers: z.record(z.string(), answerSchema).optional(),
  /** Applicable item ids at snapshot time (how later reviews spot new items). */
  items: z.array(z.string()).default([]),
  /** The answers as they were at snapshot time. */
  answers: z.record(z.string(), answerSchema).default({}),
  /** Items marked for re-confirmation when the review started. */
  reconfirm: z.record(z.string(), reconfirmSchema).default({}),
  closed_at: timestamp.optional(),
  reviewers: z.array(z.string()).optional(),
  sign_off: z.string().optional(),
  /** Items still unconfirmed when the review was closed (with --force). */
  unconfirmed_at_close: z.array(z.string()).optional(),
  /** The workbook the close snapshot was taken from: SHA-256 and git commit (null outside git). */
  workbook: z.strictObject({ sha256: z.string().nullable(), commit: z.string().nullable() }).optional(),
  /** An explicit approval recorded after close (`secbook review approve`). */
  approval: z
    .strictObject({ by: z.string().min(1), role: z.string().min(1), at: timestamp, note: z.string().optional() })
    .optional(),
  /** The rendered review report, relative to the workbook folder. */
  report: z.array(z.string()).optional(),
});

export type Review = z.output<typeof reviewSchema>;
export type Scores = z.output<typeof scoresSchema>;
export type ScoreEntry = z.output<typeof scoreEntrySchema>;
export type Reconfirm = z.output<typeof reconfirmSchema>;
