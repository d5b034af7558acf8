/**
 * Every checklist loaded for one workbook, indexed: items by id (including previous ids),
 * links in both directions, and cross-file problems (duplicate ids, links to nowhere).
 */
import type { Checklist, Item, Section } from './checklist-schema.js';

export interface ItemRef {
  checklist: Checklist;
  section: Section;
  item: Item;
  /** File the checklist came from (for messages). */
  file: string;
}

export interface LoadedChecklist {
  checklist: Checklist;
  file: string;
  /** True for checklists shipped with secbook. */
  builtIn: boolean;
}

export interface ChecklistSet {
  checklists: LoadedChecklist[];
  /** Current item ids → item. */
  items: Map<string, ItemRef>;
  /** Old id → current id, from `previous_ids`. */
  renamed: Map<string, string>;
  /** Item id → ids it is linked with, directly or through other links (symmetric, transitive). */
  links: Map<string, string[]>;
}

export interface SetProblem {
  file: string;
  /** Path inside that file. */
  path: (string | number)[];
  message: string;
}

/** Builds the index; returns problems instead of throwing so callers can locate them. */
export function buildChecklistSet(loaded: LoadedChecklist[]): { set: ChecklistSet; problems: SetProblem[] } {
  const items = new Map<string, ItemRef>();
  const renamed = new Map<string, string>();
  const links = new Map<string, string[]>();
  const problems: SetProblem[] = [];
  const checklistIds = new Map<string, string>();

  for (const { checklist, file } of loaded) {
    const other = checklistIds.get(checklist.id);
    if (other) problems.push({ file, path: ['id'], message: `checklist id "${checklist.id}" is also used by ${other}` });
    checklistIds.set(checklist.id, file);
    const sectionIds = new Set<string>();
    checklist.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) {
        problems.push({ file, path: ['sections', s, 'id'], message: `duplicate section id "${section.id}"` });
      }
      sectionIds.add(section.id);
      section.items.forEach((item, i) => {
        const seen = items.get(item.id);
        if (seen) {
          problems.push({ file, path: ['sections', s, 'items', i, 'id'], message: `duplicate item id "${item.id}" (also in ${seen.file})` });
          return;
        }
        items.set(item.id, { checklist, section, item, file });
      });
    });
  }

  for (const [id, ref] of items) {
    const { s, i } = position(ref);
    for (const old of ref.item.previous_ids ?? []) {
      if (items.has(old)) {
        problems.push({ file: ref.file, path: ['sections', s, 'items', i, 'previous_ids'], message: `previous id "${old}" is still a current item id` });
      } else if (renamed.has(old)) {
        problems.push({ file: ref.file, path: ['sections', s, 'items', i, 'previous_ids'], message: `previous id "${old}" is claimed by two items` });
      } else {
        renamed.set(old, id);
      }
    }
    for (const target of ref.item.links ?? []) {
      if (!items.has(target)) {
        problems.push({ file: ref.file, path: ['sections', s, 'items', i, 'links'], message: `links to "${target}", which is not an item in any loaded checklist` });
        continue;
      }
      if (target === id) continue;
      addLink(links, id, target);
      addLink(links, target, id);
    }
  }
  return { set: { checklists: loaded, items, renamed, links: closeLinks(links) }, problems };
}

/**
 * Links are transitive: if A↔B and B↔C, all three mean the same thing (e.g. GDPR encryption
 * at rest ↔ email encryption at rest ↔ HIPAA encryption at rest), so each lists the others.
 */
function closeLinks(direct: Map<string, string[]>): Map<string, string[]> {
  const closed = new Map<string, string[]>();
  for (const start of direct.keys()) {
    if (closed.has(start)) continue;
    const group: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (group.includes(id)) continue;
      group.push(id);
      queue.push(...(direct.get(id) ?? []));
    }
    for (const id of group) closed.set(id, group.filter((other) => other !== id));
  }
  return closed;
}

function addLink(links: Map<string, string[]>, a: string, b: string): void {
  const list = links.get(a) ?? [];
  if (!list.includes(b)) list.push(b);
  links.set(a, list);
}

function position(ref: ItemRef): { s: number; i: number } {
  const s = ref.checklist.sections.indexOf(ref.section);
  return { s, i: ref.section.items.indexOf(ref.item) };
}

/** All items of the set in checklist / section / item order. */
export function allItems(set: ChecklistSet): ItemRef[] {
  return [...set.items.values()];
}
