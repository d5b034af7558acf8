/**
 * Option values are checked where commander parses them, so a wrong value is a one-line
 * usage error (exit 2) naming the option and the values it takes, before any file is read.
 * Every parser carries its `kind` and a `wrong` example value: test/cli/bad-flags.test.ts
 * walks every option of every command and feeds it that value, so a new option without a
 * parser fails that test.
 *
 * Kept light (no zod, no luxon): these run on every start. Timestamps need luxon, so
 * their parser only marks them, and `checkLateOptions` (a preAction hook) parses them
 * before the command runs.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { SecbookError } from '../errors.js';
import { canonicalTimeZone, TIME_ZONE_HINT } from '../domain/time-zone.js';

/** node:net costs start-up time on every run; only the scan's IP options need it. */
const isIP = (s: string): number => process.getBuiltinModule('node:net').isIP(s);

export interface Parser<T> {
  (value: string, previous?: T): T;
  /** What sort of value (for the bad-flag walk and the docs). */
  kind: string;
  /** A value this parser refuses. */
  wrong: string;
}

function parser<T>(kind: string, wrong: string, parse: (value: string, previous?: T) => T): Parser<T> {
  return Object.assign(parse, { kind, wrong });
}

const fail = (message: string): never => {
  throw new InvalidArgumentError(message);
};

/** Repeatable and comma-separated: `--x a,b --x c` → [a, b, c], each checked by `one`. */
export function list<T>(one: Parser<T>): Parser<T[]> {
  return parser(`list of ${one.kind}`, one.wrong, (value, previous = []) => {
    const parts = value.split(',').map((v) => v.trim()).filter(Boolean);
    if (parts.length === 0) fail('It is empty.');
    return [...previous, ...parts.map((v) => one(v))];
  });
}

/** Repeatable as given (commas kept): `--evidence "a, b" --evidence c` → ["a, b", "c"]. */
export function repeatable<T>(one: Parser<T>): Parser<T[]> {
  return parser(`repeatable ${one.kind}`, one.wrong, (value, previous = []) => [...previous, one(value)]);
}

/** One of `values` (case-insensitive; `aliases` map other spellings). */
export function choice<T extends string>(values: readonly T[], aliases: Record<string, T> = {}): Parser<T> {
  return parser('choice', 'bogus', (raw) => {
    const v = raw.trim().toLowerCase();
    const hit = values.find((x) => x.toLowerCase() === v) ?? aliases[v];
    return hit ?? fail(`Use one of: ${values.join(', ')}.`);
  });
}

/** Free text: anything but blank or control characters (they would corrupt the YAML or a terminal). */
export const text = parser('text', ' ', (raw) => {
  if (raw.trim() === '') fail('It is empty.');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(raw)) fail('It contains control characters.');
  return raw;
});

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Parser<number> {
  const { min = 0, max = Infinity, integer = false } = options;
  const range = max === Infinity ? `${min} or more` : `from ${min} to ${max}`;
  return parser(integer ? 'integer' : 'number', 'many', (raw) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) fail(`Use ${integer ? 'a whole number' : 'a number'} ${range}.`);
    return n;
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const date = parser('date', '31/03/2027', (raw) => {
  const v = raw.trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!ISO_DATE.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) fail('Use a date as YYYY-MM-DD, e.g. 2027-03-31.');
  return v;
});

/** `5s`, `1500ms`, `2m` or a bare number of seconds → milliseconds (1 ms to 10 min). */
export const duration = parser('duration', '5 parsecs', (raw) => {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(raw.trim());
  if (!m) return fail('Use e.g. 5s, 500ms or 1m.');
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = unit === 'ms' ? n : unit === 'm' ? n * 60_000 : n * 1000;
  if (ms < 1 || ms > 600_000) fail('It is out of range: use between 1ms and 10m.');
  return Math.round(ms);
});

/** An IANA time zone name (Europe/Berlin, UTC), its case put right. */
export const timezone = parser('timezone', 'Mars/Olympus_Mons', (raw) => canonicalTimeZone(raw) ?? fail(`No such time zone. ${TIME_ZONE_HINT}`));

