/** Loads the RFC 7208 (pyspf/openspf) conformance suite and turns its zone data into dns-server zones. */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { Zone, ZoneRecord } from './dns-server.js';

export interface SpfSuiteTest {
  name: string;
  section: string;
  helo: string;
  host: string;
  mailfrom: string;
  /** Acceptable results. */
  results: string[];
  spec?: string;
}

export interface SpfSuiteSection {
  description: string;
  zone: Zone;
  tests: SpfSuiteTest[];
}

type RawRecord = string | Record<string, unknown>;

/**
 * Zone data as the pyspf test driver reads it: `SPF` (type 99) records are also served as
 * TXT when the name has no TXT entry at all (`TXT: NONE` means "no TXT"), `TIMEOUT` makes
 * queries for other types time out.
 */
function toRecords(raw: RawRecord[]): ZoneRecord[] {
  const out: ZoneRecord[] = [];
  const spfAsTxt: ZoneRecord[] = [];
  let hasTxt = false;
  for (const entry of raw) {
    if (entry === 'TIMEOUT') {
      out.push({ type: 'TIMEOUT' });
      continue;
    }
    for (const [type, value] of Object.entries(entry as Record<string, unknown>)) {
      if (type === 'TXT') hasTxt = true;
      if (value === 'NONE') continue;
      switch (type) {
        case 'TXT':
        case 'SPF': {
          const data = Array.isArray(value) ? value.map(String) : [String(value)];
          out.push({ type, data });
          if (type === 'SPF') spfAsTxt.push({ type: 'TXT', data });
          break;
        }
        case 'A':
        case 'AAAA':
          out.push({ type, address: String(value) });
          break;
        case 'MX': {
          const [priority, exchange] = value as [number, string];
          out.push({ type, priority, exchange: exchange.replace(/\.$/, '') });
          break;
        }
        case 'PTR':
        case 'CNAME':
          out.push({ type, domain: String(value).replace(/\.$/, '') });
          break;
        default:
          throw new Error(`suite: unknown record type ${type}`);
      }
    }
  }
  return hasTxt ? out : [...out, ...spfAsTxt];
}

export function loadSpfSuite(path: string): SpfSuiteSection[] {
  const docs = parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS() as {
    description: string;
    zonedata: Record<string, RawRecord[]>;
    tests: Record<string, { helo: string; host: string; mailfrom: string; result: string | string[]; spec?: string }>;
  });
  return docs.map((doc) => ({
    description: doc.description,
    zone: Object.fromEntries(Object.entries(doc.zonedata ?? {}).map(([name, records]) => [name, toRecords(records ?? [])])),
    tests: Object.entries(doc.tests).map(([name, t]) => ({
      name,
      section: doc.description,
      helo: t.helo,
      host: t.host,
      mailfrom: t.mailfrom ?? '',
      results: Array.isArray(t.result) ? t.result : [t.result],
      ...(t.spec ? { spec: String(t.spec) } : {}),
    })),
  }));
}
