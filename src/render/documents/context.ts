/** Everything a document builder reads, computed once per render. Pure data. */
import type { ChecklistSet, ItemRef } from '../../domain/checklist-set.js';
import type { Answers } from '../../domain/answers.js';
import type { FrameworkDecision } from '../../domain/frameworks.js';
import type { Playbook } from '../../domain/playbook-schema.js';
import type { Workbook } from '../../domain/workbook-schema.js';
import { applicableItems } from '../../domain/applicability.js';
import { currentAnswers } from '../../domain/answers.js';
import { decideFrameworks, scopeFacts } from '../../domain/frameworks.js';

export interface DocContext {
  set: ChecklistSet;
  workbook: Workbook;
  answers: Answers;
  /** Applicable items in checklist / section / item order. */
  applicable: ItemRef[];
  frameworks: FrameworkDecision[];
  /** YYYY-MM-DD, for overdue flags. */
  today: string;
  /** Incident playbooks the IR plan prints (loadPlaybooks). */
  playbooks: Playbook[];
}

export function buildContext(set: ChecklistSet, workbook: Workbook, today: string, playbooks: Playbook[] = []): DocContext {
  return {
    set,
    workbook,
    answers: currentAnswers(set, workbook.answers),
    applicable: applicableItems(set, scopeFacts(workbook.scope)),
    frameworks: decideFrameworks(workbook.scope),
    today,
    playbooks,
  };
}

/** Applicable items of one checklist, optionally one section. */
export function itemsOf(ctx: DocContext, checklistId: string, sectionId?: string): ItemRef[] {
  return ctx.applicable.filter((r) => r.checklist.id === checklistId && (!sectionId || r.section.id === sectionId));
}

export function itemsTagged(ctx: DocContext, tag: string): ItemRef[] {
  return ctx.applicable.filter((r) => r.item.tags?.includes(tag));
}

/** Groups items by section, keeping order. */
export function bySection(refs: readonly ItemRef[]): { title: string; id: string; checklist: string; refs: ItemRef[] }[] {
  const groups = new Map<string, { title: string; id: string; checklist: string; refs: ItemRef[] }>();
  for (const ref of refs) {
    const key = `${ref.checklist.id}/${ref.section.id}`;
    const g = groups.get(key) ?? { title: ref.section.title, id: ref.section.id, checklist: ref.checklist.title, refs: [] };
    g.refs.push(ref);
    groups.set(key, g);
  }
  return [...groups.values()];
}
