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
      return `--value for ${itemId}: expected at least ${p.limit}${p.max !== undefined ? ` (from ${p.limit} to ${p.max}${p.unit ? ` ${p.unit}` : ''})` : ''}, got ${show(p.given)}`;
    case 'above-max':
      return `--value for ${itemId}: expected at most ${p.limit}${p.min !== undefined ? ` (from ${p.min} to ${p.limit}${p.unit ? ` ${p.unit}` : ''})` : ''}, got ${show(p.given)}`;
    case 'not-a-choice':
      return `--value ${show(p.given)} is not a choice of ${itemId} (choices: ${(p.choices ?? []).map((c) => show(c)).join(', ')}; repeat --value for several)`;
    case 'not-a-date':
      return `${flag} ${show(p.given)} is not a date: use YYYY-MM-DD, e.g. ${flag} 2027-03-31`;
    case 'no-such-date':
      return `${flag} ${show(p.given)} is not a date: that month has no such day`;
    case 'future-date':
      return `${flag} ${show(p.given)} is in the future, but ${itemId} asks when it last happened${p.today ? ` (today is ${p.today})` : ''}`;
    case 'bad-email':
      return `--value for ${itemId}: ${show(p.given)} is not an e-mail address (${p.backup ? `${p.who ?? 'a contact'}'s backup` : (p.who ?? 'a contact')})`;
    case 'bad-phone':
      return `--value for ${itemId}: ${show(p.given)} is not a phone number (${p.backup ? `${p.who ?? 'a contact'}'s backup` : (p.who ?? 'a contact')}); use digits, spaces, dashes and an optional leading +`;
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
