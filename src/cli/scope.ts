import type { Command } from 'commander';
import { collect, cwd, isInteractive, print } from './context.js';
import { formatFrameworks } from './format-status.js';

interface ScopeFlags {
  set?: string[];
  force?: string[];
  reason?: string;
}

export function scopeCommand(program: Command): void {
  program
    .command('scope')
    .description('show or change the scope answers that decide which frameworks and items apply')
    .argument('[workbook]', 'workbook file or folder', 'workbook.yaml')
    .option('--set <field=value>', 'set a scope answer, e.g. eu_personal_data=true, us_states=CA,NY (repeatable; empty value clears)', collect)
    .option('--force <framework=on|off|auto>', 'force a framework on or off regardless of the answers, or back to auto (repeatable)', collect)
    .option('--reason <text>', 'why a framework is forced (shown in status and documents)')
    .addHelpText(
      'after',
      '\nWith no options in a terminal it asks the scope questions again, your current answers as defaults;\nwithout a terminal it shows the frameworks and why they apply.\n\nExamples:\n  secbook scope\n  secbook scope --set california_consumers=true --set ccpa_revenue_over_threshold=true\n  secbook scope --force hipaa=off --reason "legal confirmed we hold no PHI"',
    )
    .action(async (workbook: string, flags: ScopeFlags) => {
      const { runScope } = await import('../app/scope.js');
      const result = await runScope({
        cwd: cwd(),
        workbook,
        sets: flags.set ?? [],
        forces: flags.force ?? [],
        reason: flags.reason,
        interactive: isInteractive(),
      });
      if (result.changed.length > 0) print(`Saved ${result.changed.join(', ')} in ${result.file}.\n`);
      print(formatFrameworks(result.frameworks));
    });
}
