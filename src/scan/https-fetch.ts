/**
 * One HTTPS GET the way RFC 8461 §3.3 wants an MTA-STS policy fetched: certificate checked
 * against the host name, no redirects followed, HTTP 200 only, a size cap and a timeout.
 * Host names resolve through the scanner's DNS (so `--resolver` applies to HTTPS too).
 */
import { request } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { LookupFunction } from 'node:net';
import type { Dns } from './dns.js';
import { describeLookup } from './dns.js';

export interface FetchOptions {
  dns: Dns;
  timeoutMs: number;
  maxBytes: number;
  /** Extra trusted CA certificates (PEM), added to the built-in roots. */
  ca?: string[];
  /** Port (443 unless a test says otherwise). */
  port?: number;
}

export type FetchResult =
  | { ok: true; status: number; contentType: string; body: string }
  | { ok: false; problem: string; status?: number; location?: string };

function dnsLookup(dns: Dns): LookupFunction {
  return (hostname, options, callback) => {
    void (async () => {
      const a = await dns.a(hostname);
      const aaaa = a.ok ? undefined : await dns.aaaa(hostname);
      const res = a.ok ? a : aaaa;
      const family = a.ok ? 4 : 6;
      if (!res?.ok) {
        const error = Object.assign(new Error(describeLookup(family === 4 ? 'A/AAAA' : 'AAAA', hostname, res ?? a)), { code: 'ENOTFOUND' });
        callback(error, '', 0);
        return;
      }
      const address = res.records[0] ?? '';
      if (options.all) (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, res.records.map((r) => ({ address: r, family })));
      else callback(null, address, family);
    })();
  };
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO|ALTNAME|DEPTH_ZERO|ERR_TLS/;

export function fetchHttps(url: string, options: FetchOptions): Promise<FetchResult> {
  return new Promise((resolve) => {
    const u = new URL(url);
    let settled = false;
    // NOTE: a deadline for the whole fetch, not only for an idle socket: a server that
    // trickles bytes must not hold the scan.
    const timer = setTimeout(() => {
      done({ ok: false, problem: `no answer within ${options.timeoutMs} ms (timeout)` });
      req.destroy();
    }, options.timeoutMs);
    const done = (r: FetchResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = request(
      {
        host: u.hostname,
        servername: u.hostname,
        port: options.port ?? 443,
        path: u.pathname + u.search,
        method: 'GET',
        headers: { 'user-agent': 'secbook-scan', accept: 'text/plain' },
        lookup: dnsLookup(options.dns),
        ...(options.ca?.length ? { ca: [...rootCertificates, ...options.ca] } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status !== 200) {
          res.resume();
          const location = res.headers.location;
          if (status >= 300 && status < 400) {
            done({ ok: false, status, ...(location ? { location } : {}), problem: `HTTP ${status} redirect${location ? ` to ${location}` : ''}: redirects must not be followed (RFC 8461 §3.3)` });
          } else done({ ok: false, status, problem: `HTTP ${status} (only 200 is accepted)` });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            done({ ok: false, status, problem: `the policy is larger than ${options.maxBytes / 1024} KB (size cap)` });
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => done({ ok: true, status, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (error) => done({ ok: false, status, problem: error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      if (TLS_CODES.test(code)) done({ ok: false, problem: `TLS certificate not valid for ${u.hostname}: ${code} (${error.message})` });
      else done({ ok: false, problem: `${code ? `${code}: ` : ''}${error.message}` });
    });
    req.end();
  });
}
