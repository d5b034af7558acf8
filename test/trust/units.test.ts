/** The pieces the hostile fixtures rely on, one by one. */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-text.js';
import { checkDomainName } from '../../src/domain/domain-name.js';
import { SecbookError, fileSystemError } from '../../src/errors.js';
import { checkOwner, emptyManifest, type Manifest } from '../../src/render/manifest.js';
import { inertMarkdown, mdEscape } from '../../src/render/markdown-writer.js';
import { atomicWrite } from '../../src/storage/atomic-write.js';
import { readRegularFile } from '../../src/storage/safe-fs.js';
import { tempDir } from '../helpers/cli.js';

const errno = (code: string, path = '/team/workbook.yaml') => Object.assign(new Error(`${code}: x`), { code, path, syscall: 'open' });

describe('fileSystemError: one place names every system error', () => {
  const table: [string, RegExp][] = [
    ['ENOENT', /does not exist/],
    ['EACCES', /permission denied/],
    ['EPERM', /not permitted/],
    ['EISDIR', /is a folder/],
    ['ENOTDIR', /part of the path is a file/],
    ['ENOSPC', /no space left/],
    ['EROFS', /read-only/],
    ['EBUSY', /busy/],
    ['ELOOP', /symbolic links/],
    ['EMFILE', /too many open files/],
  ];
  it.each(table)('%s: the path, the cause in words, what to do, exit 1', (code, words) => {
    const e = fileSystemError(errno(code), 'workbook.yaml', 'write');
    expect(e).toBeInstanceOf(SecbookError);
    expect(e.message).toMatch(/^cannot write workbook\.yaml: /);
    expect(e.message).toMatch(words);
    expect(e.hint).toBeTruthy();
    expect(e.exitCode).toBe(1);
  });
  it('an unknown code still names the path and the code', () => {
    expect(fileSystemError(errno('EWHATEVER')).message).toBe('/team/workbook.yaml: system error EWHATEVER (EWHATEVER: x)');
  });
});

describe('terminalSafe', () => {
  const hostile = 'Acme \u001b]0;title\u0007\u001b[2J\u009b2J\r\u202eevil\u0000 end\n\tnext';
  it('removes every control character but newline and tab', () => {
    expect(terminalSafe(hostile, false)).toBe('Acme ]0;title[2J2Jevil end\n\tnext');
  });
  it('keeps exactly secbook\'s own colour codes while colours are on', () => {
    expect(terminalSafe('\u001b[31mred\u001b[39m \u001b[5mblink\u001b[0m', true)).toBe('\u001b[31mred\u001b[39m [5mblink[0m');
    expect(terminalSafe('\u001b[31mred\u001b[39m', false)).toBe('[31mred[39m');
  });
});

describe('checkDomainName: the one validator', () => {
  it.each([
    ['Example.COM.', 'example.com'],
    [' example.com ', 'example.com'],
    ['_dmarc.example.com', '_dmarc.example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['example.xn--p1ai', 'example.xn--p1ai'],
  ])('accepts %j as %s', (raw, want) => {
    expect(checkDomainName(raw)).toEqual({ ok: true, domain: want });
  });
  it.each([
    ['ex\nample.com', /control character \(U\+000A\)/],
    ['example.com\t', /control character \(U\+0009\)/],
    ['exa mple.com', /space/],
    ['https://example.com', /bare domain/],
    ['localhost', /two labels/],
    ['a..b.com', /empty label/],
    ['-a.example.com', /invalid label "-a"/],
    ['example.c0m', /not a top-level domain/],
    [`${'a'.repeat(64)}.com`, /invalid label/],
    [`${'abc.'.repeat(64)}com`, /253/],
  ])('refuses %j', (raw, reason) => {
    const r = checkDomainName(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('Markdown escaping', () => {
  it('user text cannot become HTML, a link or an image', () => {
    expect(mdEscape('<script>![x](https://e.example/x.png) [a](javascript:1)')).toBe('\\<script\\>!\\[x\\](https://e.example/x.png) \\[a\\](javascript:1)');
  });
  it('user Markdown keeps its links but no live image or raw HTML', () => {
    expect(inertMarkdown('**ok** [doc](https://d.example) ![p](https://e.example/p.png) <img src=x>')).toBe('**ok** [doc](https://d.example) !\\[p](https://e.example/p.png) &lt;img src=x>');
  });
});

describe('an output folder belongs to one workbook', () => {
  const owned: Manifest = { ...emptyManifest(), workbook: { organisation: 'Acme', location_sha256: 'a'.repeat(64) } };
  it('carries on for a renamed organisation or a moved workbook, and adopts an older folder', () => {
    expect(() => checkOwner(owned, { organisation: 'Acme Inc', location_sha256: 'a'.repeat(64) }, 'output', 'workbook.yaml')).not.toThrow();
    expect(() => checkOwner(owned, { organisation: 'Acme', location_sha256: 'b'.repeat(64) }, 'output', 'workbook.yaml')).not.toThrow();
    expect(() => checkOwner(emptyManifest(), { organisation: 'Beta', location_sha256: 'b'.repeat(64) }, 'output', 'workbook.yaml')).not.toThrow();
  });
  it('refuses another organisation from another place, with the fix', () => {
    expect(() => checkOwner(owned, { organisation: 'Beta Mail', location_sha256: 'b'.repeat(64) }, 'output', 'beta/workbook.yaml')).toThrow(
      'output holds the documents of "Acme", rendered from another workbook; beta/workbook.yaml is "Beta Mail"',
    );
  });
});

describe('atomicWrite and readRegularFile', () => {
  it('a target that is a folder, a FIFO or a symbolic link is refused by name before any temp file is made', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out.html'));
    await expect(atomicWrite(join(dir, 'out.html'), 'x', 'out.html')).rejects.toThrow(/^out\.html is a folder, not a regular file/);
    execFileSync('mkfifo', [join(dir, 'pipe.html')]);
    await expect(atomicWrite(join(dir, 'pipe.html'), 'x', 'pipe.html')).rejects.toThrow(/^pipe\.html is a named pipe \(FIFO\)/);
    await writeFile(join(dir, 'real.html'), 'kept');
    await symlink('real.html', join(dir, 'link.html'));
    await expect(atomicWrite(join(dir, 'link.html'), 'x', 'link.html')).rejects.toThrow('link.html is a symbolic link; secbook never writes through one');
    expect(await readFile(join(dir, 'real.html'), 'utf8')).toBe('kept');
    expect((await readdir(dir)).sort()).toEqual(['link.html', 'out.html', 'pipe.html', 'real.html']);
  });
  it('refuses a FIFO without opening it (no hang), and reads a regular file', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await expect(readRegularFile(join(dir, 'pipe.yaml'), 'pipe.yaml')).rejects.toThrow('pipe.yaml is a named pipe (FIFO), not a regular file');
    await writeFile(join(dir, 'ok.yaml'), 'a: 1\n');
    expect((await readRegularFile(join(dir, 'ok.yaml'))).toString()).toBe(await readFile(join(dir, 'ok.yaml'), 'utf8'));
  });
});
