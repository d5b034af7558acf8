/** Choice and multi answers are shown by their labels, not their stored values, in what people read. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';
import { isolatedCli, RV_CHECKLIST, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

const WITH_CHOICES = `${RV_CHECKLIST}  - id: rv.mail
    title: Mail
    items:
      - id: rv.mail.tls
        question: Lowest TLS version accepted?
        guidance: { why: Downgrade., how: Configure it., verify: Check the handshake. }
        weight: 3
        refs: ["RFC 8996"]
        type: choice
        choices:
          - { value: "1.2", label: "TLS 1.2 only" }
          - { value: "1.0-1.1", label: "TLS 1.0 or 1.1 still accepted" }
      - id: rv.mail.providers
        question: Which providers send for you?
        guidance: { why: Inventory., how: List them., verify: Check SPF. }
        weight: 2
        refs: ["RFC 7208"]
        type: multi
        choices:
          - { value: ses, label: Amazon SES }
          - { value: postmark, label: Postmark }
`;

let cli: IsolatedCli;
beforeAll(async () => {
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

describe('choice labels', () => {
  it('the review report names a changed choice or multi answer by its labels', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.mail.tls': { value: '1.0-1.1', updated_at: '2026-09-01T00:00:00Z' } } }, WITH_CHOICES);
    const start = { SECBOOK_NOW: '2026-11-20T10:00:00Z' };
    expect((await cli.run(['review', 'start'], { cwd: dir, env: start })).code).toBe(0);
    const later = { SECBOOK_NOW: '2026-11-21T10:00:00Z' };
    for (const args of [['rv.mail.tls', '--value', '1.2'], ['rv.mail.providers', '--value', 'ses,postmark']]) {
      const r = await cli.run(['answer', ...args], { cwd: dir, env: later });
      expect(r.code, r.stderr).toBe(0);
    }
    const closed = await cli.run(['review', 'close', '--reviewer', 'Dana', '--force', '--no-pdf'], { cwd: dir, env: later });
    expect(closed.code, closed.stderr).toBe(0);
    const html = await readFile(join(dir, 'output/audit-review-2026-q4/1.0/audit-review-2026-q4.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('TLS 1.0 or 1.1 still accepted');
    expect(text).toContain('TLS 1.2 only');
    expect(text).toContain('Amazon SES; Postmark');
    expect(text).not.toMatch(/\b1\.0-1\.1\b/);
    expect(text).not.toMatch(/\bses; postmark\b/);
  });
});
