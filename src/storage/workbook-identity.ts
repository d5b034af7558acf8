/**
 * What ties a rendered document to the exact workbook it was made from: the workbook file's
 * SHA-256 and, when its folder is in a git repository, the commit (with a mark when the
 * workbook has changes the commit does not hold).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

export interface WorkbookIdentity {
  sha256: string | null;
  /** `abc123…` or `abc123… + uncommitted changes`; null outside git. */
  commit: string | null;
}

function git(cwd: string, args: string[]): Promise<string | null> {
  return new Promise((done) => {
    execFile('git', args, { cwd, timeout: 5_000, windowsHide: true }, (error, stdout) => done(error ? null : stdout.trim()));
  });
}

export async function workbookIdentity(path: string): Promise<WorkbookIdentity> {
  const sha256 = createHash('sha256').update(await readFile(path)).digest('hex');
  const dir = dirname(path);
  const head = await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (!head) return { sha256, commit: null };
  // A workbook git does not track, or one edited since the commit, is not what the commit holds.
  const tracked = await git(dir, ['ls-files', '--error-unmatch', '--', basename(path)]);
  const dirty = await git(dir, ['status', '--porcelain', '--', basename(path)]);
  const suffix = tracked === null ? ' (workbook not committed)' : dirty ? ' + uncommitted changes' : '';
  return { sha256, commit: `${head}${suffix}` };
}
