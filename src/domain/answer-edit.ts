/**
 * Typed answer edits: what a person changes about one answer, as values (never as the text
 * of a flag), and the problems an edit can have, as data. Each front end words problems
 * for its own user: the CLI names its flags (cli/format-answer-problem.ts), the TUI and the
 * plain prompts do not (session/answer-problem-text.ts). Pure.
 */
import type { AnsweredBy, Answer, AnswerType, Contact, Evidence, Status } from './answer.js';
import { choiceValues } from './answer-value.js';
import { contactTroubles, dateTrouble, itemAsks, missingBackups } from './answer-checks.js';
import type { Item } from './checklist-schema.js';

/** One change to an answer. The value kinds match the item types of the same name. */
export type AnswerEdit =
  | { kind: 'status'; status: Status }
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'multi'; values: string[] }
  | { kind: 'date'; date: string }
  | { kind: 'number'; value: number }
  | { kind: 'contacts'; contacts: Contact[] }
  | { kind: 'note'; note: string }
  | { kind: 'evidence-add'; entries: string[] }
  | { kind: 'evidence-remove'; index: number }
  | { kind: 'owner'; owner: string }
  | { kind: 'due'; due: string };

export type AnswerEditKind = AnswerEdit['kind'];
export type ValueEdit = Extract<AnswerEdit, { kind: Exclude<AnswerType, 'status'> }>;

/** The part of the answer a problem is about (a front end maps it to its own control). */
export type AnswerField = 'status' | 'value' | 'note' | 'evidence' | 'owner' | 'due' | 'answer';

export type AnswerProblemCode =
  | 'status-item' // a value for an item answered with a status only
  | 'wrong-type' // a value of another type than the item's
  | 'not-a-number'
  | 'below-min'
  | 'above-max'
  | 'not-a-choice'
  | 'not-a-date' // not written YYYY-MM-DD
  | 'no-such-date' // YYYY-MM-DD, but no such day (2027-02-30)
  | 'future-date' // the item asks when something happened
  | 'not-contacts'
  | 'bad-email'
  | 'bad-phone'
  | 'one-value' // several values for a single-value item
  | 'empty'
  | 'no-such-evidence'
  | 'nothing'; // no edit at all

export interface AnswerProblem {
  code: AnswerProblemCode;
  field: AnswerField;
  /** The value as given (text or value), when there is one. */
  given?: unknown;
  /** What the item takes: its type, its choices, its limit, its unit. */
  expected?: AnswerType;
  choices?: string[];
  limit?: number;
  /** The item's allowed range (numbers), so every wording can say it. */
  min?: number;
  max?: number;
  unit?: string;
  /** Contacts: whose e-mail or phone it is, and whether it is their backup's. */
  who?: string;
  backup?: boolean;
  /** The date it is today (future-date). */
  today?: string;
}

export type EditResult = { ok: true; patch: Partial<Answer> } | { ok: false; problems: AnswerProblem[] };

const VALUE_KINDS: ReadonlySet<AnswerEditKind> = new Set(['text', 'choice', 'multi', 'date', 'number', 'contacts']);
export const isValueEdit = (e: AnswerEdit): e is ValueEdit => VALUE_KINDS.has(e.kind);

function isContact(c: unknown): c is Contact {
  return typeof c === 'object' && c !== null && typeof (c as Contact).name === 'string' && (c as Contact).name.trim() !== '';
}

/** The value an edit sets, or the problems with it for this item. */
function valueOf(item: Item, edit: ValueEdit, today: string): { value: Answer['value'] } | { problems: AnswerProblem[] } {
  if (item.type === 'status') return { problems: [{ code: 'status-item', field: 'value' }] };
  if (edit.kind !== item.type) return { problems: [{ code: 'wrong-type', field: 'value', expected: item.type, given: edit.kind }] };
  const choices = choiceValues(item);
  switch (edit.kind) {
    case 'text':
      return { value: edit.text };
    case 'choice':
      return choices.includes(edit.value) ? { value: edit.value } : { problems: [{ code: 'not-a-choice', field: 'value', given: edit.value, choices }] };
    case 'multi': {
      const bad = edit.values.filter((v) => !choices.includes(v));
      return bad.length ? { problems: bad.map((v) => ({ code: 'not-a-choice' as const, field: 'value' as const, given: v, choices })) } : { value: [...new Set(edit.values)] };
    }
    case 'date': {
      const trouble = dateTrouble(edit.date, { past: itemAsks(item).past, today });
      return trouble ? { problems: [{ code: trouble, field: 'value', given: edit.date, ...(trouble === 'future-date' ? { today } : {}) }] } : { value: edit.date };
    }
    case 'number': {
      const n = edit.value;
      const extra = { ...(item.unit ? { unit: item.unit } : {}), ...(item.min !== undefined ? { min: item.min } : {}), ...(item.max !== undefined ? { max: item.max } : {}) };
      if (!Number.isFinite(n)) return { problems: [{ code: 'not-a-number', field: 'value', given: n, ...extra }] };
      if (item.min !== undefined && n < item.min) return { problems: [{ code: 'below-min', field: 'value', given: n, limit: item.min, ...extra }] };
      if (item.max !== undefined && n > item.max) return { problems: [{ code: 'above-max', field: 'value', given: n, limit: item.max, ...extra }] };
      return { value: n };
    }
    case 'contacts': {
      if (!(edit.contacts.length > 0 && edit.contacts.every(isContact))) return { problems: [{ code: 'not-contacts', field: 'value' }] };
      const troubles = contactTroubles(edit.contacts);
      if (troubles.length > 0) return { problems: troubles.map((t) => ({ code: t.code, field: 'value' as const, given: t.given, who: t.who, backup: t.backup })) };
      return { value: edit.contacts };
    }
  }
}

