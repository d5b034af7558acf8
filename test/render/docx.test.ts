import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../helpers/docx-text.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

describe('render --format docx', () => {
  it('writes every document as Word with real headings, numbered statements and tables', async () => {
    const dir = await tempDir('secbook-docx-');
    await cp(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    const r = await runCli(['render', '--format', 'docx'], { cwd: dir, env: { SECBOOK_NOW: '2026-12-02T10:00:00Z' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote docx');

    const { paragraphs, xml } = await docxParagraphs(join(dir, 'output', 'email-security-policy', '1.0', 'email-security-policy.docx'));
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['1 Purpose', '2 Scope', '3 Roles and responsibilities', '4 Policy statements', 'Appendix A: Control mapping']));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('Authentication protocols');
    const statement = paragraphs.find((p) => p.text.startsWith('Every domain Acme Health Messaging Ltd sends mail from must publish exactly one SPF record'));
    expect(statement?.numbered).toBe(true);
    expect(paragraphs.some((p) => p.text.startsWith('Remediation: this is partly in place;'))).toBe(true);
    // Code spans are set in a monospace font, never with literal backticks.
    expect(paragraphs.map((p) => p.text).join('\n')).not.toContain('`');
    expect(xml).toMatch(/<w:rFonts w:ascii="Liberation Mono"[^>]*\/>\s*<\/w:rPr>\s*<w:t xml:space="preserve">-all<\/w:t>/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');

    const plan = await docxParagraphs(join(dir, 'output', 'incident-response-plan', '1.0', 'incident-response-plan.docx'));
    const planHeadings = plan.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(planHeadings).toEqual(expect.arrayContaining(['5 Response procedure', '6 Severity, escalation and communication', '8 Playbooks', '9 Notification matrix']));
    expect(plan.paragraphs.map((p) => p.text)).toContain('Revoke the leaked key or password at the provider and issue a new one through the secrets store');
  }, 120_000);
});
