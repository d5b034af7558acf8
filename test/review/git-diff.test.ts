import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeProject } from '../helpers/review-fixtures.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], { cwd, encoding: 'utf8' });

/** Line numbers (1-based) of the answer block `  <id>:` in a workbook's text. */
function answerBlock(text: string, id: string): [number, number] {
  const lines = text.split('\n');
  const start = lines.indexOf(`  ${id}:`);
  expect(start, `${id} in\n${text}`).toBeGreaterThan(-1);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  return [start + 1, end];
}

/** Changed line ranges from `git diff -U0`: old [start, end] and new [start, end] per hunk. */
function hunks(diff: string): { old: [number, number]; new: [number, number] }[] {
  return [...diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)].map((m) => {
    const range = (start: string, count = '1'): [number, number] => [Number(start), Number(start) + Number(count) - 1];
    return { old: range(m[1]!, m[2]), new: range(m[3]!, m[4]) };
  });
}

const inside = ([a, b]: [number, number], [lo, hi]: [number, number]) => b < a || (a >= lo && b <= hi);

describe('deterministic serialisation (a real git diff)', () => {
  it('changing one answer with `secbook answer` changes only that answer’s lines', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', owner: 'Dana', updated_at: '2026-10-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'partial', note: 'p=none for now', owner: 'Sam', due: '2027-03-31', updated_at: '2026-10-01T00:00:00Z' },
        'rv.ops.contacts': { status: 'todo' },
      },
    });
    git(dir, 'init', '-q');
    git(dir, 'add', 'workbook.yaml');
    git(dir, 'commit', '-q', '-m', 'Q4');
    const before = await readFile(join(dir, 'workbook.yaml'), 'utf8');

    const r = await runCli(['answer', 'rv.auth.dmarc', '--status', 'done', '--by', 'Sam'], { cwd: dir, env: { SECBOOK_NOW: '2027-01-15T09:00:00Z' } });
    expect(r.code, r.stderr).toBe(0);
    const after = await readFile(join(dir, 'workbook.yaml'), 'utf8');
    const diff = git(dir, 'diff', '-U0', '--', 'workbook.yaml');
    const changed = diff.split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l));
    expect(changed).toEqual([
      '-    status: partial',
      '+    status: done',
      '-    updated_at: 2026-10-01T00:00:00Z',
      '+    answered_by: Sam',
      '+    updated_at: 2027-01-15T09:00:00.000Z',
      '+    confirmed_at: 2027-01-15T09:00:00.000Z',
    ]);
    for (const h of hunks(diff)) {
      expect(inside(h.old, answerBlock(before, 'rv.auth.dmarc'))).toBe(true);
      expect(inside(h.new, answerBlock(after, 'rv.auth.dmarc'))).toBe(true);
    }

    // A new answer lands in id order as one contiguous block of one-field lines.
    git(dir, 'commit', '-q', '-am', 'dmarc done');
    const r2 = await runCli(['answer', 'rv.ops.backups', '--status', 'done', '--owner', 'Lee', '--by', 'Lee'], { cwd: dir, env: { SECBOOK_NOW: '2027-01-16T09:00:00Z' } });
    expect(r2.code, r2.stderr).toBe(0);
    const diff2 = git(dir, 'diff', '-U0', '--', 'workbook.yaml');
    expect(hunks(diff2)).toHaveLength(1);
    const added = diff2.split('\n').filter((l) => /^\+(?!\+\+ )/.test(l));
    expect(added).toEqual([
      '+  rv.ops.backups:',
      '+    status: done',
      '+    owner: Lee',
      '+    answered_by: Lee',
      '+    updated_at: 2027-01-16T09:00:00.000Z',
      '+    confirmed_at: 2027-01-16T09:00:00.000Z',
    ]);
    const text = await readFile(join(dir, 'workbook.yaml'), 'utf8');
    const ids = [...text.matchAll(/^ {2}(rv\.[a-z.-]+):$/gm)].map((m) => m[1]);
    // The user's own order is kept; the new id goes before the first id that sorts after it.
    expect(ids).toEqual(['rv.auth.spf', 'rv.auth.dmarc', 'rv.ops.backups', 'rv.ops.contacts']);
  });
});
