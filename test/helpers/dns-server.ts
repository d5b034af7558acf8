/**
 * A real authoritative DNS server on 127.0.0.1 for scanner tests (dns2, UDP). Zones are
 * plain data; a name listed with no record of the asked type answers NODATA, a name not
 * listed answers NXDOMAIN, and `{ type: 'TIMEOUT' | 'SERVFAIL' | 'REFUSED' }` makes every
 * query for that name (that has no record of the asked type) fail that way.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

export type ZoneRecord =
  | { type: 'TXT' | 'SPF'; data: string | string[] }
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'MX'; priority: number; exchange: string }
  | { type: 'PTR' | 'CNAME'; domain: string }
  | { type: 'TIMEOUT' | 'SERVFAIL' | 'REFUSED' };

export type Zone = Record<string, ZoneRecord[]>;

export interface DnsServer {
  /** `127.0.0.1:<port>`, for `--resolver`. */
  address: string;
  port: number;
  /** Replaces every record (tests can switch scenarios on one server). */
  setZone(zone: Zone): void;
  /** Every question asked so far, `NAME TYPE`. */
  queries: string[];
  close(): Promise<void>;
}

interface Dns2Question {
  name: string;
  type: number;
  class: number;
}
interface Dns2Packet {
  header: { rcode: number; aa: number; ra: number };
  questions: Dns2Question[];
  answers: Record<string, unknown>[];
}
interface Dns2 {
  Packet: { TYPE: Record<string, number>; CLASS: { IN: number }; createResponseFromRequest(p: Dns2Packet): Dns2Packet };
  createServer(options: { udp: boolean; handle(req: Dns2Packet, send: (res: Dns2Packet) => void): void }): {
    listen(options: { udp: { port: number; address: string } }): Promise<{ udp: AddressInfo }>;
    close(): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): void;
  };
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

const norm = (name: string): string => name.toLowerCase().replace(/\.$/, '');

export async function startDnsServer(initial: Zone = {}): Promise<DnsServer> {
  const dns2 = require('dns2') as Dns2;
  const { Packet } = dns2;
  const typeName = new Map(Object.entries(Packet.TYPE).map(([k, v]) => [v, k]));
  let zone = new Map<string, ZoneRecord[]>();
  const setZone = (z: Zone) => {
    zone = new Map(Object.entries(z).map(([k, v]) => [norm(k), v]));
  };
  setZone(initial);
  const queries: string[] = [];

  const answer = (req: Dns2Packet): Dns2Packet | undefined => {
    const res = Packet.createResponseFromRequest(req);
    res.header.aa = 1;
    res.header.ra = 1;
    const q = req.questions[0];
    if (!q) return res;
    const type = typeName.get(q.type) ?? String(q.type);
    queries.push(`${norm(q.name)} ${type}`);
    let name = q.name;
    for (let hops = 0; hops < 8; hops++) {
      const records = zone.get(norm(name));
      if (!records) {
        if (hops === 0) res.header.rcode = RCODE.NXDOMAIN;
        return res;
      }
      const matching = records.filter((r) => r.type === type);
      const cname = records.find((r): r is { type: 'CNAME'; domain: string } => r.type === 'CNAME');
      if (matching.length === 0 && cname && type !== 'CNAME') {
        res.answers.push({ name, type: Packet.TYPE.CNAME, class: Packet.CLASS.IN, ttl: 0, domain: cname.domain });
        name = cname.domain;
        continue;
      }
      if (matching.length === 0) {
        const failure = records.find((r) => r.type === 'TIMEOUT' || r.type === 'SERVFAIL' || r.type === 'REFUSED');
        if (failure?.type === 'TIMEOUT') return undefined;
        if (failure?.type === 'SERVFAIL' || failure?.type === 'REFUSED') res.header.rcode = RCODE[failure.type];
        return res;
      }
      for (const r of matching) {
        const { type: _t, ...data } = r;
        res.answers.push({ name, type: q.type, class: Packet.CLASS.IN, ttl: 0, ...data });
      }
      return res;
    }
    return res;
  };

  const server = dns2.createServer({
    udp: true,
    handle(req, send) {
      let res: Dns2Packet | undefined;
      try {
        res = answer(req);
      } catch {
        res = Packet.createResponseFromRequest(req);
        res.header.rcode = RCODE.SERVFAIL;
      }
      if (res) send(res);
    },
  });
  server.on('requestError', () => undefined);
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  const port = addresses.udp.port;
  return {
    address: `127.0.0.1:${port}`,
    port,
    setZone,
    queries,
    close: () => server.close(),
  };
}
