import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { builtInCache, textHash } from '../../src/storage/checklist-cache.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('the built-in checklist cache (dist/checklist-cache.json)', () => {
  it('holds exactly what parsing and validating the shipped files gives', async () => {
    const fresh = await loadChecklists({ cwd: ROOT, useCache: false });
    const cache = builtInCache();
    expect(Object.keys(cache)).toHaveLength(fresh.checklists.length);
    for (const { checklist, file } of fresh.checklists) {
      const text = await readFile(join(ROOT, file), 'utf8');
      expect(cache[textHash(text)], file).toEqual(checklist);
    }
  });

  it('is not used for a file whose text changed since the build', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'checklists'));
    const target = join(dir, 'checklists', 'email-security.yaml');
    await copyFile(join(ROOT, 'checklists', 'email-security.yaml'), target);
    const text = await readFile(target, 'utf8');
    await writeFile(target, text.replace('title: Email security', 'title: Email security (edited)'));
    const set = await loadChecklists({ cwd: dir, builtInDir: join(dir, 'checklists') });
    expect(set.checklists[0]?.checklist.title).toBe('Email security (edited)');
  });
});
