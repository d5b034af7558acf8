import type { Command } from 'commander';
import { SecbookError } from '../errors.js';
import { cwd, list, now, print } from './context.js';

interface RenderFlags {
  format: string[];
  out: string;
  only?: string[];
  paper: string;
  force?: boolean;
  strict?: boolean;
  checklists?: string;
}

const FORMATS = ['html', 'pdf', 'md', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export function renderCommand(program: Command): void {
  program
    .command('render')
    .description('render the policy documents and audit report (HTML, PDF, Markdown, Word), versioned by content')
    .argument('[workbook]', 'workbook file or folder', 'workbook.yaml')
    .option('-f, --format <list>', 'formats: html, pdf, md, docx, comma-separated or repeated (default: html,pdf)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--only <doc-id>', 'render only this document (repeatable; a prefix like "privacy" works)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--paper <size>', 'a4 or letter', 'a4')
    .option('--force', 'rewrite the files of the current versions even if nothing changed')
    .option('--strict', 'fail, writing nothing, while any document has open decisions')
    .option('--checklists <dir>', 'also load checklists from this folder')
    .addHelpText(
      'after',
      '\nExamples:\n  secbook render\n  secbook render examples/acme --format html,pdf --out output\n  secbook render --only audit-report --paper letter\n  secbook render --strict   # fails while questions are unanswered\n\nOutput: <out>/<doc-id>/<version>/<doc-id>.{html,pdf,md,docx}, <out>/index.html, <out>/manifest.json.\nPDF needs Chrome/Chromium (PUPPETEER_EXECUTABLE_PATH, or apt-get install -y chromium).',
    )
    .action(async (workbook: string, flags: RenderFlags) => {
      const formats = list(flags.format ?? ['html', 'pdf']);
      const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (bad.length > 0) throw new SecbookError(`unknown format: ${bad.join(', ')}`, { hint: 'Use --format html,pdf,md,docx (any of them).' });
      const paper = flags.paper.toLowerCase();
      if (paper !== 'a4' && paper !== 'letter') throw new SecbookError(`unknown paper size "${flags.paper}"`, { hint: 'Use --paper a4 or --paper letter.' });
      const [{ renderProject }, { formatRenderSummary }] = await Promise.all([import('../render/render-project.js'), import('./format-render.js')]);
      const summary = await renderProject({
        cwd: cwd(),
        workbook,
        checklistsDir: flags.checklists,
        out: flags.out,
        formats: [...new Set(formats)] as Format[],
        only: list(flags.only),
        paper,
        force: flags.force,
        strict: flags.strict,
        now: now(),
      });
      print(formatRenderSummary(summary));
    });
}
