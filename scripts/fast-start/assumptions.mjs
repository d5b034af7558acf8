// Every assumption the fast-start build makes about the packages it bundles, checked on
// every build. A check that fails stops the build with what changed and where to look
// (UPGRADING.md): a new ink, React, yoga or zod must be re-measured and re-checked, not
// shipped with a patch that silently stopped applying or a stub that lost a member.
//
// The plain build (SECBOOK_PLAIN_BUILD=1) makes none of these assumptions.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The versions the fast-start layer was measured and checked against. A package whose
 * installed version differs fails the build: follow UPGRADING.md, then update this table.
 */
export const VERSIONS = {
  ink: '6.8.0',
  react: '19.3.1',
  'react-reconciler': '0.33.0',
  'yoga-layout': '3.2.1',
  zod: '4.6.7',
  yaml: '2.9.1',
  commander: '14.0.3',
  '@alcalzone/ansi-tokenize': '0.2.5',
  'stack-utils': '2.0.6',
};

/** Source patches: [package, file in it, text found exactly once, replacement]. */
export const PATCHES = [
  // ink turns every frame into text with ansi-tokenize's styledCharsToString, which diffs
  // each cell's styles against the previous cell's (three Sets per cell, ~10 ms a frame).
  // Neighbouring cells almost always share their styles; then the diff is empty.
  {
    pkg: '@alcalzone/ansi-tokenize',
    file: 'build/diff.js',
    from: 'export function diffAnsiCodes(from, to) {',
    to: `export function diffAnsiCodes(from, to) {
    if (from.length === to.length && from.every((code, i) => code.code === to[i].code && code.endCode === to[i].endCode)) return [];`,
  },
  {
    pkg: '@alcalzone/ansi-tokenize',
    file: 'build/ansiCodes.js',
    from: 'export function ansiCodesToString(codes) {',
    to: `export function ansiCodesToString(codes) {
    if (codes.length === 0) return "";`,
  },
  // ink's error screen builds a stack-utils parser (~70 regexes, ~5 ms) as it loads; it is
  // built when an error is first shown instead.
  {
    pkg: 'ink',
    file: 'build/components/ErrorOverview.js',
    from: `const stackUtils = new StackUtils({
    cwd: cwd(),
    internals: StackUtils.nodeInternals(),
});`,
    to: `let stackUtilsParser;
const stackUtils = { parseLine: (line) => (stackUtilsParser ??= new StackUtils({ cwd: cwd(), internals: StackUtils.nodeInternals() })).parseLine(line) };`,
  },
];

/**
 * Files of the TUI bundle that call `new Intl.Segmenter(` (rewritten to the lazy one in
 * src/fast-start/vendor-text.ts), with how many times. `package@version/file`.
 */
export const SEGMENTER_CALLS = {
  '@alcalzone/ansi-tokenize@0.2.5/build/tokenize.js': 1,
  'slice-ansi@8.0.0/tokenize-ansi.js': 1,
  'string-width@7.2.0/index.js': 1,
  'string-width@8.3.0/index.js': 1,
};

/** Files of the TUI bundle that import string-width (each goes through the wrapper). */
export const STRING_WIDTH_IMPORTERS = [
  'cli-truncate@5.2.0/index.js',
  'ink@6.8.0/build/output.js',
  'widest-line@6.0.0/index.js',
  'wrap-ansi@9.0.2/index.js',
];

/**
 * Node built-ins replaced in the TUI bundle by stubs that load the real one on first use,
 * the packages that import them, and the only members those packages use (the stub's).
 */
export const LAZY_BUILTINS = {
  'node:child_process': {
    stub: 'module.exports = { execFileSync: (...a) => require("node:child_process").execFileSync(...a) };',
    members: ['execFileSync'],
    importers: ['terminal-size@4.0.1/index.js'],
  },
  assert: {
    stub: 'const real = () => require("assert"); module.exports = Object.assign((...a) => real()(...a), { equal: (...a) => real().equal(...a) });',
    members: ['equal', '(call)'],
    importers: ['signal-exit@3.0.7/index.js'],
  },
};

/**
 * The TUI bundle hides two globals (scripts/fast-start/bundles.mjs, the prologue):
 * `fetch` (only yoga's wasm loader tests for it, and falls back to its inline binary) and
 * `performance` (only `.now()` is called). These are the files that mention them.
 */
export const FETCH_USERS = ['yoga-layout@3.2.1/dist/binaries/yoga-wasm-base64-esm.js'];
export const PERFORMANCE_MEMBERS = ['now'];

/** zod's `export * as locales` imports that the core bundle stubs out. */
export const ZOD_LOCALES_IMPORTERS = ['zod@4.6.7/v4/classic/external.js', 'zod@4.6.7/v4/core/index.js'];

/** commander's child_process use (made lazy in the CLI build): only `spawn`. */
export const COMMANDER_CHILD_PROCESS = { file: 'lib/command.js', members: ['spawn'] };

// ── Helpers the build uses to check them ────────────────────────────────────────────────

export class AssumptionError extends Error {
  constructor(message) {
    super(`fast-start: ${message}\n  See UPGRADING.md. SECBOOK_PLAIN_BUILD=1 npm run build builds without the fast-start layer.`);
  }
}

const packageCache = new Map();
/** The package a file belongs to: { name, version, dir }. */
export function packageOf(file) {
  let dir = dirname(file);
  for (;;) {
    if (packageCache.has(dir)) return packageCache.get(dir);
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      const data = JSON.parse(readFileSync(pj, 'utf8'));
      if (data.name && data.version) {
        const found = { name: data.name, version: data.version, dir };
        packageCache.set(dir, found);
        return found;
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new AssumptionError(`no package.json above ${file}`);
    dir = up;
  }
}

/** `name@version/relative/file` of a file inside node_modules. */
export function fileKey(file) {
  const p = packageOf(file);
  return `${p.name}@${p.version}/${relative(p.dir, file).replaceAll('\\', '/')}`;
}

/** Fails unless `text` occurs in `source` exactly `times` times. */
export function expectText(source, text, times, where) {
  const found = source.split(text).length - 1;
  if (found !== times) throw new AssumptionError(`${where}: expected ${times}× ${JSON.stringify(text.slice(0, 60))}, found ${found}×`);
}

/** Fails when the installed versions are not the ones in VERSIONS. */
export function checkVersions(resolvePackageJson) {
  const wrong = [];
  for (const [name, want] of Object.entries(VERSIONS)) {
    const have = JSON.parse(readFileSync(resolvePackageJson(name), 'utf8')).version;
    if (have !== want) wrong.push(`${name} ${want} → ${have}`);
  }
  if (wrong.length) throw new AssumptionError(`installed versions differ from the ones checked: ${wrong.join(', ')}`);
}

/** Compares what the build saw with what a table says; fails with both on a difference. */
export function expectSame(what, expected, seen) {
  const a = JSON.stringify(sortDeep(expected));
  const b = JSON.stringify(sortDeep(seen));
  if (a !== b) throw new AssumptionError(`${what} changed.\n  expected: ${a}\n  found:    ${b}`);
}

function sortDeep(v) {
  if (Array.isArray(v)) return [...v].sort();
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]));
  return v;
}
