/**
 * Reading and writing only what secbook means to: regular files (a FIFO or a device would
 * block or never end), inside the folder they must be in (a symbolic link or `../` may not
 * lead out of it), never through a symbolic link when writing. Every refusal names the
 * file and why.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { SecbookError, fileSystemError } from '../errors.js';

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export function notRegularFile(file: string, stats: Stats): SecbookError {
  return new SecbookError(`${file} is ${kindOf(stats)}, not a regular file`, {
    hint: 'secbook reads and writes only regular files here; put a regular file at that path.',
  });
}

/** True when `path` is `root` itself or below it (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

export interface Confinement {
  /** The folder the file must be in (symbolic links resolved on both sides). */
  root: string;
  /** How messages name that folder, e.g. "the team's folder (acme)". */
  name: string;
}

/** Refuses a path whose real location (links resolved) is outside `within.root`. */
export async function assertInside(path: string, file: string, within: Confinement): Promise<void> {
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(path), realpath(within.root)]);
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  }
  if (!isInside(root, real)) {
    throw new SecbookError(`${file} leads outside ${within.name} (to ${real})`, {
      hint: `secbook uses only files inside ${within.name}; copy the file there instead of linking or pointing to it.`,
    });
  }
}

export interface ReadOptions {
  /** Refuse larger files (checked before reading). */
  maxBytes?: number;
  /** What the size limit is for, in messages ("YAML files"). */
  what?: string;
  /** Refuse files whose real path is outside this folder. */
  within?: Confinement;
}

/**
 * Reads a regular file: stat first (a FIFO, folder or device is refused, not opened), then
 * open with O_NONBLOCK and check again on the open handle, so a file swapped for a FIFO in
 * between cannot block either. System errors come back named (errors.ts).
 */
export async function readRegularFile(path: string, file = path, options: ReadOptions = {}): Promise<Buffer> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  }
  if (!stats.isFile()) throw notRegularFile(file, stats);
  if (options.maxBytes !== undefined && stats.size > options.maxBytes) throw tooLarge(file, stats.size, options.maxBytes, options.what);
  if (options.within) await assertInside(path, file, options.within);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  }
  try {
    const now = await handle.stat();
    if (!now.isFile()) throw notRegularFile(file, now);
    if (options.maxBytes !== undefined && now.size > options.maxBytes) throw tooLarge(file, now.size, options.maxBytes, options.what);
    return await handle.readFile();
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(file: string, size: number, max: number, what = 'this kind of file'): SecbookError {
  const mib = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MiB`;
  return new SecbookError(`${file} is ${mib(size)}; secbook reads ${what} up to ${mib(max)}`, {
    hint: 'Is this the right file?',
  });
}

/** Whether `path` is a regular file (not following a final symbolic link); false when missing. */
export async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Before writing `path`: it must not be a symbolic link (even a dangling one) or anything
 * but a regular file, and its folder must really be inside `within`. Returns whether a
 * file is already there.
 */
export async function checkWriteTarget(path: string, file: string, within: Confinement): Promise<boolean> {
  let stats: Stats | undefined;
  try {
    stats = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(error, file, 'write');
  }
  if (stats?.isSymbolicLink()) {
    throw new SecbookError(`${file} is a symbolic link; secbook never writes through one`, {
      hint: 'Remove the link (rm it; the file it points to is not touched) and run the command again.',
    });
  }
  if (stats && !stats.isFile()) throw notRegularFile(file, stats);
  await assertInside(dirname(path), file, within);
  return stats !== undefined;
}

/**
 * The synchronous twin of readRegularFile for the template loaders (the Handlebars
 * environment is built synchronously): regular files only, opened with O_NONBLOCK, and,
 * with `within`, only when their real path is inside that folder.
 */
export function readRegularFileSync(path: string, file = path, within?: Confinement): string {
  let fd: number | undefined;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw notRegularFile(file, stats);
    if (within) {
      const real = realpathSync(path);
      const root = realpathSync(within.root);
      if (!isInside(root, real)) {
        throw new SecbookError(`${file} leads outside ${within.name} (to ${real})`, {
          hint: `secbook uses only files inside ${within.name}; copy the file there instead of linking to it.`,
        });
      }
    }
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const now = fstatSync(fd);
    if (!now.isFile()) throw notRegularFile(file, now);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Names in a folder, sorted; none when it does not exist (any other failure is named). */
export function listFolderSync(dir: string, file = dir): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fileSystemError(error, file, 'list');
  }
}

/**
 * Creates `dir` (and its parents) only after checking that the part which already exists
 * really is inside `within` (mkdir follows links: `templates -> /elsewhere` would otherwise
 * create folders there).
 */
export async function makeFolderInside(dir: string, shown: string, within: Confinement): Promise<void> {
  let existing = dir;
  for (;;) {
    const found = await lstat(existing).then(() => true, () => false);
    if (found || dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  await assertInside(existing, shown, within);
  // One level at a time, each checked: a link met on the way cannot lead mkdir elsewhere.
  const missing: string[] = [];
  for (let d = dir; d !== existing; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    await makeFolder(d, shown);
    await assertInside(d, shown, within);
  }
  await assertInside(dir, shown, within);
}

/**
 * `mkdir -p` whose failure names the real cause: Node's recursive mkdir reports ENOENT on
 * a read-only file system, so on failure the first missing folder is created alone to
 * learn why (EROFS, EACCES, ENOTDIR…).
 */
export async function makeFolder(dir: string, shown = dir): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    return;
  } catch (error) {
    let first = dir;
    while (dirname(first) !== first && !(await lstat(dirname(first)).then(() => true, () => false))) first = dirname(first);
    const precise = await mkdir(first).then(() => error, (e: unknown) => e);
    throw fileSystemError(precise, shown, 'create the folder');
  }
}
