import { checklistsFolder } from './folder-option.js';
import type { Command } from 'commander';
import { cwd, print, today } from './context.js';

export function statusCommand(program: Command): void {
  program
    .command('status')
    .description('progress and score per checklist and section, and which frameworks apply and why')
    .argument('[workbook]', 'workbook file or folder', 'workbook.yaml')
    .option('--json', 'print the same numbers as JSON')
    .option('--checklists <dir>', 'also load checklists from this folder', checklistsFolder)
    .addHelpText('after', '\nExamples:\n  secbook status\n  secbook status examples/acme --json | jq .score.score')
    .action(async (workbook: string, flags: { json?: boolean; checklists?: string }) => {
      const [{ openProject }, { buildStatus }, { formatStatus }] = await Promise.all([
        import('../storage/project.js'),
        import('../domain/status-report.js'),
        import('./format-status.js'),
      ]);
      const project = await openProject({ cwd: cwd(), workbook, checklistsDir: flags.checklists });
      const report = buildStatus(project.checklists, project.workbook.data, today());
      print(flags.json ? JSON.stringify(report, null, 2) : formatStatus(report, { width: process.stdout.columns ?? 80 }));
    });
}
