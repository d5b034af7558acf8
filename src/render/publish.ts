/**
 * The pipeline every document goes through — policies, the audit report, and any other
 * feature's documents (breach notices, review reports): hash what the document says,
 * give it a version, write `<out>/<id>/<version>/<id>.{html,pdf,md}`, print PDFs on ONE
 * browser (launched only when a PDF must be written), update index.html and manifest.json.
 * An unchanged document writes nothing.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { SecbookError } from '../errors.js';
import { confineTo, makeFolder } from '../storage/safe-fs.js';
import { join } from 'node:path';
import { withFileLock } from '../storage/atomic-write.js';
import type { DocumentMeta, DocumentModel, Revision } from './document-model.js';
import type { TemplateEnv } from './handlebars-env.js';
import { checkOwner, latestVersion, readManifest, workbookIdentity, type FileEntry, type Format, type VersionEntry } from './manifest.js';
import { fileMatches, writeIndex, writeOut } from './output-files.js';
import { renderDocumentDocx } from './docx/docx-writer.js';
import { renderDocumentMarkdown } from './markdown-writer.js';
import { printMany, startBrowserSession, withBrowser, type BrowserProvider, type BrowserSession, type Paper } from './pdf.js';
import { renderDocumentHtml } from './render-html.js';
import { describeChanges, metaSnapshot, nextVersion, sha256, snapshotItems } from './versions.js';

export type { BrowserProvider } from './pdf.js';

/** Meta shared by every document of one render (organisation, approver, branding). */
export type BaseMeta = Omit<DocumentMeta, 'version' | 'effectiveDate' | 'revisions' | 'paper'>;

export interface PublishOptions {
  outDir: string;
  /** outDir as messages name it (relative to the working folder); outDir by default. */
  outName?: string;
  /**
   * The workbook rendered: its path (identity, see manifest.ts), name for messages and
   * organisation. Without it the folder's owner is not checked (tests of the pipeline).
   */
  workbook?: { path: string; name: string; organisation: string };
  documents: DocumentModel[];
  env: TemplateEnv;
  formats: readonly Format[];
  paper: Paper;
  base: BaseMeta;
  /** YYYY-MM-DD a new version takes effect (today). */
  today: string;
  /** Recorded in the manifest as rendered_at. */
  now: Date;
  workbookSha256: string | null;
  /** Rewrite every requested file of the current versions even when unchanged. */
  force?: boolean;
  browser?: BrowserProvider;
}

export type DocumentOutcome = 'new' | 'changed' | 'unchanged';

export interface PublishedDocument {
  id: string;
  title: string;
  version: string;
  previousVersion: string | null;
  outcome: DocumentOutcome;
  changes: string[];
  /** Files written this time, relative to outDir. */
  written: string[];
  files: Partial<Record<Format, FileEntry>>;
  openDecisions: number;
}

export interface PublishResult {
  documents: PublishedDocument[];
  /** Browsers launched (0 when no PDF had to be printed). */
  browserLaunches: number;
  manifestWritten: boolean;
}

// The workbook's hash and commit describe where a version came from, not what it says: an
// edit elsewhere in the workbook must not make a new version of every document.
const PLACEHOLDER = { version: '', effectiveDate: '', revisions: [] as Revision[], workbook: { sha256: null, commit: null } };

interface Pending {
  doc: DocumentModel;
  meta: DocumentMeta;
  version: VersionEntry;
  result: PublishedDocument;
}


/** Decides versions, writes what changed, prints PDFs on one shared browser. */
export async function publishDocuments(options: PublishOptions): Promise<PublishResult> {
  const outName = options.outName ?? options.outDir;
  await ensureFolder(options.outDir, outName);
  const manifestPath = join(options.outDir, 'manifest.json');
  const manifestName = join(outName, 'manifest.json');
  // Two renders into one folder would race on versions and the manifest.
  return withFileLock(manifestPath, manifestName, () => publishLocked({ ...options, outName }, manifestPath, manifestName));
}

/** The output folder exists and is a folder (`--out` naming a file is refused by name). */
async function ensureFolder(outDir: string, outName: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new SecbookError(`the output folder ${outName} is ${existing.isFile() ? 'a file' : 'not a folder'}`, {
      hint: 'Give --out a folder (it is created when missing), or move the file away.',
    });
  }
  // What lies in the output folder must really be there (safe-fs.ts): a manifest.json that
  // links to another file is refused, not read.
  confineTo(outDir, `the output folder (${outName})`);
  await makeFolder(outDir, outName);
}