/** A timestamp with a zone; checked by `checkLateOptions` (its parser needs luxon). */
export const timestamp = parser('timestamp', 'yesterday-ish', (raw) => (raw.trim() === '' ? fail('It is empty.') : raw));

/** A path to write to or to look for (it may not exist yet). */
export const path = parser('path', '', (raw) => (raw.trim() === '' ? fail('Give a path.') : raw));

/** An existing folder (relative to the working folder). */
export const folder = parser('folder', '/nonexistent/secbook-folder', (raw) => {
  if (raw.trim() === '') fail('Give a folder.');
  const stat = statSync(resolve(raw), { throwIfNoEntry: false });
  if (!stat) fail('No such folder.');
  if (!stat?.isDirectory()) fail('It is not a folder.');
  return raw;
});

/** An existing file. */
export const file = parser('file', '/nonexistent/secbook-file', (raw) => {
  if (raw.trim() === '') fail('Give a file.');
  // Only that it exists: what is not a regular file is refused, by name, where it is read (safe-fs).
  if (!statSync(resolve(raw), { throwIfNoEntry: false })) fail('No such file.');
  return raw;
});

/** A value matching `pattern`, with `hint` when it does not. */
export function pattern(kind: string, re: RegExp, hint: string, wrong = 'bogus value!'): Parser<string> {
  return parser(kind, wrong, (raw) => (re.test(raw.trim()) ? raw.trim() : fail(hint)));
}

export const ip = parser('ip', '300.1.2.3', (raw) => (isIP(raw.trim()) ? raw.trim() : fail('Use an IPv4 or IPv6 address, e.g. 192.0.2.10.')));

/** `ip`, `ip:port` or `[ipv6]:port`. */
export const resolver = parser('resolver', 'dns.example', (raw) => {
  const v = raw.trim();
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(v) ?? /^([^:]+)(?::(\d+))?$/.exec(v);
  const host = isIP(v) === 6 ? v : m?.[1];
  const port = isIP(v) === 6 ? undefined : m?.[2];
  if (!host || !isIP(host) || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) fail('Use an IP address, optionally with :port, e.g. 127.0.0.1:5353.');
  return v;
});

export const port = number({ min: 1, max: 65535, integer: true });

const PERIOD = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const period = parser('period', 'Q1 2027', (raw) =>
  raw === 'current' || !PERIOD.test(raw) ? fail('Use a quarter like 2027-Q1 (or a short label of letters, digits, dots and dashes).') : raw,
);

/**
 * preAction hook: parses the options whose parser needs a heavy library (timestamps) and
 * refuses a wrong one the same way commander refuses the others.
 */
export async function checkLateOptions(_program: Command, action: Command): Promise<void> {
  const late = action.options.filter((o) => (o.parseArg as Partial<Parser<unknown>> | undefined)?.kind === 'timestamp');
  if (late.length === 0) return;
  const { parseWhen } = await import('../incidents/when.js');
  for (const option of late) {
    const value: unknown = action.getOptionValue(option.attributeName());
    if (typeof value !== 'string' || value === 'now') continue;
    const r = parseWhen(value);
    if (typeof r === 'string') throw new SecbookError(`option '${option.flags}' argument '${value}' is invalid: ${r}.`, { exitCode: 2 });
  }
}

/** `-w, --workbook <path>`: every command takes the workbook this way (docs/commands.md). */
export const WORKBOOK_FLAGS = '-w, --workbook <path>';
export const WORKBOOK_HELP = 'workbook file or folder (default ./workbook.yaml)';

export function withWorkbook(command: Command): Command {
  return command.option(WORKBOOK_FLAGS, WORKBOOK_HELP, path);
}

/**
 * The workbook from the positional argument or `-w` (the same thing spelt two ways);
 * both at once must agree.
 */
export function workbookOf(positional: string | undefined, flag: string | undefined): string | undefined {
  if (positional !== undefined && flag !== undefined && positional !== flag) {
    throw new SecbookError(`two workbooks given: "${positional}" and --workbook "${flag}"`, { hint: 'Give the workbook once, as the argument or with -w.', exitCode: 2 });
  }
  return positional ?? flag;
}
