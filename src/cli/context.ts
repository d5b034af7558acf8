/** What commands take from the process: working folder, clock, terminal. Read only here. */
import { SecbookError } from '../errors.js';
import { terminalSafe } from './terminal-text.js';

export const cwd = (): string => process.cwd();

/**
 * The current time. `SECBOOK_NOW` (an ISO timestamp) pins it, for reproducible
 * documents and tests.
 */
export function now(): Date {
  const pinned = process.env.SECBOOK_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    throw new SecbookError(`SECBOOK_NOW="${pinned}" is not a timestamp`, { hint: 'Use ISO 8601, e.g. 2027-01-15T09:00:00Z, or unset it.' });
  }
  return date;
}

/** `YYYY-MM-DD` of now (UTC). */
export const today = (): string => now().toISOString().slice(0, 10);

export const isInteractive = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY);

/** Prints a line; control characters from user or DNS text are removed (terminal-text.ts). */
export function print(text = ''): void {
  const safe = terminalSafe(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** Splits `a,b , c` and repeated flags into one list. */
export function list(values: string | string[] | undefined): string[] {
  const all = Array.isArray(values) ? values : values ? [values] : [];
  return all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
