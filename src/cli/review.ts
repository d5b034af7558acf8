import type { Command } from 'commander';
import { SecbookError } from '../errors.js';
import { cwd, now, print } from './context.js';
import { choice, folder, path, period, repeatable, text, withWorkbook } from './options.js';

interface Common {
  workbook?: string;
  checklists?: string;
}

const options = (flags: Common) => ({ cwd: cwd(), workbook: flags.workbook, checklistsDir: flags.checklists, now: now() });

/** Loads the project for a review subcommand (lazily: nothing heavy at startup). */
async function context(flags: Common) {
  const { openReviewContext } = await import('../app/review.js');
  return openReviewContext(options(flags));
}

const common = (cmd: Command): Command => withWorkbook(cmd).option('--checklists <dir>', 'also load checklists from this folder', folder);

export function reviewCommand(program: Command): void {
  const review = program
    .command('review')
    .description('quarterly reviews: snapshot, re-confirm what is stale, see what changed, sign off')
    .addHelpText(
      'after',
      '\nA review cycle:\n  secbook review start            # snapshot + mark stale/overdue/new items\n  secbook run --review            # go through just those items\n  secbook review status           # what is left\n  secbook review close --reviewer "Dana (CISO)" --sign-off "Reviewed with the SRE team"\n  secbook review diff             # what changed since the last closed review',
    );

  common(review.command('start'))
    .description('open a review: snapshot the answers to reviews/<period>.yaml and mark items to re-confirm')
    .option('--period <label>', 'review period, e.g. 2027-Q1 (default: the current quarter)', period)
    .action(async (flags: Common & { period?: string }) => {
      const { startReview } = await import('../app/review-start.js');
      const { formatStarted } = await import('./format-review.js');
      const result = await startReview(await context(flags), { period: flags.period, by: process.env.USER });
      print(formatStarted(result));
    });

  common(review.command('status'))
    .description('what the open review still needs (stale, overdue, new items)')
    .option('--json', 'print as JSON')
    .action(async (flags: Common & { json?: boolean }) => {
      const { reviewStatus } = await import('../app/review.js');
      const { formatProgress } = await import('./format-review.js');
      const progress = await reviewStatus(options(flags));
      print(flags.json ? JSON.stringify(progress, null, 2) : formatProgress(progress));
    });

  common(review.command('confirm'))
    .description('confirm answers are still true without changing them (sets confirmed_at, and confirmed_by with --by)')
    .argument('<item-id...>', 'item ids to confirm')
    .option('--by <name>', 'who confirmed (recorded as confirmed_by; shown in the review report)', text)
    .action(async (ids: string[], flags: Common & { by?: string }) => {
      const { reviewConfirm } = await import('../app/review.js');
      const confirmed = await reviewConfirm({ ...options(flags), ids, by: flags.by });
      print(`Confirmed ${confirmed.join(', ')}.`);
    });

  common(review.command('close'))
    .description('sign the open review off and render the Audit Review Report')
    .option('--reviewer <name>', 'who reviewed (repeatable; default: $USER)', repeatable(text))
    .option('--sign-off <text>', 'sign-off statement recorded in the review and report', text)
    .option('--force', 'close even though items are still unconfirmed (they are listed in the report)')
    .option('-o, --out <dir>', 'output folder, as for secbook render', path, 'output')
    .option('--no-pdf', 'write HTML only')
    .option('--documents', 'also re-render the policy documents (new versions only where their content changed)')
    .option('--paper <size>', 'a4 or letter', choice(['a4', 'letter'] as const), 'a4')
    .action(async (flags: Common & { reviewer?: string[]; signOff?: string; force?: boolean; out: string; pdf: boolean; documents?: boolean; paper: 'a4' | 'letter' }) => {
      const { closeAndReport } = await import('../app/review-close.js');
      const { formatClosed } = await import('./format-review.js');
      const reviewers = flags.reviewer ?? (process.env.USER ? [process.env.USER] : []);
      const paper = flags.paper;
      const result = await closeAndReport(await context(flags), { reviewers, signOff: flags.signOff, force: flags.force, out: flags.out, pdf: flags.pdf, documents: flags.documents, paper });
      print(formatClosed(result));
    });

  const reportFlags = (cmd: Command): Command =>
    cmd
      .option('-o, --out <dir>', 'output folder, as for secbook render', path, 'output')
      .option('--no-pdf', 'write HTML only')
      .option('--paper <size>', 'a4 or letter', choice(['a4', 'letter'] as const), 'a4');

  reportFlags(common(review.command('approve')))
    .description('record who approved a closed review (name, role, time), then re-issue its report')
    .argument('<period>', 'the closed review, e.g. 2027-Q1')
    .option('--by <name>', 'who approves (required)', text)
    .option('--role <role>', 'their role, e.g. CISO (required)', text)
    .option('--note <text>', 'a note recorded with the approval', text)
    .action(async (period: string, flags: Common & { by?: string; role?: string; note?: string; out: string; pdf: boolean; paper: 'a4' | 'letter' }) => {
      if (!flags.by || !flags.role) throw new SecbookError('review approve needs --by and --role', { hint: 'e.g. secbook review approve 2027-Q1 --by "Dana Lee" --role CISO', exitCode: 2 });
      const { approveReview } = await import('../app/review-close.js');
      const { formatApproved } = await import('./format-review.js');
      const result = await approveReview(await context(flags), period, { by: flags.by, role: flags.role, note: flags.note, out: flags.out, pdf: flags.pdf, paper: flags.paper });
      print(formatApproved(result));
    });

  reportFlags(common(review.command('report')))
    .description('render a closed review\'s Audit Review Report again (same content, same version)')
    .argument('<period>', 'the closed review, e.g. 2027-Q1')
    .action(async (period: string, flags: Common & { out: string; pdf: boolean; paper: 'a4' | 'letter' }) => {
      const { publishReviewReport } = await import('../app/review-close.js');
      const { formatReport } = await import('./format-review.js');
      const result = await publishReviewReport(await context(flags), period, { out: flags.out, pdf: flags.pdf, paper: flags.paper });
      print(formatReport(result).join('\n'));
    });

  common(review.command('diff'))
    .description('what changed: status, gaps opened/closed, scores, new/removed items, owners, due dates')
    .argument('[from]', 'a review period or "current" (default: the last closed review)')
    .argument('[to]', 'a review period or "current"', 'current')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  secbook review diff                 # last closed review → now\n  secbook review diff 2026-Q4 2027-Q1 --json')
    .action(async (from: string | undefined, to: string, flags: Common & { json?: boolean }) => {
      const { diffReviews } = await import('../app/review-diff.js');
      const { formatDiff } = await import('./format-diff.js');
      const diff = await diffReviews(await context(flags), { from, to });
      print(flags.json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
    });
}
