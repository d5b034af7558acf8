import type { Command } from 'commander';
import type { AnswerInput } from '../domain/answer-patch.js';
import { STATUSES } from '../domain/answer.js';
import { cwd, now, print } from './context.js';
import { choice, date, path, repeatable, text } from './options.js';

type AnswerFlags = AnswerInput & { workbook?: string };

export function answerCommand(program: Command): void {
  program
    .command('answer')
    .description('set one answer without the TUI (for scripts)')
    .argument('<item-id>', 'checklist item id, e.g. email.auth.spf-record')
    .option('-w, --workbook <path>', 'workbook file or folder (default ./workbook.yaml)', path)
    .option('--status <status>', 'done | partial | todo | na', choice(STATUSES, { 'n/a': 'na', 'not applicable': 'na', 'not-applicable': 'na' }))
    .option('--value <value>', 'the answer for text/choice/multi (a,b)/date/number/contacts (YAML list) items', text)
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
      const { setAnswer } = await import('../app/answer.js');
      const { workbook, by, ...input } = flags;
      const result = await setAnswer({
        cwd: cwd(),
        workbook,
        itemId,
        input: { ...input, by: by ?? process.env.USER ?? process.env.USERNAME },
        now: now(),
      });
      print(`Saved ${result.itemId} in ${result.file}.`);
    });
}
