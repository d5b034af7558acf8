// Bundles src/cli/main.ts into dist/ with esbuild. Every command is a separate chunk
// loaded by dynamic import(), so `secbook --version` loads almost nothing (see README
// "Performance"). The heavy dependencies that most commands share are built as two
// code-cached scripts (see "Script bundles" below). Then validates the built-in
// checklists and caches them in dist/checklist-cache.json (src/storage/checklist-cache.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { simpleTextClass } from './simple-text.mjs';

const RUNTIME_EXTERNAL = ['puppeteer-core', 'handlebars', 'nodemailer', 'mailauth', 'mailparser', 'node-pty'];
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file) => new URL(`../dist/${file}`, import.meta.url);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Chunk names carry content hashes: start clean so old chunks don't pile up.
rmSync(dist(''), { recursive: true, force: true });
mkdirSync(dist(''), { recursive: true });

// ── Script bundles ──────────────────────────────────────────────────────────────────────
// Node 20 has no compile cache for ES modules: compiling ink + React + yoga, zod and yaml
// (~0.9 MB), then each of their functions on first call, was most of the TUI's start-up
// after Node's own. So they are bundled as plain scripts, dist/<name>.body.js, that
// src/load-bundle.ts runs with V8's code cache (dist/<name>.<hash>.cache). A warm-up run after
// the build writes each cache as its process exits, holding the functions a real run
// compiles. The code imports `ink`, `zod`… as usual; the main build points those imports
// at small ES modules (dist/vendor-ink.js, dist/vendor-zod.js, dist/vendor-yaml.js) that
// re-export a bundle's exports.

