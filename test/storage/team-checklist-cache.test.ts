/**
 * Validated team checklists are cached per user (src/storage/checklist-cache.ts), on the
 * real CLI with a real cache folder. The cache is found by the file's exact text, keyed by
 * the build, never holds anything invalid, and a broken entry is just a miss.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

async function project() {
  const dir = await tempDir();
  const cacheHome = await tempDir('secbook-cache-');
  const env = { XDG_CACHE_HOME: cacheHome };
  const init = await runCli(['init', '--org', 'Acme Ltd', '--domain', 'acme.example', '--yes'], { cwd: dir, env });
  expect(init.code, init.stderr).toBe(0);
  await mkdir(join(dir, 'checklists'));
  await copyFile(join(ROOT, 'test/fixtures/checklists/mini.yaml'), join(dir, 'checklists', 'mini.yaml'));
  const buildId = (await readFile(join(ROOT, 'dist', 'build-id'), 'utf8')).trim();
  const cacheDir = join(cacheHome, 'secbook', 'checklists', buildId);
  const status = () => runCli(['status', '--json'], { cwd: dir, env });
  const titles = async () => {
    const r = await status();
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { score: { checklists: { title: string }[] } }).score.checklists.map((c) => c.title);
  };
  return { dir, cacheHome, cacheDir, status, titles };
}

describe('cache of validated team checklists', () => {
  it('stores a validated team checklist under the build id, and reads it back on the next start', async () => {
    const p = await project();
    expect(await p.titles()).toContain('Mini checklist');
    const entries = await readdir(p.cacheDir);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    // Edit the cached copy: the next start shows it, so it was read instead of the YAML.
    const entry = join(p.cacheDir, entries[0]!);
    const cached = JSON.parse(await readFile(entry, 'utf8')) as { title: string };
    await writeFile(entry, JSON.stringify({ ...cached, title: 'Mini checklist (from the cache)' }));
    expect(await p.titles()).toContain('Mini checklist (from the cache)');
    // Any change to the file's text is a miss: the YAML is parsed and validated again.
    await writeFile(join(p.dir, 'checklists', 'mini.yaml'), (await readFile(join(p.dir, 'checklists', 'mini.yaml'), 'utf8')).replace('title: Mini checklist', 'title: Mini checklist v2'));
    expect(await p.titles()).toContain('Mini checklist v2');
    expect(await readdir(p.cacheDir)).toHaveLength(2);
  });

  it('never caches an invalid checklist, and treats a broken entry as a miss', async () => {
    const p = await project();
    const yaml = join(p.dir, 'checklists', 'mini.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('weight: 5', 'weight: heavy'));
    for (let run = 0; run < 2; run++) {
      const r = await p.status();
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/mini\.yaml:\d+:\d+/);
    }
    await expect(readdir(p.cacheDir)).rejects.toThrow(/ENOENT/);

    await copyFile(join(ROOT, 'test/fixtures/checklists/mini.yaml'), yaml);
    expect(await p.titles()).toContain('Mini checklist');
    const [entry] = await readdir(p.cacheDir);
    await writeFile(join(p.cacheDir, entry!), '{"truncated":');
    expect(await p.titles()).toContain('Mini checklist');
  });

  it('removes the entries of other builds, which can never be read again', async () => {
    const p = await project();
    const old = join(p.cacheHome, 'secbook', 'checklists', '0123456789abcdef0123456789abcdef');
    await mkdir(old, { recursive: true });
    await writeFile(join(old, 'x.json'), '{}');
    expect(await p.titles()).toContain('Mini checklist');
    expect(await readdir(join(p.cacheHome, 'secbook', 'checklists'))).toEqual([p.cacheDir.split('/').at(-1)]);
  });
});
