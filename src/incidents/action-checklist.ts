/** The action checklist: what to send by when, what to find out, what to keep. Pure. */
import { mdEscape } from '../render/markdown-writer.js';
import type { Assessment } from './assess.js';

export interface Action {
  text: string;
  due: string | null;
  done: boolean;
}

/** A playbook's first-hour step (see playbook.ts). */
export interface FirstHourStep {
  step: string;
  role: string;
}

export function actionChecklist(a: Assessment, firstHour: FirstHourStep[] = []): Action[] {
  const containment: Action[] = firstHour.map((s) => ({ text: `First hour (${s.role}): ${s.step}`, due: null, done: false }));
  const open = a.notices.filter((n) => n.required !== 'no');
  const byDeadline = [...open].sort((x, y) => (x.deadline ?? '9999').localeCompare(y.deadline ?? '9999'));
  const actions: Action[] = [...containment, ...byDeadline.map((n) => ({
    text: `${n.required === 'unknown' ? 'Decide whether to send' : 'Send'} ${n.id}: ${n.title} (${n.regulation} ${n.citation})${n.required === 'unknown' ? ` — unknown until you record: ${n.missing.join(', ')}` : ''}`,
    due: n.deadline ?? (n.sent_at ? null : n.deadline_text),
    done: n.status === 'sent',
  }))];
  // `notices.X.sent_at` is not a fact to find out: it is recorded when X is sent.
  const missing = [...new Set(open.flatMap((n) => n.missing))].filter((m) => !m.startsWith('notices.'));
  if (missing.length > 0) actions.push({ text: `Record the missing facts in the incident file: ${missing.join(', ')}`, due: null, done: false });
  actions.push(
    { text: 'Record every breach, notified or not, with its facts, effects and remedial action (GDPR Art. 33(5)): this incident file is that record', due: null, done: false },
    { text: 'Keep evidence that each notice was sent (`secbook incident log <id> "…" --notice <notice> --sent`) and any risk assessment; HIPAA documentation is kept 6 years [S]', due: null, done: false },
    { text: 'Have counsel check every decision, deadline and draft before sending (secbook is not legal advice)', due: null, done: false },
  );
  return actions;
}

export function checklistMarkdown(a: Assessment, firstHour: FirstHourStep[] = []): string {
  // The title is the user's text: escaped, so no HTML, image or link in it comes alive.
  const lines = [`# Action checklist — ${mdEscape(a.incident)}: ${mdEscape(a.title)}`, '', `> ${a.disclaimer}`, '', mdEscape(a.zone_note), ''];
  for (const act of actionChecklist(a, firstHour)) lines.push(`- [${act.done ? 'x' : ' '}] ${act.text}${act.due ? ` — due ${act.due}` : ''}`);
  return `${lines.join('\n')}\n`;
}
