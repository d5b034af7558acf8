/**
 * A test PKI (openssl CLI: a CA and leaf certificates with SANs, optionally expired or
 * self-signed) and a real HTTPS server on 127.0.0.1 that picks a certificate by SNI and
 * answers per host name. For MTA-STS policy fetches.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';

export interface Pki {
  dir: string;
  /** The CA certificate, PEM. */
  caPem: string;
  caFile: string;
  issue(host: string, options?: { expired?: boolean; selfSigned?: boolean }): { key: string; cert: string };
  cleanup(): void;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'secbook-pki-'));
  openssl(dir, ['req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3', '-subj', '/CN=secbook scan test CA']);
  let serial = 1;
  return {
    dir,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caFile: join(dir, 'ca.pem'),
    issue(host, options = {}) {
      const n = ++serial;
      writeFileSync(join(dir, `${n}.ext`), `subjectAltName=DNS:${host}\n`);
      if (options.selfSigned) {
        openssl(dir, ['req', '-x509', ...EC, '-keyout', `${n}.key`, '-out', `${n}.pem`, '-days', '3', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`]);
      } else {
        openssl(dir, ['req', ...EC, '-keyout', `${n}.key`, '-out', `${n}.csr`, '-subj', `/CN=${host}`]);
        const days = options.expired ? '-1' : '3';
        openssl(dir, ['x509', '-req', '-in', `${n}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(n), '-days', days, '-extfile', `${n}.ext`, '-out', `${n}.pem`]);
      }
      return { key: readFileSync(join(dir, `${n}.key`), 'utf8'), cert: readFileSync(join(dir, `${n}.pem`), 'utf8') };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Site {
  key: string;
  cert: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export interface HttpsServer {
  port: number;
  close(): Promise<void>;
}

export async function startHttpsServer(sites: Record<string, Site>): Promise<HttpsServer> {
  const first = Object.values(sites)[0];
  if (!first) throw new Error('startHttpsServer: no sites');
  const contexts = new Map(Object.entries(sites).map(([host, s]) => [host, createSecureContext({ key: s.key, cert: s.cert })]));
  const server: Server = createServer(
    {
      key: first.key,
      cert: first.cert,
      SNICallback: (name, cb) => cb(null, contexts.get(name) ?? contexts.values().next().value),
    },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const site = sites[host];
      if (!site) {
        res.writeHead(404).end();
        return;
      }
      site.handle(req, res);
    },
  );
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler serving `body` with a content type and status. */
export const serve =
  (body: string, contentType = 'text/plain', status = 200, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(status, { 'content-type': contentType, ...headers });
    res.end(body);
  };
