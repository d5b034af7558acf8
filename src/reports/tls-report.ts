/** SMTP TLS reports (RFC 8460 §4): JSON, small enough to read whole. */
import { ReportFormatError } from './dmarc-aggregate.js';

export interface TlsPolicyResult {
  policyDomain: string;
  policyType: string;
  success: number;
  failure: number;
  failures: { resultType: string; sendingMtaIp?: string; receivingMx?: string; sessions: number }[];
}

export interface TlsReport {
  reporter: string;
  reportId: string;
  begin: string;
  end: string;
  policies: TlsPolicyResult[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

export function parseTlsReport(text: string): TlsReport {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ReportFormatError(`not JSON (${(error as Error).message})`);
  }
  const range = (data['date-range'] ?? {}) as Record<string, unknown>;
  const reporter = str(data['organization-name']);
  const reportId = str(data['report-id']);
  const begin = str(range['start-datetime']);
  const end = str(range['end-datetime']);
  if (!reporter || !reportId || !begin || !end || !Array.isArray(data.policies)) {
    throw new ReportFormatError('not an SMTP TLS report (RFC 8460): needs organization-name, report-id, date-range and policies');
  }
  return {
    reporter,
    reportId,
    begin,
    end,
    policies: (data.policies as Record<string, unknown>[]).map((p) => {
      const policy = (p.policy ?? {}) as Record<string, unknown>;
      const summary = (p.summary ?? {}) as Record<string, unknown>;
      return {
        policyDomain: (str(policy['policy-domain']) ?? '').toLowerCase(),
        policyType: str(policy['policy-type']) ?? 'no-policy-found',
        success: num(summary['total-successful-session-count']),
        failure: num(summary['total-failure-session-count']),
        failures: ((p['failure-details'] ?? []) as Record<string, unknown>[]).map((f) => ({
          resultType: str(f['result-type']) ?? 'unknown',
          ...(str(f['sending-mta-ip']) ? { sendingMtaIp: str(f['sending-mta-ip']) } : {}),
          ...(str(f['receiving-mx-hostname']) ? { receivingMx: str(f['receiving-mx-hostname'])!.toLowerCase() } : {}),
          sessions: num(f['failed-session-count']),
        })),
      };
    }),
  };
}
