/**
 * The one exit site: parses argv, runs the command, prints errors for people, sets the
 * exit code. Everything below throws typed errors (src/errors.ts) instead of exiting.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { SecbookError, BugError, fileSystemError, isSystemError } from '../errors.js';
import { terminalSafe } from './terminal-text.js';
import { style } from './style.js';

async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    // A failed command takes back the empty folders it made on the way (safe-fs.ts).
    const { removeCreatedFolders } = await import('../storage/safe-fs.js');
    await removeCreatedFolders();
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (unknown option, a refused value, --help…).
    // --help and --version end with 0; anything else it stops on is wrong usage: 2.
    return error.exitCode === 0 ? 0 : 2;
  }
  // A system error nothing below caught (EACCES, ENOSPC, EROFS…) is the user's to fix, not a
  // bug: named with its path and what to do, exit 1 (errors.ts).
  if (isSystemError(error)) error = fileSystemError(error);
  if (error instanceof SecbookError) {
    if (error.exitCode === 130) return 130;
    // Messages quote file names, item titles and domains: no control characters through.
    process.stderr.write(`${style.red('error:')} ${terminalSafe(error.message)}\n`);
    for (const line of error.details) process.stderr.write(`  ${terminalSafe(line)}\n`);
    if (error.hint) process.stderr.write(`${style.dim('hint:')} ${terminalSafe(error.hint)}\n`);
    return error.exitCode;
  }
  const bug = error instanceof BugError ? 'internal error' : 'unexpected error';
  process.stderr.write(`${style.red(`secbook ${bug}:`)} ${terminalSafe((error as Error)?.stack ?? String(error))}\n`);
  process.stderr.write('This is a bug in secbook; please report it with the command you ran.\n');
  return 70;
}

// `secbook status | head`: the reader went away; stop quietly instead of crashing on EPIPE.
// `secbook status > /dev/full` (or a full disk behind a redirect): named, exit 1, no stack.
for (const [stream, name] of [[process.stdout, 'the standard output'], [process.stderr, 'the standard error']] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (stream === process.stdout) {
      const named = fileSystemError(error, name, 'write to');
      process.stderr.write(`${style.red('error:')} ${named.message}\n${named.hint ? `${style.dim('hint:')} ${named.hint}\n` : ''}`);
    }
    process.exit(1);
  });
}

const code = await main(process.argv);
// Let pending stdout writes flush; then set the code (never cut a pipe short).
process.exitCode = code;
