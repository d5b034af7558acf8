// Bundles src/cli/main.ts into dist/ with esbuild. Every command is a separate chunk
// loaded by dynamic import(), so `secbook --version` loads almost nothing (bench/README.md).
// The heavy dependencies that most commands share are built by the fast-start layer
// (scripts/fast-start/, UPGRADING.md) as two code-cached scripts. Then validates the
// built-in checklists and caches them in dist/checklist-cache.json
// (src/storage/checklist-cache.ts).
//
// Environment: SECBOOK_PLAIN_BUILD=1 builds without the fast-start layer;
// SECBOOK_BUILD_OUT=<folder in the project> writes somewhere other than dist/ (the tests
// build the plain bundle into dist-plain/ that way).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildFastStart } from './fast-start/bundles.mjs';

const RUNTIME_EXTERNAL = ['puppeteer-core', 'handlebars', 'nodemailer', 'mailauth', 'mailparser', 'node-pty'];
const root = fileURLToPath(new URL('..', import.meta.url));
const outName = process.env.SECBOOK_BUILD_OUT || 'dist';
if (!/^[\w.-]+$/.test(outName)) throw new Error(`build: SECBOOK_BUILD_OUT must be a folder name in the project, got ${outName}`);
const dist = (file) => new URL(`../${outName}/${file}`, import.meta.url);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Chunk names carry content hashes: start clean so old chunks don't pile up.
rmSync(dist(''), { recursive: true, force: true });
mkdirSync(dist(''), { recursive: true });

// ── The fast-start layer (scripts/fast-start/, UPGRADING.md) ───────────────────────────
// Code-cached script bundles of zod + yaml and ink + React, with build-time patches and
// stubs that are each checked against the installed packages. SECBOOK_PLAIN_BUILD=1 builds
// without it: the CLI then imports ink, React, zod and yaml from node_modules as published
// (slower to start, nothing patched): the way to tell a fast-start fault from a real one.
const plain = process.env.SECBOOK_PLAIN_BUILD === '1';
const fastStart = plain ? undefined : await buildFastStart(dist);

// ── The CLI ─────────────────────────────────────────────────────────────────────────────
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: outName,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS dependencies (commander, luxon…) are bundled into shared chunks:
  // resolving and reading their hundreds of files cost more than running them.
  // Large or native ones, and those that locate files at run time, stay external.
  external: plain ? [...RUNTIME_EXTERNAL, 'ink', 'react', 'react/jsx-runtime', 'react-devtools-core', 'zod', 'yaml'] : RUNTIME_EXTERNAL,
  banner: { js: "import { createRequire as __secbookRequire } from 'node:module'; const require = __secbookRequire(import.meta.url);" },
  plugins: fastStart?.plugins ?? [],
  minifyWhitespace: true,
  minifySyntax: true,
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __SECBOOK_VERSION__: JSON.stringify(pkg.version) },
});
fastStart?.checkCliBuild();

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
// The plain build has no caches to write; its `status` run is a smoke test.
const warmUps = [
  // ink + React: frames drawn off-screen, with key presses (scripts/fast-start/warm-tui-vendor.mjs).
  ...(plain ? [] : [[fileURLToPath(new URL('./fast-start/warm-tui-vendor.mjs', import.meta.url)), fileURLToPath(dist('vendor-ink.js'))]]),
  // zod + yaml: a real `status` of the shipped example (parse, validate, score).
  [fileURLToPath(dist('main.js')), 'status', fileURLToPath(new URL('../examples/acme', import.meta.url)), '--json'],
  // The re-exported zod and yaml have every member the packages have.
  ...(plain ? [] : [[fileURLToPath(new URL('./fast-start/check-reexports.mjs', import.meta.url)), fileURLToPath(dist(''))]]),
];
for (const args of warmUps) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: warmEnv, cwd: root });
  if (run.status !== 0) throw new Error(`build: warm-up \`node ${args.join(' ')}\` failed:\n${run.stderr}`);
}
rmSync(warmCache, { recursive: true, force: true });
