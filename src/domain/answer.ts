/** Answer types and the shape of one answer in the workbook. */
export const STATUSES = ['done', 'partial', 'todo', 'na'] as const;
export type Status = (typeof STATUSES)[number];

export const ANSWER_TYPES = ['status', 'text', 'choice', 'multi', 'date', 'number', 'contacts'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface Person {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface Contact extends Person {
  /** Who stands in when this person cannot be reached. */
  backup?: Person;
}

/** Evidence: a link or a piece of text, optionally with where it came from. */
export interface EvidenceEntry {
  text?: string;
  url?: string;
  /** `scan` for findings written by `secbook scan --apply`, else the user. */
  source?: string;
  /** ISO date or timestamp the evidence was gathered. */
  date?: string;
  verdict?: string;
}
/** Hand-written YAML may give evidence as plain strings. */
export type Evidence = string | EvidenceEntry;

/** Who answered: a name (older workbooks, `secbook answer --by`), or a name and the role they answered in (`secbook run --by … --as …`). */
export type AnsweredBy = string | { name: string; role?: string };

/** `Dana (security lead)`, or just the name. */
export function answeredByText(by: AnsweredBy): string {
  if (typeof by === 'string') return by;
  return by.role ? `${by.name} (${by.role})` : by.name;
}

export type AnswerValue = string | number | string[] | Contact[];

export interface Answer {
  status?: Status;
  value?: AnswerValue;
  note?: string;
  evidence?: Evidence[];
  owner?: string;
  /** ISO date (YYYY-MM-DD) the action is due. */
  due?: string;
  answered_by?: AnsweredBy;
  /** ISO timestamp of the last change. */
  updated_at?: string;
  /** ISO timestamp of the last time a person confirmed the answer is still true. */
  confirmed_at?: string;
  /** Who last confirmed it (`secbook review confirm --by`, or the session's `--by`). */
  confirmed_by?: string;
}

/** The canonical key order of an answer when secbook writes one (stable diffs). */
export const ANSWER_KEY_ORDER: readonly (keyof Answer)[] = [
  'status',
  'value',
  'note',
  'evidence',
  'owner',
  'due',
  'answered_by',
  'updated_at',
  'confirmed_at',
  'confirmed_by',
];
