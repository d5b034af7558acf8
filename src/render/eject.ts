/** `secbook templates eject <name>`: copy a built-in template, partial or stylesheet to a team's `templates/`. */
import { dirname, join, relative } from 'node:path';
import { SecbookError } from '../errors.js';
import { atomicWrite } from '../storage/atomic-write.js';
import { checkWriteTarget, makeFolderInside, readRegularFile } from '../storage/safe-fs.js';
import { createTemplateEnv, type TemplateSource } from './handlebars-env.js';

export interface EjectOptions {
  cwd: string;
  /** The workbook's folder; templates go to `<dir>/templates`. */
  dir: string;
  name: string;
  force?: boolean;
  builtInDir?: string;
}

/** Built-in templates, partials and stylesheets, and which ones the team overrides. */
export function listTemplates(dir: string, builtInDir?: string): TemplateSource[] {
  return createTemplateEnv({ overrideDir: join(dir, 'templates'), builtInDir }).sources();
}

function target(source: TemplateSource, dir: string): string {
  const file = source.kind === 'css' ? `${source.name}.css` : `${source.name}.hbs`;
  return source.kind === 'partial' ? join(dir, 'templates', 'partials', file) : join(dir, 'templates', file);
}

export async function ejectTemplate(options: EjectOptions): Promise<{ from: string; to: string }> {
  const wanted = options.name.replace(/^partials\//, '').replace(/\.(hbs|css)$/, '');
  const builtIn = createTemplateEnv({ builtInDir: options.builtInDir }).sources();
  const source = builtIn.find((s) => s.name === wanted);
  if (!source) {
    throw new SecbookError(`no built-in template, partial or stylesheet named "${options.name}"`, {
      hint: `Available: ${builtIn.map((s) => (s.kind === 'partial' ? `partials/${s.name}` : s.kind === 'css' ? `${s.name}.css` : s.name)).join(', ')}`,
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
