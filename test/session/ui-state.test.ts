/** The person's session state lives in their state directory, keyed by the workbook's real path. */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { readUiState, stateDir, uiStatePath, writeUiState } from '../../src/storage/ui-state.js';

async function temp() {
  const dir = await mkdtemp(join(tmpdir(), 'secbook-ui-state-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('the state directory follows XDG_STATE_HOME, else ~/.local/state', () => {
  expect(stateDir({ XDG_STATE_HOME: '/var/state' })).toBe('/var/state/secbook');
  expect(stateDir({})).toBe(join(homedir(), '.local', 'state', 'secbook'));
  // A relative XDG path is invalid by the spec: ignored.
  expect(stateDir({ XDG_STATE_HOME: 'rel' })).toBe(join(homedir(), '.local', 'state', 'secbook'));
});

test('written and read back per workbook; a symlinked path finds the same state', async () => {
  const dir = await temp();
  const env = { XDG_STATE_HOME: join(dir, 'state') };
  await mkdir(join(dir, 'team'));
  const workbook = join(dir, 'team', 'workbook.yaml');
  await writeFile(workbook, 'format: 1\n');
  await symlink(join(dir, 'team'), join(dir, 'link'));
  expect(await readUiState(workbook, env)).toEqual({});
  expect(await writeUiState(workbook, { last_item: 'email.auth.spf-record' }, env)).toBe(true);
  expect(await readUiState(join(dir, 'link', 'workbook.yaml'), env)).toEqual({ last_item: 'email.auth.spf-record' });
  expect(await uiStatePath(join(dir, 'link', 'workbook.yaml'), env)).toBe(await uiStatePath(workbook, env));
  expect(await readdir(join(dir, 'state', 'secbook', 'sessions'))).toHaveLength(1);
});

test('an unwritable state directory does not fail the session', async () => {
  const dir = await temp();
  await writeFile(join(dir, 'file'), 'not a folder');
  expect(await writeUiState(join(dir, 'workbook.yaml'), { last_item: 'x' }, { XDG_STATE_HOME: join(dir, 'file') })).toBe(false);
});

test('the walk setting (auto-advance off) is kept beside the cursor; a wrong type is ignored', async () => {
  const dir = await temp();
  const env = { XDG_STATE_HOME: join(dir, 'state') };
  const workbook = join(dir, 'workbook.yaml');
  await writeFile(workbook, 'format: 1\n');
  expect(await writeUiState(workbook, { last_item: 'a.b', auto_advance: false }, env)).toBe(true);
  expect(await readUiState(workbook, env)).toEqual({ last_item: 'a.b', auto_advance: false });
  await writeFile(await uiStatePath(workbook, env), JSON.stringify({ last_item: 'a.b', auto_advance: 'no' }));
  expect(await readUiState(workbook, env)).toEqual({ last_item: 'a.b' });
});
