/** Answer problems in words for the person in a session (TUI or plain prompts): no flags. */
import type { AnswerProblem } from '../domain/answer-edit.js';

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const unit = (p: AnswerProblem): string => (p.unit ? ` ${p.unit}` : '');

export function problemText(p: AnswerProblem): string {
  switch (p.code) {
    case 'status-item':
      return 'This item is answered with a status (done, partial, todo, not applicable).';
    case 'wrong-type':
      return `This item takes ${p.expected === 'multi' ? 'a set of choices' : `a ${p.expected ?? 'different'} answer`}.`;
    case 'not-a-number':
      return `Enter a number${p.unit ? ` (${p.unit})` : ''}.`;
    case 'below-min':
      return `Enter at least ${p.limit}${unit(p)}.`;
    case 'above-max':
      return `Enter at most ${p.limit}${unit(p)}.`;
    case 'not-a-choice':
      return `${show(p.given)} is not one of the choices: ${(p.choices ?? []).join(' · ')}.`;
    case 'not-a-date':
      return `Enter a date as YYYY-MM-DD, e.g. 2027-03-31${p.given === undefined ? '' : ` (not ${show(p.given)})`}.`;
    case 'not-contacts':
      return 'Give every contact at least a name.';
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
