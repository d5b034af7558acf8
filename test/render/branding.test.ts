import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRenderProject } from '../helpers/render-project.js';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('branding', () => {
  it('inlines the logo as a data: URI and applies the accent colour, legal name and footer', async () => {
    const p = await makeRenderProject();
    await writeFile(join(p.dir, 'logo.png'), PNG);
    await p.edit('  accent_color: "#0b6e4f"', '  logo: logo.png\n  accent_color: "#0b6e4f"');
    const r = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    expect(r.stderr).toBe('');
    const html = await readFile(join(p.dir, 'output', 'audit-report', '1.0', 'audit-report.html'), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${PNG.toString('base64').replace(/=/g, '&#x3D;')}"`);
    expect(html).toContain('--accent: #0b6e4f;');
    expect(html).toContain('<p class="cover-org">Fixture Company Ltd</p>');
    expect(html).toContain('Fixture Company Ltd — internal');
  });

  it('a missing logo file is an error naming the workbook key', async () => {
    const p = await makeRenderProject();
    await p.edit('  accent_color: "#0b6e4f"', '  logo: missing.png\n  accent_color: "#0b6e4f"');
    const r = await p.run(['render', '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('branding.logo: missing.png not found');
  });
});
