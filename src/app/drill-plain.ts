/**
 * `secbook drill --plain`: the drill line by line with @inquirer/prompts (screen readers,
 * small terminals). Each answer is an event saved before the next question.
 */
import { input, select } from '@inquirer/prompts';
import type { DrillSession } from './drill.js';
import { clockText, exerciseMs, parseEntry } from '../drills/engine.js';

export type PlainEnd = 'finish' | 'quit' | 'interrupted';

export async function runDrillPlain(session: DrillSession, now: () => Date, write: (text: string) => void): Promise<PlainEnd> {
  try {
    return await loop(session, now, write);
  } catch (error) {
    // Ctrl-C in a prompt: every event so far is already on disk.
    if ((error as Error).name === 'ExitPromptError') return 'interrupted';
    throw error;
  }
}

async function loop(session: DrillSession, now: () => Date, write: (text: string) => void): Promise<PlainEnd> {
  const { scenario } = session;
  let shown = 0;
  const showNew = () => {
    const r = session.record;
    for (; shown < r.injects_shown.length; shown++) {
      const inj = scenario.injects[shown];
      if (!inj) break;
      write(`\n== Minute ${inj.minute}: ${inj.title} ==\n${inj.text}\n`);
      for (const a of inj.artefacts ?? []) write(`-- ${a.kind}: ${a.title} --\n${a.text.trimEnd()}\n`);
      for (const q of inj.questions ?? []) write(`Question: ${q}\n`);
      if (inj.decision_point) write('Decision point: choose "What the law says" to see the notices and deadlines.\n');
    }
  };
  write(`${scenario.title}\n${scenario.summary}\nObjectives:\n${scenario.objectives.map((o) => `- ${o}`).join('\n')}\n`);
  for (;;) {
    await session.apply({ type: 'tick', at: now() });
    showNew();
    if (session.record.finished_at !== null) {
      write('The exercise clock reached the end of the timeline.\n');
      return 'finish';
    }
    const r = session.record;
    const paused = !r.clock.running_since;
    const more = r.injects_shown.length < scenario.injects.length;
    const choice = await select({
      message: `Exercise time ${clockText(exerciseMs(r, now()))}${paused ? ' (paused)' : ''}. What next?`,
      choices: [
        { name: 'Log a decision', value: 'decision' },
        ...(more ? [{ name: 'Show the next inject now', value: 'next' }] : []),
        { name: 'Log a gap', value: 'gap' },
        { name: 'Who holds each role', value: 'roles' },
        { name: 'What the law says (notices and deadlines)', value: 'law' },
        { name: paused ? 'Resume the clock' : 'Pause the clock', value: 'pause' },
        { name: 'Finish the drill and write the report', value: 'finish' },
        { name: 'Stop for now (resume later)', value: 'quit' },
      ],
    });
    if (choice === 'finish' || choice === 'quit') return choice;
    if (choice === 'next') await session.apply({ type: 'next', at: now() });
    if (choice === 'pause') await session.apply({ type: paused ? 'resume' : 'pause', at: now() });
    if (choice === 'roles') {
      for (const h of session.roles.filter((x) => scenario.participants.includes(x.role))) {
        write(`${h.label}: ${h.name ?? 'nobody named'}${h.phone ? `, ${h.phone}` : ''}; backup: ${h.backup ?? 'none named'}\n`);
      }
    }
    if (choice === 'law') {
      const a = session.assess(now());
      write('What the law says for these facts (not legal advice):\n');
      if (a.notices.length === 0) write('No notice is required or open.\n');
      for (const n of a.notices) write(`- ${n.required === 'yes' ? 'Required' : 'Unknown'}: ${n.title} [${n.id}] — ${n.deadline_text}\n`);
      for (const e of scenario.expected_decisions ?? []) write(`Plan expects: ${e.text}\n`);
      for (const step of session.firstHour) write(`Playbook, first hour: ${step}\n`);
    }
    if (choice === 'decision' || choice === 'gap') {
      const line = await input({
        message: `${choice === 'decision' ? 'Decision' : 'Gap'} (text @owner by YYYY-MM-DD #checklist.item):`,
        validate: (v) => {
          const p = parseEntry(v);
          return typeof p === 'string' ? p : true;
        },
      });
      const entry = parseEntry(line);
      if (typeof entry !== 'string') await session.apply({ type: choice, at: now(), entry });
    }
  }
}
