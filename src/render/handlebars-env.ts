/**
 * The Handlebars environment documents render in: its own instance (never the global
 * one), strict templates that may call only secbook's helpers, built-in templates and
 * partials from `templates/`, overridden by name from a team's `templates/` folder.
 */
import { basename, dirname, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { SecbookError } from '../errors.js';
import { listFolderSync, readRegularFileSync, type Confinement } from '../storage/safe-fs.js';
import { builtInTemplateDir } from '../package-root.js';
import { HELPERS } from './helpers.js';

export interface TemplateEnvOptions {
  /** A team's `templates/` folder (next to the workbook); missing folders are ignored. */
  overrideDir?: string;
  /** The folder overrides must really be inside; the parent of overrideDir by default. */
  teamDir?: string;
  /** Replaces the built-in folder (tests). */
  builtInDir?: string;
  /** Base for the file names in error messages. */
  cwd?: string;
  /** More helpers for one family of templates (breach notices); known to the compiler like the rest. */
  helpers?: Record<string, Handlebars.HelperDelegate>;
}

export interface TemplateSource {
  name: string;
  kind: 'template' | 'partial' | 'css';
  /** Absolute path of the file actually used. */
  path: string;
  overridden: boolean;
}

export interface TemplateEnv {
  /** Renders template `name` (`templates/<name>.hbs`) with `context`. */
  render(name: string, context: object): string;
  /**
   * The print CSS (`templates/*.css` concatenated by name), marked safe for `{{css}}` in a
   * `<style>` element (it is template text, never user input; escaping would break quotes).
   */
  css(): Handlebars.SafeString;
  has(name: string): boolean;
  /** Every file the environment uses, for `templates list` and fingerprints. */
  sources(): TemplateSource[];
  /** A digest of every template, partial and CSS used (changes → document versions). */
  fingerprint(): string;
  /** Compiles every template and partial now (built-in ones otherwise compile on first use). */
  compileAll(): void;
}

const compileOptions = (names: string[]) =>
  ({
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(names.map((k) => [k, true])),
    // NOTE: prototype access stays disallowed (handlebars ≥ 4.6 default); never enable it.
  }) as const;

interface Loaded {
  source: TemplateSource;
  text: string;
}

/**
 * Loads `*.hbs` (and, for templates, `*.css`) from `dir`. A team's overrides must be regular
 * files really inside the team's folder (`within`): a link to /etc/passwd is refused, never
 * read into a document.
 */
function scan(dir: string, kind: 'template' | 'partial', overridden: boolean, into: Map<string, Loaded>, css: Map<string, Loaded>, display: (p: string) => string, within?: Confinement): void {
  for (const name of listFolderSync(dir, display(dir))) {
    const path = join(dir, name);
    const ext = name.endsWith('.hbs') ? '.hbs' : name.endsWith('.css') && kind === 'template' ? '.css' : undefined;
    if (!ext) continue;
    const id = basename(name, ext);
    const text = readRegularFileSync(path, display(path), within);
    if (ext === '.hbs') into.set(id, { source: { name: id, kind, path, overridden }, text });
    else css.set(id, { source: { name: id, kind: 'css', path, overridden }, text });
  }
}

/** Turns Handlebars' messages into `file:line:col message` errors a template author can act on. */
function templateError(file: string, error: unknown, what: 'compile' | 'render', helperNames: string[] = Object.keys(HELPERS)): SecbookError {
  const e = error as Error & { lineNumber?: number; column?: number };
  const raw = e.message ?? String(error);
  let line = e.lineNumber;
  let col = e.column;
  const parse = /Parse error on line (\d+)/.exec(raw);
  if (parse) line = Number(parse[1]);
  const loc = / - (\d+):(\d+)$/.exec(raw);
  if (loc) {
    line = Number(loc[1]);
    col = Number(loc[2]) + 1;
  }
  let message = raw.replace(/ - \d+:\d+$/, '').split('\n')[0] ?? raw;
  const unknownHelper = /unknown helper (\S+)/.exec(raw);
  if (unknownHelper) message = `unknown helper "${unknownHelper[1]}" (known: ${helperNames.join(', ')})`;
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  if (missing) message = `field "${missing[1]}" is not defined here`;
  if (parse) {
    const expecting = raw.split('\n').pop() ?? '';
    message = /got 'EOF'/.test(expecting) ? 'syntax error: a block is not closed (reached the end of the file)' : `syntax error: ${expecting}`;
  }
  const where = line ? `${file}:${line}:${col ?? 1}` : file;
  return new SecbookError(`${where} ${message}`, {
    hint: what === 'compile' ? 'Fix the template, or delete it to use the built-in one again.' : 'Check the field and helper names against the built-in template (`secbook templates eject <name>`).',
    cause: error,
  });
}

/**
 * Whether a runtime error's `line:col` points into `text`. NOTE: a `{{#> layout}}` block's
 * content runs inside the layout partial, so the innermost partial on the stack is not
 * always the file at fault; we check that the named field or helper is on that line.
 */
function pointsInto(text: string, error: unknown): boolean {
  const raw = (error as Error)?.message ?? '';
  const loc = / - (\d+):(\d+)$/.exec(raw);
  const name = /^"([^"]+)" not defined/.exec(raw)?.[1] ?? /unknown helper (\S+)/.exec(raw)?.[1];
  if (!loc || !name) return true;
  return (text.split('\n')[Number(loc[1]) - 1] ?? '').includes(name);
}

