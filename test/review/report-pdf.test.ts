/** The Audit Review Report as a reader sees it: text extracted from the PDF. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ensureBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { RV_CHECKLIST_V2, isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';
import { writeFile } from 'node:fs/promises';

let cli: IsolatedCli;
let browser: string;
beforeAll(async () => {
  browser = ensureBrowser();
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

describe('Audit Review Report (PDF)', () => {
  it('shows the trend, section changes, gaps, overdue actions with owners, unconfirmed items and the sign-off', async () => {
    const dir = await tempDir();
    const env = (iso: string) => ({ SECBOOK_NOW: iso, PUPPETEER_EXECUTABLE_PATH: browser });
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'partial', updated_at: '2026-11-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'done', updated_at: '2026-11-01T00:00:00Z' },
        'rv.ops.backups': { status: 'todo', owner: 'Sam Ops', due: '2027-01-31', updated_at: '2026-11-01T00:00:00Z' },
      },
    });
    // Q4: start and close at once (nothing stale yet): 4*0.5 + 4 of 12 = 50%.
    expect((await cli.run(['review', 'start'], { cwd: dir, env: env('2026-11-20T10:00:00Z') })).code).toBe(0);
    const q4 = await cli.run(['review', 'close', '--reviewer', 'Dana', '--no-pdf'], { cwd: dir, env: env('2026-11-20T10:00:00Z') });
    expect(q4.code, q4.stderr).toBe(0);

    // Q1: SPF fixed, DMARC regressed, a new item, backups now overdue and left unconfirmed.
    await writeFile(join(dir, 'checklists', 'rv.yaml'), RV_CHECKLIST_V2);
    const q1 = env('2027-02-15T10:00:00Z');
    expect((await cli.run(['review', 'start'], { cwd: dir, env: q1 })).code).toBe(0);
    for (const args of [['rv.auth.spf', '--status', 'done'], ['rv.auth.dmarc', '--status', 'todo'], ['rv.ops.training', '--status', 'done']]) {
      expect((await cli.run(['answer', ...args], { cwd: dir, env: q1 })).code).toBe(0);
    }
    const closed = await cli.run(['review', 'close', '--reviewer', 'Dana Lee (CISO)', '--reviewer', 'Sam Ops (SRE)', '--sign-off', 'Reviewed in the February security meeting', '--force'], { cwd: dir, env: q1 });
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain('output/audit-review-2027-q1/1.0/audit-review-2027-q1.pdf');

    const { pages } = await pdfText(join(dir, 'output/audit-review-2027-q1/1.0/audit-review-2027-q1.pdf'));
    const text = pages.join('\n');
    expect(text).toContain('Audit Review Report — 2027-Q1');
    // Trend: one bar per review. Q1 = 4 + 0 + 0 + 0 + 2 of 14 = 42.9%.
    expect(text).toMatch(/Overall score by review 2026-Q4 50 ?% 2027-Q1 43 ?%/);
    expect(text).toContain('42.9%');
    expect(text).toContain('Change since 2026-Q4');
    expect(text).toMatch(/Authentication 75% 50% -25/);
    expect(text).toMatch(/Gaps opened .*Question for rv\.auth\.dmarc\? \[rv\.auth\.dmarc\] todo/);
    expect(text).toMatch(/Gaps closed .*Question for rv\.auth\.spf\? \[rv\.auth\.spf\] done/);
    expect(text).toMatch(/New items .*\[rv\.ops\.training\] done/);
    expect(text).toMatch(/Overdue actions .*\[rv\.ops\.backups\] Sam Ops 2027-01-31/);
    expect(text).toMatch(/Items still unconfirmed .*\[rv\.ops\.backups\]/);
    expect(text).toMatch(/Sign-off .*Reviewed by Dana Lee \(CISO\); Sam Ops \(SRE\)/);
    expect(text).toContain('Reviewed in the February security meeting');
  });
});
