/**
 * The Handlebars environment for notice drafts: templates/notices/*.hbs (and partials/),
 * overridable by name from the team's own `templates/notices/` folder. Its own instance,
 * default escaping for every value (no triple-stash on user text), and a `fill` helper
 * that prints a missing fact as a marked placeholder instead of inventing it.
 */
import { basename, dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { SecbookError } from '../errors.js';
import { listFolderSync, readRegularFileSync, type Confinement } from '../storage/safe-fs.js';
import { builtInTemplateDir } from '../package-root.js';

/** The marker a missing fact becomes; greppable in every output. */
export const PLACEHOLDER = (label: string): string => `[[TO FILL: ${label}]]`;

export interface NoticeTemplates {
  render(name: string, context: object): string;
}

function placeholderHtml(label: string): Handlebars.SafeString {
  return new Handlebars.SafeString(`<mark class="placeholder">${Handlebars.escapeExpression(PLACEHOLDER(label))}</mark>`);
}

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** `{{fill org.phone "toll-free number"}}`: the value (escaped) or a placeholder. */
  fill: (value: unknown, label: unknown) =>
    present(value) ? Handlebars.escapeExpression(String(value)) : placeholderHtml(typeof label === 'string' ? label : 'missing fact'),
  /** `{{placeholder "label"}}` */
  placeholder: (label: unknown) => placeholderHtml(String(label)),
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** Multi-line user text as escaped paragraphs (line breaks kept). */
  paras: (value: unknown, label: unknown) => {
    if (!present(value)) return placeholderHtml(String(label));
    const parts = String(value).split(/\n\s*\n/).map((p) => `<p>${Handlebars.escapeExpression(p).replace(/\n/g, '<br>')}</p>`);
    return new Handlebars.SafeString(parts.join('\n'));
  },
};

/** `*.hbs` in `dir`; a team's (`within`) must be regular files really inside its folder. */
function loadDir(dir: string, into: Map<string, string>, within?: Confinement): void {
  for (const name of listFolderSync(dir)) {
    if (name.endsWith('.hbs')) into.set(basename(name, '.hbs'), readRegularFileSync(join(dir, name), join(dir, name), within));
  }
}

/** Built-in notice templates, with the team's overrides (`<project>/templates/notices/`) by name. */
export function noticeTemplates(overrideDir?: string): NoticeTemplates {
  const builtIn = join(builtInTemplateDir(), 'notices');
  const templates = new Map<string, string>();
  const partials = new Map<string, string>();
  loadDir(builtIn, templates);
  loadDir(join(builtIn, 'partials'), partials);
  if (overrideDir) {
    // `<team>/templates/notices`: the team's folder is two levels up.
    const team = dirname(dirname(overrideDir));
    const within: Confinement = { root: team, name: `the team's folder (${team})` };
    loadDir(overrideDir, templates, within);
    loadDir(join(overrideDir, 'partials'), partials, within);
  }
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  for (const [name, text] of partials) hb.registerPartial(name, text);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  return {
    render(name, context) {
      const text = templates.get(name);
      if (text === undefined) throw new SecbookError(`no notice template named "${name}"`, { hint: `Notice templates: ${[...templates.keys()].sort().join(', ')}` });
      let fn = compiled.get(name);
      if (!fn) {
        fn = hb.compile(text, { knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true])) });
        compiled.set(name, fn);
      }
      try {
        return fn(context);
      } catch (error) {
        throw new SecbookError(`templates/notices/${name}.hbs: ${(error as Error).message.split('\n')[0]}`, {
          hint: 'Fix the template, or delete your copy to use the built-in one again.',
          cause: error,
        });
      }
    },
  };
}
