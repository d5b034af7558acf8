/**
 * Closing a review end to end: close it, then publish the Audit Review Report through the
 * documents pipeline (HTML, and PDF when a browser is available) — optionally with every
 * policy document, which gets a new version only where its content changed — and record
 * the report's files in the review file.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import type { PublishedDocument } from '../render/publish.js';
import { displayName } from '../storage/project.js';
import { closeReview, type CloseReviewOptions } from '../review/close-review.js';
import { diffSnapshots } from '../review/diff.js';
import type { ReviewContext } from '../review/project-input.js';
import { buildReportModel } from '../review/report-model.js';
import { reviewDocument } from '../review/review-document.js';
import { requireOpenReview } from '../review/review-progress.js';
import { reviewSnapshot } from './review-diff.js';
import { lastClosedReview, loadReviews, writeReview } from '../review/review-store.js';
import { takeSnapshot } from '../review/snapshot.js';

export interface CloseAndReportOptions extends CloseReviewOptions {
  /** Output folder (like `secbook render --out`); `output` under cwd by default. */
  out?: string;
  /** Print a PDF too (default true). */
  pdf?: boolean;
  /** Also re-render the policy documents (new versions only where content changed). */
  documents?: boolean;
  paper?: 'a4' | 'letter';
}

export interface ClosedWithReport {
  period: string;
  file: string;
  unconfirmed: string[];
  /** What the pipeline did with each document. */
  published: PublishedDocument[];
  /** Files of the review report, for messages. */
  report: string[];
  /** Why the PDF was not written, when it was wanted. */
  pdfSkipped?: string;
}

export async function closeAndReport(ctx: ReviewContext, options: CloseAndReportOptions): Promise<ClosedWithReport> {
  const { project, now } = ctx;
  const before = await loadReviews(project.dir, ctx.cwd);
  const opening = (await requireOpenReview(ctx)).review;
  const previous = lastClosedReview(before);
  // Compare with the last signed-off review, or (first review) with how this one started.
  const fromSnapshot = previous ? reviewSnapshot(previous.review) : { ...reviewSnapshot(opening), label: `${opening.period} start` };
  const diff = diffSnapshots(project.checklists, fromSnapshot, takeSnapshot(project.checklists, project.workbook.data, now, opening.period));

  const closed = await closeReview(ctx, options);
  const reviews = (await loadReviews(project.dir, ctx.cwd)).map((r) => r.review);
  const data = project.workbook.data;
  const reportDoc = reviewDocument(buildReportModel({ set: project.checklists, workbook: data, review: closed.review, reviews, diff, now }));

  const [{ publishDocuments }, { createTemplateEnv }, { loadBranding }, { personName }, { sha256 }] = await Promise.all([
    import('../render/publish.js'),
    import('../render/handlebars-env.js'),
    import('../render/branding.js'),
    import('../render/documents/people.js'),
    import('../render/versions.js'),
  ]);
  const today = now.toISOString().slice(0, 10);
  const documents = [reportDoc];
  if (options.documents) {
    const [{ buildContext }, { buildDocuments }, { LAW_DOCUMENTS }, { LAW_ROWS }] = await Promise.all([
      import('../render/documents/context.js'),
      import('../render/documents/registry.js'),
      import('../incidents/documents/breach-matrix.js'),
      import('../incidents/documents/notification-matrix.js'),
    ]);
    const { loadPlaybooks } = await import('../storage/load-playbooks.js');
    documents.unshift(...buildDocuments(buildContext(project.checklists, data, today, { law: LAW_ROWS, playbooks: await loadPlaybooks(project.dir) }), undefined, LAW_DOCUMENTS));
  }
  const outDir = resolve(ctx.cwd, options.out ?? 'output');
  const branding = await loadBranding(data, project.dir);
  const workbookSha256 = sha256(await readFile(project.workbook.path));
  const publish = (formats: ('html' | 'pdf')[]) =>
    publishDocuments({
      outDir,
      workbook: { path: project.workbook.path, name: project.workbook.file, organisation: data.organisation.name },
      documents,
      env: createTemplateEnv({ overrideDir: join(project.dir, 'templates'), cwd: ctx.cwd }),
      formats,
      paper: options.paper ?? 'a4',
      base: {
        organisation: data.organisation.name,
        legalName: data.organisation.legal_name ?? data.organisation.name,
        approver: personName(data.organisation.approver),
        owner: personName(data.organisation.security_contact),
        branding,
      },
      today,
      now,
      workbookSha256,
    });

  let pdfSkipped: string | undefined;
  let result;
  try {
    result = await publish(options.pdf === false ? ['html'] : ['html', 'pdf']);
  } catch (error) {
    // The review is closed either way; without a browser the HTML is still published.
    if (!(error instanceof SecbookError) || options.pdf === false) throw error;
    pdfSkipped = `${error.message}${error.hint ? ` (${error.hint})` : ''}`;
    result = await publish(['html']);
  }
  const mine = result.documents.find((d) => d.id === reportDoc.id);
  const files = Object.values(mine?.files ?? {}).map((f) => join(outDir, f.path));
  await writeReview(closed.path, closed.file, { ...closed.review, report: files.map((p) => relative(project.dir, p).split('\\').join('/')) });
  return {
    period: closed.review.period,
    file: closed.file,
    unconfirmed: closed.unconfirmed,
    published: result.documents,
    report: files.map((p) => displayName(ctx.cwd, p)),
    ...(pdfSkipped ? { pdfSkipped } : {}),
  };
}
