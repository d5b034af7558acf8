import type { Command } from 'commander';
import { cwd, print } from './context.js';
import { withWorkbook } from './options.js';

export function templatesCommand(program: Command): void {
  const templates = program.command('templates').description('list or eject the document templates (override any of them in ./templates)');
  withWorkbook(templates.command('eject'))
    .description('copy a built-in template, partial or stylesheet into templates/ next to the workbook, to customise it')
    .argument('<name>', 'e.g. audit-report, partials/cover, print.css, notices/ca-residents')
    .option('--force', 'replace an existing copy')
    .addHelpText('after', '\nExamples:\n  secbook templates eject partials/cover\n  secbook templates eject print.css --workbook examples/acme')
    .action(async (name: string, flags: { workbook?: string; force?: boolean }) => {
      const { eject } = await import('../app/templates.js');
      const result = await eject({ cwd: cwd(), workbook: flags.workbook, name, force: flags.force });
      print(`Copied ${name} to ${result.to}. Edit it; \`secbook ${name.startsWith('notices/') ? 'incident render' : 'render'}\` uses it from now on (delete it to go back to the built-in one).`);
    });
  withWorkbook(templates.command('list'))
    .description('the built-in templates, partials and stylesheets, and which ones are overridden')
    .action(async (flags: { workbook?: string }) => {
      const { templates } = await import('../app/templates.js');
      for (const t of templates({ cwd: cwd(), workbook: flags.workbook })) print(`${t.name.padEnd(32)} ${t.overridden ? `overridden (${t.path})` : 'built-in'}`);
    });
}
