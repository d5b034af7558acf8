/**
 * The code-cached dependency bundles (scripts/build.mjs "Script bundles", src/fast-start/load-bundle.ts),
 * on real built files: they load with a valid cache, without one, and with a cache from
 * another V8 (here: garbage), which is then replaced by a valid one as the process exits.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

const FILES = ['core-vendor.js', 'core-vendor.body.js', 'vendor-zod.js'];

/** The cache file is named after a hash of the bundle's text (scripts/build.mjs). */
const cacheName = (dir: string, name: string) =>
  `${name}.${createHash('sha256').update(readFileSync(join(dir, `${name}.body.js`), 'utf8')).digest('hex').slice(0, 12)}.cache`;

async function copyBundle(): Promise<string> {
  const dir = await tempDir();
  for (const f of FILES) copyFileSync(join(ROOT, 'dist', f), join(dir, f));
  return dir;
}

/** Loads the copied bundle in a fresh Node and parses with zod from it. */
function useBundle(dir: string) {
  const code = `const { z } = await import(${JSON.stringify(join(dir, 'vendor-zod.js'))}); console.log(z.object({ a: z.string() }).parse({ a: 'ok' }).a);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
}

/** Whether this Node's V8 accepts the cache beside the bundle. */
function cacheAccepted(dir: string): boolean {
  const body = readFileSync(join(dir, 'core-vendor.body.js'), 'utf8');
  return !new Script(body, { filename: join(dir, 'core-vendor.body.js'), cachedData: readFileSync(join(dir, cacheName(dir, 'core-vendor'))) }).cachedDataRejected;
}

describe('code-cached bundles', () => {
  it('the build leaves a cache this Node accepts', () => {
    for (const name of ['core-vendor', 'tui-vendor']) {
      const body = readFileSync(join(ROOT, 'dist', `${name}.body.js`), 'utf8');
      const script = new Script(body, { filename: join(ROOT, 'dist', `${name}.body.js`), cachedData: readFileSync(join(ROOT, 'dist', cacheName(join(ROOT, 'dist'), name))) });
      expect(script.cachedDataRejected, name).toBe(false);
    }
  });

  it('without a cache: loads from source and writes one as the process exits', async () => {
    const dir = await copyBundle();
    const run = useBundle(dir);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok');
    expect(existsSync(join(dir, cacheName(dir, 'core-vendor')))).toBe(true);
    expect(cacheAccepted(dir)).toBe(true);
  });

  it('with a cache V8 rejects: loads from source and replaces the cache', async () => {
    const dir = await copyBundle();
    writeFileSync(join(dir, cacheName(dir, 'core-vendor')), Buffer.from('not a V8 code cache'.repeat(100)));
    const run = useBundle(dir);
    expect(run.stdout.trim()).toBe('ok');
    expect(cacheAccepted(dir)).toBe(true);
  });

  it('when the cache cannot be written: still loads, quietly, and leaves no temp files behind', async () => {
    const dir = await copyBundle();
    // A non-empty folder where the cache goes: unreadable as a cache, and the rename that
    // would replace it fails, even for root (for whom a read-only folder is writable).
    mkdirSync(join(dir, cacheName(dir, 'core-vendor'), 'x'), { recursive: true });
    const run = useBundle(dir);
    expect(run.stdout.trim()).toBe('ok');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...FILES, cacheName(dir, 'core-vendor')].sort());
  });
});
