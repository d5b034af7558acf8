import type { Command } from 'commander';
import type { AnswerInput } from '../domain/answer-patch.js';
import { collect, cwd, now, print } from './context.js';

type AnswerFlags = AnswerInput & { workbook?: string };

export function answerCommand(program: Command): void {
  program
    .command('answer')
    .description('set one answer without the TUI (for scripts)')
    .argument('<item-id>', 'checklist item id, e.g. email.auth.spf-record')
    .option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml')
    .option('--status <status>', 'done | partial | todo | na')
    .option('--value <value>', 'the answer for text/choice/multi (a,b)/date/number/contacts (YAML list) items')
    .option('--note <text>', 'a free note (Markdown allowed)')
    .option('--evidence <link-or-text>', 'evidence to add (repeatable)', collect)
    .option('--owner <name>', 'who owns the action')
    .option('--due <YYYY-MM-DD>', 'when the action is due')
    .option('--by <name>', 'who answered (default: $USER)')
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
