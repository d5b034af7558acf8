/**
 * Injection fixtures (test/fixtures/hostile/inject-*): user text and DNS text never drive
 * the terminal, and no Markdown output lets the user's HTML, links or remote images live.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';
import { startDnsServer, type Zone } from '../helpers/dns-server.js';
import { quoteVisible } from '../../src/domain/domain-name.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'hostile');
const STACK = /\n\s+at .+[(:]\d+|unexpected error|internal error|This is a bug/;
// Every C0/C1 control character except newline and tab, and the bidi overrides.
 
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, SECBOOK_NOW: '2026-12-02T10:00:00Z', SECBOOK_NO_BROWSER: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
      killSignal: 'SIGKILL',
    });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      out += d.toString();
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, out, stderr }));
  });
}

/** A live Markdown image: `![alt](url)` or `![alt][ref]` whose `!` is not escaped. */
const LIVE_IMAGE = /(^|[^\\])!\[[^\]]*\]\s*[([]/m;

async function markdownFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

describe('no injection through Markdown or the terminal', () => {
  it('inject-incident-title: checklist.md shows the title as text (no script, iframe, link or live image)', async () => {
    const team = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
    await mkdir(join(team, 'incidents'));
    await copyFile(join(FIXTURES, 'inject-incident-title.yaml'), join(team, 'incidents', 'INC-2026-009.yaml'));
    const r = await run(['incident', 'render', 'INC-2026-009', '--no-pdf'], team);
    expect(r.code, r.out).toBe(0);
    const md = await readFile(join(team, 'output', 'incidents', 'INC-2026-009', 'checklist.md'), 'utf8');
    const title = md.split('\n')[0]!;
    expect(title).toContain('script');
    expect(title).toContain('evil.example/p.png');
    // `\<script` is literal text in Markdown; an unescaped `<script` would be HTML.
    expect(md).not.toMatch(/(^|[^\\])<(script|iframe|img)/i);
    expect(md).not.toMatch(LIVE_IMAGE);
    // `[click](javascript:…)` must not be a link, nor `**bold**` emphasis, nor `#` a heading.
    expect(title).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(title).toContain('\\*\\*bold\\*\\*');
    expect(title).toContain('\\# not a heading');
  });

  it('inject-note-image: a note\'s remote images (inline, HTML, reference) never become live in .md documents', async () => {
    const team = await tempDir();
    await copyFile(join(FIXTURES, 'inject-note-image.yaml'), join(team, 'workbook.yaml'));
    const r = await run(['render', '--format', 'md'], team);
    expect(r.code, r.out).toBe(0);
    const files = await markdownFiles(join(team, 'output'));
    const all = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    // The note is there (so the test sees it), as text.
    expect(all).toContain('tracking pixel');
    expect(all).toContain('evil.example/pixel.png');
    expect(all).not.toMatch(LIVE_IMAGE);
    expect(all).not.toMatch(/<img/i);
  });

  it('inject-org-escape: validate, status, render, check and answer print no control character of the workbook', async () => {
    const team = await tempDir();
    await copyFile(join(FIXTURES, 'inject-org-escape.yaml'), join(team, 'workbook.yaml'));
    const commands = [['validate'], ['status'], ['render', '--format', 'md', '--only', 'vendor-policy'], ['check'], ['answer', 'email.auth.spf-record', '--status', 'done'], ['scan', '--resolver', '127.0.0.1:9', '--timeout', '1s']];
    let sawName = false;
    for (const args of commands) {
      const r = await run(args, team);
      expect(r.signal, args.join(' ')).toBeNull();
      expect(r.out, args.join(' ')).not.toMatch(CONTROL);
      expect(r.stderr, args.join(' ')).not.toMatch(STACK);
      if (r.out.includes('pwned-title')) sawName = true;
    }
    // The organisation's name is printed (as harmless text), so the filter was exercised.
    expect(sawName).toBe(true);
  });

  it('inject-org-escape with colours on: only secbook\'s own colour codes reach the terminal', async () => {
    const team = await tempDir();
    await copyFile(join(FIXTURES, 'inject-org-escape.yaml'), join(team, 'workbook.yaml'));
    const r = await run(['status'], team, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('pwned-title');
     
    const codes = r.out.match(/\u001b[^m]*m?/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(c).toMatch(/^\u001b\[(1|2|22|31|32|33|36|39)m$/);
     
    expect(r.out).not.toMatch(/[\u0007\u009b\u202e]|\u001b\]|\u001b\[2J/);
  });

  it('inject-domain-args: a domain argument with a control character or space is refused (exit 2) before any lookup', async () => {
    const { args } = JSON.parse(await readFile(join(FIXTURES, 'inject-domain-args.json'), 'utf8')) as { args: string[] };
    const dns = await startDnsServer({});
    const team = await tempDir();
    try {
      for (const arg of args) {
        const r = await run(['scan', arg, '--resolver', dns.address, '--timeout', '1s'], team);
        expect(r.code, JSON.stringify(arg)).toBe(2);
        expect(r.stderr).toContain('is not a domain name');
        expect(r.stderr).toContain(quoteVisible(arg));
        expect(r.out).not.toMatch(CONTROL);
        expect(r.stderr).not.toMatch(STACK);
      }
      expect(dns.queries).toEqual([]);
      // init takes domains through the same validator.
      const init = await run(['init', '--org', 'X', '--domain', 'ex\nample.com'], team);
      expect(init.code).toBe(2);
      expect(init.stderr).toContain('"ex\\nample.com" is not a domain name: it contains a control character (U+000A)');
    } finally {
      await dns.close();
    }
  });

  it('inject-workbook-domain: a workbook domain with a newline is refused by validate with its position', async () => {
    const team = await tempDir();
    const text = await readFile(join(FIXTURES, 'inject-workbook-domain.yaml'));
    await writeFile(join(team, 'workbook.yaml'), text);
    for (const args of [['validate'], ['status'], ['scan', '--resolver', '127.0.0.1:9', '--timeout', '1s']]) {
      const r = await run(args, team);
      expect(r.code, r.out).toBe(1);
      expect(r.stderr).toMatch(/workbook\.yaml:4:\d+ organisation\.domains\[0\]: expected a domain name/);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(await readFile(join(team, 'workbook.yaml'))).toEqual(text);
  });

  it('inject-dns-zone: TXT records holding terminal escapes are printed stripped by scan', async () => {
    const { zone } = JSON.parse(await readFile(join(FIXTURES, 'inject-dns-zone.json'), 'utf8')) as { zone: Zone };
    const dns = await startDnsServer(zone);
    try {
      const r = await run(['scan', 'evil.test', '--resolver', dns.address, '--timeout', '1s'], await tempDir());
      expect(r.signal).toBeNull();
      expect([0, 1]).toContain(r.code);
      expect(r.out).toContain('pwned');
      expect(r.out).not.toMatch(CONTROL);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      await dns.close();
    }
  });
});
