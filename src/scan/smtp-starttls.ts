/**
 * One SMTP STARTTLS handshake with an MX host, to see the certificate a sending server would
 * see. Under MTA-STS `enforce`, senders refuse to deliver to an MX whose certificate is not
 * valid for its name (RFC 8461 §4.2), so a wrong certificate bounces mail. The dialogue is
 * greeting, EHLO, STARTTLS, handshake, QUIT: no mail is sent. Host names resolve through the
 * scanner's DNS, like the policy fetch.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, rootCertificates } from 'node:tls';
import type { Dns } from './dns.js';
import { describeLookup } from './dns.js';

export interface StarttlsOptions {
  dns: Dns;
  timeoutMs: number;
  /** Extra trusted CA certificates (PEM). */
  ca?: string[];
  /** 25 unless a test says otherwise. */
  port?: number;
}

export type StarttlsResult =
  | { ok: true; protocol: string; address: string }
  /** `connect`: no SMTP answer (port 25 is often blocked on the scanning side); `tls`: refused STARTTLS; `cert`: invalid certificate. */
  | { ok: false; kind: 'connect' | 'tls' | 'cert'; problem: string };

/** Reads one complete SMTP reply (the last line has a space after the code). */
function reply(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const lines = buffer.split('\r\n');
      if (lines.some((l) => /^\d{3} /.test(l)) || /^\d{3}(\r\n)?$/m.test(buffer)) {
        socket.off('data', onData);
        socket.off('error', reject);
        resolve(buffer);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

export async function probeStarttls(host: string, options: StarttlsOptions): Promise<StarttlsResult> {
  const a = await options.dns.a(host);
  const aaaa = a.ok ? undefined : await options.dns.aaaa(host);
  const addresses = a.ok ? a.records : aaaa?.ok ? aaaa.records : [];
  const address = addresses[0];
  if (!address) return { ok: false, kind: 'connect', problem: describeLookup('A/AAAA', host, aaaa ?? a) };
  const port = options.port ?? 25;
  let socket: Socket | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms (timeout)`)), options.timeoutMs);
  });
  const stage = { now: 'connect' as 'connect' | 'tls' | 'cert' };
  const dialogue = async (): Promise<StarttlsResult> => {
    socket = netConnect({ host: address, port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket?.once('connect', resolve);
      socket?.once('error', reject);
    });
    const greeting = await reply(socket);
    if (!greeting.startsWith('220')) return { ok: false, kind: 'connect', problem: `greeting was "${greeting.trim().slice(0, 80)}"` };
    stage.now = 'tls';
    socket.write('EHLO scan.secbook.invalid\r\n');
    const ehlo = await reply(socket);
    if (!/^250[ -]STARTTLS\s*$/im.test(ehlo)) return { ok: false, kind: 'tls', problem: 'the server does not offer STARTTLS' };
    socket.write('STARTTLS\r\n');
    const ready = await reply(socket);
    if (!ready.startsWith('220')) return { ok: false, kind: 'tls', problem: `STARTTLS was answered "${ready.trim().slice(0, 80)}"` };
    stage.now = 'cert';
    const secure = tlsConnect({ socket, servername: host, ...(options.ca?.length ? { ca: [...rootCertificates, ...options.ca] } : {}) });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
    const protocol = secure.getProtocol() ?? 'TLS';
    secure.end('QUIT\r\n');
    return { ok: true, protocol, address };
  };
  try {
    return await Promise.race([dialogue(), deadline]);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const kind = stage.now;
    return { ok: false, kind, problem: kind === 'cert' ? `certificate not valid for ${host}: ${e.code ?? e.message}` : `${address}:${port}: ${e.code ?? e.message}` };
  } finally {
    clearTimeout(timer);
    socket?.destroy();
  }
}
