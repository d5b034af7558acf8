/**
 * `secbook reports import`: DMARC aggregate reports (XML, .xml.gz, .zip, or attached to an
 * .eml) and SMTP TLS reports (JSON, .json.gz) into the report store. Each payload is
 * streamed — decompressed and parsed as it is read — so a batch of any size runs in memory
 * bounded by one report's distinct rows. A report already imported (same reporter and report
 * id) is counted once; a malformed one is named with the reason and skipped.
 */
import { createReadStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { SecbookError } from '../errors.js';
import { assertConfined, listFolder, notRegularFile } from '../storage/safe-fs.js';
import { AggregateParser, ReportFormatError, type AggregateMeta, type AggregateRecord } from './dmarc-aggregate.js';
import { ReportStore, type DmarcRow, type TlsRow } from './store.js';
import { parseTlsReport } from './tls-report.js';

/** Decompressed bytes one payload may have (a zip or gzip bomb stops here). */
const MAX_PAYLOAD = 256 * 1024 * 1024;
/** Files up to this size are read whole (then parsed as one string); larger ones stream. */
const SMALL_FILE = 4 * 1024 * 1024;
/** An .eml is parsed whole; attachments stream from there. */
const MAX_EML = 64 * 1024 * 1024;

export interface ImportedReport {
  kind: 'dmarc' | 'tls';
  reporter: string;
  reportId: string;
  file: string;
  records: number;
}

export interface ImportResult {
  files: number;
  imported: ImportedReport[];
  duplicates: { file: string; reporter: string; reportId: string }[];
  skipped: { file: string; reason: string }[];
  store: string;
}

export interface ImportOptions {
  cwd: string;
  /** Folder of the workbook (the store goes in its `reports/`). */
  dir: string;
  paths: string[];
  now: Date;
}

const day = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

function limit(name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > MAX_PAYLOAD) done(new ReportFormatError(`${name} decompresses to more than ${MAX_PAYLOAD / 1024 / 1024} MiB`));
      else done(null, chunk);
    },
  });
}

/** The first bytes of a stream, and a stream that still yields all of it. */
async function peek(stream: Readable): Promise<{ head: Buffer; stream: Readable }> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer);
  async function* all() {
    if (head.length) yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value as Buffer;
  }
  return { head, stream: Readable.from(all()) };
}

async function collect(stream: Readable, max: number, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) throw new ReportFormatError(`${name} is larger than ${max / 1024 / 1024} MiB`);
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

class Importer {
  readonly result: Omit<ImportResult, 'files' | 'store'> = { imported: [], duplicates: [], skipped: [] };

  constructor(private readonly store: ReportStore, private readonly now: Date) {}

  /**
   * A small file (most reports are a few KB) is read and decompressed in one go — far less
   * machinery per report than a stream; a large one streams. Either way one report at a time.
   */
  async file(file: string, path: string, size: number): Promise<void> {
    if (size > SMALL_FILE) return this.payload(file, basename(path), createReadStream(path));
    // NOTE: synchronous on purpose: for thousands of small files, waiting on the thread pool
    // for each read and inflate left the process idle most of the time (measured: 2x slower).
    let data = readFileSync(path);
    let name = basename(path);
    if (data[0] === 0x1f && data[1] === 0x8b) {
      try {
        data = gunzipSync(data, { maxOutputLength: MAX_PAYLOAD });
      } catch (e) {
        throw new ReportFormatError((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? `${name} decompresses to more than ${MAX_PAYLOAD / 1024 / 1024} MiB` : 'corrupt gzip data');
      }
      name = name.replace(/\.gz$/i, '');
    }
    const text = data.toString('utf8', 0, Math.min(data.length, 512)).replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) return this.aggregateText(file, data.toString('utf8'));
    return this.payload(file, name, Readable.from([data]));
  }

