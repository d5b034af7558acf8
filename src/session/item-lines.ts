/** The item view as wrapped lines (pure), so the view can scroll and tests can read it. */
import { answeredByText, type Answer, type Contact, type Evidence } from '../domain/answer.js';
import { missingBackups, missingBackupText } from '../domain/answer-checks.js';
import { choiceLabel } from '../domain/answer-value.js';
import type { Item } from '../domain/checklist-schema.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { statusOf } from '../domain/answers.js';
import { answerFor } from './session-queries.js';
import type { SessionState } from './session-state.js';
import { STATUS_SYMBOL, STATUS_WORD } from '../domain/statuses.js';
import { wrapText } from './wrap.js';
import { rangeText } from './answer-problem-text.js';

export interface Line {
  text: string;
  bold?: boolean;
  dim?: boolean;
  color?: 'status' | 'heading' | 'problem';
}

function evidenceText(e: Evidence): string {
  if (typeof e === 'string') return e;
  const what = e.url ?? e.text ?? '';
  const extra = [e.date, e.source, e.verdict].filter(Boolean).join(', ');
  return extra ? `${what} (${extra})` : what;
}

function person(c: Contact): string {
  const main = [c.name, c.role, c.email, c.phone].filter(Boolean).join(' · ');
  return c.backup ? `${main}  (backup: ${[c.backup.name, c.backup.phone, c.backup.email].filter(Boolean).join(' · ')})` : main;
}

/** The answer's value as display lines: choices by their labels, one line per entry of a text. */
export function valueLines(answer: Answer | undefined, item?: Item): string[] {
  const v = answer?.value;
  if (v === undefined) return [];
  const label = (x: string) => (item && (item.type === 'choice' || item.type === 'multi') ? choiceLabel(item, x) : x);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? label(x) : person(x)));
  if (typeof v === 'string') return v.split('\n').map(label);
  return [item?.unit ? `${v} ${item.unit}` : String(v)];
}

export function itemLines(state: SessionState, ref: ItemRef, width: number): Line[] {
  const { item } = ref;
  const w = Math.max(20, width);
  const lines: Line[] = [];
  const para = (text: string, style: Omit<Line, 'text'> = {}, indent = '') => {
    // The label (e.g. "  note: ") starts the first line; wrapped lines line up under the text.
    const pad = ' '.repeat(indent.length);
    wrapText(text, w - indent.length).forEach((t, i) => lines.push({ text: (i === 0 ? indent : pad) + t, ...style }));
  };
  para(item.question, { bold: true });
  para(`${item.id} · ${ref.checklist.title} › ${ref.section.title} · weight ${item.weight} · ${item.type}${item.required ? ' · required' : ''}`, { dim: true });
  lines.push({ text: '' });

  const effective = answerFor(state, item.id);
  const answer = effective?.answer;
  const status = statusOf(answer);
  lines.push({ text: `Answer: ${STATUS_SYMBOL[status ?? 'unanswered']} ${STATUS_WORD[status ?? 'unanswered']}`, bold: true, color: 'status' });
  if (effective?.via) para(`answered via linked item ${effective.via}`, { dim: true }, '  ');
  for (const v of valueLines(answer, item)) para(v, {}, '  value: ');
  if (item.type === 'contacts' && Array.isArray(answer?.value)) {
    const why = missingBackupText(missingBackups(item, answer.value as Contact[]));
    if (why) para(`partial: ${why}`, { color: 'problem' }, '  ');
  }
  if (answer?.note) para(answer.note, {}, '  note: ');
  for (const e of answer?.evidence ?? []) para(evidenceText(e), {}, '  evidence: ');
  if (answer?.owner) para(answer.owner, {}, '  owner: ');
  if (answer?.due) lines.push({ text: `  due: ${answer.due}${answer.due < state.today && status !== 'done' && status !== 'na' ? '  ! overdue' : ''}`, color: answer.due < state.today ? 'problem' : undefined });
  const by = [answer?.answered_by && `answered by ${answeredByText(answer.answered_by)}`, answer?.updated_at && `updated ${answer.updated_at.slice(0, 10)}`, answer?.confirmed_at && `confirmed ${answer.confirmed_at.slice(0, 10)}`].filter(Boolean);
  if (by.length) para(by.join(' · '), { dim: true }, '  ');
  if (item.choices) para(item.choices.map((c) => (typeof c === 'string' ? c : c.label)).join(' · '), { dim: true }, '  choices: ');
  if (item.type === 'number' && (item.min !== undefined || item.max !== undefined)) para(rangeText(item), { dim: true }, '  range: a number ');
  lines.push({ text: '' });

  lines.push({ text: 'Why', color: 'heading', bold: true });
  para(item.guidance.why, {}, '  ');
  lines.push({ text: 'How', color: 'heading', bold: true });
  para(item.guidance.how, {}, '  ');
  lines.push({ text: 'Verify', color: 'heading', bold: true });
  para(item.guidance.verify, {}, '  ');
  lines.push({ text: 'Refs', color: 'heading', bold: true });
  para(item.refs.join(' · '), {}, '  ');
  if (item.links?.length) para(`Linked: ${item.links.join(', ')}`, { dim: true });
  // Every line fits the width, so one line is one terminal row and scrolling is exact.
  return lines.map((l) => (l.text.length > w ? { ...l, text: l.text.slice(0, w) } : l));
}
