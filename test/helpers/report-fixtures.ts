/**
 * DMARC aggregate and SMTP TLS reports generated for tests, shaped like the ones the large
 * mailbox providers send (Google: no XML declaration namespace, one record per source;
 * Microsoft: the DMARCbis namespace and `<version>`; Yahoo: whitespace and CDATA).
 */
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

export interface Row {
  ip: string;
  count: number;
  from?: string;
  dkim?: { d: string; s?: string; result: string }[];
  spf?: { d: string; result: string };
  dkimAligned?: boolean;
  spfAligned?: boolean;
  disposition?: string;
}

export interface AggregateSpec {
  reporter: string;
  id: string;
  domain: string;
  begin: string; // YYYY-MM-DD
  rows: Row[];
  shape?: 'google' | 'microsoft' | 'yahoo';
  p?: string;
}

const unix = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

export function aggregateXml(spec: AggregateSpec): string {
  const ns = spec.shape === 'microsoft' ? ' xmlns="urn:ietf:params:xml:ns:dmarc-2.0"' : '';
  const t = (name: string, value: string | number) => (spec.shape === 'yahoo' ? `<${name}>\n  <![CDATA[${value}]]>\n</${name}>` : `<${name}>${value}</${name}>`);
  const records = spec.rows
    .map((r) => {
      const dkim = (r.dkim ?? []).map((d) => `<dkim>${t('domain', d.d)}${d.s ? t('selector', d.s) : ''}${t('result', d.result)}</dkim>`).join('');
      const spf = r.spf ? `<spf>${t('domain', r.spf.d)}<scope>mfrom</scope>${t('result', r.spf.result)}</spf>` : '';
      return `<record><row>${t('source_ip', r.ip)}${t('count', r.count)}<policy_evaluated>${t('disposition', r.disposition ?? 'none')}${t('dkim', r.dkimAligned ? 'pass' : 'fail')}${t('spf', r.spfAligned ? 'pass' : 'fail')}</policy_evaluated></row><identifiers>${t('header_from', r.from ?? spec.domain)}</identifiers><auth_results>${dkim}${spf}</auth_results></record>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback${ns}>${spec.shape === 'microsoft' ? '<version>1.0</version>' : ''}
  <report_metadata>${t('org_name', spec.reporter)}<email>noreply-dmarc@${spec.reporter}</email>${t('report_id', spec.id)}<date_range>${t('begin', unix(spec.begin))}${t('end', unix(spec.begin) + 86_399)}</date_range></report_metadata>
  <policy_published><domain>${spec.domain}</domain><adkim>r</adkim><aspf>r</aspf><p>${spec.p ?? 'none'}</p><sp>none</sp><pct>100</pct></policy_published>
${records}
</feedback>
`;
}

export const gz = (text: string): Buffer => gzipSync(Buffer.from(text));

export function tlsReportJson(spec: { reporter: string; id: string; domain: string; begin: string; success: number; failures: { type: string; ip: string; mx: string; sessions: number }[] }): string {
  return JSON.stringify({
    'organization-name': spec.reporter,
    'date-range': { 'start-datetime': `${spec.begin}T00:00:00Z`, 'end-datetime': `${spec.begin}T23:59:59Z` },
    'contact-info': `smtp-tls-reporting@${spec.reporter}`,
    'report-id': spec.id,
    policies: [
      {
        policy: { 'policy-type': 'sts', 'policy-string': ['version: STSv1', 'mode: enforce'], 'policy-domain': spec.domain, 'mx-host': [`mx.${spec.domain}`] },
        summary: { 'total-successful-session-count': spec.success, 'total-failure-session-count': spec.failures.reduce((n, f) => n + f.sessions, 0) },
        'failure-details': spec.failures.map((f) => ({ 'result-type': f.type, 'sending-mta-ip': f.ip, 'receiving-mx-hostname': f.mx, 'failed-session-count': f.sessions })),
      },
    ],
  });
}

/** An email carrying a report as an attachment, as reporters send them. */
export function reportEmail(filename: string, content: Buffer, contentType = 'application/gzip'): string {
  const b64 = content.toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: noreply-dmarc-support@google.com',
    'To: dmarc@acme.example',
    'Subject: Report domain: acme.example Submitter: google.com Report-ID: <1>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'This is an aggregate report.',
    '--b1',
    `Content-Type: ${contentType}; name="${filename}"`,
    `Content-Disposition: attachment; filename="${filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    b64,
    '--b1--',
    '',
  ].join('\r\n');
}

/** A one-file zip (deflate), as Yahoo and Microsoft send aggregate reports. */
export function zipOne(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const crc = crc32(content);
  const fname = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fname.length, 28);
  const centralStart = local.length + fname.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fname.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, fname, data, central, fname, end]);
}
