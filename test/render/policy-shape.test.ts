/**
 * The policies read as policies: the standard sections in order, statements in the third
 * person about the organisation, no question text or raw item ids in the body, no literal
 * backticks; ids, citations and open questions only in the appendices. Checked on the
 * example organisation and on a sparse new workbook.
 */
import { LAW_ROWS } from '../../src/incidents/documents/notification-matrix.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/render/documents/context.js';
import { buildDocuments } from '../../src/render/documents/registry.js';
import type { DocumentModel } from '../../src/render/document-model.js';
import { createTemplateEnv } from '../../src/render/handlebars-env.js';
import { renderDocumentHtml } from '../../src/render/render-html.js';
import { openProject } from '../../src/storage/project.js';
import { loadPlaybooks } from '../../src/storage/load-playbooks.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const META = {
  version: '1.0', effectiveDate: '2026-12-02', organisation: 'Org', legalName: 'Org Ltd', approver: null, owner: null,
  revisions: [{ version: '1.0', date: '2026-12-02', changes: ['First issue.'] }], branding: { logo: null, accent: '#0b6e4f', footer: null }, paper: 'a4' as const,
};
const SECTIONS = ['Purpose', 'Scope', 'Roles and responsibilities', 'Policy statements', 'Exceptions', 'Enforcement', 'Review and approval'];

async function docsOf(dir: string): Promise<DocumentModel[]> {
  const { checklists, workbook } = await openProject({ cwd: dir });
  return buildDocuments(buildContext(checklists, workbook.data, '2026-12-02', { law: LAW_ROWS, playbooks: await loadPlaybooks(dir) }));
}

const SPARSE = `format: 1
organisation:
  name: Sparse Co
  domains: [sparse.example]
scope:
  eu_personal_data: true
  phi: false
  california_consumers: false
answers:
  email.auth.spf-record:
    status: done
  email.auth.dmarc-record:
    status: partial
    owner: Ops
  email.encryption.tls-min-version:
    status: done
    value: tls1.2
  email.auth.dkim-signing:
    status: todo
`;

function checkShape(docs: DocumentModel[], questions: Map<string, string>): void {
  const policies = docs.filter((d) => d.id !== 'audit-report');
  expect(policies.length).toBeGreaterThan(2);
  const env = createTemplateEnv();
  for (const doc of policies) {
    const titles = doc.sections.filter((s) => !s.appendix).map((s) => s.title);
    // The standard sections, in this order (procedures and schedules may sit between them).
    const positions = SECTIONS.map((t) => titles.indexOf(t));
    expect(positions.every((p) => p >= 0), `${doc.id}: ${titles.join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b), doc.id).toEqual(positions);
    const appendices = doc.sections.filter((s) => s.appendix).map((s) => s.title);
    expect(appendices[0], doc.id).toBe('Control mapping');
    if (doc.openDecisions.length > 0) expect(appendices, doc.id).toContain('Open decisions');

    const body = doc.sections.filter((s) => !s.appendix);
    const statements = body.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'statements' ? b.statements : [])));
    for (const st of statements) {
      expect(st.open, st.id).toBe(false);
      expect(st.text, st.id).not.toBe(questions.get(st.id));
      expect(st.text, st.id).not.toMatch(/\?$/);
      expect(st.text, st.id).not.toMatch(/\b(you|your|we|our|You|Your|We|Our)\b/);
      expect(st.text, st.id).not.toMatch(/\{(org|value)\}/);
      if (st.status === 'partial') expect(st.remediation, st.id).toMatch(/^Remediation: /);
    }
    // HTML body (before the appendices): no raw ids, no literal backticks, never "use secbook".
    const html = renderDocumentHtml(env, doc, { ...META, legalName: 'Org Ltd' });
    const bodyHtml = html.slice(html.indexOf('<main>'), html.indexOf('id="appendix-a"'));
    const ids = [...questions.keys()].filter((id) => bodyHtml.includes(`>${id}<`) || bodyHtml.includes(` ${id} `));
    expect(ids, doc.id).toEqual([]);
    expect(bodyHtml.replace(/<[^>]+>/g, ''), doc.id).not.toContain('`');
    // The organisation's own notes may name its tools; the document's text never tells the reader to use secbook.
    expect(bodyHtml.replace(/<div class="st-note md">[\s\S]*?<\/div>/g, ''), doc.id).not.toMatch(/\bsecbook\b/i);
  }
}

async function questionsOf(dir: string): Promise<Map<string, string>> {
  const { checklists } = await openProject({ cwd: dir });
  return new Map([...checklists.items.values()].map((r) => [r.item.id, r.item.question]));
}

describe('policy shape', () => {
  it('holds on the example organisation', async () => {
    const dir = join(ROOT, 'examples', 'acme');
    const docs = await docsOf(dir);
    checkShape(docs, await questionsOf(dir));
    // Value answers are sentences about the value; code in statements renders as code.
    const email = docs.find((d) => d.id === 'email-security-policy')!;
    const texts = email.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'statements' ? b.statements.map((x) => x.text) : [])));
    expect(texts).toContain("Acme Health Messaging Ltd's mail servers and email API clients must accept no TLS version older than TLS 1.2.");
    const html = renderDocumentHtml(createTemplateEnv(), email, META);
    expect(html).toContain('<code>-all</code>');
  });

  it('holds on a sparse new workbook: todo items are open decisions, never statements', async () => {
    const dir = await tempDir('secbook-shape-');
    await writeFile(join(dir, 'workbook.yaml'), SPARSE);
    const docs = await docsOf(dir);
    checkShape(docs, await questionsOf(dir));
    const email = docs.find((d) => d.id === 'email-security-policy')!;
    const body = JSON.stringify(email.sections.filter((s) => !s.appendix));
    expect(body).toContain('Every domain Sparse Co sends mail from must publish exactly one SPF record');
    expect(body).toContain('Remediation: this is partly in place; Ops is to complete it with no due date set.');
    expect(body).not.toContain('DKIM-signed'); // todo
    expect(email.openDecisions.map((d) => d.id)).toContain('email.auth.dkim-signing');
  });

  it('refuses to build a policy from a team item without a statement', async () => {
    const dir = await tempDir('secbook-shape-');
    await writeFile(join(dir, 'workbook.yaml'), SPARSE);
    await mkdir(join(dir, 'checklists'), { recursive: true });
    await writeFile(join(dir, 'checklists', 'own.yaml'), `id: own
title: Our own
version: "1"
sections:
  - id: own.vendors
    title: Vendors
    items:
      - id: own.vendors.escrow
        question: Do you hold source-code escrow for critical vendors?
        guidance: { why: Continuity., how: Sign an escrow agreement., verify: Read the agreement. }
        weight: 2
        refs: ["ISO/IEC 27001 A.5.19"]
        tags: [doc:vendor]
`);
    const { checklists, workbook } = await openProject({ cwd: dir });
    expect(checklists.items.has('own.vendors.escrow')).toBe(true);
    expect(() => buildDocuments(buildContext(checklists, workbook.data, '2026-12-02'), ['vendor-policy'])).toThrow(/"own.vendors.escrow" .*has no statement/);
    // Other documents that do not use the item still build.
    expect(buildDocuments(buildContext(checklists, workbook.data, '2026-12-02'), ['email-security-policy'])).toHaveLength(1);
  });
});
