/**
 * DMARC aggregate reports (RFC 7489 appendix C; the DMARCbis aggregate format, RFC 9990, uses
 * the same element names in a namespace) read as a stream: records are handed on as they are
 * parsed, so a report of any size needs memory for one record only.
 */
import { SaxesParser } from 'saxes';
import { checkDomainName, domainProblem } from '../domain/domain-name.js';

export interface AggregateMeta {
  reporter: string;
  reportId: string;
  /** Unix seconds. */
  begin: number;
  end: number;
  /** The domain whose policy the reporter applied. */
  domain: string;
  policy: { p?: string; sp?: string; np?: string; pct?: string };
}

export interface AggregateRecord {
  sourceIp: string;
  count: number;
  disposition: string;
  /** DMARC's own verdicts: aligned DKIM / aligned SPF. */
  dkimAligned: boolean;
  spfAligned: boolean;
  headerFrom: string;
  /** DKIM signatures seen: `d=` domain, selector, result. */
  dkim: { domain: string; selector?: string; result: string }[];
  /** SPF checks: domain checked (usually MAIL FROM), result. */
  spf: { domain: string; result: string }[];
}

/** A report that cannot be read: named with the reason, skipped by the import. */
export class ReportFormatError extends Error {}

const local = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * Parses one aggregate report from text chunks. `onRecord` gets each record once it is complete
 * (after the metadata, which comes first in every report); the metadata is returned at the end.
 */
export class AggregateParser {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly path: string[] = [];
  private text = '';
  private meta: Partial<AggregateMeta> & { policy: AggregateMeta['policy'] } = { policy: {} };
  private record: AggregateRecord | undefined;
  private auth: Record<string, string> = {};
  private failed: Error | undefined;
  records = 0;

  constructor(private readonly onRecord: (r: AggregateRecord, meta: AggregateMeta) => void) {
    this.parser.on('error', (e) => {
      this.failed ??= new ReportFormatError(`not well-formed XML (${e.message.split('\n')[0]})`);
    });
    this.parser.on('opentag', (tag) => {
      const name = local(tag.name);
      this.path.push(name);
      this.text = '';
      if (name === 'record' && this.path.length === 2) {
        this.record = { sourceIp: '', count: 0, disposition: '', dkimAligned: false, spfAligned: false, headerFrom: '', dkim: [], spf: [] };
      }
      if ((name === 'dkim' || name === 'spf') && this.path.at(-2) === 'auth_results') this.auth = {};
    });
    this.parser.on('text', (t) => (this.text += t));
    this.parser.on('cdata', (t) => (this.text += t));
    this.parser.on('closetag', () => this.close());
  }

  private close(): void {
    const path = this.path;
    const name = path.pop() ?? '';
    const parent = path.at(-1);
    const value = this.text.trim();
    this.text = '';
    if (path[0] !== undefined && path[0] !== 'feedback') {
      this.failed ??= new ReportFormatError(`the root element is <${path[0]}>, not <feedback>`);
      return;
    }
    const m = this.meta;
    if (parent === 'report_metadata' && name === 'org_name') m.reporter = value;
    else if (parent === 'report_metadata' && name === 'report_id') m.reportId = value;
    else if (parent === 'date_range' && name === 'begin') m.begin = Number(value);
    else if (parent === 'date_range' && name === 'end') m.end = Number(value);
    else if (parent === 'policy_published') {
      if (name === 'domain') m.domain = value.toLowerCase();
      else if (name === 'p' || name === 'sp' || name === 'np' || name === 'pct') m.policy[name] = value;
    } else if (this.record) {
      const r = this.record;
      if (parent === 'row' && name === 'source_ip') r.sourceIp = value;
      else if (parent === 'row' && name === 'count') r.count = Number(value);
      else if (parent === 'policy_evaluated' && name === 'disposition') r.disposition = value;
      else if (parent === 'policy_evaluated' && name === 'dkim') r.dkimAligned = value === 'pass';
      else if (parent === 'policy_evaluated' && name === 'spf') r.spfAligned = value === 'pass';
      else if (parent === 'identifiers' && name === 'header_from') r.headerFrom = value.toLowerCase();
      else if (parent === 'dkim' || parent === 'spf') this.auth[name] = value;
      else if (parent === 'auth_results' && name === 'dkim') r.dkim.push({ domain: (this.auth.domain ?? '').toLowerCase(), ...(this.auth.selector ? { selector: this.auth.selector } : {}), result: this.auth.result ?? 'none' });
      else if (parent === 'auth_results' && name === 'spf') r.spf.push({ domain: (this.auth.domain ?? '').toLowerCase(), result: this.auth.result ?? 'none' });
      else if (name === 'record' && path.length === 1) this.finishRecord();
    }
  }

  private finishRecord(): void {
    const r = this.record!;
    this.record = undefined;
    const meta = this.checkedMeta();
    if (!r.sourceIp || !/^[0-9a-f.:]+$/i.test(r.sourceIp)) throw new ReportFormatError(`a record has no valid <source_ip> ("${r.sourceIp}")`);
    if (!Number.isInteger(r.count) || r.count < 0) throw new ReportFormatError(`a record for ${r.sourceIp} has no valid <count>`);
    // A domain becomes a row of the store, a line on the terminal and evidence in the workbook.
    const from = r.headerFrom && checkDomainName(r.headerFrom);
    if (from && !from.ok) throw new ReportFormatError(`a record's <header_from> ${domainProblem(r.headerFrom, from.reason)}`);
    this.records++;
    this.onRecord({ ...r, headerFrom: r.headerFrom || meta.domain }, meta);
  }

  private checkedMeta(): AggregateMeta {
    const m = this.meta;
    const missing = [!m.reporter && 'org_name', !m.reportId && 'report_id', !(m.begin! >= 0) && 'date_range/begin', !(m.end! >= 0) && 'date_range/end', !m.domain && 'policy_published/domain'].filter(Boolean);
    if (missing.length) throw new ReportFormatError(`missing ${missing.join(', ')} before the first record`);
    const domain = checkDomainName(m.domain!);
    if (!domain.ok) throw new ReportFormatError(`<policy_published><domain> ${domainProblem(m.domain!, domain.reason)}`);
    return m as AggregateMeta;
  }

  write(chunk: string): void {
    if (this.failed) throw this.failed;
    this.parser.write(chunk);
    if (this.failed) throw this.failed;
  }

  /** Ends the document and returns its metadata (a report with no records is still a report). */
  end(): AggregateMeta {
    this.parser.close();
    if (this.failed) throw this.failed;
    return this.checkedMeta();
  }
}