// A script cannot `import`: Node built-ins come from the `require` the loader passes in.
// Two that ink's dependencies load but a session never uses are loaded on first use
// (~10 ms): terminal-size runs `tput` through child_process only when stdout has no size
// (never on the terminal the TUI needs), and signal-exit 3 checks its arguments with
// assert.equal. These stubs provide exactly the members those packages use.
const LAZY_BUILTINS = {
  'node:child_process': 'module.exports = { execFileSync: (...a) => require("node:child_process").execFileSync(...a) };',
  assert: 'const real = () => require("assert"); module.exports = Object.assign((...a) => real()(...a), { equal: (...a) => real().equal(...a) });',
};
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    const builtins = new RegExp(`^(node:.*|${builtinModules.join('|').replaceAll('/', '\\/')})$`);
    b.onResolve({ filter: builtins }, (args) =>
      args.namespace === 'builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: LAZY_BUILTINS[args.path] ?? `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/** Bundles an entry that calls `__secbookExport(exports)` into dist/<name>.body.js. */
async function scriptBundle(name, options) {
  const result = await build({
    ...options,
    write: false,
    outfile: `dist/${name}.body.js`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Node 20 has the RegExp `v` flag; without this esbuild rewrites such literals as
    // `new RegExp(…)`, which builds string-width's `\p{RGI_Emoji}` class as the bundle
    // loads (~10 ms) instead of on first use (never, for plain text: vendor-text.ts).
    supported: { 'regexp-set-notation': true, 'regexp-unicode-property-escapes': true },
    plugins: [...(options.plugins ?? []), builtinsViaRequire],
    define: { ...options.define, 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__importMetaUrl' },
    logLevel: 'warning',
  });
  // Two globals are shadowed because Node 20 loads a subsystem on their first use: `fetch`
  // (undici, ~0.1 s; yoga's wasm loader then decodes its inline binary itself) and
  // `performance` (perf_hooks, ~2 ms; React's scheduler and ink only call `now()`).
  const prologue = 'const fetch = undefined; const performance = { now: () => { const [s, ns] = process.hrtime(); return s * 1e3 + ns / 1e6; } };';
  const body = `(async function (require, __importMetaUrl, __secbookExport) { ${prologue}\n${result.outputFiles[0].text}\n})`;
  new Script(body, { filename: `${name}.body.js` }); // a leftover import/export fails the build here
  writeFileSync(dist(`${name}.body.js`), body);
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

/**
 * dist/<name>.js: an ES module whose default export is what the bundle exported. The cache
 * file is named after the body's hash: V8 checks a cache against its source's length only.
 */
async function bundleLoader(name, bodyHash) {
  await build({
    stdin: {
      contents: `import { loadBundle } from './src/load-bundle.ts';\nexport default await loadBundle(new URL('./${name}.body.js', import.meta.url), new URL('./${name}.${bodyHash}.cache', import.meta.url));`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: `dist/${name}.js`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

/** dist/<file>: re-exports `bundle[key]` under the names the package `specifier` exports. */
async function reexport(file, bundle, key, specifier) {
  const names = Object.keys(await import(specifier)).filter((n) => n !== 'default');
  const locals = names.map((_, i) => `e${i}`);
  const lines = [
    `import bundle from './${bundle}.js';`,
    `const m = bundle[${JSON.stringify(key)}];`,
    `const ${names.map((n, i) => `${locals[i]} = m[${JSON.stringify(n)}]`).join(', ')};`,
    // `as` takes reserved words (zod exports `null`, `enum`, `function`…).
    `export { ${names.map((n, i) => `${locals[i]} as ${n}`).join(', ')} };`,
    'export default m.default;',
  ];
  writeFileSync(dist(file), `${lines.join('\n')}\n`);
}

// zod 4 re-exports all of its ~60 error-message locales (340 KB) as `z.locales`; secbook
// only uses the English one, which zod configures itself. Parsing them cost start-up time.
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};' }));
  },
};

// core-vendor: zod and yaml, which nearly every command loads.
const coreHash = await scriptBundle('core-vendor', {
  stdin: { contents: "import * as zod from 'zod';\nimport * as yaml from 'yaml';\n__secbookExport({ zod, yaml });", resolveDir: root, loader: 'js' },
  plugins: [zodWithoutLocales],
});
await bundleLoader('core-vendor', coreHash);
await reexport('vendor-zod.js', 'core-vendor', 'zod', 'zod');
await reexport('vendor-yaml.js', 'core-vendor', 'yaml', 'yaml');

// tui-vendor: ink and React with all their dependencies (src/tui/vendor.ts lists what the
// TUI uses). Node loading ink's ~150 small ESM files took longer than all the rest of
// start-up (bench/tui.mjs). Only `secbook run` loads it.
//
// ink's text measuring also gets fast paths for plain one-column text
// (src/tui/vendor-text.ts): every `new Intl.Segmenter(` in the bundled packages becomes a
// lazy one, and every string-width import goes through a wrapper that loads the real one on
// first use. ~50 ms off the first frame.
const vendorText = fileURLToPath(new URL('../src/tui/vendor-text.ts', import.meta.url));
const fastText = {
  name: 'fast-text',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { real: true } });
      return real.errors.length ? undefined : { path: real.path, namespace: 'string-width-wrapper' };
    });
    b.onLoad({ filter: /.*/, namespace: 'string-width-wrapper' }, (args) => ({
      // require(): esbuild then initialises the real module on first use, not at load.
      contents: `import { __secbookStringWidth } from ${JSON.stringify(vendorText)}; export default __secbookStringWidth(() => require(${JSON.stringify(args.path)}).default);`,
      resolveDir: root,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('new Intl.Segmenter(')) return undefined;
      return { contents: source.replaceAll('new Intl.Segmenter(', '__secbookSegmenter('), loader: 'js' };
    });
  },
};
// Small source patches to ink's dependencies, each a measured start-up or per-frame cost.
// The build fails if a new version of a package no longer has the patched text.
//  - ink turns every frame into text with @alcalzone/ansi-tokenize's styledCharsToString,
//    which for each of the 80×24 cells diffs the previous cell's styles against its own,
//    building three Sets: ~10 ms a frame, ~20 ms on the first (cold) one. Neighbouring cells
//    almost always share their styles, and then the diff is empty (nothing in `from` is
//    undone, nothing in `to` is new), so that case returns at once.
//  - ink's error screen builds a stack-utils parser (~70 regexes of Node internals, ~5 ms)
//    as it loads; it is now built when an error is first shown.
const PATCHES = {
  '@alcalzone/ansi-tokenize/build/diff.js': [
    'export function diffAnsiCodes(from, to) {',
    `export function diffAnsiCodes(from, to) {
    if (from.length === to.length && from.every((code, i) => code.code === to[i].code && code.endCode === to[i].endCode)) return [];`,
  ],
  '@alcalzone/ansi-tokenize/build/ansiCodes.js': [
    'export function ansiCodesToString(codes) {',
    `export function ansiCodesToString(codes) {
    if (codes.length === 0) return "";`,
  ],
  'ink/build/components/ErrorOverview.js': [
    `const stackUtils = new StackUtils({
    cwd: cwd(),
    internals: StackUtils.nodeInternals(),
});`,
    `let stackUtilsParser;
const stackUtils = { parseLine: (line) => (stackUtilsParser ??= new StackUtils({ cwd: cwd(), internals: StackUtils.nodeInternals() })).parseLine(line) };`,
  ],
};
const patchedPackages = {
  name: 'patched-packages',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (args) => {
      const path = args.path.replaceAll('\\', '/');
      const entry = Object.entries(PATCHES).find(([file]) => path.endsWith(`/node_modules/${file}`));
      if (!entry) return undefined;
      const [name, [from, to]] = entry;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(from)) throw new Error(`build: ${name} changed; update its patch in scripts/build.mjs`);
      return { contents: source.replace(from, to), loader: 'js' };
    });
  },
};
// ink's devtools (used only with DEV=true) import react-devtools-core, not installed.
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};
const tuiHash = await scriptBundle('tui-vendor', {
  entryPoints: ['src/tui/vendor-entry.ts'],
  inject: [vendorText],
  plugins: [patchedPackages, fastText, noDevtools],
  define: { __SECBOOK_SIMPLE_TEXT__: JSON.stringify(await simpleTextClass()) },
});
await bundleLoader('tui-vendor', tuiHash);
// One module for `ink`, `react` and `react/jsx-runtime`: src/tui/vendor.ts's names.
const tuiNames = [...readFileSync(new URL('../src/tui/vendor.ts', import.meta.url), 'utf8').matchAll(/export \{([^}]*)\}/g)]
  .flatMap((m) => m[1].split(',').map((n) => n.trim()))
  .filter(Boolean);
