import type { Command } from 'commander';
import { cwd, now, print } from './context.js';
import { choice, folder, list, path, text, withWorkbook, workbookOf } from './options.js';

const FORMATS = ['html', 'pdf', 'md', 'docx'] as const;
const PAPERS = ['a4', 'letter'] as const;

interface RenderFlags {
  format?: (typeof FORMATS)[number][];
  out: string;
  only?: string[];
  paper: (typeof PAPERS)[number];
  force?: boolean;
  strict?: boolean;
  allJurisdictions?: boolean;
  checklists?: string;
  workbook?: string;
}

export function renderCommand(program: Command): void {
  withWorkbook(program.command('render'))
    .description('render the policy documents and audit report (HTML, PDF, Markdown, Word), versioned by content')
    .argument('[workbook]', 'workbook file or folder (or -w)')
    .option('-f, --format <list>', 'formats: html, pdf, md, docx, comma-separated or repeated (default: html,pdf)', list(choice(FORMATS)))
    .option('-o, --out <dir>', 'output folder', path, 'output')
    .option('--only <doc-id>', 'render only this document (repeatable; a prefix like "privacy" works)', list(text))
    .option('--paper <size>', 'a4 or letter', choice(PAPERS), 'a4')
    .option('--force', 'rewrite the files of the current versions even if nothing changed')
    .option('--strict', 'fail, writing nothing, while any document has open decisions')
    .option('--all-jurisdictions', 'the breach-notification matrix lists every US jurisdiction, not only scope.us_states')
    .option('--checklists <dir>', 'also load checklists from this folder', folder)
    .addHelpText(
      'after',
      '\nExamples:\n  secbook render\n  secbook render examples/acme --format html,pdf --out output\n  secbook render --only audit-report --paper letter\n  secbook render --strict   # fails while questions are unanswered\n\nOutput: <out>/<doc-id>/<version>/<doc-id>.{html,pdf,md,docx}, <out>/index.html, <out>/manifest.json.\nPDF needs Chrome/Chromium (PUPPETEER_EXECUTABLE_PATH, or apt-get install -y chromium).',
    )
    .action(async (positional: string | undefined, flags: RenderFlags) => {
      const workbook = workbookOf(positional, flags.workbook);
      const formats = flags.format ?? ['html', 'pdf'];
      const paper = flags.paper;
      const [{ renderProject }, { formatRenderSummary }] = await Promise.all([import('../app/render.js'), import('./format-render.js')]);
      const summary = await renderProject({
        cwd: cwd(),
        workbook,
        checklistsDir: flags.checklists,
        out: flags.out,
        formats: [...new Set(formats)],
        only: flags.only ?? [],
        paper,
        force: flags.force,
        strict: flags.strict,
        allJurisdictions: flags.allJurisdictions,
        now: now(),
      });
      print(formatRenderSummary(summary));
    });
}
