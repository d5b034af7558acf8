/**
 * User-facing errors. Code below src/cli throws these; only src/cli/main.ts prints them
 * and sets the exit code: one exit site.
 */
export interface SecbookErrorOptions {
  /** One line telling the reader what to try. */
  hint?: string;
  /** Further lines (lists of problems, close matches…). */
  details?: string[];
  /** Process exit code; 1 by default. */
  exitCode?: number;
  cause?: unknown;
}

export class SecbookError extends Error {
  readonly hint: string | undefined;
  readonly details: string[];
  readonly exitCode: number;

  constructor(message: string, options: SecbookErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'SecbookError';
    this.hint = options.hint;
    this.details = options.details ?? [];
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A problem located in a file: printed as `file:line:col message`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** Where in the data, e.g. `sections[0].items[3].weight`; empty for syntax errors. */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  return p.path ? `${where} ${p.path}: ${p.message}` : `${where} ${p.message}`;
}

/** One or more problems in YAML files (syntax or schema). */
export class InvalidFileError extends SecbookError {
  readonly problems: Problem[];

  constructor(problems: Problem[], hint?: string) {
    const first = problems[0];
    const message = first
      ? problems.length === 1
        ? formatProblem(first)
        : `${problems.length} problems, the first: ${formatProblem(first)}`
      : 'invalid file';
    super(message, { hint, details: problems.length > 1 ? problems.map(formatProblem) : [] });
    this.name = 'InvalidFileError';
    this.problems = problems;
  }
}

/** The file on disk changed since it was loaded, in a way that clashes with our edit. */
export class ConflictError extends SecbookError {
  constructor(file: string, keys: string[]) {
    super(`${file} was changed on disk since secbook loaded it (${keys.join(', ')})`, {
      hint: 'Your change was not written. Reload the file (rerun the command) and apply it again.',
      exitCode: 1,
    });
    this.name = 'ConflictError';
  }
}

/** A broken invariant: a secbook bug, not the user's fault. */
export class BugError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BugError';
  }
}

/** The user cancelled (Ctrl-C in a prompt): exit quietly with 130. */
export class CancelledError extends SecbookError {
  constructor() {
    super('cancelled', { exitCode: 130 });
    this.name = 'CancelledError';
  }
}

/** A save whose text would not read back as the data meant: refused, the file left as it was. */
export class UnsafeSaveError extends SecbookError {
  constructor(file: string, reasons: string[]) {
    super(`secbook could not write ${file} safely, so it did not change it`, {
      hint: 'Your file is as it was. If the value uses YAML anchors (&name) or aliases (*name), change it by hand; otherwise please report this as a secbook bug, with the file and the command.',
      details: reasons,
      exitCode: 1,
    });
    this.name = 'UnsafeSaveError';
  }
}

/** What a system error code means for the user, and what to do about it. */
const SYSTEM_ERRORS: Record<string, { says: string; hint: string }> = {
  ENOENT: { says: 'does not exist', hint: 'Check the path (and that every folder on the way exists).' },
  EACCES: { says: 'permission denied', hint: 'Check the permissions of the file and of its folder (ls -l), or run as a user who may write there.' },
  EPERM: { says: 'operation not permitted (the file may be immutable or the folder protected)', hint: 'Check `lsattr` for the immutable flag (chattr -i) and the folder\'s permissions.' },
  EISDIR: { says: 'is a folder, where a file was expected', hint: 'Give the path of a file, not a folder.' },
  ENOTDIR: { says: 'a part of the path is a file, where a folder was expected', hint: 'Give a folder path whose every part is a folder.' },
  ENOSPC: { says: 'no space left on the device', hint: 'Free some disk space and run the command again; nothing was half-written.' },
  EDQUOT: { says: 'disk quota exceeded', hint: 'Free some space within your quota and run the command again.' },
  EROFS: { says: 'the file system is read-only', hint: 'Work on a copy in a writable folder, or remount the file system read-write.' },
  EBUSY: { says: 'is busy (a mount point, or in use by another program)', hint: 'Choose another path, or wait until the other program releases it.' },
  ELOOP: { says: 'too many symbolic links (a link loop?)', hint: 'Replace the symbolic link with the real file or folder.' },
  EMFILE: { says: 'too many open files in this process', hint: 'Raise the limit (ulimit -n) and run the command again.' },
  ENFILE: { says: 'too many open files on this system', hint: 'Close other programs or raise the system limit, then run the command again.' },
  ENAMETOOLONG: { says: 'the path is too long', hint: 'Use a shorter path.' },
  EEXIST: { says: 'already exists', hint: 'Move the existing file away, or choose another path.' },
  EXDEV: { says: 'cannot move a file between file systems', hint: 'Keep the output folder on the same file system as its temporary files.' },
  EIO: { says: 'input/output error (the disk or network share failed)', hint: 'Check the device, then run the command again.' },
  ENXIO: { says: 'is a special file with nothing on the other end', hint: 'Give a regular file.' },
  ETXTBSY: { says: 'is in use by a running program', hint: 'Wait for the program to finish, or choose another path.' },
  EAGAIN: { says: 'is temporarily unavailable', hint: 'Run the command again.' },
};

/** A Node system error (fs, net…): it has a string `code` like `ENOENT`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

/**
 * The one place that turns a system error into a message a person can act on: the path,
 * what went wrong in words, what to do, exit code 1. `file` is the path as the user should
 * see it (defaults to the error's own path).
 */
export function fileSystemError(error: unknown, file?: string, doing?: string): SecbookError {
  if (error instanceof SecbookError) return error;
  const e = error as NodeJS.ErrnoException;
  const code = e?.code ?? 'EUNKNOWN';
  const where = file ?? e?.path ?? 'a file';
  const known = SYSTEM_ERRORS[code];
  const says = known?.says ?? `system error ${code}${e?.message ? ` (${e.message})` : ''}`;
  return new SecbookError(doing ? `cannot ${doing} ${where}: ${says}` : `${where}: ${says}`, {
    hint: known?.hint ?? 'Check the path and its permissions, then run the command again.',
    exitCode: 1,
    cause: error,
  });
}