/** Loads built-in templates, partials and CSS, then the team's overrides by name. */
export function createTemplateEnv(options: TemplateEnvOptions = {}): TemplateEnv {
  const builtIn = options.builtInDir ?? builtInTemplateDir();
  const templates = new Map<string, Loaded>();
  const partials = new Map<string, Loaded>();
  const css = new Map<string, Loaded>();
  const display = (path: string): string => (options.cwd ? relative(options.cwd, path) || path : path);
  scan(builtIn, 'template', false, templates, css, display);
  scan(join(builtIn, 'partials'), 'partial', false, partials, css, display);
  if (options.overrideDir) {
    const team = options.teamDir ?? dirname(options.overrideDir);
    const within: Confinement = { root: team, name: `the team's folder (${display(team)})` };
    scan(options.overrideDir, 'template', true, templates, css, display, within);
    scan(join(options.overrideDir, 'partials'), 'partial', true, partials, css, display, within);
  }

  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = { ...(HELPERS as Record<string, Handlebars.HelperDelegate>), ...options.helpers };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  const COMPILE_OPTIONS = compileOptions(Object.keys(helpers));
  const fail = (file: string, error: unknown, what: 'compile' | 'render') => templateError(file, error, what, Object.keys(helpers));
  // A team's partials are compiled up front so a syntax error names its own file, not the
  // caller. NOTE: built-in ones compile on first use: they ship with the build, whose tests
  // render every document, and compiling all of them costs ~60 ms a render.
  for (const [name, { source, text }] of partials) {
    try {
      const compiled = hb.compile(text, COMPILE_OPTIONS);
      hb.registerPartial(name, (ctx: unknown, opts?: Handlebars.RuntimeOptions) => {
        try {
          return compiled(ctx, opts);
        } catch (error) {
          if (error instanceof SecbookError || !pointsInto(text, error)) throw error;
          throw fail(display(source.path), error, 'render');
        }
      });
      if (source.overridden) hb.precompile(text, COMPILE_OPTIONS);
    } catch (error) {
      throw fail(display(source.path), error, 'compile');
    }
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();

  return {
    render(name, context) {
      const loaded = templates.get(name);
      if (!loaded) throw new SecbookError(`no template named "${name}"`, { hint: `Templates: ${[...templates.keys()].join(', ')}` });
      let fn = compiled.get(name);
      if (!fn) {
        try {
          if (loaded.source.overridden) hb.precompile(loaded.text, COMPILE_OPTIONS);
          fn = hb.compile(loaded.text, COMPILE_OPTIONS);
        } catch (error) {
          throw fail(display(loaded.source.path), error, 'compile');
        }
        compiled.set(name, fn);
      }
      try {
        return fn(context);
      } catch (error) {
        if (error instanceof SecbookError) throw error;
        throw fail(display(loaded.source.path), error, 'render');
      }
    },
    css: () => new Handlebars.SafeString([...css.values()].map((c) => c.text.replace(/<\/style/gi, '<\\/style')).join('\n')),
    has: (name) => templates.has(name),
    sources: () => [...templates.values(), ...partials.values(), ...css.values()].map((l) => l.source),
    compileAll() {
      for (const { source, text } of [...templates.values(), ...partials.values()]) {
        try {
          hb.precompile(text, COMPILE_OPTIONS);
        } catch (error) {
          throw fail(display(source.path), error, 'compile');
        }
      }
    },
    fingerprint() {
      const all = [...templates.values(), ...partials.values(), ...css.values()].map((l) => `${l.source.kind}:${l.source.name}\n${l.text}`);
      return all.join('\n\u0000');
    },
  };
}
