import type { Command } from 'commander';
import { dirname } from 'node:path';
import { cwd, print } from './context.js';

export function templatesCommand(program: Command): void {
  const templates = program.command('templates').description('list or eject the document templates (override any of them in ./templates)');
  templates
    .command('eject')
    .description('copy a built-in template, partial or stylesheet into templates/ next to the workbook, to customise it')
    .argument('<name>', 'e.g. audit-report, partials/cover, print.css, notices/ca-residents')
    .option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml')
    .option('--force', 'replace an existing copy')
    .addHelpText('after', '\nExamples:\n  secbook templates eject partials/cover\n  secbook templates eject print.css --workbook examples/acme')
    .action(async (name: string, flags: { workbook: string; force?: boolean }) => {
      const [{ ejectTemplate }, { resolveWorkbookPath }] = await Promise.all([import('../render/eject.js'), import('../storage/project.js')]);
      const dir = dirname(resolveWorkbookPath(cwd(), flags.workbook));
      const result = await ejectTemplate({ cwd: cwd(), dir, name, force: flags.force });
      print(`Copied ${name} to ${result.to}. Edit it; \`secbook ${name.startsWith('notices/') ? 'incident render' : 'render'}\` uses it from now on (delete it to go back to the built-in one).`);
    });
  templates
    .command('list')
    .description('the built-in templates, partials and stylesheets, and which ones are overridden')
    .option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml')
    .action(async (flags: { workbook: string }) => {
      const [{ listTemplates, templateDisplayName }, { resolveWorkbookPath }] = await Promise.all([import('../render/eject.js'), import('../storage/project.js')]);
      const dir = dirname(resolveWorkbookPath(cwd(), flags.workbook));
      for (const s of listTemplates(dir)) {
        const name = templateDisplayName(s);
        print(`${name.padEnd(32)} ${s.overridden ? `overridden (${s.path})` : 'built-in'}`);
      }
    });
}
