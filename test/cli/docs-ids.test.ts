/** Item ids shown in the README and in `--help` examples must exist, or users copy broken commands. */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { ROOT } from '../helpers/cli.js';

const ID = /\b(?:email|gdpr|ccpa|hipaa|ir)\.[a-z0-9-]+\.[a-z0-9-]+\b/g;

describe('item ids in docs and help', () => {
  it('all exist in the built-in checklists', async () => {
    const set = await loadChecklists({ cwd: ROOT });
    const docs = (await readdir(join(ROOT, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    const files = ['README.md', ...docs, ...(await readdir(join(ROOT, 'src/cli'))).map((f) => `src/cli/${f}`)];
    const missing: string[] = [];
    for (const file of files) {
      const text = await readFile(join(ROOT, file), 'utf8');
      for (const [id] of text.matchAll(ID)) {
        if (!set.items.has(id) && !id.endsWith('.yaml')) missing.push(`${file}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
