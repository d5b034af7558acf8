// The fast-start layer of the build (see UPGRADING.md for what it does and what to re-check
// when ink, React, yoga or zod change).
//
// Node 20 has no compile cache for ES modules: compiling ink + React + yoga, zod and yaml
// (~0.9 MB), then each of their functions on first call, was most of the TUI's start-up
// after Node's own. So they are bundled as plain scripts, dist/<name>.body.js, that
// src/fast-start/load-bundle.ts runs with V8's code cache (dist/<name>.<hash>.cache). A
// warm-up run after the build writes each cache as its process exits, holding the functions
// a real run compiles. The code imports `ink`, `zod`… as usual; the main build points those
// imports at small ES modules (dist/vendor-ink.js, vendor-zod.js, vendor-yaml.js) that
// re-export a bundle's exports.
//
// Every assumption about the bundled packages is in ./assumptions.mjs and is checked here:
// a patch whose text is not found exactly once, a stub whose importers changed, a package
// at another version… stops the build.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import {
  AssumptionError,
  COMMANDER_CHILD_PROCESS,
  FETCH_USERS,
  LAZY_BUILTINS,
  PATCHES,
  PERFORMANCE_MEMBERS,
  SEGMENTER_CALLS,
  STRING_WIDTH_IMPORTERS,
  ZOD_LOCALES_IMPORTERS,
  checkVersions,
  expectSame,
  expectText,
  fileKey,
  packageOf,
} from './assumptions.mjs';
import { simpleTextClass } from './simple-text.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vendorText = fileURLToPath(new URL('../../src/fast-start/vendor-text.ts', import.meta.url));
const tuiVendor = new URL('../../src/fast-start/tui-vendor.ts', import.meta.url);

