/** What changed between two snapshots (two reviews, or a review and the workbook now). Pure. */
import type { Status } from '../domain/answer.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import type { ScoreEntry } from './review-schema.js';
import { snapshotStatus, type Snapshot } from './snapshot.js';

export type ItemStatus = Status | 'unanswered';

export interface ScoreChange {
  id: string;
  title: string;
  from: number | null;
  to: number | null;
  /** Percentage points; null when either side has no score. */
  change: number | null;
}

export interface StatusChange {
  id: string;
  question?: string;
  from: ItemStatus;
  to: ItemStatus;
}

export interface FieldChange {
  id: string;
  question?: string;
  from?: string;
  to?: string;
}

export interface ItemMention {
  id: string;
  question?: string;
  status: ItemStatus;
}

export interface ReviewDiff {
  from: { label: string; at: string };
  to: { label: string; at: string };
  overall: ScoreChange;
  sections: ScoreChange[];
  statusChanges: StatusChange[];
  gapsOpened: ItemMention[];
  gapsClosed: ItemMention[];
  itemsAdded: ItemMention[];
  itemsRemoved: ItemMention[];
  ownerChanges: FieldChange[];
  dueChanges: FieldChange[];
}

const isGap = (s: ItemStatus): boolean => s === 'todo' || s === 'partial' || s === 'unanswered';
const round = (n: number): number => Math.round(n * 10) / 10;

function scoreChange(id: string, from: ScoreEntry | undefined, to: ScoreEntry | undefined): ScoreChange {
  const a = from?.score ?? null;
  const b = to?.score ?? null;
  return { id, title: to?.title ?? from?.title ?? id, from: a, to: b, change: a === null || b === null ? null : round(b - a) };
}

/**
 * Compares `from` with `to`. Statuses follow linked items through the current checklists;
 * questions come from them too (items no longer loaded show their id only).
 */
export function diffSnapshots(set: ChecklistSet, from: Snapshot, to: Snapshot): ReviewDiff {
  const question = (id: string) => set.items.get(id)?.item.question;
  const status = (snap: Snapshot, id: string): ItemStatus => snapshotStatus(set, snap.answers, id) ?? 'unanswered';
  const mention = (snap: Snapshot, id: string): ItemMention => ({ id, ...(question(id) ? { question: question(id) } : {}), status: status(snap, id) });
  const fromItems = new Set(from.items);
  const toItems = new Set(to.items);

  const sectionIds = [...Object.keys(to.scores.sections), ...Object.keys(from.scores.sections).filter((id) => !(id in to.scores.sections))];
  const diff: ReviewDiff = {
    from: { label: from.label, at: from.at },
    to: { label: to.label, at: to.at },
    overall: scoreChange('overall', from.scores.overall, to.scores.overall),
    sections: sectionIds.map((id) => scoreChange(id, from.scores.sections[id], to.scores.sections[id])),
    statusChanges: [],
    gapsOpened: [],
    gapsClosed: [],
    itemsAdded: to.items.filter((id) => !fromItems.has(id)).map((id) => mention(to, id)),
    itemsRemoved: from.items.filter((id) => !toItems.has(id)).map((id) => mention(from, id)),
    ownerChanges: [],
    dueChanges: [],
  };

  for (const id of to.items) {
    const after = status(to, id);
    const q = question(id) ? { question: question(id) } : {};
    if (!fromItems.has(id)) {
      if (isGap(after)) diff.gapsOpened.push({ id, ...q, status: after });
      continue;
    }
    const before = status(from, id);
    if (before !== after) diff.statusChanges.push({ id, ...q, from: before, to: after });
    if (isGap(after) && !isGap(before)) diff.gapsOpened.push({ id, ...q, status: after });
    if (!isGap(after) && isGap(before)) diff.gapsClosed.push({ id, ...q, status: after });
    const a = from.answers[id];
    const b = to.answers[id];
    if ((a?.owner ?? '') !== (b?.owner ?? '')) diff.ownerChanges.push({ id, ...q, from: a?.owner, to: b?.owner });
    if ((a?.due ?? '') !== (b?.due ?? '')) diff.dueChanges.push({ id, ...q, from: a?.due, to: b?.due });
  }
  return diff;
}

/** True when nothing an auditor would care about changed. */
export function isEmptyDiff(d: ReviewDiff): boolean {
  return (
    d.statusChanges.length + d.gapsOpened.length + d.gapsClosed.length + d.itemsAdded.length +
      d.itemsRemoved.length + d.ownerChanges.length + d.dueChanges.length === 0 &&
    d.sections.every((s) => !s.change) &&
    !d.overall.change
  );
}
