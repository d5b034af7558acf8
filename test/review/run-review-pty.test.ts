/** `secbook run --review --plain` in a real pseudo-terminal walks only the review's open items. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawn } from 'node-pty';
import { tempDir } from '../helpers/cli.js';
import { isolatedCli, writeProject, type IsolatedCli } from '../helpers/review-fixtures.js';

const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

let cli: IsolatedCli;
beforeAll(async () => {
  cli = await isolatedCli();
});
afterAll(() => cli.cleanup());

async function waitFor(read: () => string, text: string): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (read().includes(text)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never saw "${text}"; screen:\n${read().slice(-1500)}`);
}

describe('secbook run --review', () => {
  it('focuses the session on the items the open review still needs', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', updated_at: '2026-01-01T00:00:00Z' },
        'rv.auth.dmarc': { status: 'done', updated_at: '2026-01-01T00:00:00Z' },
        'rv.ops.backups': { status: 'done', updated_at: '2026-11-01T00:00:00Z' },
      },
    });
    const env = { SECBOOK_NOW: '2026-11-20T10:00:00Z' };
    expect((await cli.run(['review', 'start'], { cwd: dir, env })).code).toBe(0);
    expect((await cli.run(['review', 'confirm', 'rv.auth.spf'], { cwd: dir, env })).code).toBe(0);

    const pty = spawn(process.execPath, [join(cli.root, 'bin', 'secbook.js'), 'run', '--review', '--plain'], {
      cols: 120, rows: 40, cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1', USER: 'tester' },
    });
    let output = '';
    pty.onData((d) => (output += d));
    const exited = new Promise<number>((done) => pty.onExit(({ exitCode }) => done(exitCode)));
    await waitFor(() => strip(output), '— 1 items');
    await waitFor(() => strip(output), 'Question for rv.auth.dmarc?');
    pty.write('\u0003');
    expect([0, 130]).toContain(await exited);
    expect(strip(output)).not.toContain('Question for rv.auth.spf?');
    expect(strip(output)).not.toContain('Question for rv.ops.backups?');

    // Once nothing is left, --review says so instead of opening an empty session.
    expect((await cli.run(['review', 'confirm', 'rv.auth.dmarc'], { cwd: dir, env })).code).toBe(0);
    const none = await cli.run(['run', '--review', '--plain'], { cwd: dir, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('every item of the 2026-Q4 review is re-confirmed');
  });
});
