/**
 * Reading and writing only what secbook means to: regular files (a FIFO or a device would
 * block or never end), inside the folder they must be in (a symbolic link or `../` may not
 * lead out of it), never through a symbolic link when writing. Every refusal names the
 * file and why.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SecbookError, fileSystemError } from '../errors.js';
import { packageRoot } from '../package-root.js';

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFile()) return 'a file';
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

/**
 * The folders whose contents must really be inside them: the team's folder, registered
 * when a command finds its workbook (storage/project.ts). Every read, listing, folder
 * creation and write in this module (and atomicWrite) checks a path that lies inside one
 * of them by name: followed through every symbolic link on the way (a linked `incidents/`,
 * `reviews/`, `checklists/`, `drills/`, `reports/`, `output/`, a linked file, a dangling
 * link), it must still end inside. This is the one place that rule lives, so a loader
 * cannot forget it.
 */
const confined: Confinement[] = [];

export function confineTo(root: string, name: string): void {
  const at = resolve(root);
  if (!confined.some((c) => c.root === at)) confined.push({ root: at, name });
}

/** Where `path` really leads: links followed, a dangling one to where it points, a missing tail kept. */
function whereItLeads(path: string): string {
  let at = resolve(path);
  const rest: string[] = [];
  for (let hops = 0; hops < 64; hops++) {
    try {
      return join(realpathSync(at), ...rest);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    let link: string | undefined;
    try {
      if (lstatSync(at).isSymbolicLink()) link = readlinkSync(at);
    } catch {
      // missing: look at its folder
    }
    if (link !== undefined) at = resolve(dirname(at), link);
    else if (dirname(at) === at) return join(at, ...rest);
    else {
      rest.unshift(basename(at));
      at = dirname(at);
    }
  }
  const loop = new Error('too many symbolic links') as NodeJS.ErrnoException;
  loop.code = 'ELOOP';
  throw loop;
}

function leadsOutside(file: string, name: string, real: string): SecbookError {
  return new SecbookError(`${file} leads outside ${name} (to ${real})`, {
    hint: `secbook uses only files inside ${name}; copy the file there instead of linking or pointing to it.`,
  });
}

/**
 * Refuses `path` when it lies (by name) inside a confined folder but really leads
 * outside it. secbook's own files are exempt when the package is installed inside that
 * folder (a global install under the home folder, linked elsewhere).
 */
export function assertConfined(path: string, file = path, doing = 'read'): void {
  if (confined.length === 0) return;
  const at = resolve(path);
  const own = packageRoot();
  for (const c of confined) {
    if (!isInside(c.root, at)) continue;
    if (isInside(own, at) && isInside(c.root, own) && !isInside(own, c.root)) continue;
    let real: string;
    let root: string;
    try {
      real = whereItLeads(at);
      root = whereItLeads(c.root);
    } catch (error) {
      throw fileSystemError(error, file, doing);
    }
    if (!isInside(root, real)) throw leadsOutside(file, c.name, real);
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
export async function readRegularFile(path: string, file = shownPath(path), options: ReadOptions = {}): Promise<Buffer> {
  const stats = await statRegular(path, file);
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

/**
 * For a file another program reads (ssh-keygen's key and allowed-signers): it must be a
 * regular file, or that program could block on a FIFO for ever. Names what it is instead.
 */
export async function assertRegularFile(path: string, file = shownPath(path)): Promise<void> {
  await statRegular(path, file);
}

/** The stats of a regular file inside its confinement; anything else is refused by name. */
async function statRegular(path: string, file: string): Promise<Stats> {
  assertConfined(path, file, 'read');
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  }
  if (!stats.isFile()) throw notRegularFile(file, stats);
  return stats;
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
    assertConfined(path, file, 'read');
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
export function listFolderSync(dir: string, file = shownPath(dir)): string[] {
  try {
    assertConfined(dir, file, 'list');
    return readdirSync(dir).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw folderError(error, dir, file, 'list');
  }
}

/**
 * A failure to list or create a folder, named: a FIFO or file where the folder should be
 * says so (not "a part of the path is a file"), and so does a link that leads nowhere.
 */
function folderError(error: unknown, dir: string, file: string, doing: string): SecbookError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ENOTDIR' && code !== 'EEXIST') return fileSystemError(error, file, doing);
  // The folder itself or one on its way: the first that is not a folder names the problem.
  for (let d = resolve(dir); dirname(d) !== d; d = dirname(d)) {
    const shown = d === resolve(dir) ? file : shownPath(d);
    let stats: Stats;
    try {
      stats = lstatSync(d);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink() && !statSync(d, { throwIfNoEntry: false })) {
      return new SecbookError(`${shown} is a symbolic link to ${readlinkSync(d)}, which does not exist`, {
        hint: 'Remove the link or create what it points to, then run the command again.',
      });
    }
    const target = stats.isSymbolicLink() ? statSync(d) : stats;
    if (!target.isDirectory()) {
      return new SecbookError(`${shown} is ${kindOf(target)}, where a folder was expected`, {
        hint: 'Move it away (secbook keeps files in a folder of that name) and run the command again.',
      });
    }
  }
  return fileSystemError(error, file, doing);
}

/**
 * Names in a folder, sorted; none when it does not exist. The folder must really be inside
 * the folder it lies in (a linked `incidents/` is refused), and must be a folder.
 */
export async function listFolder(dir: string, file = shownPath(dir)): Promise<string[]> {
  assertConfined(dir, file, 'list');
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw folderError(error, dir, file, 'list');
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

/** Folders this process created, so that a command that fails can take them back. */
const created: string[] = [];

/**
 * After a failed command: removes the folders it created that are still empty (deepest
 * first), so a refused or failed write leaves the team's folder as it found it. A folder
 * that holds anything stays.
 */
export async function removeCreatedFolders(): Promise<void> {
  const folders = [...new Set(created)].sort((a, b) => b.length - a.length);
  created.length = 0;
  for (const dir of folders) await rmdir(dir).catch(() => undefined);
}

/** A path as messages show it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * `mkdir -p` whose failure names the real cause: Node's recursive mkdir reports ENOENT on
 * a read-only file system, so on failure the first missing folder is created alone to
 * learn why (EROFS, EACCES, ENOTDIR…).
 */
export async function makeFolder(dir: string, shown = shownPath(dir)): Promise<void> {
  assertConfined(dir, shown, 'create the folder');
  try {
    const first = await mkdir(dir, { recursive: true });
    if (first !== undefined) {
      for (let d = resolve(dir); ; d = dirname(d)) {
        created.push(d);
        if (d === resolve(first) || dirname(d) === d) break;
      }
    }
    return;
  } catch (error) {
    let first = dir;
    while (dirname(first) !== first && !(await lstat(dirname(first)).then(() => true, () => false))) first = dirname(first);
    const precise = await mkdir(first).then(() => error, (e: unknown) => e);
    throw folderError(precise, dir, shown, 'create the folder');
  }
}
