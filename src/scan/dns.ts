/**
 * DNS for the scanner: node's c-ares `Resolver` pointed at the system servers or at
 * `--resolver`, with answers classified so a timeout or SERVFAIL is never mistaken for
 * "no record" (only NODATA and NXDOMAIN are).
 */
import { Resolver } from 'node:dns/promises';
import { SecbookError } from '../errors.js';

export type RecordType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR';

/** Why a lookup gave no records: the name has none of that type, or does not exist. */
export type Absent = 'NODATA' | 'NXDOMAIN';
/** A lookup that failed: the answer is unknown, not empty. */
export type DnsFailure = 'TIMEOUT' | 'SERVFAIL' | 'REFUSED' | 'CONNREFUSED' | 'FORMERR' | 'ERROR';

export type Lookup<T> =
  | { ok: true; records: T[] }
  | { ok: false; absent: Absent }
  | { ok: false; failure: DnsFailure; message: string };

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface Dns {
  txt(name: string): Promise<Lookup<string[]>>;
  a(name: string): Promise<Lookup<string>>;
  aaaa(name: string): Promise<Lookup<string>>;
  mx(name: string): Promise<Lookup<MxRecord>>;
  /** The raw `resolve(name, type)` (throws node DNS errors), for mailauth. */
  resolve(name: string, type: string): Promise<unknown>;
  /** Which server answers, for messages. */
  server: string;
}

export interface DnsOptions {
  /** `host[:port]`; the system's resolvers when absent. */
  server?: string;
  timeoutMs: number;
}

const FAILURES: Record<string, DnsFailure> = {
  ETIMEOUT: 'TIMEOUT',
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ECONNREFUSED: 'CONNREFUSED',
  EFORMERR: 'FORMERR',
};

/** Turns a node DNS error into a lookup result. */
export function classify<T>(error: unknown): Lookup<T> {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENODATA') return { ok: false, absent: 'NODATA' };
  if (code === 'ENOTFOUND') return { ok: false, absent: 'NXDOMAIN' };
  return { ok: false, failure: FAILURES[code] ?? 'ERROR', message: (error as Error).message };
}

/** One line for a failed or empty lookup: `TXT _dmarc.x: NXDOMAIN (the name does not exist)`. */
export function describeLookup(type: string, name: string, result: Lookup<unknown>): string {
  if (result.ok) return `${type} ${name}: ${result.records.length} record(s)`;
  if ('absent' in result) {
    return `${type} ${name}: ${result.absent === 'NXDOMAIN' ? 'NXDOMAIN (the name does not exist)' : 'no record of this type (NODATA)'}`;
  }
  return `${type} ${name}: DNS ${result.failure} — the answer is unknown, not empty (${result.message})`;
}

export function parseServer(server: string): string {
  const s = server.trim();
  if (!/^(\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?|\[[0-9a-f:]+\](:\d{1,5})?|[0-9a-f:]+)$/i.test(s)) {
    throw new SecbookError(`--resolver "${server}" is not an IP address`, { hint: 'Give an IP and optional port, e.g. --resolver 1.1.1.1 or --resolver 127.0.0.1:5300.' });
  }
  return s;
}

export function createDns(options: DnsOptions): Dns {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 2 });
  if (options.server) resolver.setServers([parseServer(options.server)]);
  const run = async <T>(fn: () => Promise<T[]>): Promise<Lookup<T>> => {
    try {
      return { ok: true, records: await fn() };
    } catch (error) {
      return classify<T>(error);
    }
  };
  return {
    server: options.server ?? resolver.getServers().join(', '),
    txt: (name) => run(() => resolver.resolveTxt(name)),
    a: (name) => run(() => resolver.resolve4(name)),
    aaaa: (name) => run(() => resolver.resolve6(name)),
    mx: (name) => run(() => resolver.resolveMx(name)),
    resolve: (name, type) => resolver.resolve(name, type),
  };
}
