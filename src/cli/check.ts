import type { Command } from 'commander';
import { cwd, now, print } from './context.js';
import { folder, number, withWorkbook, workbookOf } from './options.js';

interface CheckFlags {
  minScore?: number;
  maxStaleDays?: number;
  reviewWithin?: number;
  drillWithin?: number;
  json?: boolean;
  checklists?: string;
  workbook?: string;
}

export function checkCommand(program: Command): void {
  withWorkbook(program.command('check'))
    .description('CI gate: exit 1 with reasons when the score is low, answers are stale, a review is overdue, required answers are missing or the workbook is invalid')
    .argument('[workbook]', 'workbook file or folder (or -w)')
    .option('--min-score <percent>', 'fail below this overall score (0-100)', number({ max: 100 }))
    .option('--max-stale-days <days>', 'fail when an answer was last confirmed longer ago (default: review.interval_days, else 90)', number())
    .option('--review-within <days>', 'fail when no review was closed in this many days', number())
    .option('--drill-within <days>', 'fail when no tabletop drill was finished in this many days', number())
    .option('--json', 'print the result as JSON (exit code unchanged)')
    .option('--checklists <dir>', 'also load checklists from this folder', folder)
    .addHelpText('after', '\nExamples:\n  secbook check --min-score 80 --review-within 100\n  secbook check examples/acme --json')
    .action(async (positional: string | undefined, flags: CheckFlags) => {
      const workbook = workbookOf(positional, flags.workbook);
      const options = { minScore: flags.minScore, maxStaleDays: flags.maxStaleDays, reviewWithin: flags.reviewWithin, drillWithin: flags.drillWithin };
      const [{ runCheck }, { formatCheck }] = await Promise.all([import('../app/check.js'), import('./format-check.js')]);
      const result = await runCheck({ cwd: cwd(), workbook, checklistsDir: flags.checklists, now: now(), ...options });
      print(flags.json ? JSON.stringify(result, null, 2) : formatCheck(result));
      // NOTE: a failing gate is a result, not an error: print it, then exit 1 through main.ts.
      if (!result.ok) process.exitCode = 1;
    });
}
