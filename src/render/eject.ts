/** `secbook templates eject <name>`: copy a built-in template, partial or stylesheet to a team's `templates/`. */
import { dirname, join, relative } from 'node:path';
import { SecbookError } from '../errors.js';
import { atomicWrite } from '../storage/atomic-write.js';
import { checkWriteTarget, makeFolderInside, readRegularFile } from '../storage/safe-fs.js';
import type Handlebars from 'handlebars';
import { builtInTemplateDir } from '../package-root.js';
import { createTemplateEnv, type TemplateSource } from './handlebars-env.js';

export interface EjectOptions {
  cwd: string;
  /** The workbook's folder; templates go to `<dir>/templates`. */
  dir: string;
  name: string;
  force?: boolean;
  builtInDir?: string;
  /** The breach-notice templates' own helpers (they live with incidents, which build on this pipeline). */
  noticeHelpers?: Record<string, Handlebars.HelperDelegate>;
}

/** Breach-notice templates live in `notices/` (their own family, same pipeline); names carry the prefix. */
const NOTICES = 'notices';

/** Built-in templates, partials and stylesheets (documents and breach notices), and which ones the team overrides. */
export function listTemplates(dir: string, builtInDir?: string, noticeHelpers: Record<string, Handlebars.HelperDelegate> = {}): TemplateSource[] {
  const root = builtInDir ?? builtInTemplateDir();
  const notices = createTemplateEnv({ overrideDir: join(dir, 'templates', NOTICES), builtInDir: join(root, NOTICES), helpers: noticeHelpers }).sources().map((s) => ({ ...s, name: `${NOTICES}/${s.name}` }));
  return [...createTemplateEnv({ overrideDir: join(dir, 'templates'), builtInDir }).sources(), ...notices];
}

/** How `templates list` names a source and `templates eject` takes it: `partials/cover`, `notices/partials/notice-layout`, `print.css`. */
export function templateDisplayName(s: TemplateSource): string {
  if (s.kind === 'css') return `${s.name}.css`;
  if (s.kind !== 'partial') return s.name;
  return s.name.startsWith(`${NOTICES}/`) ? `${NOTICES}/partials/${s.name.slice(NOTICES.length + 1)}` : `partials/${s.name}`;
}

function target(source: TemplateSource, dir: string): string {
  const notice = source.name.startsWith(`${NOTICES}/`);
  const name = notice ? source.name.slice(NOTICES.length + 1) : source.name;
  const base = notice ? join(dir, 'templates', NOTICES) : join(dir, 'templates');
  const file = source.kind === 'css' ? `${name}.css` : `${name}.hbs`;
  return source.kind === 'partial' ? join(base, 'partials', file) : join(base, file);
}

export async function ejectTemplate(options: EjectOptions): Promise<{ from: string; to: string }> {
  const wanted = options.name.replace(/\.(hbs|css)$/, '').replace(/^(notices\/)?partials\//, '$1');
  const root = options.builtInDir ?? builtInTemplateDir();
  const builtIn = [
    ...createTemplateEnv({ builtInDir: options.builtInDir }).sources(),
    ...createTemplateEnv({ builtInDir: join(root, NOTICES), helpers: options.noticeHelpers ?? {} }).sources().map((s) => ({ ...s, name: `${NOTICES}/${s.name}` })),
  ];
  const source = builtIn.find((s) => s.name === wanted);
  if (!source) {
    throw new SecbookError(`no built-in template, partial or stylesheet named "${options.name}"`, {
      hint: `Available: ${builtIn.map(templateDisplayName).join(', ')}`,
    });
  }
  const to = target(source, options.dir);
  const shown = relative(options.cwd, to) || to;
  const within = { root: options.dir, name: `the team's folder (${relative(options.cwd, options.dir) || '.'})` };
  // Never through a link, dangling or not (checkWriteTarget), nor into a folder that a link
  // takes out of the team's folder; the copy replaces the file atomically.
  await makeFolderInside(dirname(to), relative(options.cwd, dirname(to)) || dirname(to), within);
  const exists = await checkWriteTarget(to, shown, within);
  if (exists && !options.force) {
    throw new SecbookError(`${shown} already exists`, { hint: 'Edit it, or pass --force to replace it with the built-in version.' });
  }
  await atomicWrite(to, await readRegularFile(source.path), shown);
  return { from: source.path, to: shown };
}
