/**
 * The one table of answer statuses: their order, symbol, words and key. The CLI, the TUI,
 * the plain prompts and the documents all read it, so a status looks the same everywhere.
 * Every status has a symbol and a word, so nothing depends on colour.
 */
import { STATUSES, type Status } from './answer.js';

export type StatusOrOpen = Status | 'unanswered';

export interface StatusInfo {
  /** One column wide. */
  symbol: string;
  /** Short word for lists and counts. */
  word: string;
  /** The full name, for pickers and prompts. */
  label: string;
  /** How a policy document describes an item in this state. */
  document: string;
  /** The TUI key that sets it (none for "unanswered"). */
  key?: string;
  /** Terminal colour name (dropped with NO_COLOR). */
  color: 'green' | 'yellow' | 'red' | 'gray';
}

export const STATUS_TABLE: Readonly<Record<StatusOrOpen, StatusInfo>> = {
  done: { symbol: '✓', word: 'done', label: 'done', document: 'in place', key: 'd', color: 'green' },
  partial: { symbol: '◐', word: 'partial', label: 'partial', document: 'partly in place', key: 'p', color: 'yellow' },
  todo: { symbol: '✗', word: 'todo', label: 'todo', document: 'to do', key: 't', color: 'red' },
  na: { symbol: '–', word: 'n/a', label: 'not applicable', document: 'not applicable', key: 'n', color: 'gray' },
  // Nobody has answered it yet: "open" in every front end and count (the TUI, `status`, `check`,
  // the plain session), so "todo" only ever means the team marked it as still to do.
  unanswered: { symbol: '·', word: 'open', label: 'open (not answered yet)', document: 'open (not answered yet)', color: 'gray' },
};

/** The statuses a person can choose, in the order every front end lists them. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

const pick = <K extends keyof StatusInfo>(key: K) =>
  Object.fromEntries(Object.entries(STATUS_TABLE).map(([s, info]) => [s, info[key]])) as Record<StatusOrOpen, NonNullable<StatusInfo[K]>>;

export const STATUS_SYMBOL = pick('symbol');
export const STATUS_WORD = pick('word');
export const STATUS_LABEL = pick('label');
export const STATUS_DOCUMENT = pick('document');
