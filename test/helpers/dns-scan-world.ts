/**
 * A small internet for scanner tests: a loopback DNS server with good and broken domains
 * and an HTTPS server (test CA) for their MTA-STS policies. Every name resolves through
 * the DNS server, mta-sts.* hosts to 127.0.0.1.
 */
import { generateKeyPairSync } from 'node:crypto';
import { startDnsServer, type DnsServer, type Zone, type ZoneRecord } from './dns-server.js';
import { makePki, serve, startHttpsServer, type HttpsServer, type Pki, type Site } from './https-server.js';

export interface ScanWorld {
  dns: DnsServer;
  https: HttpsServer;
  pki: Pki;
  close(): Promise<void>;
}

const rsaKey = (bits: number): string =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

/** Splits a long TXT value into ≤ 255-byte strings, as DNS publishes it. */
const chunks = (s: string, size = 255): string[] => s.match(new RegExp(`.{1,${size}}`, 'g')) ?? [''];

const txt = (...values: (string | string[])[]): ZoneRecord[] => values.map((data) => ({ type: 'TXT', data }));
const host = (address = '127.0.0.1'): ZoneRecord[] => [{ type: 'A', address }];

const POLICY = (mx: string[], mode = 'enforce', maxAge = 1209600) => `version: STSv1\nmode: ${mode}\n${mx.map((m) => `mx: ${m}\n`).join('')}max_age: ${maxAge}\n`;

export function buildZone(keys: { k2048: string; k1024: string; k512: string }): Zone {
  const lookupHeavy: Zone = {};
  // heavy.test: 4 includes × 3 lookups each = 12 counted terms (+ the includes) > 10.
  for (let i = 1; i <= 4; i++) lookupHeavy[`_spf${i}.heavy.test`] = txt(`v=spf1 a:h${i}.heavy.test mx:heavy.test -all`);
  for (let i = 1; i <= 4; i++) lookupHeavy[`h${i}.heavy.test`] = host(`198.51.100.${i}`);
  return {
    ...lookupHeavy,
    // --- good.test: everything right
    'good.test': [
      ...txt(['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.provider.test -all'], 'google-site-verification=abc'),
      { type: 'MX', priority: 10, exchange: 'mx1.good.test' },
      { type: 'MX', priority: 20, exchange: 'mx2.good.test' },
    ],
    'mx1.good.test': host('192.0.2.25'),
    'news.good.test': [...txt('v=spf1 include:_spf.provider.test -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'mx2.good.test': [{ type: 'AAAA', address: '2001:db8::25' }],
    '_spf.provider.test': txt('v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:1::/48 -all'),
    '_dmarc.good.test': txt('v=DMARC1; p=reject; rua=mailto:dmarc@good.test,mailto:reports@dmarc.vendor.test; adkim=s'),
    'good.test._report._dmarc.dmarc.vendor.test': txt('v=DMARC1'),
    'sel1._domainkey.good.test': txt(chunks(`v=DKIM1; k=rsa; p=${keys.k2048}`)),
    '_mta-sts.good.test': txt('v=STSv1; id=20270115090000'),
    'mta-sts.good.test': host(),
    '_smtp._tls.good.test': txt('v=TLSRPTv1; rua=mailto:tls@good.test'),
    'default._bimi.good.test': txt('v=BIMI1; l=https://good.test/logo.svg'),

    // --- bad.test: a little of everything wrong
    'bad.test': [
      ...txt('v=spf1 ptr include:missing.bad.test a:void1.bad.test a:void2.bad.test ~all'),
      { type: 'MX', priority: 10, exchange: 'mx.bad.test' },
      { type: 'MX', priority: 20, exchange: 'gone.bad.test' },
    ],
    'mx.bad.test': host('192.0.2.26'),
    'gone.bad.test': txt('not an address'),
    '_dmarc.bad.test': txt('v=DMARC1; p=none; pct=50; rua=mailto:reports@elsewhere.test; ri=3600'),
    'old._domainkey.bad.test': txt('v=DKIM1; k=rsa; p='),
    'weak._domainkey.bad.test': txt(`v=DKIM1; k=rsa; p=${keys.k512}`),
    'google._domainkey.bad.test': txt(`v=DKIM1; k=rsa; p=${keys.k1024}`),
    'default._domainkey.bad.test': txt('v=DKIM1; p='),
    'mid._domainkey.bad.test': txt(`v=DKIM1; k=rsa; t=y; p=${keys.k1024}`),
    '_mta-sts.bad.test': txt('v=STSv1; id=1'),
    'mta-sts.bad.test': host(),
    '_smtp._tls.bad.test': txt('v=TLSRPTv1; rua=mailto:a@bad.test', 'v=TLSRPTv1; rua=mailto:b@bad.test'),

    // --- more broken domains
    'heavy.test': [...txt(`v=spf1 ${[1, 2, 3, 4].map((i) => `include:_spf${i}.heavy.test`).join(' ')} -all`), { type: 'MX', priority: 0, exchange: 'h1.heavy.test' }],
    'loop.test': [...txt('v=spf1 include:a.loop.test +all'), { type: 'MX', priority: 0, exchange: 'mx1.good.test' }],
    'a.loop.test': txt('v=spf1 include:loop.test -all'),
    'two.test': txt('v=spf1 -all', 'v=spf1 ip4:192.0.2.1 -all'),
    'syntax.test': txt('v=spf1 ip4:192.0.2.300 foo:bar -all'),
    'parked.test': txt('v=spf1 a ~all'),
    'dnsfail.test': [{ type: 'SERVFAIL' }],
    '_dmarc.slow.test': [{ type: 'TIMEOUT' }],
    'slow.test': [...txt('v=spf1 -all', 'v=DMARC1; p=reject'), { type: 'MX', priority: 0, exchange: 'mx1.good.test' }],
    'ctype.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mail.other.test' }, { type: 'MX', priority: 20, exchange: 'a.b.ctype.test' }],
    'mail.other.test': host('192.0.2.27'),
    'a.b.ctype.test': host('192.0.2.28'),
    '_mta-sts.ctype.test': txt('v=STSv1; id=abc'),
    'mta-sts.ctype.test': host(),
    '_mta-sts.expired.test': txt('v=STSv1; id=abc'),
    'expired.test': txt('v=spf1 -all'),
    'mta-sts.expired.test': host(),
    '_mta-sts.untrusted.test': txt('v=STSv1; id=abc'),
    'untrusted.test': txt('v=spf1 -all'),
    'mta-sts.untrusted.test': host(),
    '_mta-sts.big.test': txt('v=STSv1; id=abc'),
    'mta-sts.big.test': host(),
    '_mta-sts.hang.test': txt('v=STSv1; id=abc'),
    'mta-sts.hang.test': host(),
    '_mta-sts.nohost.test': txt('v=STSv1; id=abc'),
    'refused.test': [{ type: 'REFUSED' }],
  };
}