  /** One payload, by its content (names lie: `report.xml` may be gzip). */
  async payload(file: string, name: string, input: Readable): Promise<void> {
    const { head, stream } = await peek(input);
    if (head[0] === 0x1f && head[1] === 0x8b) return this.payload(file, name.replace(/\.gz$/i, ''), stream.pipe(createGunzip()).pipe(limit(name)));
    if (head[0] === 0x50 && head[1] === 0x4b) return this.zip(file, await collect(stream, MAX_PAYLOAD, name));
    const text = head.toString('utf8', 0, Math.min(head.length, 512)).replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) return this.aggregate(file, stream);
    if (text.startsWith('{')) return this.tls(file, (await collect(stream, MAX_PAYLOAD, name)).toString('utf8'));
    if (/^[A-Za-z-]+:/.test(text)) return this.eml(file, await collect(stream, MAX_EML, name));
    throw new ReportFormatError('not a DMARC aggregate report (XML), an SMTP TLS report (JSON), a .gz, .zip or .eml');
  }

  private async zip(file: string, data: Buffer): Promise<void> {
    const mod = await import('yauzl');
    // CommonJS: the functions sit on `default` once bundled.
    const yauzl = (mod as unknown as { default?: typeof mod }).default ?? mod;
    const zip = await new Promise<ZipFile>((ok, fail) =>
      yauzl.fromBuffer(data, { lazyEntries: true }, (e, z) => (e ? fail(new ReportFormatError(`not a readable zip (${e.message})`)) : ok(z))),
    );
    const entries: { name: string; stream: Readable }[] = [];
    await new Promise<void>((ok, fail) => {
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, s) => {
          if (e) return fail(new ReportFormatError(`zip entry ${entry.fileName}: ${e.message}`));
          void collect(s, MAX_PAYLOAD, entry.fileName).then((buf) => {
            entries.push({ name: entry.fileName, stream: Readable.from([buf]) });
            zip.readEntry();
          }, fail);
        });
      });
      zip.on('end', () => ok());
      zip.on('error', (e: Error) => fail(new ReportFormatError(`not a readable zip (${e.message})`)));
      zip.readEntry();
    });
    for (const e of entries) await this.payload(`${file}!${e.name}`, e.name, e.stream);
  }

  private async eml(file: string, data: Buffer): Promise<void> {
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(data, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
    const reports = mail.attachments.filter((a) => /\.(xml|gz|zip|json)$/i.test(a.filename ?? '') || /(xml|gzip|zip|json|tlsrpt)/i.test(a.contentType));
    if (reports.length === 0) throw new ReportFormatError('the message carries no report attachment (.xml, .gz, .zip or .json)');
    for (const a of reports) await this.payload(`${file}!${a.filename ?? 'attachment'}`, a.filename ?? 'attachment', Readable.from([a.content]));
  }

  private async aggregate(file: string, stream: Readable): Promise<void> {
    stream.setEncoding('utf8');
    await this.aggregateChunks(file, stream);
  }

  private aggregateText(file: string, text: string): Promise<void> {
    return this.aggregateChunks(file, [text]);
  }

  private async aggregateChunks(file: string, chunks: AsyncIterable<unknown> | Iterable<string>): Promise<void> {
    // Rows of this report are kept apart until it parsed whole: a broken report adds nothing.
    const rows = new Map<string, DmarcRow>();
    let duplicate = false;
    const parser = new AggregateParser((r: AggregateRecord, meta: AggregateMeta) => {
      if (parser.records === 1 && this.store.hasImported('dmarc', meta.reporter, meta.reportId)) duplicate = true;
      if (duplicate) return;
      const row: DmarcRow = {
        day: day(meta.begin),
        domain: r.headerFrom,
        sourceIp: r.sourceIp,
        disposition: r.disposition || 'none',
        spfAligned: r.spfAligned,
        dkimAligned: r.dkimAligned,
        dkim: r.dkim.map((d) => `${d.domain}:${d.selector ?? ''}:${d.result}`).sort().join(';'),
        spfDomain: r.spf[0]?.domain ?? '',
        reporter: meta.reporter,
        count: r.count,
      };
      const key = JSON.stringify([row.day, row.domain, row.sourceIp, row.disposition, row.spfAligned, row.dkimAligned, row.dkim, row.spfDomain]);
      const had = rows.get(key);
      if (had) had.count += row.count;
      else rows.set(key, row);
    });
    for await (const chunk of chunks) parser.write(chunk as string);
    const meta = parser.end();
    if (duplicate || this.store.hasImported('dmarc', meta.reporter, meta.reportId)) {
      this.result.duplicates.push({ file, reporter: meta.reporter, reportId: meta.reportId });
      return;
    }
    for (const row of rows.values()) this.store.addDmarc(row);
    this.store.recordImport({ kind: 'dmarc', reporter: meta.reporter, reportId: meta.reportId, begin: day(meta.begin), end: day(meta.end), records: parser.records, file, importedAt: this.now.toISOString() });
    this.result.imported.push({ kind: 'dmarc', reporter: Buffer.from(meta.reporter).toString(), reportId: Buffer.from(meta.reportId).toString(), file, records: parser.records });
  }

  private tls(file: string, text: string): void {
    const report = parseTlsReport(text);
    if (this.store.hasImported('tls', report.reporter, report.reportId)) {
      this.result.duplicates.push({ file, reporter: report.reporter, reportId: report.reportId });
      return;
    }
    const d = report.begin.slice(0, 10);
    let records = 0;
    for (const p of report.policies) {
      const base = { day: d, policyDomain: p.policyDomain, policyType: p.policyType, reporter: report.reporter };
      if (p.success > 0) this.store.addTls({ ...base, result: 'success', sendingMtaIp: '', receivingMx: '', sessions: p.success } satisfies TlsRow);
      for (const f of p.failures) {
        this.store.addTls({ ...base, result: f.resultType, sendingMtaIp: f.sendingMtaIp ?? '', receivingMx: f.receivingMx ?? '', sessions: f.sessions });
        records++;
      }
      records++;
    }
    this.store.recordImport({ kind: 'tls', reporter: report.reporter, reportId: report.reportId, begin: d, end: report.end.slice(0, 10), records, file, importedAt: this.now.toISOString() });
    this.result.imported.push({ kind: 'tls', reporter: report.reporter, reportId: report.reportId, file, records });
  }
}