/** Builds the code-cached script bundles into `dist` (a URL maker) and returns the CLI build's plugins. */
export async function buildFastStart(dist) {
  checkVersions((name) => join(root, 'node_modules', name, 'package.json'));
  const seen = {
    patches: new Set(),
    segmenter: {},
    stringWidth: new Set(),
    builtins: Object.fromEntries(Object.keys(LAZY_BUILTINS).map((k) => [k, new Set()])),
    fetch: new Set(),
    zodLocales: [],
    devtools: 0,
  };

  // One onLoad for every file of node_modules in the bundles: checks and applies the
  // source patches and the Segmenter rewrite, and notes which files use the hidden globals.
  const sourceRewrites = {
    name: 'fast-start-sources',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, (args) => {
        const path = args.path.replaceAll('\\', '/');
        let source = readFileSync(args.path, 'utf8');
        const key = fileKey(args.path);
        let changed = false;
        for (const patch of PATCHES) {
          if (!path.endsWith(`/node_modules/${patch.pkg}/${patch.file}`)) continue;
          expectText(source, patch.from, 1, `patch of ${key}`);
          source = source.replace(patch.from, patch.to);
          seen.patches.add(`${patch.pkg}/${patch.file}`);
          changed = true;
        }
        const segmenters = source.split('new Intl.Segmenter(').length - 1;
        if (segmenters > 0 && b.initialOptions.inject?.includes(vendorText)) {
          seen.segmenter[key] = segmenters;
          source = source.replaceAll('new Intl.Segmenter(', '__secbookSegmenter(');
          changed = true;
        }
        if (/\bfetch\b/.test(source)) seen.fetch.add(key);
        for (const m of source.matchAll(/\bperformance\.(\w+)/g)) {
          if (!PERFORMANCE_MEMBERS.includes(m[1])) throw new AssumptionError(`${key} uses performance.${m[1]}, which the TUI bundle's prologue does not provide`);
        }
        return changed ? { contents: source, loader: 'js' } : undefined;
      });
    },
  };

  // A script cannot `import`: Node built-ins come from the `require` the loader passes in.
  // Two that ink's dependencies load but a session never uses are stubs that load the real
  // one on first use (~10 ms): terminal-size runs `tput` through child_process only when
  // stdout has no size (never on the terminal the TUI needs), and signal-exit checks its
  // arguments with assert.
  const builtinsViaRequire = {
    name: 'builtins-via-require',
    setup(b) {
      const builtins = new RegExp(`^(node:.*|${builtinModules.join('|').replaceAll('/', '\\/')})$`);
      b.onResolve({ filter: builtins }, (args) => {
        if (args.namespace === 'builtin') return { path: args.path, external: true };
        if (LAZY_BUILTINS[args.path]) {
          seen.builtins[args.path].add(fileKey(args.importer));
          const used = usedMembers(readFileSync(args.importer, 'utf8'), args.path);
          const missing = used.filter((m) => !LAZY_BUILTINS[args.path].members.includes(m));
          if (missing.length) throw new AssumptionError(`${fileKey(args.importer)} uses ${args.path} ${missing.join(', ')}, which its stub lacks`);
        }
        return { path: args.path, namespace: 'builtin' };
      });
      b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
        contents: LAZY_BUILTINS[args.path]?.stub ?? `module.exports = require(${JSON.stringify(args.path)});`,
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
      plugins: [...(options.plugins ?? []), sourceRewrites, builtinsViaRequire],
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
        contents: `import { loadBundle } from './src/fast-start/load-bundle.ts';\nexport default await loadBundle(new URL('./${name}.body.js', import.meta.url), new URL('./${name}.${bodyHash}.cache', import.meta.url));`,
        resolveDir: root,
        loader: 'ts',
      },
      outfile: fileURLToPath(dist(`${name}.js`)),
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
    return names;
  }

  // zod 4 re-exports all of its ~60 error-message locales (340 KB) as `z.locales`; secbook
  // only uses the English one, which zod configures itself. Parsing them cost start-up time.
  const zodWithoutLocales = {
    name: 'zod-without-locales',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!/[\\/]zod[\\/]/.test(args.importer)) return undefined;
        seen.zodLocales.push(fileKey(args.importer));
        return { path: 'zod-locales', namespace: 'stub' };
      });
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};' }));
    },
  };

  // core-vendor: zod and yaml, which nearly every command loads.
  const coreHash = await scriptBundle('core-vendor', {
    stdin: { contents: "import * as zod from 'zod';\nimport * as yaml from 'yaml';\n__secbookExport({ zod, yaml });", resolveDir: root, loader: 'js' },
    plugins: [zodWithoutLocales],
  });
  await bundleLoader('core-vendor', coreHash);
  const reexports = {
    'vendor-zod.js': await reexport('vendor-zod.js', 'core-vendor', 'zod', 'zod'),
    'vendor-yaml.js': await reexport('vendor-yaml.js', 'core-vendor', 'yaml', 'yaml'),
  };
  expectSame('zod\'s import of its locales (stubbed)', ZOD_LOCALES_IMPORTERS, seen.zodLocales);

  // tui-vendor: ink and React with all their dependencies (src/fast-start/tui-vendor.ts lists
  // what the TUI uses). Node loading ink's ~150 small ESM files took longer than all the rest
  // of start-up (bench/tui.mjs). Only `secbook run` loads it.
  //
  // ink's text measuring also gets fast paths for plain one-column text
  // (src/fast-start/vendor-text.ts): every `new Intl.Segmenter(` in the bundled packages
  // becomes a lazy one, and every string-width import goes through a wrapper that loads the
  // real one on first use. ~50 ms off the first frame.
  const stringWidthWrapper = {
    name: 'string-width-wrapper',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData?.real) return undefined;
        const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { real: true } });
        if (real.errors.length) throw new AssumptionError(`string-width not found from ${args.importer}`);
        seen.stringWidth.add(fileKey(args.importer));
        return { path: real.path, namespace: 'string-width-wrapper' };
      });
      b.onLoad({ filter: /.*/, namespace: 'string-width-wrapper' }, (args) => ({
        // require(): esbuild then initialises the real module on first use, not at load.
        contents: `import { __secbookStringWidth } from ${JSON.stringify(vendorText)}; export default __secbookStringWidth(() => require(${JSON.stringify(args.path)}).default);`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
  // ink's devtools (used only with DEV=true) import react-devtools-core, not installed.
  const noDevtools = {
    name: 'no-devtools',
    setup(b) {
      b.onResolve({ filter: /^react-devtools-core$/ }, () => {
        seen.devtools++;
        return { path: 'react-devtools-core', namespace: 'stub' };
      });
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
    },
  };
  const tuiHash = await scriptBundle('tui-vendor', {
    entryPoints: [fileURLToPath(new URL('../../src/fast-start/tui-vendor-entry.ts', import.meta.url))],
    inject: [vendorText],
    plugins: [stringWidthWrapper, noDevtools],
    define: { __SECBOOK_SIMPLE_TEXT__: JSON.stringify(await simpleTextClass()) },
  });
  await bundleLoader('tui-vendor', tuiHash);

  expectSame('patched files', PATCHES.map((p) => `${p.pkg}/${p.file}`), [...seen.patches]);
  expectSame('`new Intl.Segmenter(` calls in the TUI bundle', SEGMENTER_CALLS, seen.segmenter);
  expectSame('string-width importers in the TUI bundle', STRING_WIDTH_IMPORTERS, [...seen.stringWidth]);
  for (const [builtin, { importers }] of Object.entries(LAZY_BUILTINS)) expectSame(`importers of the ${builtin} stub`, importers, [...seen.builtins[builtin]]);
  expectSame('files that mention `fetch` (hidden in the TUI bundle)', FETCH_USERS, [...seen.fetch]);
  if (seen.devtools !== 1) throw new AssumptionError(`ink imported react-devtools-core ${seen.devtools}× (expected once, stubbed)`);

  // One module for `ink`, `react` and `react/jsx-runtime`: src/fast-start/tui-vendor.ts's names.
  const tuiNames = [...readFileSync(tuiVendor, 'utf8').matchAll(/export \{([^}]*)\}/g)]
    .flatMap((m) => m[1].split(',').map((n) => n.trim()))
    .filter(Boolean);
  if (tuiNames.length < 10) throw new AssumptionError(`read only ${tuiNames.length} names from src/fast-start/tui-vendor.ts`);
  writeFileSync(dist('vendor-ink.js'), `import bundle from './tui-vendor.js';\nexport const { ${tuiNames.join(', ')} } = bundle;\n`);

  return { plugins: [toScriptBundles, lazyChildProcessForCommander], reexports, checkCliBuild };
}

let commanderHits = 0;
/** After the CLI build: the commander stub was used (else its assumption is stale). */
function checkCliBuild() {
  if (commanderHits !== 1) throw new AssumptionError(`commander imported node:child_process ${commanderHits}× in the CLI build (expected once, made lazy)`);
}

/** Members used of a built-in in a file (`name.member`, `name(` for calls), by the name it is bound to. */
export function usedMembers(source, specifier) {
  const bound = new Set();
  const spec = specifier.replace(/^node:/, '');
  const re = new RegExp(`(?:const|let|var|import)\\s+(?:\\*\\s+as\\s+)?(\\w+)\\s*(?:=\\s*require\\(\\s*['"](?:node:)?${spec}['"]\\s*\\)|from\\s*['"](?:node:)?${spec}['"])`, 'g');
  for (const m of source.matchAll(re)) bound.add(m[1]);
  const destructured = new RegExp(`\\{([^}]*)\\}\\s*(?:=\\s*require\\(\\s*['"](?:node:)?${spec}['"]\\s*\\)|from\\s*['"](?:node:)?${spec}['"])`, 'g');
  const used = new Set();
  for (const m of source.matchAll(destructured)) for (const n of m[1].split(',')) if (n.trim()) used.add(n.trim().split(/\s+as\s+|\s*:\s*/)[0]);
  if (bound.size === 0 && used.size === 0) throw new AssumptionError(`cannot tell how ${specifier} is used (no binding found)`);
  for (const name of bound) {
    for (const m of source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) used.add(m[1]);
    if (new RegExp(`\\b${name}\\(`).test(source)) used.add('(call)');
  }
  return [...used];
}

// Imports of these packages point at the re-exporting modules the bundles wrote.
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
    b.onResolve({ filter: /^node:child_process$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)) return undefined;
      const { version } = packageOf(args.importer);
      if (!args.importer.replaceAll('\\', '/').endsWith(`/commander/${COMMANDER_CHILD_PROCESS.file}`)) {
        throw new AssumptionError(`commander@${version} imports child_process from ${fileKey(args.importer)}, not ${COMMANDER_CHILD_PROCESS.file}`);
      }
      const used = usedMembers(readFileSync(args.importer, 'utf8'), 'node:child_process');
      const missing = used.filter((m) => !COMMANDER_CHILD_PROCESS.members.includes(m));
      if (missing.length) throw new AssumptionError(`commander@${version} uses child_process ${missing.join(', ')}, which its lazy stub lacks`);
      commanderHits++;
      return { path: 'commander-child-process', namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: 'js',
    }));
  },
};
