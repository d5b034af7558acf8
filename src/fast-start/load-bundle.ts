/**
 * Loads a dependency bundle that the build (scripts/build.mjs) wrote as a plain script,
 * with V8's code cache beside it — Node 20 has no compile cache for ES modules, and
 * compiling ink + React + yoga (0.4 MB) and then compiling each function on first call
 * was the largest part of the TUI's start-up after Node's own.
 *
 * `dist/<name>.body.js` is `(async function (require, __importMetaUrl, __secbookExport) {…})`;
 * `dist/<name>.<body hash>.cache` is V8 code cache for it, written by the build after a warm-up run
 * (so it holds the functions a first frame compiles). A cache from another Node or V8
 * version is rejected by V8 and the source is compiled as usual; the cache is then
 * rewritten when the process exits (best effort: a read-only install just stays slower).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

export async function loadBundle<T>(bundleUrl: URL, cacheUrl: URL): Promise<T> {
  const file = fileURLToPath(bundleUrl);
  const cacheFile = fileURLToPath(cacheUrl);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet (first run after a build that could not write one): compile from source.
  }
  const script = new Script(readFileSync(file, 'utf8'), {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => saveCache(script, cacheFile));
  let exports: T | undefined;
  const run = script.runInThisContext() as (require: NodeJS.Require, importMetaUrl: string, exportAll: (m: T) => void) => Promise<void>;
  await run(createRequire(bundleUrl), bundleUrl.href, (m) => (exports = m));
  if (exports === undefined) throw new Error(`${file} did not export anything`);
  return exports;
}

/** Writes the code cache atomically (temp file + rename); failures are ignored. */
function saveCache(script: Script, cacheFile: string): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}
