/**
 * Layout of the printed policies (examples/acme, real Chromium): the contents page gives
 * each section's real page, and no heading ends a page without the text it introduces.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowser } from '../helpers/browser.js';
import { ROOT, runCli } from '../helpers/cli.js';

interface Line { text: string; y: number }

/** Lines of each page, top to bottom (pdfjs items merged by baseline). */
async function pdfLines(path: string): Promise<{ lines: Line[]; height: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: true, isEvalSupported: false }).promise;
  const out: { lines: Line[]; height: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = (page.view as number[])[3] ?? 842;
    const byY = new Map<number, string[]>();
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const y = Math.round(height - (it.transform[5] as number));
      byY.set(y, [...(byY.get(y) ?? []), it.str]);
    }
    out.push({ height, lines: [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, parts]) => ({ y, text: parts.join(' ').replace(/\s+/g, ' ').trim() })) });
  }
  await doc.destroy();
  return out;
}

let dir: string;
const DOCS = ['email-security-policy', 'incident-response-plan', 'retention-policy', 'vendor-policy', 'privacy-gdpr', 'privacy-ccpa', 'privacy-hipaa'];

beforeAll(async () => {
  const executablePath = ensureBrowser();
  dir = await mkdtemp(join(tmpdir(), 'secbook-layout-'));
  await cp(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
  const r = await runCli(['render', '--format', 'pdf', ...DOCS.flatMap((d) => ['--only', d])], { cwd: dir, env: { SECBOOK_NOW: '2026-12-02T10:00:00Z', PUPPETEER_EXECUTABLE_PATH: executablePath } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 600_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('printed policy layout', () => {
  it('the contents page gives the page each section starts on', async () => {
    for (const id of DOCS) {
      const pages = await pdfLines(join(dir, 'output', id, '1.0', `${id}.pdf`));
      const toc = pages.findIndex((p) => p.lines.some((l) => l.text === 'Contents'));
      expect(toc, id).toBeGreaterThan(0);
      const entries = pages[toc]!.lines.map((l) => /^(\d+|Appendix [A-Z]:) (.+?) (\d+)$/.exec(l.text)).filter((m) => m !== null);
      expect(entries.length, id).toBeGreaterThanOrEqual(9);
      for (const [, num, title, page] of entries) {
        const target = pages[Number(page) - 1];
        expect(target?.lines.some((l) => l.text === `${num} ${title}`), `${id}: "${num} ${title}" on page ${page}`).toBe(true);
      }
    }
  }, 120_000);

  it('no numbered section heading is the last line of body text on a page', async () => {
    for (const id of DOCS) {
      const pages = await pdfLines(join(dir, 'output', id, '1.0', `${id}.pdf`));
      pages.forEach((p, i) => {
        // Body lines: above the running footer (bottom margin 18 mm ≈ 51 pt).
        const body = p.lines.filter((l) => l.y < p.height - 51);
        const last = body[body.length - 1]?.text ?? '';
        expect(/^(\d+|Appendix [A-Z]:) [A-Z][^.]*[^\d\s]$/.test(last) && last.length < 60, `${id} page ${i + 1} ends with heading "${last}"`).toBe(false);
      });
    }
  }, 120_000);
});
