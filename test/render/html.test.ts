import { LAW_DOCUMENTS } from '../../src/incidents/documents/breach-matrix.js';
import { LAW_ROWS } from '../../src/incidents/documents/notification-matrix.js';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../src/storage/project.js';
import { buildContext } from '../../src/render/documents/context.js';
import { buildDocuments } from '../../src/render/documents/registry.js';
import { createTemplateEnv } from '../../src/render/handlebars-env.js';
import { renderDocumentHtml } from '../../src/render/render-html.js';
import type { DocumentMeta, DocumentModel } from '../../src/render/document-model.js';
import { makeRenderProject } from '../helpers/render-project.js';

const META: DocumentMeta = {
  version: '1.0',
  effectiveDate: '2026-11-29',
  organisation: 'Fixture Co',
  legalName: 'Fixture Company Ltd',
  approver: 'Alex Kim, CEO',
  owner: 'Dana Reyes',
  revisions: [{ version: '1.0', date: '2026-11-29', changes: ['First issue.'] }],
  branding: { logo: null, accent: '#0b6e4f', footer: null },
  paper: 'a4',
};

async function render(edit?: (p: Awaited<ReturnType<typeof makeRenderProject>>) => Promise<void>): Promise<Map<string, { doc: DocumentModel; html: string }>> {
  const project = await makeRenderProject();
  if (edit) await edit(project);
  const { checklists, workbook, dir } = await openProject({ cwd: project.dir });
  const docs = buildDocuments(buildContext(checklists, workbook.data, '2026-11-29', { law: LAW_ROWS }), undefined, LAW_DOCUMENTS);
  const env = createTemplateEnv({ overrideDir: `${dir}/templates` });
  return new Map(docs.map((doc) => [doc.id, { doc, html: renderDocumentHtml(env, doc, META) }]));
}

