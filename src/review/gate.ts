/** The CI gate's rules: given the workbook, its reviews and thresholds, the reasons to fail. Pure. */
import { effectiveAnswer, statusOf } from '../domain/answers.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { Workbook } from '../domain/workbook-schema.js';
import { scanEvidence } from '../scan/scan-evidence.js';
import { staleAnswers } from './attention.js';
import { KIND_LABELS } from '../domain/review-interval.js';
import type { Review } from './review-schema.js';
import { applicableState, snapshotScores } from './snapshot.js';

export interface GateOptions {
  now: Date;
  /** Minimum overall score in percent (0–100); unchecked when undefined. */
  minScore?: number;
  /** Answers confirmed longer ago than this fail; default: the workbook's review interval. */
  maxStaleDays?: number;
  /** The last closed review must be at most this many days old; unchecked when undefined. */
  reviewWithin?: number;
  /** A drill must have finished at most this many days ago; unchecked when undefined. */
  drillWithin?: number;
  /** The newest finished drill (`drills/*.yaml`), read by the caller; null when none. */
  lastDrill?: { id: string; finished_at: string } | null;
}

export type ReasonCode = 'invalid' | 'score' | 'stale' | 'review' | 'required' | 'scan' | 'drill';

export interface GateReason {
  code: ReasonCode;
  message: string;
  /** Item ids or `file:line:col` problems behind the reason. */
  items?: string[];
}

export interface GateResult {
  ok: boolean;
  /** Percent, or null when nothing scoreable applies / the workbook is invalid. */
  score: number | null;
  answered: number;
  applicable: number;
  lastReview?: { period: string; closed_at: string; age_days: number };
  reasons: GateReason[];
}

const DAY = 86_400_000;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function evaluateGate(set: ChecklistSet, workbook: Workbook, reviews: readonly Review[], options: GateOptions): GateResult {
  const { now } = options;
  const { items, answers } = applicableState(set, workbook);
  const overall = snapshotScores(set, answers, items, now.toISOString().slice(0, 10)).overall;
  const reasons: GateReason[] = [];

  if (options.minScore !== undefined && (overall.score ?? 0) < options.minScore) {
    reasons.push({ code: 'score', message: `score ${overall.score ?? 'n/a'}% is below the target of ${options.minScore}%` });
  }

  const stale = staleAnswers(set, workbook, now, options.maxStaleDays);
  if (stale.length > 0) {
    const within = options.maxStaleDays !== undefined ? `in the last ${options.maxStaleDays} days` : 'within the interval their kind of evidence needs';
    reasons.push({
      code: 'stale',
      message: `${plural(stale.length, 'answer')} not confirmed ${within}`,
      items: stale.map((s) => `${s.id} (${s.lastConfirmed ? `last confirmed ${s.lastConfirmed.slice(0, 10)}, ${s.age} days ago` : 'never confirmed'}; ${KIND_LABELS[s.interval.kind]} every ${s.interval.days} days)`),
    });
  }

  const missing = items.filter((r) => r.item.required && !statusOf(effectiveAnswer(set, answers, r.item.id)?.answer));
  if (missing.length > 0) {
    reasons.push({
      code: 'required',
      message: `${plural(missing.length, 'required item')} open (not answered yet)`,
      items: missing.map((r) => `${r.item.id} — ${r.item.question}`),
    });
  }

  // An answer a person marked done that the latest `secbook scan --apply` found failing.
  const contradicted = items.filter((r) => scanEvidence(answers[r.item.id])?.conflict);
  if (contradicted.length > 0) {
    reasons.push({
      code: 'scan',
      message: `${plural(contradicted.length, 'answer')} marked done but the latest DNS scan failed`,
      items: contradicted.map((r) => `${r.item.id} (${scanEvidence(answers[r.item.id])?.summary ?? ''})`),
    });
  }

  const closed = reviews.filter((r) => r.status === 'closed' && r.closed_at).sort((a, b) => Date.parse(a.closed_at!) - Date.parse(b.closed_at!));
  const last = closed.at(-1);
  const lastReview = last ? { period: last.period, closed_at: last.closed_at!, age_days: Math.floor((now.getTime() - Date.parse(last.closed_at!)) / DAY) } : undefined;
  if (options.reviewWithin !== undefined) {
    if (!lastReview) {
      const open = reviews.find((r) => r.status === 'open');
      reasons.push({ code: 'review', message: open ? `no closed review yet (${open.period} is still open)` : 'no review has been closed yet' });
    } else if (lastReview.age_days > options.reviewWithin) {
      reasons.push({ code: 'review', message: `the last review (${lastReview.period}, closed ${lastReview.closed_at.slice(0, 10)}) is ${lastReview.age_days} days old; the limit is ${options.reviewWithin}` });
    }
  }

  if (options.drillWithin !== undefined) {
    const drill = options.lastDrill;
    const age = drill ? Math.floor((now.getTime() - Date.parse(drill.finished_at)) / DAY) : undefined;
    if (!drill || age === undefined) reasons.push({ code: 'drill', message: 'no tabletop drill has been finished yet (secbook drill <scenario>)' });
    else if (age > options.drillWithin) reasons.push({ code: 'drill', message: `the last drill (${drill.id}, finished ${drill.finished_at.slice(0, 10)}) is ${age} days old; the limit is ${options.drillWithin}` });
  }

  return { ok: reasons.length === 0, score: overall.score, answered: overall.answered, applicable: overall.applicable, ...(lastReview ? { lastReview } : {}), reasons };
}