async function publishLocked(options: PublishOptions & { outName: string }, manifestPath: string, manifestName: string): Promise<PublishResult> {
  const manifest = await readManifest(manifestPath, manifestName);
  const identity = options.workbook ? await workbookIdentity(options.outDir, options.workbook.path, options.workbook.organisation) : undefined;
  if (identity && options.workbook) checkOwner(manifest, identity, options.outName, options.workbook.name);
  const pending: Pending[] = [];
  const pdfJobs: { pending: Pending; html: string }[] = [];
  let changedAnything = false;

  // The browser starts as soon as the first PDF is known to be needed (never when none is),
  // so its start-up overlaps rendering and hashing the remaining documents.
  let session: BrowserSession | undefined;
  const provider: BrowserProvider = options.browser ?? ((fn) => withBrowser(fn));
  try {
    for (const doc of options.documents) {
      let entry = manifest.documents.find((d) => d.id === doc.id);
      const previous = latestVersion(entry);
      const contentHtml = renderDocumentHtml(options.env, doc, { ...options.base, owner: doc.owner ?? options.base.owner, ...PLACEHOLDER, paper: options.paper });
      const contentSha = sha256(contentHtml);
      const items = { ...snapshotItems(doc), ...metaSnapshot({ ...options.base, owner: doc.owner ?? options.base.owner }) };
      let version: VersionEntry;
      let outcome: DocumentOutcome;
      if (previous && previous.content_sha256 === contentSha) {
        version = previous;
        outcome = 'unchanged';
      } else {
        version = {
          version: nextVersion(previous?.version),
          date: options.today,
          content_sha256: contentSha,
          changes: describeChanges(previous?.items, items),
          files: {},
          items,
        };
        outcome = previous ? 'changed' : 'new';
        if (!entry) {
          entry = { id: doc.id, title: doc.title, latest: version.version, versions: [] };
          manifest.documents.push(entry);
        }
        entry.versions.push(version);
        entry.latest = version.version;
        changedAnything = true;
      }
      entry!.title = doc.title;
      const revisions: Revision[] = entry!.versions.map((v) => ({ version: v.version, date: v.date, changes: v.changes }));
      const meta: DocumentMeta = { ...options.base, owner: doc.owner ?? options.base.owner, version: version.version, effectiveDate: version.date, revisions, paper: options.paper };
      const result: PublishedDocument = {
        id: doc.id,
        title: doc.title,
        version: version.version,
        previousVersion: previous?.version ?? null,
        outcome,
        changes: outcome === 'unchanged' ? [] : version.changes,
        written: [],
        files: version.files,
        openDecisions: doc.openDecisions.length,
      };
      const p: Pending = { doc, meta, version, result };
      pending.push(p);

      const base = `${doc.id}/${version.version}/${doc.id}`;
      let html: string | undefined;
      const htmlText = (): string => (html ??= renderDocumentHtml(options.env, doc, meta));
      for (const format of options.formats) {
        const rel = `${base}.${format}`;
        const upToDate = !options.force && (await fileMatches(join(options.outDir, rel), version.files[format]));
        if (upToDate) continue;
        if (format === 'pdf') {
          pdfJobs.push({ pending: p, html: htmlText() });
          session ??= startBrowserSession(provider);
          continue;
        }
        const text = format === 'html' ? htmlText() : format === 'docx' ? await renderDocumentDocx(doc, meta) : renderDocumentMarkdown(doc, meta);
        version.files[format] = await writeOut(options.outDir, rel, text, options.outName);
        result.written.push(rel);
      }
    }
  } catch (error) {
    await session?.cancel();
    throw error;
  }

  let browserLaunches = 0;
  let manifestWritten = false;
  try {
    if (session) {
      await session.run(async (browser) => {
        browserLaunches++;
        await printMany(
          browser,
          pdfJobs,
          ({ pending: p, html }) => ({
            html,
            options: { paper: options.paper, title: `${p.doc.title} — ${p.meta.legalName}`, version: p.meta.version, runningHeader: 'css' },
          }),
          async ({ pending: p }, pdf) => {
            const rel = `${p.doc.id}/${p.version.version}/${p.doc.id}.pdf`;
            p.version.files.pdf = await writeOut(options.outDir, rel, pdf, options.outName);
            p.result.written.push(rel);
          },
        );
      });
    }
  } finally {
    // Record whatever was written, also when printing failed (HTML stays usable).
    const wroteFiles = pending.some((p) => p.result.written.length > 0);
    const newOwner = identity !== undefined && !isDeepStrictEqual(manifest.workbook, identity);
    manifestWritten = changedAnything || wroteFiles || newOwner || manifest.workbook_sha256 !== options.workbookSha256 || !existsSync(manifestPath);
    if (manifestWritten) {
      manifest.workbook_sha256 = options.workbookSha256;
      if (identity) manifest.workbook = identity;
      manifest.rendered_at = options.now.toISOString();
      await writeOut(options.outDir, 'manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, options.outName);
      await writeIndex(options.outDir, options.env, manifest, { ...options.base, paper: options.paper }, options.outName);
    }
  }
  return { documents: pending.map((p) => p.result), browserLaunches, manifestWritten };
}

/**
 * Publishes with PDFs and, when no browser can print them (a SecbookError from the PDF step),
 * again as HTML only, saying why: a closed review or a finished drill keeps its report.
 */
export async function publishOrHtml(
  publish: (formats: ('html' | 'pdf')[]) => Promise<PublishResult>,
  pdf: boolean,
): Promise<{ result: PublishResult; pdfSkipped?: string }> {
  try {
    return { result: await publish(pdf ? ['html', 'pdf'] : ['html']) };
  } catch (error) {
    if (!(error instanceof SecbookError) || !pdf) throw error;
    return { result: await publish(['html']), pdfSkipped: `${error.message}${error.hint ? ` (${error.hint})` : ''}` };
  }
}
