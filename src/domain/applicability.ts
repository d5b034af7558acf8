/** Which items apply to a workbook, given its scope. Pure. */
import type { ChecklistSet, ItemRef } from './checklist-set.js';
import { evaluateCondition, type ScopeFacts } from './condition.js';

/** True when the item's checklist, section and item conditions all hold. */
export function itemApplies(ref: ItemRef, facts: ScopeFacts): boolean {
  return (
    evaluateCondition(ref.checklist.when, facts) &&
    evaluateCondition(ref.section.when, facts) &&
    evaluateCondition(ref.item.when, facts)
  );
}

/** Applicable items in checklist / section / item order. */
export function applicableItems(set: ChecklistSet, facts: ScopeFacts): ItemRef[] {
  return [...set.items.values()].filter((ref) => itemApplies(ref, facts));
}
