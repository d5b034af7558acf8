/** `--checklists <dir>` names a folder that must exist: a typo is an error, not silently nothing. */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { sessionChecklist } from '../helpers/session-fixtures.js';

async function team(): Promise<string> {
  const dir = await tempDir();
  await cp(join(ROOT, 'examples', 'acme'), dir, { recursive: true });
  return dir;
}

describe('--checklists <dir>', () => {
  it.each([['validate'], ['status'], ['check'], ['render', '--format', 'html'], ['run'], ['review', 'status']])(
    '%s with a missing folder exits 2 with one clear line and leaves the workbook alone',
    async (...command) => {
      const dir = await team();
      const before = await readFile(join(dir, 'workbook.yaml'), 'utf8');
      const r = await runCli([...command, '--checklists', 'our-checklsts'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe("error: option '--checklists <dir>' argument 'our-checklsts' is invalid. No such folder.");
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(join(dir, 'workbook.yaml'), 'utf8')).toBe(before);
    },
  );

  it('loads the checklists of a folder that exists', async () => {
    const dir = await team();
    await mkdir(join(dir, 'ours'));
    await writeFile(join(dir, 'ours', 'test.yaml'), stringify(sessionChecklist()));
    const r = await runCli(['status', '--json', '--checklists', 'ours'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"${(sessionChecklist() as { id: string }).id}"`);
  });
});
