import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderProject } from '../../src/app/render.js';
import { printPdf, withBrowser } from '../../src/render/pdf.js';
import type { BrowserProvider } from '../../src/render/publish.js';
import { ensureBrowser } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/cli.js';
import { makeRenderProject, NOW } from '../helpers/render-project.js';

let executablePath: string;
beforeAll(() => {
  executablePath = ensureBrowser();
});

describe('PDF output', () => {
  it('prints every document with cover, organisation, version and "page X of Y" on each page', { timeout: 300_000 }, async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'pdf'], { PUPPETEER_EXECUTABLE_PATH: executablePath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('one browser for all PDFs');
    const ids = await readdir(join(p.dir, 'output'));
    expect(ids).toEqual(expect.arrayContaining(['email-security-policy', 'incident-response-plan', 'audit-report', 'privacy-gdpr']));

    const { pages, width, height } = await pdfText(join(p.dir, 'output', 'email-security-policy', '1.0', 'email-security-policy.pdf'));
    expect(Math.round(width)).toBe(596); // A4 by default
    expect(Math.round(height)).toBe(842);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThan(80);
    expect(pages[0]).toContain('Email Security Policy');
    expect(pages[0]).toContain('Fixture Company Ltd');
    expect(pages[0]).toMatch(/Version 1\.0/);
    // The cover has no running header or footer; every other page has both.
    expect(pages[0]).not.toMatch(/page 1 of/);
    pages.slice(1).forEach((text, i) => {
      expect(text, `page ${i + 2}`).toContain(`page ${i + 2} of ${pages.length}`);
      expect(text, `page ${i + 2}`).toContain('version 1.0');
      expect(text, `page ${i + 2}`).toContain('Email Security Policy — Fixture Company Ltd');
      expect(text, `page ${i + 2}`).toContain('Fixture Company Ltd — internal'); // branding.footer_text
    });
    expect(pages.join(' ')).toContain('Revision history');
    expect(pages.join(' ')).toContain('Appendix B: Open decisions');

    const audit = await pdfText(join(p.dir, 'output', 'audit-report', '1.0', 'audit-report.pdf'));
    expect(audit.pages[0]).toContain('Audit Report');
    expect(audit.pages.join(' ')).toContain('Gaps ranked by weight');
  });

  it('prints US Letter with --paper letter', async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'pdf', '--paper', 'letter', '--only', 'vendor-policy'], { PUPPETEER_EXECUTABLE_PATH: executablePath });
    expect(r.code).toBe(0);
    const { width, height, pages } = await pdfText(join(p.dir, 'output', 'vendor-policy', '1.0', 'vendor-policy.pdf'));
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
    expect(pages[0]).toContain('Vendor (Third-Party) Security Policy');
  });

  it('launches one browser for a full render and none when nothing changed', { timeout: 300_000 }, async () => {
    const p = await makeRenderProject();
    let launches = 0;
    const browser: BrowserProvider = (fn) => withBrowser(fn, { executablePath, onLaunch: () => launches++ });
    const options = { cwd: p.dir, formats: ['html', 'pdf'] as const, paper: 'a4' as const, now: new Date(NOW), browser };
    const first = await renderProject(options);
    expect(launches).toBe(1);
    expect(first.documents.every((d) => d.written.some((w) => w.endsWith('.pdf')))).toBe(true);

    const second = await renderProject(options);
    expect(launches).toBe(1);
    expect(second.browserLaunches).toBe(0);
    expect(second.documents.flatMap((d) => d.written)).toEqual([]);
    expect(second.manifestWritten).toBe(false);
  });

  it('starts the browser the usual way when it refuses the single-process mode', { timeout: 120_000 }, async () => {
    // A Chromium that exits at once when asked for --single-process, and logs how it ran.
    const dir = await tempDir();
    const wrapper = join(dir, 'chromium');
    const log = join(dir, 'launches.log');
    await writeFile(wrapper, `#!/bin/sh\nfor a in "$@"; do if [ "$a" = --single-process ]; then echo refused >> '${log}'; exit 1; fi; done\necho started >> '${log}'\nexec '${executablePath}' "$@"\n`);
    await chmod(wrapper, 0o755);
    const pdf = await withBrowser((b) => printPdf(b, '<!doctype html><title>t</title><p>Fallback works</p>', { title: 'probe', runningHeader: 'css' }), { executablePath: wrapper });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(log, 'utf8')).toBe('refused\nstarted\n');
  });
});
