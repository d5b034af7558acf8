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
  /**
   * Who must be told of a breach, by law, for the plan's notification section: given by the
   * caller (the breach rules live with incidents, which build on this pipeline, not under it).
   */
  law?: LawRows;
  /** Incident playbooks the IR plan prints (loadPlaybooks). */
  playbooks: Playbook[];
}

export interface NotificationRow {
  framework: string;
  notify: string;
  when: string;
  deadline: string;
  citation: string;
  verify: boolean;
}

export interface LawRows {
  rows: (frameworks: FrameworkDecision[], scope: Workbook['scope']) => NotificationRow[];
  /** YYYY-MM-DD the rows were last checked. */
  verified: string;
}

export function buildContext(set: ChecklistSet, workbook: Workbook, today: string, extras: { law?: LawRows; playbooks?: Playbook[] } = {}): DocContext {
  return {
    ...(extras.law ? { law: extras.law } : {}),
    set,
    workbook,
    answers: currentAnswers(set, workbook.answers),
    applicable: applicableItems(set, scopeFacts(workbook.scope)),
    frameworks: decideFrameworks(workbook.scope),
    today,
    playbooks: extras.playbooks ?? [],
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
