import { checklistsFolder } from './folder-option.js';
import type { Command } from 'commander';
import { cwd, print } from './context.js';
import { style } from './style.js';

export function validateCommand(program: Command): void {
  program
    .command('validate')
    .description('check the checklists and the workbook; exit 0 when valid, 1 when not')
    .argument('[workbook]', 'workbook file or folder (default ./workbook.yaml; checklists only if absent)')
    .option('--checklists <dir>', 'also load checklists from this folder', checklistsFolder)
    .addHelpText('after', '\nExamples:\n  secbook validate\n  secbook validate team/workbook.yaml --checklists team/extra-checklists')
    .action(async (workbook: string | undefined, flags: { checklists?: string }) => {
      const { validateProject } = await import('../storage/validate-project.js');
      const result = await validateProject({ cwd: cwd(), workbook, checklistsDir: flags.checklists });
      for (const w of result.warnings) print(`${style.yellow('warning:')} ${w}`);
      print(
        `${style.green('✓')} ${result.checklists} checklists (${result.items} items) valid` +
          (result.workbook ? `; ${result.workbook} valid (${result.answers} answers)` : '; no workbook checked'),
      );
    });
}
