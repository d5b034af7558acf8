import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { InvalidFileError } from '../../src/errors.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const MINI = join(ROOT, 'test/fixtures/checklists/mini.yaml');

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = await tempDir();
  await mkdir(join(dir, 'checklists'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'checklists', name), text);
  try {
    await loadChecklists({ cwd: dir, builtInDir: join(dir, 'checklists') });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidFileError);
    const e = error as InvalidFileError;
    return e.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path}: ${p.message}`);
  }
  return [];
}

const item = (extra = '') => `
      - id: x.a.one
        question: Q?
        guidance: { why: W, how: H, verify: V }
        weight: 3
        refs: ["RFC 7208 §4.6.4"]${extra}
`;
const checklist = (items: string, head = '') => `id: x
title: X
version: 1${head}
sections:
  - id: x.a
    title: A
    items:${items}`;

describe('loading checklists', () => {
  it('loads the fixture and indexes items, links both ways', async () => {
    const set = await loadChecklists({ cwd: ROOT, builtInDir: join(ROOT, 'test/fixtures/checklists') });
    expect([...set.items.keys()]).toContain('mini.php.headers');
    expect(set.links.get('mini.auth.tls')).toEqual(['mini.php.tls']);
    expect(set.links.get('mini.php.tls')).toEqual(['mini.auth.tls']);
  });

  it('reports a bad weight with file:line:col, the path, what was expected and what was found', async () => {
    const problems = await problemsOf({ 'gdpr.yaml': checklist(item().replace('weight: 3', 'weight: high')) });
    expect(problems).toEqual(['checklists/gdpr.yaml:11:17 sections[0].items[0].weight: expected a number from 1 to 5, got "high"']);
  });

  it('reports unknown keys, missing fields and bad refs', async () => {
    const problems = await problemsOf({ 'x.yaml': checklist(item('\n        colour: red').replace('refs: ["RFC 7208 §4.6.4"]', 'refs: ["see the internet"]')) });
    expect(problems.some((p) => p.includes('unknown key "colour"'))).toBe(true);
    expect(problems.some((p) => /refs\[0\]: expected a citation/.test(p))).toBe(true);
    const missing = await problemsOf({ 'x.yaml': checklist(item().replace(/\n {8}weight: 3/, '')) });
    expect(missing[0]).toMatch(/^checklists\/x\.yaml:\d+:\d+ sections\[0\]\.items\[0\]\.weight: missing/);
  });

  it('rejects a when: that names an unknown scope field', async () => {
    const problems = await problemsOf({ 'x.yaml': checklist(item('\n        when: { langauges: php }')) });
    expect(problems[0]).toMatch(/items\[0\]\.when\.langauges: unknown scope field "langauges"/);
  });

  it('rejects duplicate ids across files and links to nowhere', async () => {
    const problems = await problemsOf({
      'a.yaml': checklist(item()),
      'b.yaml': checklist(item('\n        links: [x.nowhere]')).replace('id: x\n', 'id: y\n').replace('id: x.a\n', 'id: y.a\n'),
    });
    expect(problems.some((p) => p.includes('duplicate item id "x.a.one" (also in checklists/a.yaml)'))).toBe(true);
    const links = await problemsOf({ 'a.yaml': checklist(item('\n        links: [x.nowhere]')) });
    expect(links[0]).toMatch(/links: links to "x.nowhere", which is not an item/);
  });

  it('reports YAML syntax errors with their position', async () => {
    const problems = await problemsOf({ 'x.yaml': 'id: x\ntitle: [unclosed\nversion: 1\n' });
    expect(problems[0]).toMatch(/^checklists\/x\.yaml:\d+:\d+ : /);
  });

  it('adds a team checklist folder next to the built-in one', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'team'));
    await copyFile(MINI, join(dir, 'team', 'mini.yaml'));
    await writeFile(join(dir, 'team', 'x.yaml'), checklist(item()));
    const set = await loadChecklists({ cwd: dir, builtInDir: join(dir, 'none'), extraDirs: [join(dir, 'team')] });
    expect(set.items.has('x.a.one')).toBe(true);
    expect(set.items.has('mini.auth.spf')).toBe(true);
  });
});

describe('links', () => {
  it('are symmetric and transitive across checklists', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'c'));
    await writeFile(join(dir, 'c', 'a.yaml'), checklist(item('\n        links: [y.a.two]')));
    await writeFile(
      join(dir, 'c', 'b.yaml'),
      checklist(item('\n        links: [z.a.three]').replace('x.a.one', 'y.a.two')).replace('id: x\n', 'id: y\n').replace('id: x.a\n', 'id: y.a\n'),
    );
    await writeFile(join(dir, 'c', 'c.yaml'), checklist(item().replace('x.a.one', 'z.a.three')).replace('id: x\n', 'id: z\n').replace('id: x.a\n', 'id: z.a\n'));
    const set = await loadChecklists({ cwd: dir, builtInDir: join(dir, 'c') });
    expect(set.links.get('x.a.one')?.sort()).toEqual(['y.a.two', 'z.a.three']);
    expect(set.links.get('z.a.three')?.sort()).toEqual(['x.a.one', 'y.a.two']);
  });
});
