// A save never writes a file that does not read back as the data meant: the example's
// compact lists (`- ` at the key's column) once got a new entry indented under the old
// one, and the file no longer parsed. Runs the real CLI on a copy of the example.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { UnsafeSaveError } from '../../src/errors.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples', 'acme', 'workbook.yaml');
const ANSWER = ['answer', 'email.auth.spf-record', '--status', 'done', '--evidence', 'https://x.example/spf', '--owner', 'Dana'];

/** Lines of `after` outside the answer `id`, which must equal `before`'s. */
function outside(text: string, id: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(`  ${id}:`);
  let end = start + 1;
  while (end < lines.length && /^ {4}/.test(lines[end] ?? '')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

describe('saving the example workbook', () => {
  it('adds evidence to a compact list without breaking the file (the reported corruption)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workbook.yaml');
    await copyFile(EXAMPLE, path);
    const before = await readFile(path, 'utf8');
    const r = await runCli(ANSWER, { cwd: dir, env: { SECBOOK_NOW: '2026-12-02T09:00:00Z' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = await readFile(path, 'utf8');
    expect(parseDocument(after).errors).toEqual([]);
    // The new entry sits at the column of the existing one.
    expect(after).toContain('    evidence:\n    - https://wiki.acme-health.example/dns/spf\n    - url: https://x.example/spf\n');
    expect(after).toContain('    owner: Dana\n');
    expect(outside(after, 'email.auth.spf-record')).toEqual(outside(before, 'email.auth.spf-record'));
    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.code).toBe(0);
  }, 60_000);

  it('keeps a CRLF workbook CRLF', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workbook.yaml');
    const crlf = (await readFile(EXAMPLE, 'utf8')).replace(/\n/g, '\r\n');
    await writeFile(path, crlf);
    const r = await runCli(ANSWER, { cwd: dir });
    expect(r.code).toBe(0);
    const after = await readFile(path, 'utf8');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(outside(after, 'email.auth.spf-record')).toEqual(outside(crlf, 'email.auth.spf-record'));
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
  }, 60_000);
});

describe('the safety net', () => {
  it('refuses a save that would not read back (an alias left without its anchor), leaving the file as it was', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workbook.yaml');
    const text = 'format: 1\norganisation:\n  name: &org Acme\nanswers:\n  a.b:\n    status: done\n    answered_by: *org\n';
    await writeFile(path, text);
    const wb = await WorkbookFile.load(path, 'workbook.yaml');
    wb.set(['organisation', 'name'], 'Other');
    const error = await wb.save().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnsafeSaveError);
    expect((error as UnsafeSaveError).message).toBe('secbook could not write workbook.yaml safely, so it did not change it');
    expect((error as UnsafeSaveError).exitCode).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('writes the whole document re-serialised when the edited lines would not read back', async () => {
    // A flow mapping spread over lines: the line-keeping merge cannot place the new key, the
    // whole document is written instead (comments kept), and it reads back exactly.
    const dir = await tempDir();
    const path = join(dir, 'workbook.yaml');
    await writeFile(path, '# ours\nformat: 1\norganisation: {name: Acme,\n  domains: [acme.example]}\nanswers: {a.b: {status: done,\n  note: x}}\n');
    const wb = await WorkbookFile.load(path, 'workbook.yaml');
    wb.setAnswer('a.b', { owner: 'Dana' });
    wb.setAnswer('c.d', { status: 'todo' });
    await wb.save();
    const after = await readFile(path, 'utf8');
    expect(after).toContain('# ours');
    expect(parseDocument(after).toJS()).toEqual({
      format: 1,
      organisation: { name: 'Acme', domains: ['acme.example'] },
      answers: { 'a.b': { status: 'done', note: 'x', owner: 'Dana' }, 'c.d': { status: 'todo' } },
    });
  });
});
