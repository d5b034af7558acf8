import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRenderProject } from '../helpers/render-project.js';

describe('template overrides', () => {
  it('templates eject copies a built-in partial that render then uses', async () => {
    const p = await makeRenderProject();
    const ejected = await p.run(['templates', 'eject', 'partials/cover']);
    expect(ejected.code).toBe(0);
    expect(ejected.stdout).toContain('templates/partials/cover.hbs');
    const path = join(p.dir, 'templates', 'partials', 'cover.hbs');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('<h1>{{doc.title}}</h1>', '<h1>{{doc.title}} (ACME edition)</h1>'));
    expect((await p.run(['render', '--format', 'html', '--only', 'audit-report'])).code).toBe(0);
    expect(await readFile(join(p.dir, 'output', 'audit-report', '1.0', 'audit-report.html'), 'utf8')).toContain('<h1>Audit Report (ACME edition)</h1>');

    const again = await p.run(['templates', 'eject', 'partials/cover']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const unknown = await p.run(['templates', 'eject', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('partials/cover');
  });

  it('a broken override names the template file, line and the field or helper', async () => {
    const p = await makeRenderProject();
    expect((await p.run(['templates', 'eject', 'audit-report'])).code).toBe(0);
    const path = join(p.dir, 'templates', 'audit-report.hbs');

    await writeFile(path, '{{#> layout}}\n<p>{{doc.titel}}</p>\n{{/layout}}\n');
    const field = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain('templates/audit-report.hbs:2:');
    expect(field.stderr).toContain('field "titel" is not defined');

    await writeFile(path, '{{#> layout}}\n\n<p>{{shout doc.title}}</p>\n{{/layout}}\n');
    const helper = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    expect(helper.stderr).toContain('templates/audit-report.hbs:3:');
    expect(helper.stderr).toContain('unknown helper "shout"');

    await writeFile(path, '{{#> layout}}\n{{#if doc.title}}\n');
    const syntax = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/templates\/audit-report\.hbs:\d+:\d+ syntax error/);
  });

  it('keeps prototype access closed in templates', async () => {
    const p = await makeRenderProject();
    await p.run(['templates', 'eject', 'audit-report']);
    await writeFile(join(p.dir, 'templates', 'audit-report.hbs'), '{{#> layout}}<p id="probe">[{{doc.constructor.name}}][{{doc.__proto__}}]</p>{{/layout}}\n');
    const r = await p.run(['render', '--format', 'html', '--only', 'audit-report']);
    const html = await readFile(join(p.dir, 'output', 'audit-report', '1.0', 'audit-report.html'), 'utf8').catch(() => '');
    // Either strict mode refuses the lookup, or it renders empty: never the Object constructor.
    expect(`${r.stderr}${html}`).not.toContain('[Object]');
    expect(html).not.toContain('function');
  });
});
