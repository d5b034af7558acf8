import type { Command } from 'commander';
import { FRAMEWORKS } from '../domain/scope-fields.js';
import { cwd, isInteractive, print } from './context.js';
import { pattern, repeatable, text, withWorkbook, workbookOf } from './options.js';
import { formatFrameworks } from './format-status.js';

interface ScopeFlags {
  workbook?: string;
  set?: string[];
  force?: string[];
  reason?: string;
}

export function scopeCommand(program: Command): void {
  withWorkbook(program.command('scope'))
    .description('show or change the scope answers that decide which frameworks and items apply')
    .argument('[workbook]', 'workbook file or folder (or -w)')
    .option('--set <field=value>', 'set a scope answer or an organisation field, e.g. eu_personal_data=true, us_states=CA,NY, timezone=Europe/Berlin, legal_name="Acme Ltd", approver="Dana Reyes", approver_role="Head of Security" (repeatable; empty value clears)', repeatable(pattern('field=value', /^[a-z0-9_]+=/i, 'Use field=value, e.g. eu_personal_data=true.')))
    .option('--force <framework=on|off|auto>', 'force a framework on or off regardless of the answers, or back to auto (repeatable)', repeatable(pattern('framework=on|off|auto', new RegExp(`^(${FRAMEWORKS.join('|')})=(on|off|auto)$`, 'i'), `Use framework=on|off|auto with a framework of ${FRAMEWORKS.join(', ')}.`)))
    .option('--reason <text>', 'why a framework is forced (shown in status and documents)', text)
    .addHelpText(
      'after',
      '\nWith no options in a terminal it asks the scope questions again, your current answers as defaults;\nwithout a terminal it shows the frameworks and why they apply.\n\nExamples:\n  secbook scope\n  secbook scope --set california_consumers=true --set ccpa_revenue_over_threshold=true\n  secbook scope --set timezone=Europe/Berlin --set approver="Dana Reyes" --set approver_role="Head of Security"\n  secbook scope --force hipaa=off --reason "legal confirmed we hold no PHI"',
    )
    .action(async (positional: string | undefined, flags: ScopeFlags) => {
      const workbook = workbookOf(positional, flags.workbook);
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