async function filesUnder(path: string, cwd: string, given = true): Promise<string[]> {
  const rel = relative(cwd, path);
  const shown = rel && !rel.startsWith('..') ? rel : path;
  // A report inside the team's folder must really be there (a link to /etc/passwd is refused).
  assertConfined(path, shown, 'read');
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new SecbookError(`${path} does not exist`, { hint: 'Give report files or folders that hold them.' });
  if (info.isFile()) return [path];
  if (!info.isDirectory()) {
    // Found in a folder: passed over (a FIFO would block the import). Named on the command line: refused.
    if (!given) return [];
    throw notRegularFile(shown, info);
  }
  const out: string[] = [];
  for (const name of await listFolder(path, shown)) {
    if (name.startsWith('.')) continue;
    out.push(...(await filesUnder(join(path, name), cwd, false)));
  }
  return out;
}

export async function importReports(options: ImportOptions): Promise<ImportResult> {
  if (options.paths.length === 0) throw new SecbookError('no report files given', { hint: 'secbook reports import <file or folder…>', exitCode: 2 });
  const files = (await Promise.all(options.paths.map((p) => filesUnder(resolve(options.cwd, p), options.cwd)))).flat();
  const store = await ReportStore.load(options.dir);
  const importer = new Importer(store, options.now);
  for (const path of files) {
    const file = relative(options.cwd, path) || basename(path);
    try {
      await importer.file(file, path, (await stat(path)).size);
    } catch (error) {
      if (error instanceof ReportFormatError || (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
        importer.result.skipped.push({ file, reason: error instanceof ReportFormatError ? error.message : 'corrupt gzip data' });
      } else throw error;
    }
  }
  if (importer.result.imported.length > 0) await store.save();
  return { files: files.length, ...importer.result, store: relative(options.cwd, store.dir) || store.dir };
}
