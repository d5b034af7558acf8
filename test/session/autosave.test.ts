import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, onTestFinished, test } from 'vitest';
import { parse } from 'yaml';
import { Autosave } from '../../src/session/autosave.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { makeSessionFixture, workbookYaml } from '../helpers/session-fixtures.js';
import { MemoryTarget } from '../helpers/session-tui.js';

async function fixture(answers: Record<string, unknown> = {}) {
  const fx = await makeSessionFixture({ answers });
  onTestFinished(fx.cleanup);
  return { ...fx, file: await WorkbookFile.load(fx.workbook, 'workbook.yaml') };
}

const onDisk = async (path: string) => parse(await readFile(path, 'utf8'));

describe('Autosave', () => {
  test('writes each change to the workbook on disk, in order; the cursor stays out of it', async () => {
    const { file, workbook } = await fixture();
    const autosave = new Autosave(file);
    await autosave.push([{ itemId: 'tst.basics.spf', patch: { status: 'todo' } }], 'tst.basics.spf');
    await autosave.push([{ itemId: 'tst.basics.spf', patch: { status: 'done', note: 'published' } }, { itemId: 'tst.basics.dkim', patch: { status: 'na' } }], 'tst.basics.dkim');
    const data = await onDisk(workbook);
    expect(data.answers).toEqual({ 'tst.basics.dkim': { status: 'na' }, 'tst.basics.spf': { status: 'done', note: 'published' } });
    expect(data.session).toBeUndefined();
    expect(autosave.lastItem).toBe('tst.basics.dkim');
    expect(autosave.current.state).toBe('saved');
    expect(autosave.pending).toBe(false);
  });

  test('a null patch removes the answer', async () => {
    const { file, workbook } = await fixture({ 'tst.basics.spf': { status: 'done' } });
    await new Autosave(file).push([{ itemId: 'tst.basics.spf', patch: null }]);
    expect((await onDisk(workbook)).answers).toEqual({});
  });

  test('a conflicting edit on disk fails the save, keeps the change pending, and a later flush retries it', async () => {
    const { file, workbook } = await fixture({ 'tst.basics.spf': { status: 'todo' } });
    const autosave = new Autosave(file);
    const statuses: string[] = [];
    autosave.subscribe((s) => statuses.push(s.state));
    // Someone else changes the same answer on disk after we loaded it.
    await writeFile(workbook, workbookYaml({ 'tst.basics.spf': { status: 'partial' } }));
    await autosave.push([{ itemId: 'tst.basics.spf', patch: { status: 'done' } }]);
    expect(autosave.current).toMatchObject({ state: 'failed', message: expect.stringMatching(/changed on disk/) });
    expect(autosave.pending).toBe(true);
    expect((await onDisk(workbook)).answers['tst.basics.spf']).toEqual({ status: 'partial' });
    // The other edit is resolved (the file goes back to what we loaded); the retry writes ours.
    await writeFile(workbook, workbookYaml({ 'tst.basics.spf': { status: 'todo' } }));
    const final = await autosave.flush();
    expect(final.state).toBe('saved');
    expect((await onDisk(workbook)).answers['tst.basics.spf']).toEqual({ status: 'done' });
    expect(statuses).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  test('saves run one at a time: changes pushed while a save is writing go into the next save', async () => {
    const target = new MemoryTarget();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const realSave = target.save.bind(target);
    let calls = 0;
    target.save = async () => {
      calls++;
      if (calls === 1) await gate;
      return realSave();
    };
    const autosave = new Autosave(target);
    const first = autosave.push([{ itemId: 'a', patch: { status: 'todo' } }]);
    while (calls === 0) await new Promise((r) => setImmediate(r));
    const second = autosave.push([{ itemId: 'b', patch: { status: 'done' } }]);
    // The second change is not applied while the first save is in flight.
    expect(target.answers).toEqual({ a: { status: 'todo' } });
    release();
    await Promise.all([first, second]);
    expect(target.saved).toEqual({ a: { status: 'todo' }, b: { status: 'done' } });
    expect(calls).toBe(2);
  });
});

describe('Autosave with a delay', () => {
  test('coalesces changes made in quick succession into one save, and flush writes at once', async () => {
    const target = new MemoryTarget();
    const autosave = new Autosave(target, undefined, 60_000);
    const done = autosave.push([{ itemId: 'a', patch: { status: 'todo' } }]);
    void autosave.push([{ itemId: 'a', patch: { status: 'done' } }, { itemId: 'b', patch: { status: 'na' } }]);
    expect(autosave.current.state).toBe('saving');
    expect(autosave.pending).toBe(true);
    expect(target.saves).toBe(0);
    const status = await autosave.flush();
    await done;
    expect(status.state).toBe('saved');
    expect(target.saves).toBe(1);
    expect(target.saved).toEqual({ a: { status: 'done' }, b: { status: 'na' } });
  });

  test('saves by itself once the changes stop', async () => {
    const target = new MemoryTarget();
    const autosave = new Autosave(target, undefined, 5);
    await autosave.push([{ itemId: 'a', patch: { status: 'partial' } }]);
    expect(target.saved).toEqual({ a: { status: 'partial' } });
    expect(autosave.pending).toBe(false);
  });
});
