/**
 * Scores: done = full weight, partial = half, todo/unanswered = 0, not applicable left out.
 * Coverage = answered / applicable. Pure functions over applicable items.
 */
import type { Status } from './answer.js';
import type { ChecklistSet, ItemRef } from './checklist-set.js';
import { effectiveAnswer, isOverdue, statusOf, type Answers } from './answers.js';

const CREDIT: Record<Status, number> = { done: 1, partial: 0.5, todo: 0, na: 0 };

export interface Counts {
  done: number;
  partial: number;
  todo: number;
  na: number;
  unanswered: number;
  overdue: number;
}

export interface Score {
  /** Items that apply. */
  applicable: number;
  /** Items with any status (including n/a). */
  answered: number;
  /** answered / applicable, 0..1 (1 when nothing applies). */
  coverage: number;
  /** Weighted points earned / possible, 0..1 (null when every item is n/a or nothing applies). */
  score: number | null;
  earned: number;
  possible: number;
  counts: Counts;
}

export interface SectionScore extends Score {
  checklistId: string;
  sectionId: string;
  title: string;
}

export interface ChecklistScore extends Score {
  checklistId: string;
  title: string;
  sections: SectionScore[];
}

export interface WorkbookScore extends Score {
  checklists: ChecklistScore[];
}

function emptyCounts(): Counts {
  return { done: 0, partial: 0, todo: 0, na: 0, unanswered: 0, overdue: 0 };
}

/** Score of any group of applicable items. */
export function scoreItems(set: ChecklistSet, answers: Answers, items: readonly ItemRef[], today: string): Score {
  const counts = emptyCounts();
  let earned = 0;
  let possible = 0;
  for (const ref of items) {
    const answer = effectiveAnswer(set, answers, ref.item.id)?.answer;
    const status = statusOf(answer);
    if (isOverdue(answer, today)) counts.overdue++;
    if (!status) {
      counts.unanswered++;
      possible += ref.item.weight;
      continue;
    }
    counts[status]++;
    if (status === 'na') continue;
    possible += ref.item.weight;
    earned += ref.item.weight * CREDIT[status];
  }
  const answered = items.length - counts.unanswered;
  return {
    applicable: items.length,
    answered,
    coverage: items.length === 0 ? 1 : answered / items.length,
    score: possible === 0 ? null : earned / possible,
    earned,
    possible,
    counts,
  };
}

/** Per section, per checklist and overall, in checklist order. */
export function scoreWorkbook(set: ChecklistSet, answers: Answers, applicable: readonly ItemRef[], today: string): WorkbookScore {
  const checklists: ChecklistScore[] = [];
  for (const { checklist } of set.checklists) {
    const inChecklist = applicable.filter((r) => r.checklist === checklist);
    if (inChecklist.length === 0) continue;
    const sections: SectionScore[] = [];
    for (const section of checklist.sections) {
      const inSection = inChecklist.filter((r) => r.section === section);
      if (inSection.length === 0) continue;
      sections.push({ checklistId: checklist.id, sectionId: section.id, title: section.title, ...scoreItems(set, answers, inSection, today) });
    }
    checklists.push({ checklistId: checklist.id, title: checklist.title, sections, ...scoreItems(set, answers, inChecklist, today) });
  }
  return { checklists, ...scoreItems(set, answers, applicable, today) };
}
