import type { Command } from 'commander';
import type { AnsweredBy } from '../domain/answer.js';
import { COMMAND_NAMES } from './command-names.js';
import { cwd, isInteractive, now, print } from './context.js';
import { folder, list, text, withWorkbook, workbookOf } from './options.js';
import { guardFullScreenWrites, terminalSafe } from './terminal-text.js';
import { formatInitSummary } from './format-status.js';

interface RunFlags {
  workbook?: string;
  plain?: boolean;
  only?: string[];
  checklists?: string;
  by?: string;
  as?: string;
  review?: boolean;
}

/** `--by Dana --as "security lead"` → { name, role }; without --as just the name. */
function answeredBy(name: string | undefined, role: string | undefined): AnsweredBy | undefined {
  if (role === undefined) return name;
  return { name: name ?? 'unknown', role };
}

export function runCommand(program: Command): void {
  withWorkbook(program.command('run', { isDefault: true }))
    .description('the guided session: work through the workbook in a full-screen terminal UI (default command)')
    .argument('[workbook]', 'workbook file or folder (or -w)')
    .option('--plain', 'ask the questions one by one as plain prompts (screen readers, small terminals)')
    .option('--only <ids>', 'only these item ids, comma-separated', list(text))
    .option('--checklists <dir>', 'also load checklists from this folder', folder)
    .option('--by <name>', 'who is answering (recorded as answered_by on each answer; default: $USER)', text)
    .option('--as <role>', 'the role they answer in, e.g. "security lead" (facilitator mode: recorded with --by)', text)
    .option('--review', 'only the items the open quarterly review still needs (stale, overdue, new)')
    .addHelpText(
      'after',
      '\nKeys (TUI): ↑/↓ j/k move · Enter open/edit · Esc back · d p t n status (then on to the next open item) · a walk on/off · e note · v evidence · o owner · u due · c confirm · / search · g next open · z undo · ? help · q quit\n\nExamples:\n  secbook\n  secbook run examples/acme --plain\n  secbook run --by "Dana" --as "security lead"\n  secbook run --only email.auth.spf-record,email.auth.dmarc-enforcement',
    )
    .action(async (positional: string | undefined, flags: RunFlags) => {
      const workbook = workbookOf(positional, flags.workbook) ?? 'workbook.yaml';
      if (isInteractive()) {
        // NOTE: ink draws only the final frame when it believes it runs in CI (is-in-ci reads
        // CI when ink loads, below). The TUI only opens on a real terminal, so a CI=true
        // inherited from the shell (or a CI job driving a pty) must not blank the session.
        delete process.env.CI;
        delete process.env.CONTINUOUS_INTEGRATION;
      }
      // The TUI shows the team's text; none of it may drive the terminal (terminal-text.ts).
      if (isInteractive() && !flags.plain) guardFullScreenWrites();
      const { runSession, checkWorkbookArgument } = await import('../app/run.js');
      await checkWorkbookArgument(cwd(), workbook, [...COMMAND_NAMES]);
      const result = await runSession({
        cwd: cwd(),
        workbook,
        plain: flags.plain,
        focus: flags.only,
        review: flags.review,
        checklistsDir: flags.checklists,
        interactive: isInteractive(),
        now,
        by: answeredBy(flags.by ?? process.env.USER ?? process.env.USERNAME, flags.as),
        write: (text) => process.stdout.write(terminalSafe(text)),
        onCreated: (created) => {
          print('');
          print(formatInitSummary(created, { width: Math.max(40, (process.stdout.columns || 80) - 1) }));
          print('');
        },
      });
      print(`Every answer is saved in ${result.file}. Progress: secbook status${workbook === 'workbook.yaml' ? '' : ` ${workbook}`}`);
      // Conventional codes for an interrupted (Ctrl-C) or terminated session; nothing was lost.
      if (result.ended === 'interrupted') process.exitCode = 130;
      if (result.ended === 'terminated') process.exitCode = 143;
    });
}
