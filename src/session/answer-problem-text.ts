/** Answer problems in words for the person in a session (TUI or plain prompts): no flags. */
import type { AnswerProblem } from '../domain/answer-edit.js';
import { STATUS_LABEL, STATUS_ORDER } from '../domain/statuses.js';

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const unit = (p: AnswerProblem): string => (p.unit ? ` ${p.unit}` : '');

/** "from 1 to 365 days", "at least 0 days", or '' when the item sets no range. */
export function rangeText(p: { min?: number; max?: number; unit?: string }): string {
  const u = p.unit ? ` ${p.unit}` : '';
  if (p.min !== undefined && p.max !== undefined) return `from ${p.min} to ${p.max}${u}`;
  if (p.min !== undefined) return `of at least ${p.min}${u}`;
  if (p.max !== undefined) return `of at most ${p.max}${u}`;
  return p.unit ? `(${p.unit})` : '';
}

const whose = (p: AnswerProblem): string => (p.backup ? `${p.who ?? 'a contact'}'s backup` : (p.who ?? 'a contact'));

export function problemText(p: AnswerProblem): string {
  switch (p.code) {
    case 'status-item':
      return `This item is answered with a status (${STATUS_ORDER.map((s) => STATUS_LABEL[s]).join(', ')}).`;
    case 'wrong-type':
      return `This item takes ${p.expected === 'multi' ? 'a set of choices' : `a ${p.expected ?? 'different'} answer`}.`;
    case 'not-a-number': {
      const range = rangeText(p);
      return `${p.given === undefined || p.given === '' ? 'Enter a number' : `${show(p.given)} is not a number: enter a number`}${range ? ` ${range}` : ''}.`;
    }
    case 'below-min':
    case 'above-max': {
      const range = p.min !== undefined && p.max !== undefined ? ` ${String(p.given)} is outside the range, from ${p.min} to ${p.max}${unit(p)}.` : '';
      return `Enter ${p.code === 'below-min' ? 'at least' : 'at most'} ${p.limit}${unit(p)}.${range}`;
    }
    case 'not-a-choice':
      return `${show(p.given)} is not one of the choices: ${(p.choices ?? []).join(' · ')}.`;
    case 'not-a-date':
      return p.given === undefined || p.given === '' ? 'Enter a date as YYYY-MM-DD, e.g. 2027-03-31.' : `${String(p.given)} is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.`;
    case 'no-such-date':
      return `${String(p.given)} is not a date: that month has no such day.`;
    case 'future-date':
      return `${String(p.given)} is in the future: this asks when it last happened${p.today ? ` (today is ${p.today})` : ''}.`;
    case 'not-contacts':
      return 'Give every contact at least a name.';
    case 'bad-email':
      return `${show(p.given)} is not an e-mail address (${whose(p)}): write it like name@example.com.`;
    case 'bad-phone':
      return `${show(p.given)} is not a phone number (${whose(p)}): digits, spaces, dashes, an optional leading +, e.g. +1 555 0100.`;
    case 'one-value':
      return 'This item takes one answer.';
    case 'empty':
      return p.field === 'evidence' ? 'Evidence is empty; nothing added.' : 'Nothing was entered.';
    case 'no-such-evidence':
      return 'There is no such piece of evidence.';
    case 'nothing':
      return 'Nothing to record.';
  }
}

export const problemsText = (problems: readonly AnswerProblem[]): string => problems.map(problemText).join(' ');
