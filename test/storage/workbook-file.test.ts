import { describe, expect, it } from 'vitest';
import { readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import type { SecbookError } from '../../src/errors.js';
import { ConflictError, InvalidFileError } from '../../src/errors.js';
import { MAX_YAML_BYTES } from '../../src/storage/yaml-source.js';
import { tempDir } from '../helpers/cli.js';

const HAND_WRITTEN = `# Our team's workbook — reviewed every quarter.
format: 1
organisation:
  name: Acme   # trading name
  domains: [acme.example]
scope:
  languages: [node]
answers:
  # SPF was fixed in the Q3 review
  email.auth.spf:
    note: "Includes SES"   # keep this comment
    status: done
  zzz.last:
    status: todo
`;

async function workbookIn(text = HAND_WRITTEN): Promise<{ dir: string; path: string }> {
  const dir = await tempDir();
  const path = join(dir, 'workbook.yaml');
  await writeFile(path, text);
  return { dir, path };
}

describe('WorkbookFile', () => {
  it('keeps comments, key order and formatting the user wrote when saving an edit', async () => {
    const { path } = await workbookIn();
    const wb = await WorkbookFile.load(path);
    wb.setAnswer('email.auth.spf', { owner: 'Dana' });
    await wb.save();
    const text = await readFile(path, 'utf8');
    expect(text).toContain("# Our team's workbook — reviewed every quarter.");
    expect(text).toContain('name: Acme   # trading name');
    expect(text).toContain('# SPF was fixed in the Q3 review');
    expect(text).toContain('note: "Includes SES"   # keep this comment');
    expect(text).toContain('domains: [acme.example]');
    // user's key order (note before status) kept; the new key goes after status in canonical order
    expect(text.indexOf('note:')).toBeLessThan(text.indexOf('status: done'));
    expect(text.indexOf('status: done')).toBeLessThan(text.indexOf('owner: Dana'));
  });

  it('inserts new answers in id order with fields in the canonical order', async () => {
    const { path } = await workbookIn();
    const wb = await WorkbookFile.load(path);
    wb.setAnswer('mmm.middle', { updated_at: '2026-11-29T10:00:00.000Z', note: 'n', status: 'partial' });
    await wb.save();
    const text = await readFile(path, 'utf8');
    expect(text.indexOf('email.auth.spf:')).toBeLessThan(text.indexOf('mmm.middle:'));
    expect(text.indexOf('mmm.middle:')).toBeLessThan(text.indexOf('zzz.last:'));
    expect(text).toMatch(/mmm\.middle:\n {4}status: partial\n {4}note: n\n {4}updated_at: "?2026-11-29T10:00:00.000Z"?\n/);
  });

  it('turns the empty `answers: {}` of a new workbook into a block map', async () => {
    const { path } = await workbookIn('format: 1\norganisation:\n  name: A\nanswers: {}\n');
    const wb = await WorkbookFile.load(path);
    wb.setAnswer('a.b', { status: 'done' });
    await wb.save();
    expect(await readFile(path, 'utf8')).toContain('answers:\n  a.b:\n    status: done\n');
  });

  it('merges an edit made on disk to another field, and refuses one to the same field', async () => {
    const { path } = await workbookIn();
    const mine = await WorkbookFile.load(path);
    const theirs = await WorkbookFile.load(path);
    theirs.setAnswer('zzz.last', { status: 'done' });
    await theirs.save();
    mine.setAnswer('email.auth.spf', { owner: 'Dana' });
    await mine.save();
    let text = await readFile(path, 'utf8');
    expect(text).toContain('owner: Dana');
    expect(text).toMatch(/zzz\.last:\n {4}status: done/);

    const a = await WorkbookFile.load(path);
    const b = await WorkbookFile.load(path);
    a.setAnswer('email.auth.spf', { owner: 'Alex' });
    await a.save();
    b.setAnswer('email.auth.spf', { owner: 'Blake' });
    await expect(b.save()).rejects.toBeInstanceOf(ConflictError);
    text = await readFile(path, 'utf8');
    expect(text).toContain('owner: Alex');
    expect(text).not.toContain('Blake');
  });

  it('rejects malformed YAML with file:line:col and leaves the file untouched', async () => {
    const broken = 'format: 1\norganisation:\n  name: "Acme\n  domains: []\n';
    const { path } = await workbookIn(broken);
    const error = await WorkbookFile.load(path, 'workbook.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as InvalidFileError).message).toMatch(/^workbook\.yaml:\d+:\d+ /);
    expect(await readFile(path, 'utf8')).toBe(broken);
  });

  it('reports schema problems at their position', async () => {
    const { path } = await workbookIn('format: 1\norganisation:\n  name: A\nanswers:\n  x.y:\n    status: maybe\n');
    const error = (await WorkbookFile.load(path, 'workbook.yaml').catch((e: unknown) => e)) as InvalidFileError;
    expect(error.message).toBe('workbook.yaml:6:13 answers.x.y.status: expected a status: done, partial, todo, na, got "maybe"');
  });

  it('refuses alias bombs and oversized files', async () => {
    const lines = ['format: 1', 'organisation: {name: A}', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const { path } = await workbookIn(lines.join('\n'));
    const bomb = (await WorkbookFile.load(path).catch((e: unknown) => e)) as InvalidFileError;
    expect(bomb).toBeInstanceOf(InvalidFileError);
    expect(bomb.message).toMatch(/refused: .*alias/i);

    const big = await workbookIn('format: 1\n' + '#'.repeat(MAX_YAML_BYTES) + '\n');
    const tooBig = (await WorkbookFile.load(big.path).catch((e: unknown) => e)) as SecbookError;
    expect(tooBig.message).toMatch(/secbook reads YAML files up to 8 MiB/);
  });

  it('writes atomically: no temp files left, the lock released', async () => {
    const { dir, path } = await workbookIn();
    const wb = await WorkbookFile.load(path);
    for (let i = 0; i < 5; i++) {
      wb.setAnswer('zzz.last', { note: `pass ${i}` });
      await wb.save();
    }
    expect((await readdir(dir)).sort()).toEqual(['workbook.yaml']);
    expect((await stat(path)).isFile()).toBe(true);
  });

  it('serialises two writers on one file without losing either edit', async () => {
    const { path } = await workbookIn();
    const writers = await Promise.all(['a.one', 'b.two', 'c.three', 'd.four'].map(async (id) => ({ id, wb: await WorkbookFile.load(path) })));
    await Promise.all(writers.map(({ id, wb }) => (wb.setAnswer(id, { status: 'done' }), wb.save())));
    const final = await WorkbookFile.load(path);
    for (const { id } of writers) expect(final.data.answers[id]?.status).toBe('done');
  });
});
