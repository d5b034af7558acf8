/**
 * A small internet for scanner tests: a loopback DNS server with good and broken domains
 * and an HTTPS server (test CA) for their MTA-STS policies. Every name resolves through
 * the DNS server, mta-sts.* hosts to 127.0.0.1.
 */
import { generateKeyPairSync } from 'node:crypto';
import { startDnsServer, type DnsServer, type Zone, type ZoneRecord } from './dns-server.js';
import { makePki, serve, startHttpsServer, type HttpsServer, type Pki, type Site } from './https-server.js';
import { startSmtpServer, type SmtpServer } from './smtp-server.js';

export interface ScanWorld {
  dns: DnsServer;
  https: HttpsServer;
  /** The MX hosts' SMTP (STARTTLS) server; every MX host of the MTA-STS domains is 127.0.0.1. */
  smtp: SmtpServer;
  pki: Pki;
  close(): Promise<void>;
}

const rsaKey = (bits: number): string =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

/** Splits a long TXT value into ≤ 255-byte strings, as DNS publishes it. */
const chunks = (s: string, size = 255): string[] => s.match(new RegExp(`.{1,${size}}`, 'g')) ?? [''];

/**
 * A 4608-bit RSA public key made once with `openssl genpkey -algorithm RSA -pkeyopt
 * rsa_keygen_bits:4608` (generating one in every run takes seconds); only its length matters.
 */
const BIG_KEY = [
  'MIICYjANBgkqhkiG9w0BAQEFAAOCAk8AMIICSgKCAkEA79Jc1LZGfv93h7Nh+DRCM6zEyT1GdsU3+7oheYxOiHhiSpvsmrth',
  'uRE0rOR+z3ZdjurPiOVNxx+DF3mQTyJi3ZxM9koFcoK6tPTJnUegMzJWQr/bsZB6IZAFyraU6k64rw7nccelC5cm5r473ggg',
  'TkvotD5fziG9XstN6y/C5iFvS+I5Y+5MrfpGcrdInppHURO8c84/04bXXXeEnJYbA386T2BjN3qVyiBE20oMt/FdzVjEM3rA',
  'u67w7IgXtYxdwf06pZGV0TORoRoEfHYzACPCVgaLJqEDaqhBz3VDEW4lX+Y+1vTshNM3OT7ZpwrFGSwdIkezw1RyJR8YKlHN',
  'tcqtZL85AFJ1sB7zgl7PnIs8QB2anUUzG3GYbwPmdU1jsWnyoUL5xWICwZiwSCwhpJ/aUJZYiH9yOGDCVKepDuhdf4H86sIx',
  'WBfr3Q7gn2SL/EDVODyw06anPnHWeZqQKEAEi2vSZzSdNDa2MM/YNp6DdDvoVAh+NOtwZOBvT4sbP7Y03kZYY0BiBjq6HPDf',
  'ePgo5ovtbkVAh3yyLnEKK5YDyMV7e9Pf5+xlWd49bPt2hosVm+Niiq3fbiCbrHoLJqriw2hUdYotLF2Ngb0CJ2AEYGg7QqzJ',
  '8Dtr+jI7DCUHgN7PGeS+zvQ5rzilA2+tvGY6YLp1+Q/WzO1BZewTG0ijRpcyDJeNM3DF1jLh7eDh03fN7kQkhf0B9P4GH52l',
  'gsNgOIfUcI+/ULgp+J+fBzCbndvrDaO6thzFrIHbq+sZAgMBAAE=',
].join('');

const txt = (...values: (string | string[])[]): ZoneRecord[] => values.map((data) => ({ type: 'TXT', data }));
const host = (address = '127.0.0.1'): ZoneRecord[] => [{ type: 'A', address }];

const POLICY = (mx: string[], mode = 'enforce', maxAge = 1209600) => `version: STSv1\nmode: ${mode}\n${mx.map((m) => `mx: ${m}\n`).join('')}max_age: ${maxAge}\n`;

