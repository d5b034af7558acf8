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
