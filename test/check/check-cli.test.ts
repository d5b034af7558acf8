import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';
import { isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

let cli: IsolatedCli;
beforeAll(async () => {
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

const NOW = { SECBOOK_NOW: '2027-01-15T09:00:00Z' };
const fresh = '2027-01-10T00:00:00Z';

interface CheckJson {
  ok: boolean;
  score: number | null;
  reasons: { code: string; message: string; items?: string[] }[];
}

describe('secbook check (CI gate)', () => {
  it('exits 0 with a one-line summary when every rule passes', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', confirmed_at: fresh },
        'rv.auth.dmarc': { status: 'done', confirmed_at: fresh },
        'rv.ops.backups': { status: 'partial', confirmed_at: fresh },
        'rv.ops.contacts': { status: 'done', confirmed_at: fresh },
      },
    });
    const r = await cli.run(['check', '--min-score', '90'], { cwd: dir, env: NOW });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok score 91.7%, 4/4 answered, no closed review\n');
  });

  it('exits 1 listing every reason: low score, stale answers, missing required answers, no recent review', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', confirmed_at: '2026-09-01T00:00:00Z' },
        'rv.ops.backups': { status: 'todo', confirmed_at: fresh },
      },
    });
    const r = await cli.run(['check', '--min-score', '50', '--review-within', '100'], { cwd: dir, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('check failed: 4 reasons (score 33.3%, 2/4 answered (2 open), no closed review)');
    expect(r.stdout).toContain('✗ score 33.3% is below the target of 50%');
    expect(r.stdout).toContain('✗ 1 answer not confirmed within the interval their kind of evidence needs');
    expect(r.stdout).toContain('rv.auth.spf (last confirmed 2026-09-01, 136 days ago; control every 90 days)');
    expect(r.stdout).toContain('✗ 2 required items open (not answered yet)');
    expect(r.stdout).toContain('rv.auth.dmarc — Question for rv.auth.dmarc?');
    expect(r.stdout).toContain('rv.ops.contacts — Question for rv.ops.contacts?');
    expect(r.stdout).toContain('✗ no review has been closed yet');

    // --max-stale-days overrides the interval; --json keeps the exit code.
    const json = await cli.run(['check', '--max-stale-days', '200', '--json'], { cwd: dir, env: NOW });
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as CheckJson;
    expect(result.ok).toBe(false);
    expect(result.reasons.map((x) => x.code)).toEqual(['required']);
  });

  it('fails on a review that is too old and passes once a recent one is closed', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.auth.dmarc': { status: 'done' }, 'rv.ops.contacts': { status: 'done' } } });
    const old = { SECBOOK_NOW: '2026-08-01T00:00:00Z' };
    expect((await cli.run(['answer', 'rv.auth.dmarc', '--status', 'done'], { cwd: dir, env: old })).code).toBe(0);
    expect((await cli.run(['answer', 'rv.ops.contacts', '--status', 'done'], { cwd: dir, env: old })).code).toBe(0);
    expect((await cli.run(['review', 'start'], { cwd: dir, env: old })).code).toBe(0);
    const open = await cli.run(['check', '--review-within', '30', '--max-stale-days', '365'], { cwd: dir, env: old });
    expect(open.code).toBe(1);
    expect(open.stdout).toContain('no closed review yet (2026-Q3 is still open)');
    const close = await cli.run(['review', 'close', '--reviewer', 'Dana', '--no-pdf'], { cwd: dir, env: old });
    expect(close.code, close.stderr).toBe(0);
    const soon = await cli.run(['check', '--review-within', '30', '--max-stale-days', '365'], { cwd: dir, env: { SECBOOK_NOW: '2026-08-20T00:00:00Z' } });
    expect(soon.code, soon.stdout).toBe(0);
    expect(soon.stdout).toContain('last review 2026-Q3 (19 days ago)');
    const late = await cli.run(['check', '--review-within', '30', '--max-stale-days', '365', '--json'], { cwd: dir, env: { SECBOOK_NOW: '2026-10-01T00:00:00Z' } });
    expect(late.code).toBe(1);
    expect((JSON.parse(late.stdout) as CheckJson).reasons).toEqual([
      { code: 'review', message: 'the last review (2026-Q3, closed 2026-08-01) is 61 days old; the limit is 30' },
    ]);
  });

  it('reports an invalid workbook as a failing check with file:line:col, in text and JSON', async () => {
    const dir = await tempDir();
    await writeProject(dir);
    await writeFile(join(dir, 'workbook.yaml'), 'format: 1\norganisation:\n  name: Acme\nanswers:\n  rv.auth.spf:\n    status: maybe\n');
    const r = await cli.run(['check'], { cwd: dir, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ invalid file: 1 problem');
    expect(r.stdout).toMatch(/workbook\.yaml:6:13 answers\.rv\.auth\.spf\.status: expected a status: done, partial, todo, na, got "maybe"/);
    const json = await cli.run(['check', '--json'], { cwd: dir, env: NOW });
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as CheckJson;
    expect(result.reasons[0]).toMatchObject({ code: 'invalid' });
    expect(result.reasons[0]!.items![0]).toMatch(/^workbook\.yaml:6:13 /);

    const syntax = join(dir, 'broken.yaml');
    await writeFile(syntax, 'format: 1\norganisation: [unclosed\n');
    const s = await cli.run(['check', 'broken.yaml'], { cwd: dir, env: NOW });
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/broken\.yaml:\d+:\d+ /);
  });

  it('rejects nonsense thresholds with a usage error (exit 2)', async () => {
    const dir = await tempDir();
    await writeProject(dir);
    const r = await cli.run(['check', '--min-score', 'lots'], { cwd: dir, env: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--min-score <percent>' argument 'lots' is invalid. Use a number from 0 to 100.");
  });
});
