/** Everything `secbook status` shows, computed from loaded data. Pure. */
import type { ChecklistSet } from './checklist-set.js';
import { applicableItems } from './applicability.js';
import { currentAnswers } from './answers.js';
import { decideFrameworks, scopeFacts, type FrameworkDecision } from './frameworks.js';
import { scoreWorkbook, type WorkbookScore } from './scoring.js';
import type { Workbook } from './workbook-schema.js';

export interface StatusReport {
  organisation: string;
  frameworks: FrameworkDecision[];
  score: WorkbookScore;
  orphans: OrphanAnswers;
}

export interface OrphanAnswers {
  /** Answers stored under an id an item used to have: [old id, current id]. */
  renamed: [string, string][];
  /** Answers whose item exists in no loaded checklist. */
  unknown: string[];
}

/** Answers that no longer match an item (after a secbook update, or a removed team checklist). */
export function findOrphans(set: ChecklistSet, workbook: Workbook): OrphanAnswers {
  const renamed: [string, string][] = [];
  const unknown: string[] = [];
  for (const id of Object.keys(workbook.answers)) {
    if (set.items.has(id)) continue;
    const now = set.renamed.get(id);
    if (now) renamed.push([id, now]);
    else unknown.push(id);
  }
  return { renamed, unknown };
}

export function buildStatus(set: ChecklistSet, workbook: Workbook, today: string): StatusReport {
  const items = applicableItems(set, scopeFacts(workbook.scope));
  return {
    organisation: workbook.organisation.name,
    frameworks: decideFrameworks(workbook.scope),
    score: scoreWorkbook(set, currentAnswers(set, workbook.answers), items, today),
    orphans: findOrphans(set, workbook),
  };
}
