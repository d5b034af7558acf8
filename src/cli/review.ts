import type { Command } from 'commander';
import { collect, cwd, now, print } from './context.js';
import { SecbookError } from '../errors.js';

interface Common {
  workbook?: string;
  checklists?: string;
}

/** Loads the project for a review subcommand (lazily: nothing heavy at startup). */
async function context(flags: Common) {
  const { openProject } = await import('../storage/project.js');
  const project = await openProject({ cwd: cwd(), workbook: flags.workbook, checklistsDir: flags.checklists });
  return { project, cwd: cwd(), now: now() };
}

const common = (cmd: Command): Command =>
  cmd.option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml').option('--checklists <dir>', 'also load checklists from this folder');

function paperOf(value: string): 'a4' | 'letter' {
  const paper = value.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new SecbookError(`unknown paper size "${value}"`, { hint: 'Use --paper a4 or --paper letter.' });
  return paper;
}

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
    .option('--period <label>', 'review period, e.g. 2027-Q1 (default: the current quarter)')
    .action(async (flags: Common & { period?: string }) => {
      const { startReview } = await import('../review/start-review.js');
      const { formatStarted } = await import('./format-review.js');
      const result = await startReview(await context(flags), { period: flags.period, by: process.env.USER });
      print(formatStarted(result));
    });

  common(review.command('status'))
    .description('what the open review still needs (stale, overdue, new items)')
    .option('--json', 'print as JSON')
    .action(async (flags: Common & { json?: boolean }) => {
      const { reviewProgress } = await import('../review/review-progress.js');
      const { formatProgress } = await import('./format-review.js');
      const progress = await reviewProgress(await context(flags));
      print(flags.json ? JSON.stringify(progress, null, 2) : formatProgress(progress));
    });

  common(review.command('confirm'))
    .description('confirm answers are still true without changing them (sets confirmed_at, and confirmed_by with --by)')
    .argument('<item-id...>', 'item ids to confirm')
    .option('--by <name>', 'who confirmed (recorded as confirmed_by; shown in the review report)')
    .action(async (ids: string[], flags: Common & { by?: string }) => {
      const { confirmItems } = await import('../review/review-progress.js');
      const confirmed = await confirmItems(await context(flags), ids, flags.by);
      print(`Confirmed ${confirmed.join(', ')}.`);
    });

  common(review.command('close'))
    .description('sign the open review off and render the Audit Review Report')
    .option('--reviewer <name>', 'who reviewed (repeatable; default: $USER)', collect)
    .option('--sign-off <text>', 'sign-off statement recorded in the review and report')
    .option('--force', 'close even though items are still unconfirmed (they are listed in the report)')
    .option('-o, --out <dir>', 'output folder, as for secbook render', 'output')
    .option('--no-pdf', 'write HTML only')
    .option('--documents', 'also re-render the policy documents (new versions only where their content changed)')
    .option('--paper <size>', 'a4 or letter', 'a4')
    .action(async (flags: Common & { reviewer?: string[]; signOff?: string; force?: boolean; out: string; pdf: boolean; documents?: boolean; paper: string }) => {
      const { closeAndReport } = await import('../review/close-and-report.js');
      const { formatClosed } = await import('./format-review.js');
      const reviewers = flags.reviewer ?? (process.env.USER ? [process.env.USER] : []);
      const paper = paperOf(flags.paper);
      const result = await closeAndReport(await context(flags), { reviewers, signOff: flags.signOff, force: flags.force, out: flags.out, pdf: flags.pdf, documents: flags.documents, paper });
      print(formatClosed(result));
    });

  const reportFlags = (cmd: Command): Command =>
    cmd
      .option('-o, --out <dir>', 'output folder, as for secbook render', 'output')
      .option('--no-pdf', 'write HTML only')
      .option('--paper <size>', 'a4 or letter', 'a4');

  reportFlags(common(review.command('approve')))
    .description('record who approved a closed review (name, role, time), then re-issue its report')
    .argument('<period>', 'the closed review, e.g. 2027-Q1')
    .requiredOption('--by <name>', 'who approves')
    .requiredOption('--role <role>', 'their role, e.g. CISO')
    .option('--note <text>', 'a note recorded with the approval')
    .action(async (period: string, flags: Common & { by: string; role: string; note?: string; out: string; pdf: boolean; paper: string }) => {
      const { approveReview } = await import('../review/close-and-report.js');
      const { formatApproved } = await import('./format-review.js');
      const result = await approveReview(await context(flags), period, { by: flags.by, role: flags.role, note: flags.note, out: flags.out, pdf: flags.pdf, paper: paperOf(flags.paper) });
      print(formatApproved(result));
    });

  reportFlags(common(review.command('report')))
    .description('render a closed review\'s Audit Review Report again (same content, same version)')
    .argument('<period>', 'the closed review, e.g. 2027-Q1')
    .action(async (period: string, flags: Common & { out: string; pdf: boolean; paper: string }) => {
      const { publishReviewReport } = await import('../review/close-and-report.js');
      const { formatReport } = await import('./format-review.js');
      const result = await publishReviewReport(await context(flags), period, { out: flags.out, pdf: flags.pdf, paper: paperOf(flags.paper) });
      print(formatReport(result).join('\n'));
    });

  common(review.command('diff'))
    .description('what changed: status, gaps opened/closed, scores, new/removed items, owners, due dates')
    .argument('[from]', 'a review period or "current" (default: the last closed review)')
    .argument('[to]', 'a review period or "current"', 'current')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  secbook review diff                 # last closed review → now\n  secbook review diff 2026-Q4 2027-Q1 --json')
    .action(async (from: string | undefined, to: string, flags: Common & { json?: boolean }) => {
      const { diffReviews } = await import('../review/review-diff.js');
      const { formatDiff } = await import('../review/format-diff.js');
      const diff = await diffReviews(await context(flags), { from, to });
      print(flags.json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
    });
}
