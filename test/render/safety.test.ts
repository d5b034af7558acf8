import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf, withBrowser } from '../../src/render/pdf.js';
import { ensureBrowser } from '../helpers/browser.js';
import { makeRenderProject } from '../helpers/render-project.js';

let executablePath: string;
let server: Server;
let hits: string[] = [];
let base = '';

beforeAll(async () => {
  executablePath = ensureBrowser();
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('documents never reach the network', () => {
  it('the local server is reachable (so zero hits below means blocked, not broken)', async () => {
    hits = [];
    await fetch(`${base}/control`).then((r) => r.text());
    expect(hits).toEqual(['/control']);
  });

  it('blocks every request a page makes, with JavaScript off, even without the documents\' CSP', async () => {
    hits = [];
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${base}/a.css"><style>body{background:url(${base}/bg.png)}</style></head>
      <body><img src="${base}/x.png"><iframe src="${base}/frame"></iframe><script src="${base}/s.js"></script>
      <script>fetch('${base}/fetch'); document.body.append('JS RAN');</script><p>hello</p></body></html>`;
    const pdf = await withBrowser((b) => printPdf(b, html, { title: 'probe' }), { executablePath });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(hits).toEqual([]);
  });

  it('a team template that references a local server renders without contacting it', async () => {
    hits = [];
    const p = await makeRenderProject();
    await mkdir(join(p.dir, 'templates', 'partials'), { recursive: true });
    await writeFile(join(p.dir, 'templates', 'partials', 'block-paragraph.hbs'), `<p>{{text}}</p><img src="${base}/x.png">\n`);
    await writeFile(join(p.dir, 'templates', 'zz-remote.css'), `body { background-image: url(${base}/bg.png); }\n`);
    const r = await p.run(['render', '--format', 'html,pdf', '--only', 'privacy-gdpr'], { PUPPETEER_EXECUTABLE_PATH: executablePath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(p.dir, 'output', 'privacy-gdpr', '1.0', 'privacy-gdpr.pdf'))).toBe(true);
    expect(hits).toEqual([]);
  });
});

describe('without a browser', () => {
  it('HTML still renders; PDF fails with how to install one and a non-zero exit', async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'html,pdf'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PUPPETEER_EXECUTABLE_PATH=/nonexistent/chrome does not exist');
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(existsSync(join(p.dir, 'output', 'email-security-policy', '1.0', 'email-security-policy.html'))).toBe(true);
    expect(existsSync(join(p.dir, 'output', 'email-security-policy', '1.0', 'email-security-policy.pdf'))).toBe(false);
    expect(existsSync(join(p.dir, 'output', 'manifest.json'))).toBe(true);
  });

  it('SECBOOK_NO_BROWSER=1 disables discovery; --format html needs no browser at all', async () => {
    const p = await makeRenderProject();
    const pdf = await p.run(['render', '--format', 'pdf', '--only', 'audit-report'], { SECBOOK_NO_BROWSER: '1' });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('apt-get install -y chromium');
    const html = await p.run(['render', '--format', 'html'], { SECBOOK_NO_BROWSER: '1' });
    expect(html.code).toBe(0);
  });
});