export async function startScanWorld(): Promise<ScanWorld> {
  const keys = { k2048: rsaKey(2048), k1024: rsaKey(1024), k512: rsaKey(512) };
  const dns = await startDnsServer(buildZone(keys));
  const pki = makePki();
  const site = (hostName: string, handle: Site['handle'], options?: { expired?: boolean; selfSigned?: boolean }): [string, Site] => [
    hostName,
    { ...pki.issue(hostName, options), handle },
  ];
  const https = await startHttpsServer(
    Object.fromEntries([
      site('mta-sts.good.test', serve(POLICY(['*.good.test']))),
      site('mta-sts.bad.test', serve('', 'text/html', 301, { location: 'https://www.bad.test/mta-sts.txt' })),
      site('mta-sts.ctype.test', serve(POLICY(['*.ctype.test'], 'testing', 3600), 'text/html')),
      site('mta-sts.expired.test', serve(POLICY(['mx.expired.test'])), { expired: true }),
      site('mta-sts.big.test', serve(POLICY(['mx.big.test']) + `# ${'x'.repeat(70 * 1024)}\n`)),
      // Never answers: the fetch must give up on its own.
      site('mta-sts.hang.test', () => undefined),
      site('mta-sts.untrusted.test', serve(POLICY(['mx.untrusted.test'])), { selfSigned: true }),
    ]),
  );
  return {
    dns,
    https,
    pki,
    close: async () => {
      await Promise.all([dns.close(), https.close()]);
      pki.cleanup();
    },
  };
}
