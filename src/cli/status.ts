import type { Command } from 'commander';
import { cwd, now, print } from './context.js';
import { folder, withWorkbook, workbookOf } from './options.js';

export function statusCommand(program: Command): void {
  withWorkbook(program.command('status'))
    .description('progress and score per checklist and section, and which frameworks apply and why')
    .argument('[workbook]', 'workbook file or folder (or -w)')
    .option('--json', 'print the same numbers as JSON')
    .option('--checklists <dir>', 'also load checklists from this folder', folder)
    .addHelpText('after', '\nExamples:\n  secbook status\n  secbook status examples/acme --json | jq .score.score')
    .action(async (positional: string | undefined, flags: { json?: boolean; checklists?: string; workbook?: string }) => {
      const workbook = workbookOf(positional, flags.workbook);
      const [{ status }, { formatStatus }] = await Promise.all([import('../app/status.js'), import('./format-status.js')]);
      const report = await status({ cwd: cwd(), workbook, checklistsDir: flags.checklists, now: now() });
      print(flags.json ? JSON.stringify(report, null, 2) : formatStatus(report, { width: process.stdout.columns ?? 80 }));
    });
}
