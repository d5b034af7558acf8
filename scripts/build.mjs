// Bundles src/cli/main.ts into dist/ with esbuild. Dependencies stay external and every
// command is a separate chunk loaded by dynamic import(), so `secbook --version` loads
// almost nothing (see README "Performance"). Then validates the built-in checklists and
// caches them in dist/checklist-cache.json (see src/storage/checklist-cache.ts).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const RUNTIME_EXTERNAL = ['puppeteer-core', 'handlebars', 'nodemailer', 'mailauth', 'node-pty'];

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Chunk names carry content hashes: start clean so old chunks don't pile up.
rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });

// NOTE: ink and React are bundled, with all their dependencies, into dist/tui-vendor.js
// (from src/tui/vendor.ts), and the TUI's `ink` / `react` imports point at that one file:
// Node loading ink's ~150 small ESM files took longer than all the rest of start-up
// (bench/tui.mjs). Other dependencies stay external. Only `secbook run` loads it.
const TUI_VENDOR = /^(ink|react|react\/jsx-runtime)$/;
const tuiVendor = {
  name: 'tui-vendor',
  setup(b) {
    b.onResolve({ filter: TUI_VENDOR }, () => ({ path: './tui-vendor.js', external: true }));
  },
};
await build({
  entryPoints: { 'tui-vendor': 'src/tui/vendor.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // ink's devtools (used only with DEV=true) import react-devtools-core, not installed.
  plugins: [{
    name: 'no-devtools',
    setup(b) {
      b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
    },
  }],
  // Bundled CommonJS (react, signal-exit…) calls require() for Node built-ins. `fetch` is
  // shadowed so yoga's wasm loader decodes its inline binary instead of touching the
  // global fetch, which makes Node 20 load undici (~0.1 s).
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const fetch = undefined;" },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

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

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS dependencies (commander, yaml, zod, luxon…) are bundled into shared
  // chunks: resolving and reading their hundreds of files cost more than running them.
  // Large or native ones, and those that locate files at run time, stay external.
  external: RUNTIME_EXTERNAL,
  banner: { js: "import { createRequire as __secbookRequire } from 'node:module'; const require = __secbookRequire(import.meta.url);" },
  plugins: [tuiVendor, zodWithoutLocales],
  minifyWhitespace: true,
  minifySyntax: true,
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __SECBOOK_VERSION__: JSON.stringify(pkg.version) },
});

const entry = new URL('../dist/build-checklist-cache.mjs', import.meta.url);
await build({
  entryPoints: ['src/storage/checklist-cache-entry.ts'],
  outfile: entry.pathname,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
try {
  const { buildChecklistCache } = await import(entry.href);
  const cache = await buildChecklistCache();
  writeFileSync(new URL('../dist/checklist-cache.json', import.meta.url), JSON.stringify(cache));
} catch (error) {
  // A broken built-in checklist must not break the build: secbook reports it with
  // file:line:col when it loads the file (and `npm test` fails on it).
  rmSync(new URL('../dist/checklist-cache.json', import.meta.url), { force: true });
  console.warn(`build: built-in checklists not cached: ${error.message.split('\n')[0]}`);
} finally {
  rmSync(entry, { force: true });
}
