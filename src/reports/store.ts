/**
 * The report store beside the workbook (`reports/`): daily aggregates, not raw reports, as
 * sorted CSV so git diffs stay small and readable; plus the import history, which is also how
 * a report imported twice is counted once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SecbookError } from '../errors.js';
import { atomicWrite } from '../storage/atomic-write.js';
import { assertConfined, makeFolder, readRegularFile } from '../storage/safe-fs.js';
import { csvLine, parseCsv } from './csv.js';

export const REPORTS_DIR = 'reports';

export interface DmarcRow {
  day: string;
  domain: string;
  sourceIp: string;
  disposition: string;
  spfAligned: boolean;
  dkimAligned: boolean;
  /** `d=domain:selector:result` entries joined with `;`. */
  dkim: string;
  spfDomain: string;
  reporter: string;
  count: number;
}

export interface TlsRow {
  day: string;
  policyDomain: string;
  policyType: string;
  /** `success`, or the RFC 8460 result type of the failure. */
  result: string;
  sendingMtaIp: string;
  receivingMx: string;
  reporter: string;
  sessions: number;
}

export interface ImportEntry {
  kind: 'dmarc' | 'tls';
  reporter: string;
  reportId: string;
  begin: string;
  end: string;
  records: number;
  file: string;
  importedAt: string;
}

const DMARC_HEADER = ['day', 'domain', 'source_ip', 'disposition', 'spf_aligned', 'dkim_aligned', 'dkim', 'spf_domain', 'reporter', 'count'];
const TLS_HEADER = ['day', 'policy_domain', 'policy_type', 'result', 'sending_mta_ip', 'receiving_mx', 'reporter', 'sessions'];
const IMPORT_HEADER = ['kind', 'reporter', 'report_id', 'begin', 'end', 'records', 'file', 'imported_at'];

const dmarcKey = (r: DmarcRow): string => [r.day, r.domain, r.sourceIp, r.disposition, r.spfAligned, r.dkimAligned, r.dkim, r.spfDomain, r.reporter].join('\u0000');
const tlsKey = (r: TlsRow): string => [r.day, r.policyDomain, r.policyType, r.result, r.sendingMtaIp, r.receivingMx, r.reporter].join('\u0000');
export const importKey = (kind: string, reporter: string, reportId: string): string => `${kind}\u0000${reporter.toLowerCase()}\u0000${reportId}`;

/**
 * NOTE: a string cut from a parsed report is a V8 "sliced string" that keeps the whole
 * report's text alive; anything the store keeps is copied into a string of its own first,
 * or memory grows with every report imported (measured: ~7 KB per report).
 */
const own = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

export class ReportStore {
  readonly dmarc = new Map<string, DmarcRow>();
  readonly tls = new Map<string, TlsRow>();
  readonly imports: ImportEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly dir: string) {}

  static async load(workbookDir: string): Promise<ReportStore> {
    const store = new ReportStore(join(workbookDir, REPORTS_DIR));
    // The store is the team's: a reports/ linked elsewhere is refused even while empty.
    assertConfined(store.dir, `${REPORTS_DIR}/`, 'read');
    const rows = async (name: string, header: string[]) => {
      const path = join(store.dir, name);
      if (!existsSync(path)) return [];
      const [head, ...body] = parseCsv((await readRegularFile(path, `${REPORTS_DIR}/${name}`)).toString('utf8'));
      if (!head || head.join(',') !== header.join(',')) {
        throw new SecbookError(`${REPORTS_DIR}/${name} is not a secbook report store file (unexpected header)`, { hint: 'Restore it from git, or move it away to start a new store.' });
      }
      return body.filter((r) => r.length === header.length);
    };
    for (const r of await rows('dmarc-daily.csv', DMARC_HEADER)) {
      store.addDmarc({ day: r[0]!, domain: r[1]!, sourceIp: r[2]!, disposition: r[3]!, spfAligned: r[4] === 'true', dkimAligned: r[5] === 'true', dkim: r[6]!, spfDomain: r[7]!, reporter: r[8]!, count: Number(r[9]) });
    }
    for (const r of await rows('tls-daily.csv', TLS_HEADER)) {
      store.addTls({ day: r[0]!, policyDomain: r[1]!, policyType: r[2]!, result: r[3]!, sendingMtaIp: r[4]!, receivingMx: r[5]!, reporter: r[6]!, sessions: Number(r[7]) });
    }
    for (const r of await rows('imports.csv', IMPORT_HEADER)) {
      store.recordImport({ kind: r[0] as 'dmarc' | 'tls', reporter: r[1]!, reportId: r[2]!, begin: r[3]!, end: r[4]!, records: Number(r[5]), file: r[6]!, importedAt: r[7]! });
    }
    return store;
  }

  hasImported(kind: string, reporter: string, reportId: string): boolean {
    return this.seen.has(importKey(kind, reporter, reportId));
  }

  recordImport(entry: ImportEntry): void {
    const kept = { ...entry, reporter: own(entry.reporter), reportId: own(entry.reportId), file: own(entry.file) };
    this.seen.add(own(importKey(kept.kind, kept.reporter, kept.reportId)));
    this.imports.push(kept);
  }

  addDmarc(row: DmarcRow): void {
    const key = dmarcKey(row);
    const had = this.dmarc.get(key);
    if (had) had.count += row.count;
    else this.dmarc.set(key, { ...row, domain: own(row.domain), sourceIp: own(row.sourceIp), disposition: own(row.disposition), dkim: own(row.dkim), spfDomain: own(row.spfDomain), reporter: own(row.reporter) });
  }

  addTls(row: TlsRow): void {
    const key = tlsKey(row);
    const had = this.tls.get(key);
    if (had) had.sessions += row.sessions;
    else this.tls.set(key, { ...row, policyDomain: own(row.policyDomain), policyType: own(row.policyType), result: own(row.result), sendingMtaIp: own(row.sendingMtaIp), receivingMx: own(row.receivingMx), reporter: own(row.reporter) });
  }

  async save(): Promise<void> {
    await makeFolder(this.dir, `${REPORTS_DIR}/`);
    // Keys computed once per row, not once per comparison.
    const sorted = <T>(rows: Iterable<T>, key: (r: T) => string) =>
      [...rows].map((r) => [key(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, r]) => r);
    const dmarc = sorted(this.dmarc.values(), dmarcKey).map((r) => csvLine([r.day, r.domain, r.sourceIp, r.disposition, String(r.spfAligned), String(r.dkimAligned), r.dkim, r.spfDomain, r.reporter, r.count]));
    const tls = sorted(this.tls.values(), tlsKey).map((r) => csvLine([r.day, r.policyDomain, r.policyType, r.result, r.sendingMtaIp, r.receivingMx, r.reporter, r.sessions]));
    const imports = this.imports.map((e) => csvLine([e.kind, e.reporter, e.reportId, e.begin, e.end, e.records, e.file, e.importedAt]));
    await atomicWrite(join(this.dir, 'dmarc-daily.csv'), [csvLine(DMARC_HEADER), ...dmarc, ''].join('\n'));
    await atomicWrite(join(this.dir, 'tls-daily.csv'), [csvLine(TLS_HEADER), ...tls, ''].join('\n'));
    await atomicWrite(join(this.dir, 'imports.csv'), [csvLine(IMPORT_HEADER), ...imports, ''].join('\n'));
  }
}
