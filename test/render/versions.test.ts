import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/render/manifest.js';
import { makeRenderProject } from '../helpers/render-project.js';

async function files(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), (await stat(path)).mtimeMs);
  }
  return out;
}

const manifestOf = async (dir: string): Promise<Manifest> => JSON.parse(await readFile(join(dir, 'output', 'manifest.json'), 'utf8')) as Manifest;
const latest = (m: Manifest): Record<string, string> => Object.fromEntries(m.documents.map((d) => [d.id, d.latest]));

describe('versions follow content', () => {
  it('writes <doc>/<version>/ files, an index and a manifest whose hashes match the files', async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'html,md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/email-security-policy\s+1\.0\s+new/);
    const m = await manifestOf(p.dir);
    expect(m.workbook_sha256).toBe(createHash('sha256').update(await readFile(p.workbook)).digest('hex'));
    expect(m.rendered_at).toBe('2026-11-29T10:00:00.000Z');
    for (const doc of m.documents) {
      const v = doc.versions.at(-1)!;
      expect(v.version).toBe('1.0');
      expect(Object.keys(v.files).sort()).toEqual(['html', 'md']);
      for (const f of Object.values(v.files)) {
        expect(f.path).toBe(`${doc.id}/1.0/${doc.id}.${f.path.split('.').pop()}`);
        const bytes = await readFile(join(p.dir, 'output', f.path));
        expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      }
    }
    const index = await readFile(join(p.dir, 'output', 'index.html'), 'utf8');
    expect(index).toContain('href="email-security-policy/1.0/email-security-policy.html"');
    const md = await readFile(join(p.dir, 'output', 'email-security-policy', '1.0', 'email-security-policy.md'), 'utf8');
    expect(md).toMatch(/^# Email Security Policy/);
    expect(md).toContain('Appendix B: Open decisions');
  });

  it('an unchanged re-render writes nothing; changing one email answer bumps only the documents that state it', async () => {
    const p = await makeRenderProject();
    expect((await p.run(['render', '--format', 'html,md'])).code).toBe(0);
    const before = await files(join(p.dir, 'output'));

    const again = await p.run(['render', '--format', 'html,md']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing changed: no files written, no browser started.');
    expect(await files(join(p.dir, 'output'))).toEqual(before);

    await p.edit('  email.auth.dkim-signing:\n    status: partial', '  email.auth.dkim-signing:\n    status: done');
    const changed = await p.run(['render', '--format', 'html,md']);
    expect(changed.code).toBe(0);
    const versions = latest(await manifestOf(p.dir));
    expect(versions['email-security-policy']).toBe('1.1');
    expect(versions['audit-report']).toBe('1.1');
    for (const id of ['incident-response-plan', 'privacy-gdpr', 'privacy-ccpa', 'retention-policy', 'vendor-policy']) expect(versions[id], id).toBe('1.0');

    const after = await files(join(p.dir, 'output'));
    for (const [path, mtime] of before) {
      if (path === 'manifest.json' || path === 'index.html') continue;
      expect(after.get(path), `${path} kept untouched`).toBe(mtime); // old versions stay as they were
    }
    const html = await readFile(join(p.dir, 'output', 'email-security-policy', '1.1', 'email-security-policy.html'), 'utf8');
    expect(html).toMatch(/<td>1\.1<\/td><td>29 November 2026<\/td><td><ul class="changes"><li>[^<]*DKIM[^<]*: now done \(was partial[^<]*\)\.<\/li>/);
    expect(html).toContain('<td>1.0</td>'); // history keeps the first version
    const index = await readFile(join(p.dir, 'output', 'index.html'), 'utf8');
    expect(index).toContain('href="email-security-policy/1.1/email-security-policy.html"');
  });

  it('--strict fails listing the open decisions and writes nothing', async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'html', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--strict: \d+ open decisions would appear in the documents/);
    expect(r.stderr).toContain('email.access.mfa');
    await expect(stat(join(p.dir, 'output'))).rejects.toThrow();
  });

  it('--only renders one document', async () => {
    const p = await makeRenderProject();
    const r = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    expect(r.code).toBe(0);
    expect((await manifestOf(p.dir)).documents.map((d) => d.id)).toEqual(['audit-report']);
    const forced = await p.run(['render', '--format', 'html', '--only', 'audit-report', '--force']);
    expect(forced.stdout).toMatch(/audit-report\s+1\.0\s+unchanged · wrote html/);
    expect(latest(await manifestOf(p.dir))['audit-report']).toBe('1.0');
    const bad = await p.run(['render', '--format', 'html', '--only', 'nope']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no document matches --only nope');
  });
});
