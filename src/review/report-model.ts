/**
 * Everything the Audit Review Report shows, computed from the review files alone (the
 * snapshots taken at start and close), so `secbook review report <period>` renders the
 * same report later, byte for byte. Pure.
 */
import type { Answer, Evidence } from '../domain/answer.js';
import { answeredByText } from '../domain/answer.js';
import { effectiveAnswer, isOverdue, statusOf, type Answers } from '../domain/answers.js';
import type { ChecklistSet } from '../domain/checklist-set.js';
import { choiceLabel } from '../domain/answer-value.js';
import { diffSnapshots, type ItemStatus, type ReviewDiff } from './diff.js';
import type { Review } from './review-schema.js';
import { reviewSnapshot, type Snapshot } from './snapshot.js';

export interface TrendPoint {
  period: string;
  /** Percent, or null when nothing scoreable applied. */
  score: number | null;
}

export interface Action {
  id: string;
  /** What to do, in the checklist's words (its policy line, else the first step of "how"). */
  action: string;
  status: ItemStatus;
  owner?: string;
  due?: string;
  overdue: boolean;
}

export interface ChangeEntry {
  id: string;
  question: string;
  from: string;
  to: string;
  by?: string;
  at?: string;
  note?: string;
  evidence: string[];
}

export interface Confirmation {
  id: string;
  question: string;
  at: string;
  by?: string;
}

export interface ReportModel {
  organisation: string;
  period: string;
  started_at: string;
  closed_at?: string;
  reviewers: string[];
  sign_off?: string;
  approval?: Review['approval'];
  score: number | null;
  /** Exact counts at close: applicable items and how many have an answer. */
  applicable: number;
  answered: number;
  /** Applicable items without a settled answer (unanswered, to-do, partial) at close. */
  open: { id: string; question: string; status: ItemStatus }[];
  trend: TrendPoint[];
  diff: ReviewDiff;
  changes: ChangeEntry[];
  confirmations: Confirmation[];
  actions: Action[];
  /** Items still unconfirmed at close; non-empty only when the close was forced. */
  unconfirmed: { id: string; question?: string }[];
  forced: boolean;
  /** Items marked for re-confirmation at the start, by reason, with why. */
  marked: { stale: number; overdue: number; new: number };
  markedWhy: { id: string; question: string; why: string }[];
}

export interface ReportInput {
  set: ChecklistSet;
  organisation: string;
  /** Every review, oldest first. */
  reviews: readonly Review[];
  /** The closed review the report is for. */
  period: string;
}

const statusWord = (s: ItemStatus): string => (s === 'na' ? 'not applicable' : s === 'todo' ? 'to do' : s);

/** A short answer in words for "old → new". */
function describe(set: ChecklistSet, answers: Answers, id: string): string {
  const status: ItemStatus = statusOf(effectiveAnswer(set, answers, id)?.answer) ?? 'unanswered';
  const own = answers[id];
  const value = own?.value;
  const extra = [own?.owner ? `owner ${own.owner}` : '', own?.due ? `due ${own.due}` : ''].filter(Boolean).join(', ');
  if (value === undefined || status === 'unanswered') return `${statusWord(status)}${extra ? ` (${extra})` : ''}`;
  // Choice and multi answers in their labels, as every document shows them.
  const item = set.items.get(id)?.item;
  const label = (v: string): string => (item ? choiceLabel(item, v) : v);
  const shown = Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? label(v) : [v.name, v.role].filter(Boolean).join(', '))).join('; ')
    : typeof value === 'string' ? label(value) : String(value);
  const text = shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
  return `${text}${extra ? ` (${extra})` : ''}`;
}

const evidenceText = (e: Evidence): string => (typeof e === 'string' ? e : e.url ? `${e.text ? `${e.text} ` : ''}${e.url}` : (e.text ?? ''));

/** The fields of an answer a reviewer cares about, to tell whether a person changed it. */
const material = (a: Answer | undefined): string =>
  JSON.stringify(a ? { s: a.status, v: a.value, n: a.note, e: a.evidence, o: a.owner, d: a.due } : null);

