/**
 * WCAG 2.1 AA as HTML: axe-core, injected into a real Chromium page, finds no violation in
 * any rendered document of the example organisation or of a sparse new workbook.
 */
import { LAW_DOCUMENTS } from '../../src/incidents/documents/breach-matrix.js';
import { LAW_ROWS } from '../../src/incidents/documents/notification-matrix.js';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/render/document-model.js';
import { buildContext } from '../../src/render/documents/context.js';
import { buildDocuments } from '../../src/render/documents/registry.js';
import { createTemplateEnv } from '../../src/render/handlebars-env.js';
import { withBrowser } from '../../src/render/pdf.js';
import { renderDocumentHtml } from '../../src/render/render-html.js';
import { loadPlaybooks } from '../../src/storage/load-playbooks.js';
import { openProject } from '../../src/storage/project.js';
import { ensureBrowser } from '../helpers/browser.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const META: DocumentMeta = {
  version: '1.0', effectiveDate: '2026-12-02', organisation: 'Acme', legalName: 'Acme Health Messaging Ltd', approver: null, owner: null,
  revisions: [{ version: '1.0', date: '2026-12-02', changes: ['First issue.'] }], branding: { logo: null, accent: '#0B6E4F', footer: 'Confidential' }, paper: 'a4',
};

let executablePath: string;
let axeSource: string;
beforeAll(async () => {
  executablePath = ensureBrowser();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

interface Violation { id: string; impact: string | null; nodes: { target: string[] }[] }

async function htmlOf(dir: string): Promise<[string, string][]> {
  const { checklists, workbook } = await openProject({ cwd: dir });
  const docs = buildDocuments(buildContext(checklists, workbook.data, '2026-12-02', { law: LAW_ROWS, playbooks: await loadPlaybooks(dir) }), undefined, LAW_DOCUMENTS);
  const env = createTemplateEnv();
  return docs.map((d) => [d.id, renderDocumentHtml(env, d, META)]);
}

async function violations(pages: [string, string][]): Promise<string[]> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    // The documents' CSP forbids scripts; the test page lets axe in, nothing else changes.
    await page.setBypassCSP(true);
    const found: string[] = [];
    for (const [id, html] of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`)) as Violation[];
      for (const v of result) found.push(`${id}: ${v.id} (${v.impact}) on ${v.nodes.length} elements, e.g. ${v.nodes[0]?.target.join(' ')}`);
    }
    return found;
  }, { executablePath });
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no violation in any document of the example', async () => {
    const pages = await htmlOf(join(ROOT, 'examples', 'acme'));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(await violations(pages)).toEqual([]);
  }, 180_000);

  it('finds no violation in the documents of a sparse new workbook (open decisions, callouts)', async () => {
    const dir = await tempDir('secbook-a11y-');
    await writeFile(join(dir, 'workbook.yaml'), 'format: 1\norganisation:\n  name: Sparse Co\n  domains: [sparse.example]\nscope:\n  eu_personal_data: true\nanswers:\n  email.auth.spf-record:\n    status: partial\n');
    const pages = await htmlOf(dir);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(await violations(pages)).toEqual([]);
  }, 180_000);
});