export function buildZone(keys: { k2048: string; k1024: string; k512: string; k4608?: string }): Zone {
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
    'mx1.good.test': host(),
    'news.good.test': [...txt('v=spf1 include:_spf.provider.test -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'mx2.good.test': [...host(), { type: 'AAAA', address: '2001:db8::25' }],
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

    // --- issue 21/19 scenarios
    // SPF: ~all is as acceptable as -all; many TXT records push the DNS answer over 512.
    'soft.test': [...txt('v=spf1 include:_spf.provider.test ~all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'crowded.test': [
      ...txt('v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all', ...[1, 2, 3, 4, 5].map((i) => `site-verification-${i}=${'a'.repeat(70)}`)),
      { type: 'MX', priority: 10, exchange: 'mx1.good.test' },
    ],
    // Null MX (RFC 7505): one that authorises senders, one done right.
    'nullmx.test': [...txt('v=spf1 include:_spf.provider.test ~all'), { type: 'MX', priority: 0, exchange: '.' }],
    'nullmx-ok.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 0, exchange: '.' }],
    // DMARC np: np=none under p=reject; a made-up name under it gets np.
    'np.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 0, exchange: '.' }],
    '_dmarc.np.test': txt('v=DMARC1; p=reject; np=none; rua=mailto:d@np.test'),
    // An organisation at p=none with sp=reject, and a subdomain with its own p=reject.
    'org.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.org.test': txt('v=DMARC1; p=none; sp=reject; rua=mailto:d@org.test'),
    'shop.org.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.shop.org.test': txt('v=DMARC1; p=reject; rua=mailto:d@org.test'),
    'blog.org.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    // A public suffix operator (psd=y): its registrants are separate organisations.
    '_dmarc.psd.test': txt('v=DMARC1; p=reject; psd=y; rua=mailto:d@psd.test'),
    'brand.psd.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'other.psd.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.other.psd.test': txt('v=DMARC1; p=reject; rua=mailto:d@psd.test,mailto:d@brand.psd.test'),
    // A department that is its own organisation (psd=n) sending reports to its parent.
    'uni.test': txt('v=spf1 -all'),
    '_dmarc.uni.test': txt('v=DMARC1; p=reject; rua=mailto:d@uni.test'),
    'dept.uni.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.dept.uni.test': txt('v=DMARC1; p=reject; psd=n; rua=mailto:d@uni.test,mailto:d@lab.dept.uni.test'),
    // DKIM: a key longer than verifiers must handle.
    ...(keys.k4608 ? { 'big._domainkey.good.test': txt(chunks(`v=DKIM1; k=rsa; p=${keys.k4608}`)) } : {}),
    // MTA-STS enforce with an MX whose STARTTLS certificate is for another name.
    'wrongcert.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx.wrongcert.test' }],
    'mx.wrongcert.test': host(),
    '_mta-sts.wrongcert.test': txt('v=STSv1; id=20270115'),
    'mta-sts.wrongcert.test': host(),
    // BIMI: sp=none and pct under quarantine; a subdomain using the organisation's record.
    'brandco.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.brandco.test': txt('v=DMARC1; p=quarantine; pct=50; sp=none; rua=mailto:d@brandco.test'),
    'default._bimi.brandco.test': txt('v=BIMI1; l=https://brandco.test/logo.svg'),
    'mail.brandco.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'bimi-ok.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    '_dmarc.bimi-ok.test': txt('v=DMARC1; p=reject; rua=mailto:d@bimi-ok.test'),
    'default._bimi.bimi-ok.test': txt('v=BIMI1; l=https://bimi-ok.test/logo.svg'),
    'news.bimi-ok.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    // Selectors for one domain only.
    's1._domainkey.sel-a.test': txt(chunks(`v=DKIM1; k=rsa; p=${keys.k2048}`)),
    'sel-a.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
    'k9._domainkey.sel-b.test': txt(chunks(`v=DKIM1; k=rsa; p=${keys.k2048}`)),
    'sel-b.test': [...txt('v=spf1 -all'), { type: 'MX', priority: 10, exchange: 'mx1.good.test' }],
  };
}

export async function startScanWorld(): Promise<ScanWorld> {
  const keys = { k2048: rsaKey(2048), k1024: rsaKey(1024), k512: rsaKey(512), k4608: BIG_KEY };
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
      site('mta-sts.wrongcert.test', serve(POLICY(['mx.wrongcert.test']))),
    ]),
  );
  // mx1/mx2.good.test present valid certificates; mx.wrongcert.test gets the fallback one.
  const smtp = await startSmtpServer({ 'mx1.good.test': pki.issue('mx1.good.test'), 'mx2.good.test': pki.issue('mx2.good.test') }, pki.issue('someone-else.test'));
  return {
    dns,
    https,
    smtp,
    pki,
    close: async () => {
      await Promise.all([dns.close(), https.close(), smtp.close()]);
      pki.cleanup();
    },
  };
}