/** The first sentence of a text (the action a "how" guidance starts with). */
const firstSentence = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  return (m?.[1] ?? flat).replace(/`/g, '');
};

export function actionFor(set: ChecklistSet, id: string): string {
  const item = set.items.get(id)?.item;
  if (!item) return id;
  return item.policy ?? firstSentence(item.guidance.how);
}

/** The snapshot a review started from (kept at close as opening_*), else its own. */
function openingSnapshot(review: Review): Snapshot {
  return {
    label: `${review.period} start`,
    at: review.started_at,
    items: review.opening_items ?? review.items,
    answers: review.opening_answers ?? review.answers,
    scores: review.opening_scores ?? review.scores,
  };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { set } = input;
  const index = input.reviews.findIndex((r) => r.period === input.period);
  const review = input.reviews[index];
  if (!review) throw new Error(`no review ${input.period}`);
  const earlier = input.reviews.slice(0, index).filter((r) => r.status === 'closed');
  const previous = earlier.at(-1);
  const from = previous ? reviewSnapshot(previous) : openingSnapshot(review);
  const to = reviewSnapshot(review);
  const diff = diffSnapshots(set, from, to);
  const closedDay = (review.closed_at ?? review.started_at).slice(0, 10);
  const question = (id: string) => set.items.get(id)?.item.question ?? id;

  const changes: ChangeEntry[] = [];
  const confirmations: Confirmation[] = [];
  for (const id of to.items) {
    const before = from.answers[id];
    const after = to.answers[id];
    if (material(before) !== material(after)) {
      changes.push({
        id,
        question: question(id),
        from: describe(set, from.answers, id),
        to: describe(set, to.answers, id),
        ...(after?.answered_by ? { by: answeredByText(after.answered_by) } : {}),
        ...(after?.updated_at ? { at: after.updated_at } : {}),
        ...(after?.note ? { note: after.note } : {}),
        evidence: (after?.evidence ?? []).map(evidenceText).filter(Boolean),
      });
    } else if (after?.confirmed_at && after.confirmed_at >= review.started_at && after.confirmed_at !== before?.confirmed_at) {
      confirmations.push({ id, question: question(id), at: after.confirmed_at, ...(after.confirmed_by ? { by: after.confirmed_by } : {}) });
    }
  }

  // Linked items share one answer: the action is listed once, under the first item.
  const actions: Action[] = [];
  const said = new Set<string>();
  const open: ReportModel['open'] = [];
  let answered = 0;
  for (const id of to.items) {
    const effective = effectiveAnswer(set, to.answers, id);
    const status: ItemStatus = statusOf(effective?.answer) ?? 'unanswered';
    if (status !== 'unanswered') answered++;
    if (status === 'done' || status === 'na') continue;
    open.push({ id, question: question(id), status });
    const group = [id, ...(set.links.get(id) ?? [])];
    if (group.some((g) => said.has(g))) continue;
    said.add(id);
    const answer = effective?.answer;
    actions.push({
      id,
      action: actionFor(set, id),
      status,
      ...(answer?.owner ? { owner: answer.owner } : {}),
      ...(answer?.due ? { due: answer.due } : {}),
      overdue: isOverdue(answer, closedDay),
    });
  }
  actions.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));

  const marked = { stale: 0, overdue: 0, new: 0 };
  for (const r of Object.values(review.reconfirm)) for (const reason of r.reasons) marked[reason]++;
  const unconfirmed = review.unconfirmed_at_close ?? [];
  return {
    organisation: input.organisation,
    period: review.period,
    started_at: review.started_at,
    ...(review.closed_at ? { closed_at: review.closed_at } : {}),
    reviewers: review.reviewers ?? [],
    ...(review.sign_off ? { sign_off: review.sign_off } : {}),
    ...(review.approval ? { approval: review.approval } : {}),
    score: review.scores.overall.score,
    applicable: to.items.length,
    answered,
    open,
    trend: [...earlier, review].map((r) => ({ period: r.period, score: r.scores.overall.score })),
    diff,
    changes,
    confirmations,
    actions,
    unconfirmed: unconfirmed.map((id) => ({ id, ...(set.items.get(id) ? { question: question(id) } : {}) })),
    forced: unconfirmed.length > 0,
    marked,
    markedWhy: Object.entries(review.reconfirm).map(([id, r]) => ({ id, question: r.question ?? question(id), why: r.why ?? r.reasons.join(', ') })),
  };
}
