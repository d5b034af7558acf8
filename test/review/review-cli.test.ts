import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from '../helpers/cli.js';
import { RV_CHECKLIST_V2, isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

let cli: IsolatedCli;
beforeAll(async () => {
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

const at = (iso: string) => ({ SECBOOK_NOW: iso });
const Q4 = '2026-11-20T10:00:00Z';
const Q1 = '2027-02-10T10:00:00Z';

async function readReview(dir: string, period: string): Promise<Record<string, unknown>> {
  return parse(await readFile(join(dir, 'reviews', `${period}.yaml`), 'utf8')) as Record<string, unknown>;
}

describe('secbook review (CLI)', () => {
  it('start snapshots the answers and marks stale/overdue items; a second start is refused', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', confirmed_at: '2026-11-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'partial', owner: 'Dana', due: '2026-11-01', confirmed_at: '2026-11-01T00:00:00Z' },
        'rv.ops.backups': { status: 'done', updated_at: '2026-05-01T00:00:00Z' },
      },
    });
    const r = await cli.run(['review', 'start'], { cwd: dir, env: at(Q4) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Started the 2026-Q4 review: snapshot in reviews/2026-Q4.yaml');
    expect(r.stdout).toContain('2 items to re-confirm (1 stale, 1 overdue):');
    const review = await readReview(dir, '2026-Q4');
    expect(review).toMatchObject({
      format: 1,
      period: '2026-Q4',
      status: 'open',
      started_at: '2026-11-20T10:00:00.000Z',
      interval_days: 90,
      items: ['rv.auth.spf', 'rv.auth.dmarc', 'rv.ops.backups', 'rv.ops.contacts'],
      reconfirm: {
        'rv.auth.dmarc': { reasons: ['overdue'], owner: 'Dana', due: '2026-11-01' },
        'rv.ops.backups': { reasons: ['stale'], last_confirmed: '2026-05-01T00:00:00Z' },
      },
    });
    // 4*1 + 4*0.5 + 2*1 of 12 = 66.7
    expect((review.scores as { overall: { score: number } }).overall.score).toBe(66.7);
    expect((review.answers as Record<string, unknown>)['rv.auth.dmarc']).toMatchObject({ status: 'partial', owner: 'Dana' });

    const again = await cli.run(['review', 'start', '--period', '2026-Q4'], { cwd: dir, env: at(Q4) });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error: the 2026-Q4 review was already started (reviews/2026-Q4.yaml)');
    expect(again.stderr).toContain('hint:');
    const other = await cli.run(['review', 'start', '--period', 'extra'], { cwd: dir, env: at(Q4) });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('the 2026-Q4 review is still open');
    const bad = await cli.run(['review', 'start', '--period', '../x'], { cwd: dir, env: at(Q4) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--period <label>' argument '../x' is invalid");
  });

  it('status, confirm and close: refuses while items are unconfirmed, then records sign-off and an HTML report', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', updated_at: '2026-01-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'todo', owner: 'Dana', due: '2026-10-01', updated_at: '2026-09-01T00:00:00Z' },
      },
    });
    expect((await cli.run(['review', 'start'], { cwd: dir, env: at(Q4) })).code).toBe(0);
    const status = await cli.run(['review', 'status'], { cwd: dir, env: at(Q4) });
    expect(status.stdout).toContain('0 of 2 marked item(s) re-confirmed, 2 left (1 stale, 1 overdue).');
    expect(status.stdout).toMatch(/rv\.auth\.dmarc \[overdue\] owner Dana, due 2026-10-01/);
    expect(status.stdout).toMatch(/rv\.auth\.spf \[stale\] confirmed 2026-01-01/);

    const refused = await cli.run(['review', 'close', '--reviewer', 'Dana', '--no-pdf'], { cwd: dir, env: at(Q4) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2 items of the 2026-Q4 review need re-confirming');
    expect(refused.stderr).toContain('--force');
    expect((await readReview(dir, '2026-Q4')).status).toBe('open');

    const later = at('2026-11-21T08:00:00Z');
    const confirm = await cli.run(['review', 'confirm', 'rv.auth.spf'], { cwd: dir, env: later });
    expect(confirm.code, confirm.stderr).toBe(0);
    const workbook = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')) as { answers: Record<string, Record<string, unknown>> };
    expect(workbook.answers['rv.auth.spf']).toEqual({ status: 'done', updated_at: '2026-01-01T00:00:00Z', confirmed_at: '2026-11-21T08:00:00.000Z' });
    const unanswered = await cli.run(['review', 'confirm', 'rv.ops.contacts'], { cwd: dir, env: later });
    expect(unanswered.code).toBe(1);
    expect(unanswered.stderr).toContain('rv.ops.contacts has no answer to confirm');

    const json = JSON.parse((await cli.run(['review', 'status', '--json'], { cwd: dir, env: later })).stdout) as { pending: { id: string }[] };
    expect(json.pending.map((p) => p.id)).toEqual(['rv.auth.dmarc']);

    const answer = await cli.run(['answer', 'rv.auth.dmarc', '--status', 'done'], { cwd: dir, env: later });
    expect(answer.code, answer.stderr).toBe(0);
    const closed = await cli.run(['review', 'close', '--reviewer', 'Dana (CISO)', '--reviewer', 'Sam (SRE)', '--sign-off', 'Reviewed with the SRE team', '--no-pdf'], { cwd: dir, env: later });
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain('Closed the 2026-Q4 review');
    const review = await readReview(dir, '2026-Q4');
    expect(review).toMatchObject({
      status: 'closed',
      closed_at: '2026-11-21T08:00:00.000Z',
      reviewers: ['Dana (CISO)', 'Sam (SRE)'],
      sign_off: 'Reviewed with the SRE team',
      report: ['output/audit-review-2026-q4/1.0/audit-review-2026-q4.html'],
    });
    expect(review.unconfirmed_at_close).toBeUndefined();
    // The snapshot now holds the signed-off state; the opening scores are kept.
    // spf and dmarc done (4 + 4) of 12 possible; at the start only spf was done.
    expect((review.scores as { overall: { score: number } }).overall.score).toBe(66.7);
    expect((review.opening_scores as { overall: { score: number } }).overall.score).toBe(33.3);
    const html = await readFile(join(dir, 'output/audit-review-2026-q4/1.0/audit-review-2026-q4.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Reviewed with the SRE team');
    expect(existsSync(join(dir, 'output/audit-review-2026-q4/1.0/audit-review-2026-q4.pdf'))).toBe(false);
    const manifest = JSON.parse(await readFile(join(dir, 'output/manifest.json'), 'utf8')) as { documents: { id: string; latest: string }[] };
    expect(manifest.documents).toMatchObject([{ id: 'audit-review-2026-q4', latest: '1.0' }]);

    const after = await cli.run(['review', 'status'], { cwd: dir, env: later });
    expect(after.stdout).toContain('The 2026-Q4 review is closed');
  });

  it('close --force records the unconfirmed items; the next review marks items added since', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.auth.spf': { status: 'done', updated_at: '2026-01-01T00:00:00Z' } } });
    expect((await cli.run(['review', 'start'], { cwd: dir, env: at(Q4) })).code).toBe(0);
    // Without a browser the review still closes and the HTML report is published.
    const forced = await cli.run(['review', 'close', '--reviewer', 'Dana', '--force'], { cwd: dir, env: { ...at(Q4), SECBOOK_NO_BROWSER: '1' } });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('1 item(s) were still unconfirmed');
    expect(forced.stdout).toContain('PDF not written: PDF output needs Chrome or Chromium');
    expect(existsSync(join(dir, 'output/audit-review-2026-q4/1.0/audit-review-2026-q4.html'))).toBe(true);
    expect((await readReview(dir, '2026-Q4')).unconfirmed_at_close).toEqual(['rv.auth.spf']);

    await writeFile(join(dir, 'checklists', 'rv.yaml'), RV_CHECKLIST_V2);
    const next = await cli.run(['review', 'start'], { cwd: dir, env: at(Q1) });
    expect(next.code, next.stderr).toBe(0);
    const review = await readReview(dir, '2027-Q1');
    expect(review.previous).toBe('2026-Q4');
    expect(review.reconfirm).toMatchObject({ 'rv.auth.spf': { reasons: ['stale'] }, 'rv.ops.training': { reasons: ['new'] } });
    expect(Object.keys(review.reconfirm as object)).toHaveLength(2);
  });
});
