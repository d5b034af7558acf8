import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

let cli: IsolatedCli;
beforeAll(async () => {
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

describe('secbook review diff (CLI)', () => {
  it('defaults to last closed review → now; takes periods; prints text or JSON', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.auth.spf': { status: 'todo', owner: 'Dana', updated_at: '2026-11-01T00:00:00Z' } } });
    const none = await cli.run(['review', 'diff'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no review to compare with');

    const q4 = { SECBOOK_NOW: '2026-11-20T10:00:00Z' };
    expect((await cli.run(['review', 'start'], { cwd: dir, env: q4 })).code).toBe(0);
    expect((await cli.run(['review', 'close', '--reviewer', 'Dana', '--no-pdf'], { cwd: dir, env: q4 })).code).toBe(0);

    const now = { SECBOOK_NOW: '2027-01-10T10:00:00Z' };
    expect((await cli.run(['answer', 'rv.auth.spf', '--status', 'done', '--owner', 'Lee'], { cwd: dir, env: now })).code).toBe(0);
    const text = await cli.run(['review', 'diff'], { cwd: dir, env: now });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(
      [
        'Changes from 2026-Q4 (2026-11-20) to current (2027-01-10)',
        '',
        'Score Overall: 0% → 33.3% (+33.3)',
        '',
        'Sections (1)',
        '  Authentication: 0% → 50% (+50)',
        '',
        'Status changes (1)',
        '  rv.auth.spf — Question for rv.auth.spf?: todo → done',
        '',
        'Gaps closed (1)',
        '  rv.auth.spf — Question for rv.auth.spf? [done]',
        '',
        'Owner changes (1)',
        '  rv.auth.spf — Question for rv.auth.spf?: Dana → Lee',
        '',
      ].join('\n'),
    );

    const json = await cli.run(['review', 'diff', '2026-Q4', 'current', '--json'], { cwd: dir, env: now });
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout) as { overall: { change: number }; gapsClosed: { id: string }[]; ownerChanges: { from: string; to: string }[] };
    expect(d.overall.change).toBe(33.3);
    expect(d.gapsClosed.map((g) => g.id)).toEqual(['rv.auth.spf']);
    expect(d.ownerChanges).toMatchObject([{ from: 'Dana', to: 'Lee' }]);

    const same = await cli.run(['review', 'diff', '2026-Q4', '2026-Q4'], { cwd: dir, env: now });
    expect(same.stdout).toContain('No item changed.');
    const unknown = await cli.run(['review', 'diff', '2025-Q1'], { cwd: dir, env: now });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no review "2025-Q1"');
    expect(unknown.stderr).toContain('Reviews: 2026-Q4, or "current".');
  });
});
