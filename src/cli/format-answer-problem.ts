/** Answer problems worded for `secbook answer`: they name the flag to fix. */
import type { AnswerField, AnswerProblem } from '../domain/answer-edit.js';
import { STATUS_ORDER } from '../domain/statuses.js';

const FLAG: Record<AnswerField, string> = {
  status: '--status',
  value: '--value',
  note: '--note',
  evidence: '--evidence',
  owner: '--owner',
  due: '--due',
  answer: 'the flags',
};

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** One line per problem, e.g. `--value "ninety" is not a number (hours)`. */
export function flagProblemText(p: AnswerProblem, itemId: string): string {
  const flag = FLAG[p.field];
  switch (p.code) {
    case 'status-item':
      return `${itemId} is answered with --status, not --value (--status ${STATUS_ORDER.join('|')})`;
    case 'wrong-type':
      return `--value for ${itemId} must be a ${p.expected ?? 'different'} answer`;
    case 'not-a-number':
      return `--value ${show(p.given)} is not a number${p.unit ? ` (${itemId} takes ${p.unit})` : ''}`;
    case 'below-min':
      return `--value for ${itemId}: expected at least ${p.limit}, got ${show(p.given)}`;
    case 'above-max':
      return `--value for ${itemId}: expected at most ${p.limit}, got ${show(p.given)}`;
    case 'not-a-choice':
      return `--value ${show(p.given)} is not a choice of ${itemId} (choices: ${(p.choices ?? []).map((c) => show(c)).join(', ')}; repeat --value for several)`;
    case 'not-a-date':
      return `${flag} ${show(p.given)} is not a date: use YYYY-MM-DD, e.g. ${flag} 2027-03-31`;
    case 'not-contacts':
      return `--value for ${itemId} must be a YAML or JSON list of people, each with at least a name, e.g. --value '[{name: Ada Lovelace, role: Incident lead, email: ada@example.com, phone: "+1 555 0100", backup: {name: Alan Turing, phone: "+1 555 0101"}}]'`;
    case 'one-value':
      return `${itemId} takes one --value, not ${Array.isArray(p.given) ? p.given.length : 'several'}`;
    case 'empty':
      return `${flag} is empty`;
    case 'no-such-evidence':
      return `${flag}: no evidence number ${show(p.given)}`;
    case 'nothing':
      return 'nothing to record: give at least one of --status, --value, --note, --evidence, --owner, --due';
  }
}
