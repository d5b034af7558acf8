import type { Command } from 'commander';
import type { AnswerEdit } from '../domain/answer-edit.js';
import type { Status } from '../domain/answer.js';
import { STATUSES } from '../domain/answer.js';
import { SecbookError } from '../errors.js';
import { cwd, now, print } from './context.js';
import { choice, date, path, repeatable, text } from './options.js';

interface AnswerFlags {
  workbook?: string;
  status?: Status;
  value?: string[];
  note?: string;
  evidence?: string[];
  owner?: string;
  due?: string;
  by?: string;
}

/** The flags as typed edits (the value stays text: its type depends on the item). */
function editsOf(flags: AnswerFlags): AnswerEdit[] {
  const edits: AnswerEdit[] = [];
  if (flags.status) edits.push({ kind: 'status', status: flags.status });
  if (flags.note !== undefined) edits.push({ kind: 'note', note: flags.note });
  if (flags.evidence?.length) edits.push({ kind: 'evidence-add', entries: flags.evidence });
  if (flags.owner !== undefined) edits.push({ kind: 'owner', owner: flags.owner });
  if (flags.due !== undefined) edits.push({ kind: 'due', due: flags.due });
  return edits;
}

export function answerCommand(program: Command): void {
  program
    .command('answer')
    .description('set one answer without the TUI (for scripts)')
    .argument('<item-id>', 'checklist item id, e.g. email.auth.spf-record')
    .option('-w, --workbook <path>', 'workbook file or folder (default ./workbook.yaml)', path)
    .option('--status <status>', 'done | partial | todo | na', choice(STATUSES, { 'n/a': 'na', 'not applicable': 'na', 'not-applicable': 'na' }))
    .option('--value <value>', 'the answer for text/choice/date/number/contacts (YAML list) items; for multi items repeat it or use a,b', repeatable(text))
    .option('--note <text>', 'a free note (Markdown allowed)', text)
    .option('--evidence <link-or-text>', 'evidence to add (repeatable)', repeatable(text))
    .option('--owner <name>', 'who owns the action', text)
    .option('--due <YYYY-MM-DD>', 'when the action is due', date)
    .option('--by <name>', 'who answered (default: $USER)', text)
    .addHelpText(
      'after',
      '\nExamples:\n  secbook answer email.auth.spf-record --status done --evidence "dig TXT acme.example" --owner "Dana (SRE)"\n  secbook answer email.auth.dmarc-enforcement --status partial --note "p=none, moving to quarantine" --due 2027-03-31',
    )
    .action(async (itemId: string, flags: AnswerFlags) => {
      const [{ setAnswer }, { flagProblemText }] = await Promise.all([import('../app/answer.js'), import('./format-answer-problem.js')]);
      const result = await setAnswer({
        cwd: cwd(),
        workbook: flags.workbook,
        itemId,
        edits: editsOf(flags),
        valueText: flags.value,
        by: flags.by ?? process.env.USER ?? process.env.USERNAME,
        now: now(),
      });
      if (!result.ok) {
        const [first, ...rest] = result.problems.map((p) => flagProblemText(p, result.itemId));
        throw new SecbookError(first ?? 'nothing to record', { details: rest, hint: `Nothing was saved to ${result.file}.` });
      }
      print(`Saved ${result.itemId} in ${result.file}${result.partialBecause ? ` as partial: ${result.partialBecause}` : ''}.`);
    });
}