describe('documents as HTML', () => {
  it('renders each applicable document with its headings, answers and open decisions', async () => {
    const docs = await render();
    expect([...docs.keys()]).toEqual(expect.arrayContaining(['email-security-policy', 'incident-response-plan', 'privacy-gdpr', 'privacy-ccpa', 'retention-policy', 'vendor-policy', 'audit-report']));
    // HIPAA is not in the fixture's scope: no statement for it.
    expect(docs.has('privacy-hipaa')).toBe(false);

    const policy = docs.get('email-security-policy')!.html;
    expect(policy).toContain('<h1>Email Security Policy</h1>');
    expect(policy).toContain('Fixture Company Ltd');
    expect(policy).toMatch(/<h2><span class="num">1<\/span> Purpose<\/h2>/);
    expect(policy).toMatch(/<h3 class="subheading">Authentication/);
    // done → the item's statement in policy voice; partial → plus its remediation (owner, due); todo → only an open decision
    expect(policy).toMatch(/<p class="st-text">[^<]*Fixture Company Ltd[^<]* must [^<]*SPF/);
    expect(policy).toMatch(/<p class="st-text">[^<]*DKIM[^<]*<\/p>\s*<p class="st-remediation overdue">Remediation: this is partly in place; Sam Ortiz is to complete it by 1 October 2026 \(overdue\)/);
    const body = policy.slice(0, policy.indexOf('id="appendix-a"'));
    expect(body).not.toMatch(/two-factor[^<]*\?/);
    expect(policy.slice(policy.indexOf('id="appendix-b"'))).toMatch(/<td[^>]*>[^<]*two-factor[^<]*\?<\/td>/);
    expect(policy).toContain('<strong>1024-bit</strong>'); // notes are Markdown
  });

  it('states the IR plan with named contacts, backups and the notification matrix for the laws in scope', async () => {
    const plan = (await render()).get('incident-response-plan')!.html;
    expect(plan).toContain('Incident Response Plan');
    expect(plan).toMatch(/<td>Incident lead: Head of Security<\/td><td>Dana Reyes<\/td>/);
    expect(plan).toContain('Sam Ortiz (SRE lead) +49 30 7654321'); // the backup
    expect(plan).toContain('Notification matrix');
    expect(plan).toContain('within 72 hours of becoming aware');
    expect(plan).toContain('GDPR Art. 33(1)');
    expect(plan).toContain('Within 30 calendar days of discovery'); // California (in scope)
    expect(plan).toContain('N.Y. Gen. Bus. Law 899-aa'); // NY listed in us_states
    const matrix = /<caption>Notification matrix<\/caption>[\s\S]*?<\/table>/.exec(plan)?.[0] ?? '';
    expect(matrix).toContain('Lead supervisory authority');
    expect(matrix).not.toContain('HIPAA'); // not in scope
    expect(plan).toContain('Not legal advice');
  });

  it('says why each privacy framework applies, from the scope decision', async () => {
    const docs = await render();
    expect(docs.get('privacy-gdpr')!.html).toContain('It offers goods or services to, or monitors, people in the EU/EEA (GDPR Art. 3(2))');
    expect(docs.get('privacy-ccpa')!.html).toMatch(/buys, sells or shares personal information of 100,000\+ consumers or households/i);
  });

  it('gives the UK GDPR its own statement, with the UK-only section kept out of the EU one', async () => {
    const docs = await render((p) => p.edit('  eu_personal_data: true', '  eu_personal_data: true\n  uk_personal_data: true'));
    const uk = docs.get('privacy-uk-gdpr')!.html;
    expect(uk).toContain('<h1>UK GDPR Compliance Statement</h1>');
    expect(uk).toContain('It offers goods or services to, or monitors, people in the UK (UK GDPR Art. 3(2))');
    // The UK-only items are in the UK statement (mapping, open decisions) and not in the EU one.
    const ukItems = Object.keys(docs.get('privacy-uk-gdpr')!.doc.items).filter((id) => id.startsWith('gdpr.uk'));
    expect(ukItems.length).toBeGreaterThan(0);
    for (const id of ukItems) expect(docs.get('privacy-gdpr')!.doc.items).not.toHaveProperty([id]);
  });

  it('draws the audit report with SVG charts, ranked gaps and the action plan', async () => {
    const audit = (await render()).get('audit-report')!.html;
    expect(audit).toContain('<svg');
    expect(audit).toContain('Gaps ranked by weight');
    expect(audit).toContain('Action plan');
    expect(audit).toMatch(/1 October 2026 — OVERDUE/);
    expect(audit).toContain('Open items (not answered yet)');
  });

  it('keeps user text inert: HTML escaped, Handlebars syntax literal, raw HTML in Markdown stripped', async () => {
    const docs = await render(async (p) => {
      await p.edit('    owner: Dana Reyes\n', '    note: "<script>alert(1)</script> and <img src=x onerror=alert(2)> ![t](http://127.0.0.1/x.png)"\n');
      await p.edit('    owner: Sam Ortiz\n', '    owner: "{{constructor}}"\n');
      await p.edit('legal_name: Fixture Company Ltd', `legal_name: 'Fixture <b>Company</b> Ltd "; } </style><script>alert(3)</script>'`);
    });
    const html = docs.get('email-security-policy')!.html;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img src="?x/);
    expect(html).not.toContain('src="http://127.0.0.1');
    expect(html).toContain('{{constructor}}'); // shown as typed, never evaluated
    expect(html).not.toContain('function Object()');
    expect(html).not.toContain('<b>Company</b>');
    expect(html).toContain('Fixture &lt;b&gt;Company&lt;/b&gt; Ltd');
    // The running header's CSS string cannot be closed, nor the style element ended, by the name.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('alert(3)</script>');
  });

  it('is deterministic: the same workbook gives byte-identical HTML', async () => {
    const a = await render();
    const b = await render();
    for (const [id, { html }] of a) expect(b.get(id)!.html, id).toBe(html);
  });
});

describe('scan evidence in documents', () => {
  it('cites "verified by scan on <date>" and flags a done answer the latest scan contradicts', async () => {
    const docs = await render();
    const policy = docs.get('email-security-policy')!.html;
    // The evidence sits in the control mapping; a contradicted commitment is flagged where it is stated.
    expect(policy).toMatch(/<td class="[^"]*">[^<]*DNS check: verified by scan on 2026-11-28[^<]*<\/td>/);
    expect(policy).toMatch(/<p class="st-verified conflict"><span class="label">DNS check:<\/span> scan on 2026-11-20 found failures — the commitment is recorded as in place, but the latest scan contradicts it; it is under review<\/p>/);
  });
});