export interface ApplyOptions {
  now: Date;
  /** Recorded as `answered_by` (a name, or a name and the role they answer in). */
  by?: AnsweredBy;
  /** Answering is confirming (`confirmed_at`); adding evidence in a session is not. */
  confirm?: boolean;
}

/**
 * Checks edits against the item and the current answer and returns the patch to merge
 * into it (stamped `updated_at`, and `confirmed_at` unless `confirm: false`), or every
 * problem found.
 */
export function applyEdits(item: Item, current: Answer | undefined, edits: readonly AnswerEdit[], options: ApplyOptions): EditResult {
  const patch: Partial<Answer> = {};
  const problems: AnswerProblem[] = [];
  if (edits.length === 0) problems.push({ code: 'nothing', field: 'answer' });
  let evidence: Evidence[] | undefined;
  for (const edit of edits) {
    if (isValueEdit(edit)) {
      const r = valueOf(item, edit, options.now.toISOString().slice(0, 10));
      if ('problems' in r) problems.push(...r.problems);
      else patch.value = r.value;
      continue;
    }
    switch (edit.kind) {
      case 'status':
        patch.status = edit.status;
        break;
      case 'note':
        patch.note = edit.note;
        break;
      case 'owner':
        patch.owner = edit.owner;
        break;
      case 'due':
        {
          const trouble = dateTrouble(edit.due);
          if (trouble) problems.push({ code: trouble, field: 'due', given: edit.due });
          else patch.due = edit.due;
        }
        break;
      case 'evidence-add': {
        const entries = edit.entries.map((e) => e.trim()).filter(Boolean);
        if (entries.length === 0) problems.push({ code: 'empty', field: 'evidence' });
        else evidence = [...(evidence ?? current?.evidence ?? []), ...evidenceEntries(entries, options.now)];
        break;
      }
      case 'evidence-remove': {
        const list = evidence ?? current?.evidence ?? [];
        if (!Number.isInteger(edit.index) || edit.index < 0 || edit.index >= list.length) problems.push({ code: 'no-such-evidence', field: 'evidence', given: edit.index });
        else evidence = list.filter((_, i) => i !== edit.index);
        break;
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (evidence) patch.evidence = evidence;
  if (item.type === 'contacts' && Array.isArray(patch.value) && !edits.some((e) => e.kind === 'status')) {
    // An item that asks who stands in is partial while a contact has no backup; adding the
    // backups lifts the partial this rule set (not one a person chose for another reason).
    if (missingBackups(item, patch.value as Contact[]).length > 0) patch.status = 'partial';
    else if (current?.status === 'partial' && Array.isArray(current.value) && missingBackups(item, current.value as Contact[]).length > 0) patch.status = undefined;
  }
  // Nor can it be marked done while a contact has no backup (status key, `--status done`):
  // it is saved as partial, and the item view and `secbook answer` say why.
  const value = 'value' in patch ? patch.value : current?.value;
  if (item.type === 'contacts' && patch.status === 'done' && Array.isArray(value) && missingBackups(item, value as Contact[]).length > 0) patch.status = 'partial';
  if (options.by) patch.answered_by = options.by;
  patch.updated_at = options.now.toISOString();
  if (options.confirm !== false) patch.confirmed_at = patch.updated_at;
  return { ok: true, patch };
}

/** Evidence entries to append: URLs become `url`, anything else `text`, dated today. */
export function evidenceEntries(raw: string[], now: Date): Evidence[] {
  const date = now.toISOString().slice(0, 10);
  return raw.map((r) => (/^https?:\/\//.test(r) ? { url: r, date } : { text: r, date }));
}
