/**
 * End to end in a real pseudo-terminal: a compressed drill, two decisions, the process
 * killed mid-drill, resumed, finished; the after-action PDF and the workbook follow-ups.
 */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxParagraphs } from '../helpers/docx-text.js';
import { startPty } from '../helpers/session-pty.js';

async function drillFile(dir: string): Promise<{ name: string; data: { decisions: { text: string }[]; finished_at: string | null; report: string[] } }> {
  const names = (await readdir(join(dir, 'drills'))).filter((n) => n.endsWith('.yaml'));
  const name = names[0] ?? '';
  return { name, data: parse(await readFile(join(dir, 'drills', name), 'utf8')) };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('secbook drill in a terminal', () => {
  it('survives a kill mid-drill, resumes, finishes with a PDF report and workbook follow-ups', async () => {
    const dir = await tempDir('secbook-drill-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));

    const first = startPty(['drill', 'misdirected-customer-data', '--speed', '10'], dir);
    await first.waitFor('Inject 1/3');
    first.type('d');
    await first.waitFor('Decision (text');
    first.type('Pause the reminder job @Fox Mulder by 2027-01-15 #ir.roles.technical-lead');
    first.type('\r');
    await first.waitFor('decisions 1');
    first.type('n');
    await first.waitFor('Inject 2/3');
    first.type('d');
    await first.waitFor('Decision (text');
    first.type('Tell every affected clinic @Grace Hopper by 2027-01-20 #ir.roles.privacy-officer');
    first.type('\r');
    await first.waitFor('decisions 2');
    await until(async () => (await drillFile(dir)).data.decisions.length === 2, 'two decisions on disk');
    // A crash: no chance to clean up.
    first.pty.kill('SIGKILL');
    await first.exited;

    const saved = await drillFile(dir);
    expect(saved.name).toMatch(/^\d{4}-\d{2}-\d{2}-misdirected-customer-data\.yaml$/);
    expect(saved.data.finished_at).toBeNull();

    const second = startPty(['drill', 'misdirected-customer-data', '--speed', '10'], dir);
    await second.waitFor('decisions 2');
    second.type('F');
    await second.waitFor('Drill finished', 60_000);
    const exit = await second.exited;
    expect(exit.exitCode).toBe(0);

    const done = await drillFile(dir);
    expect(done.data.finished_at).not.toBeNull();
    const pdf = done.data.report.find((p) => p.endsWith('.pdf'));
    expect(pdf).toBeDefined();
    const text = (await pdfText(join(dir, pdf ?? ''))).pages.join('\n');
    expect(text).toContain('After-Action Report');
    expect(text).toContain('Pause the reminder job');
    expect(text).toContain('Tell every affected clinic');
    // Ids may wrap at their hyphen in a narrow table column.
    expect(text.replace(/- /g, '-')).toContain('hipaa-covered-entity');
    // The same report as Word, for editing with tracked changes.
    const docx = done.data.report.find((p) => p.endsWith('.docx'));
    expect(docx).toBeDefined();
    const { paragraphs } = await docxParagraphs(join(dir, docx ?? ''));
    expect(paragraphs.map((p) => p.text).join('\n')).toContain('Pause the reminder job');

    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')) as { answers: Record<string, { owner?: string; due?: string; status?: string; evidence?: { source?: string }[] }> };
    expect(wb.answers['ir.roles.technical-lead']).toMatchObject({ owner: 'Fox Mulder', due: '2027-01-15' });
    expect(wb.answers['ir.roles.privacy-officer']).toMatchObject({ owner: 'Grace Hopper', due: '2027-01-20' });
    expect(wb.answers['ir.exercises.last-held']?.evidence?.some((e) => e.source === 'drill')).toBe(true);

    const gate = await runCli(['check', '--drill-within', '1', '--json'], { cwd: dir });
    expect(JSON.parse(gate.stdout).reasons.map((r: { code: string }) => r.code)).not.toContain('drill');
  }, 120_000);

  it('without a terminal exits 2 with a hint and writes nothing', async () => {
    const dir = await tempDir('secbook-drill-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    const r = await runCli(['drill', 'provider-breach'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs an interactive terminal');
    await expect(readdir(join(dir, 'drills'))).rejects.toThrow();
    const gate = await runCli(['check', '--drill-within', '30', '--json'], { cwd: dir });
    expect(JSON.parse(gate.stdout).reasons.map((r: { code: string }) => r.code)).toContain('drill');
  });
});
