/**
 * How often an answer must be re-confirmed depends on what it rests on: a DNS record can
 * change any day, a control drifts over months, a signed policy or contract holds for a year.
 * Kinds are data (checklist items, sections and checklists name them); the workbook may
 * override any interval. Pure.
 */
import type { ItemRef } from './checklist-set.js';

export const REVIEW_KINDS = ['dns', 'control', 'policy', 'contract'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** secbook's defaults when neither the checklist nor the workbook sets an interval. */
export const DEFAULT_INTERVALS: Readonly<Record<ReviewKind, number>> = { dns: 30, control: 90, policy: 365, contract: 365 };

/** Words for a kind in "why" lines and reports. */
export const KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  dns: 'DNS evidence',
  control: 'control',
  policy: 'policy',
  contract: 'contract',
};

export interface IntervalSettings {
  /** `review.intervals` from the workbook. */
  intervals?: Partial<Record<ReviewKind, number>>;
  /** `review.interval_days` from the workbook: the `control` interval (the one interval before kinds). */
  interval_days?: number;
}

export const itemKind = (ref: ItemRef): ReviewKind => ref.item.review_kind ?? ref.section.review_kind ?? 'control';

/** Where an interval came from, for the "why" a review gives. */
export type IntervalSource = 'workbook' | 'checklist' | 'default';

export interface ItemInterval {
  kind: ReviewKind;
  days: number;
  source: IntervalSource;
}

/** The interval that applies to one item: workbook, then its checklist, then secbook's default. */
export function intervalFor(ref: ItemRef, settings: IntervalSettings | undefined): ItemInterval {
  const kind = itemKind(ref);
  const fromWorkbook = settings?.intervals?.[kind] ?? (kind === 'control' ? settings?.interval_days : undefined);
  if (fromWorkbook !== undefined) return { kind, days: fromWorkbook, source: 'workbook' };
  const fromChecklist = ref.checklist.review_intervals?.[kind];
  if (fromChecklist !== undefined) return { kind, days: fromChecklist, source: 'checklist' };
  return { kind, days: DEFAULT_INTERVALS[kind], source: 'default' };
}
