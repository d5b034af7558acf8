/**
 * The RFC 7208 conformance suite (OpenSPF/pyspf, release 2014.04 plus the 2019.08 additions;
 * vendored in test/fixtures/spf/ with its licence and PROVENANCE.md) run
 * against secbook's SPF evaluation (mailauth's check_host + secbook's lookup limits and
 * whole-record syntax check), with every scenario's zone data served by a real DNS server
 * on loopback and queried through node's c-ares resolver — the same path `secbook scan
 * --sender-ip` takes.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDns } from '../../src/scan/dns.js';
import { evaluateSpf } from '../../src/scan/spf-eval.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { loadSpfSuite } from '../helpers/dns-spf-suite.js';

const SUITE = fileURLToPath(new URL('../fixtures/spf/rfc7208-tests.yml', import.meta.url));

/** Measured: 196 of 203. Raise it when an exception below goes away. */
const FLOOR = 196;

/**
 * Deliberate exceptions: each is a limit of a library below secbook, not of the checks.
 * The suite also tests `exp=` explanation strings; secbook reports results, not
 * explanations, so the `explanation:` fields are not compared (every result still is).
 */
const EXCEPTIONS: Record<string, string> = {
  'null-text':
    'A TXT record with zero strings is malformed on the wire; c-ares rejects the whole answer (EBADRESP), so the evaluation is a temperror instead of using the other record.',
  'a-colon-domain': 'c-ares refuses to send a query for a name containing ":" or "/" (EBADNAME); the lookup is treated as void, so a:foo:bar/baz.example.com cannot match.',
  'a-colon-domain-ip4mapped': 'Same as a-colon-domain (c-ares EBADNAME for "foo:bar/baz.example.com").',
  'mx-colon-domain': 'Same as a-colon-domain, for mx: (c-ares EBADNAME).',
  'mx-colon-domain-ip4mapped': 'Same as a-colon-domain, for mx: (c-ares EBADNAME).',
  'macro-mania-in-domain': 'The expanded name contains spaces and "%"; c-ares refuses it (EBADNAME), so exists: cannot match.',
  'p-macro-multiple': 'mailauth expands %{p} from the first PTR name only; the suite wants the validated name in the sender domain preferred.',
};

let server: DnsServer;
beforeAll(async () => {
  server = await startDnsServer();
});
afterAll(() => server.close());

describe('RFC 7208 conformance suite through the loopback DNS server', () => {
  it(`passes at least ${FLOOR} scenarios, and fails only the documented exceptions`, async () => {
    // 800 ms: long enough for a loaded machine, short enough for the TIMEOUT scenarios.
    const dns = createDns({ server: server.address, timeoutMs: 800 });
    const failed = new Map<string, string>();
    let total = 0;
    for (const section of loadSpfSuite(SUITE)) {
      server.setZone(section.zone);
      for (const t of section.tests) {
        total++;
        const r = await evaluateSpf({ resolve: dns.resolve, ip: t.host, sender: t.mailfrom, helo: t.helo });
        if (!t.results.includes(r.result)) failed.set(t.name, `expected ${t.results.join('|')}, got ${r.result}${r.reason ? ` (${r.reason})` : ''}`);
      }
    }
    const passed = total - failed.size;
    console.log(
      `RFC 7208 suite: ${passed}/${total} pass` + [...failed].map(([name, why]) => `\n  ${name}: ${why}${EXCEPTIONS[name] ? ' [documented exception]' : ''}`).join(''),
    );
    expect(total).toBe(203);
    expect(passed).toBeGreaterThanOrEqual(FLOOR);
    expect([...failed.keys()].filter((name) => !EXCEPTIONS[name])).toEqual([]);
  });
});
