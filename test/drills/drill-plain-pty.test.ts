/** `secbook drill --plain` in a real terminal: line-by-line prompts, law shown, finish. */
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.js';
import { startPty } from '../helpers/session-pty.js';

const DOWN = '\u001b[B';

describe('secbook drill --plain', () => {
  it('logs a decision, shows the law, and finishes with an HTML report', async () => {
    const dir = await tempDir('secbook-drill-plain-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    const s = startPty(['drill', 'dkim-key-exposed', '--plain', '--no-pdf'], dir);
    await s.waitFor('Minute 0: A researcher');
    await s.waitFor('What next?');
    s.type('\r'); // Log a decision
    await s.waitFor('Decision (text');
    s.type('Publish a new selector @Linus Torvalds by 2027-02-01\r');
    await s.waitFor('What next?');
    s.type(`${DOWN}${DOWN}${DOWN}${DOWN}\r`); // What the law says
    await s.waitFor('Plan expects: Publish a new selector');
    await s.waitFor('What next?');
    s.type(`${DOWN.repeat(6)}\r`); // Finish
    await s.waitFor('Drill finished', 60_000);
    expect((await s.exited).exitCode).toBe(0);
    const [name] = await readdir(join(dir, 'drills'));
    const record = parse(await readFile(join(dir, 'drills', name ?? ''), 'utf8'));
    expect(record.decisions).toMatchObject([{ text: 'Publish a new selector', owner: 'Linus Torvalds', due: '2027-02-01' }]);
    const html = await readFile(join(dir, record.report[0]), 'utf8');
    expect(html).toContain('Publish a new selector');
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.answers['ir.exercises.gaps']).toMatchObject({ owner: 'Linus Torvalds', due: '2027-02-01', status: 'done' });
  }, 90_000);
});