writeFileSync(dist('vendor-ink.js'), `import bundle from './tui-vendor.js';\nexport const { ${tuiNames.join(', ')} } = bundle;\n`);

// Imports of these packages point at the re-exporting modules above.
const toScriptBundles = {
  name: 'to-script-bundles',
  setup(b) {
    const to = { ink: 'vendor-ink.js', react: 'vendor-ink.js', 'react/jsx-runtime': 'vendor-ink.js', zod: 'vendor-zod.js', yaml: 'vendor-yaml.js' };
    b.onResolve({ filter: /^(ink|react|react\/jsx-runtime|zod|yaml)$/ }, (args) => ({ path: `./${to[args.path]}`, external: true }));
  },
};

// commander loads child_process (~5 ms, for every command) to start executable
// subcommands, which secbook does not have; it is loaded if commander ever calls it.
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'commander-child-process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: 'js',
    }));
  },
};

// ── The CLI ─────────────────────────────────────────────────────────────────────────────
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS dependencies (commander, luxon…) are bundled into shared chunks:
  // resolving and reading their hundreds of files cost more than running them.
  // Large or native ones, and those that locate files at run time, stay external.
  external: RUNTIME_EXTERNAL,
  banner: { js: "import { createRequire as __secbookRequire } from 'node:module'; const require = __secbookRequire(import.meta.url);" },
  plugins: [toScriptBundles, lazyChildProcessForCommander],
  minifyWhitespace: true,
  minifySyntax: true,
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __SECBOOK_VERSION__: JSON.stringify(pkg.version) },
});

// ── Build id: a hash of the built code (src/storage/checklist-cache.ts keys the user's
// cache of validated team checklists by it, so another build never reads its entries).
const builtCode = readdirSync(dist('')).filter((f) => f.endsWith('.js')).sort();
const buildId = createHash('sha256');
for (const file of builtCode) buildId.update(file).update(readFileSync(dist(file)));
writeFileSync(dist('build-id'), `${buildId.digest('hex').slice(0, 32)}\n`);

// ── Checklist cache ─────────────────────────────────────────────────────────────────────
const entry = dist('build-checklist-cache.mjs');
await build({
  entryPoints: ['src/storage/checklist-cache-entry.ts'],
  outfile: fileURLToPath(entry),
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
try {
  const { buildChecklistCache } = await import(entry.href);
  const cache = await buildChecklistCache();
  writeFileSync(dist('checklist-cache.json'), JSON.stringify(cache));
} catch (error) {
  // A broken built-in checklist must not break the build: secbook reports it with
  // file:line:col when it loads the file (and `npm test` fails on it).
  rmSync(dist('checklist-cache.json'), { force: true });
  console.warn(`build: built-in checklists not cached: ${error.message.split('\n')[0]}`);
} finally {
  rmSync(entry, { force: true });
}

// ── Warm-up: writes the code caches ─────────────────────────────────────────────────────
// Each runs in a fresh Node, as a user's would. Without CI variables: ink takes another
// code path when it believes it runs in CI.
// Team checklists they validate are cached in a throw-away folder, not the user's.
const { CI: _ci, CONTINUOUS_INTEGRATION: _ci2, ...env } = process.env;
const warmCache = mkdtempSync(join(tmpdir(), 'secbook-build-'));
const warmEnv = { ...env, XDG_CACHE_HOME: warmCache };
const warmUps = [
  // ink + React: frames drawn off-screen, with key presses (scripts/warm-tui-vendor.mjs).
  [fileURLToPath(new URL('./warm-tui-vendor.mjs', import.meta.url))],
  // zod + yaml: a real `status` of the shipped example (parse, validate, score).
  [fileURLToPath(new URL('../bin/secbook.js', import.meta.url)), 'status', fileURLToPath(new URL('../examples/acme', import.meta.url)), '--json'],
];
for (const args of warmUps) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: warmEnv, cwd: root });
  if (run.status !== 0) throw new Error(`build: warm-up \`node ${args.join(' ')}\` failed:\n${run.stderr}`);
}
rmSync(warmCache, { recursive: true, force: true });
