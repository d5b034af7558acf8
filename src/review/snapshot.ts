/** A snapshot of a workbook at one moment: applicable items, answers, scores. Pure. */
import type { Answer } from '../domain/answer.js';
import { applicableItems } from '../domain/applicability.js';
import { currentAnswers, effectiveAnswer, statusOf, type Answers } from '../domain/answers.js';
import type { ChecklistSet, ItemRef } from '../domain/checklist-set.js';
import { scopeFacts } from '../domain/frameworks.js';
import { scoreWorkbook, type Score } from '../domain/scoring.js';
import type { Workbook } from '../domain/workbook-schema.js';
import type { Review, ScoreEntry, Scores } from './review-schema.js';

export interface Snapshot {
  /** `current` or a review period. */
  label: string;
  /** ISO timestamp the snapshot stands for. */
  at: string;
  items: string[];
  answers: Answers;
  scores: Scores;
}

const pct = (f: number | null): number | null => (f === null ? null : Math.round(f * 1000) / 10);

function entry(title: string, s: Score, checklist?: string): ScoreEntry {
  return {
    title,
    ...(checklist ? { checklist } : {}),
    score: pct(s.score),
    coverage: pct(s.coverage) ?? 0,
    applicable: s.applicable,
    answered: s.answered,
    gaps: s.counts.partial + s.counts.todo + s.counts.unanswered,
    overdue: s.counts.overdue,
  };
}

/** Applicable items and answers keyed by current ids (renamed items followed). */
export function applicableState(set: ChecklistSet, workbook: Workbook): { items: ItemRef[]; answers: Answers } {
  return { items: applicableItems(set, scopeFacts(workbook.scope)), answers: currentAnswers(set, workbook.answers) };
}

/** Scores per section (keyed by section id) and overall, as percentages. */
export function snapshotScores(set: ChecklistSet, answers: Answers, items: readonly ItemRef[], today: string): Scores {
  const score = scoreWorkbook(set, answers, items, today);
  const sections: Record<string, ScoreEntry> = {};
  for (const checklist of score.checklists) {
    for (const s of checklist.sections) sections[s.sectionId] = entry(s.title, s, checklist.checklistId);
  }
  return { overall: entry('Overall', score), sections };
}

/** Snapshots the workbook as it is at `now`. Answers are copied, not shared. */
export function takeSnapshot(set: ChecklistSet, workbook: Workbook, now: Date, label = 'current'): Snapshot {
  const { items, answers } = applicableState(set, workbook);
  const copied: Record<string, Answer> = {};
  for (const id of Object.keys(workbook.answers).sort()) copied[id] = structuredClone(workbook.answers[id]!);
  return {
    label,
    at: now.toISOString(),
    items: items.map((r) => r.item.id),
    answers: copied,
    scores: snapshotScores(set, answers, items, now.toISOString().slice(0, 10)),
  };
}

/** The status an item shows in a snapshot (following links), or undefined when unanswered. */
export function snapshotStatus(set: ChecklistSet, answers: Answers, id: string) {
  return statusOf(effectiveAnswer(set, answers, id)?.answer);
}

/** A review's snapshot: as signed off when closed, as started when still open. */
export function reviewSnapshot(review: Review): Snapshot {
  return {
    label: review.period,
    at: review.closed_at ?? review.started_at,
    items: review.items,
    answers: review.answers,
    scores: review.scores,
  };
}
