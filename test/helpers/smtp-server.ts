/**
 * A real SMTP server on 127.0.0.1 that speaks just enough for a STARTTLS probe: greeting,
 * EHLO (offering STARTTLS unless the host is listed as plain), STARTTLS with a certificate
 * chosen by SNI, QUIT. Hosts without a certificate get `fallback` (a certificate for another
 * name), as a misconfigured MX would.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';

export interface SmtpServer {
  port: number;
  close(): Promise<void>;
}

export async function startSmtpServer(certs: Record<string, { key: string; cert: string }>, fallback: { key: string; cert: string }): Promise<SmtpServer> {
  const contexts = new Map<string, SecureContext>(Object.entries(certs).map(([h, c]) => [h, createSecureContext(c)]));
  const fallbackContext = createSecureContext(fallback);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.write('220 mx.test ESMTP ready\r\n');
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i).toUpperCase();
        buffer = buffer.slice(i + 2);
        if (line.startsWith('EHLO')) socket.write('250-mx.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n');
        else if (line === 'STARTTLS') {
          socket.off('data', onData);
          socket.write('220 2.0.0 go ahead\r\n');
          const secure = new TLSSocket(socket, {
            isServer: true,
            secureContext: fallbackContext,
            SNICallback: (name, cb) => cb(null, contexts.get(name.toLowerCase()) ?? fallbackContext),
          });
          secure.on('error', () => undefined);
          secure.on('data', (d: Buffer) => {
            if (d.toString('latin1').toUpperCase().startsWith('QUIT')) secure.end('221 bye\r\n');
          });
          return;
        } else if (line === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 5.5.1 not implemented\r\n');
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
