import type { Command } from 'commander';
import { cwd, now, print } from './context.js';
import { SecbookError } from '../errors.js';

interface CheckFlags {
  minScore?: string;
  maxStaleDays?: string;
  reviewWithin?: string;
  drillWithin?: string;
  json?: boolean;
  checklists?: string;
}

function number(flag: string, raw: string | undefined, max = Infinity): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > max) {
    throw new SecbookError(`${flag} expects a number${max === Infinity ? ' of 0 or more' : ` from 0 to ${max}`}, got "${raw}"`, { exitCode: 2 });
  }
  return n;
}

export function checkCommand(program: Command): void {
  program
    .command('check')
    .description('CI gate: exit 1 with reasons when the score is low, answers are stale, a review is overdue, required answers are missing or the workbook is invalid')
    .argument('[workbook]', 'workbook file or folder', 'workbook.yaml')
    .option('--min-score <percent>', 'fail below this overall score (0-100)')
    .option('--max-stale-days <days>', 'fail when an answer was last confirmed longer ago (default: review.interval_days, else 90)')
    .option('--review-within <days>', 'fail when no review was closed in this many days')
    .option('--drill-within <days>', 'fail when no tabletop drill was finished in this many days')
    .option('--json', 'print the result as JSON (exit code unchanged)')
    .option('--checklists <dir>', 'also load checklists from this folder')
    .addHelpText('after', '\nExamples:\n  secbook check --min-score 80 --review-within 100\n  secbook check examples/acme --json')
    .action(async (workbook: string, flags: CheckFlags) => {
      const options = {
        minScore: number('--min-score', flags.minScore, 100),
        maxStaleDays: number('--max-stale-days', flags.maxStaleDays),
        reviewWithin: number('--review-within', flags.reviewWithin),
        drillWithin: number('--drill-within', flags.drillWithin),
      };
      const [{ runCheck }, { formatCheck }] = await Promise.all([import('../review/run-check.js'), import('./format-check.js')]);
      const result = await runCheck({ cwd: cwd(), workbook, checklistsDir: flags.checklists, now: now(), ...options });
      print(flags.json ? JSON.stringify(result, null, 2) : formatCheck(result));
      // NOTE: a failing gate is a result, not an error: print it, then exit 1 through main.ts.
      if (!result.ok) process.exitCode = 1;
    });
}
