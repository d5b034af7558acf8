/**
 * The Audit Review Report through the documents pipeline (HTML, and PDF when a browser is
 * available): at close, after an approval, and on demand (`secbook review report`). The
 * report is built from the review files alone and dated by the review, so rendering it
 * again later gives the same document, byte for byte.
 */
import { join, relative, resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import type { PublishedDocument } from '../render/publish.js';
import { displayName } from '../storage/project.js';
import { workbookIdentity } from '../storage/workbook-identity.js';
import { closeReview, type CloseReviewOptions } from '../review/close-review.js';
import type { ReviewContext } from '../review/project-input.js';
import { buildReportModel } from '../review/report-model.js';
import { approvalText, reviewDocument } from '../review/review-document.js';
import { loadReviews, writeReview, type LoadedReview } from '../review/review-store.js';

export interface ReportOptions {
  /** Output folder (like `secbook render --out`); `output` under cwd by default. */
  out?: string;
  /** Print a PDF too (default true). */
  pdf?: boolean;
  /** Also re-render the policy documents (new versions only where content changed). */
  documents?: boolean;
  paper?: 'a4' | 'letter';
}

export type CloseAndReportOptions = CloseReviewOptions & ReportOptions;

export interface ReportResult {
  period: string;
  file: string;
  /** What the pipeline did with each document. */
  published: PublishedDocument[];
  /** Files of the review report, for messages. */
  report: string[];
  /** Why the PDF was not written, when it was wanted. */
  pdfSkipped?: string;
}

export interface ClosedWithReport extends ReportResult {
  unconfirmed: string[];
}

/** A closed review by period, or a clear error. */
export async function requireClosedReview(ctx: ReviewContext, period: string): Promise<LoadedReview> {
  const reviews = await loadReviews(ctx.project.dir, ctx.cwd);
  const found = reviews.find((r) => r.period === period);
  if (!found) {
    throw new SecbookError(`no review "${period}"`, {
      hint: reviews.length ? `Reviews: ${reviews.map((r) => r.period).join(', ')}.` : 'There are no reviews yet: `secbook review start`.',
    });
  }
  if (found.review.status !== 'closed') {
    throw new SecbookError(`the ${period} review is still open`, { hint: 'Close it first: `secbook review close --reviewer "Name (role)"`.' });
  }
  return found;
}

/** Renders (or re-renders) the report of a closed review and records its files in the review. */
export async function publishReviewReport(ctx: ReviewContext, period: string, options: ReportOptions): Promise<ReportResult> {
  const { project } = ctx;
  const loaded = await requireClosedReview(ctx, period);
  const reviews = (await loadReviews(project.dir, ctx.cwd)).map((r) => r.review);
  const data = project.workbook.data;
  const review = loaded.review;
  const model = buildReportModel({ set: project.checklists, organisation: data.organisation.name, reviews, period });
  const reportDoc = reviewDocument(model, project.checklists);

  const [{ publishDocuments, publishOrHtml }, { createTemplateEnv }, { loadBranding }, { personName }] = await Promise.all([
    import('../render/publish.js'),
    import('../render/handlebars-env.js'),
    import('../render/branding.js'),
    import('../render/documents/people.js'),
  ]);
  // Dated by the review (its approval, else its close), never by the day it is rendered.
  const at = review.approval?.at ?? review.closed_at ?? review.started_at;
  const today = at.slice(0, 10);
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
  const identity = review.workbook ?? (await workbookIdentity(project.workbook.path));
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
        approver: approvalText(review.approval),
        owner: personName(data.organisation.security_contact),
        workbook: identity,
        branding,
      },
      today,
      now: new Date(at),
      workbookSha256: identity.sha256,
    });

  const { result, pdfSkipped } = await publishOrHtml(publish, options.pdf !== false);
  const mine = result.documents.find((d) => d.id === reportDoc.id);
  const files = Object.values(mine?.files ?? {}).map((f) => join(outDir, f.path));
  const recorded = files.map((p) => relative(project.dir, p).split('\\').join('/'));
  if (JSON.stringify(recorded) !== JSON.stringify(review.report ?? [])) await writeReview(loaded.path, loaded.file, { ...review, report: recorded });
  return {
    period,
    file: loaded.file,
    published: result.documents,
    report: files.map((p) => displayName(ctx.cwd, p)),
    ...(pdfSkipped ? { pdfSkipped } : {}),
  };
}

export async function closeAndReport(ctx: ReviewContext, options: CloseAndReportOptions): Promise<ClosedWithReport> {
  const closed = await closeReview(ctx, options);
  const report = await publishReviewReport(ctx, closed.review.period, options);
  return { ...report, unconfirmed: closed.unconfirmed };
}

export interface ApproveOptions extends ReportOptions {
  by: string;
  role: string;
  note?: string;
}

/** `secbook review approve <period>`: record who approved the closed review, then re-issue its report. */
export async function approveReview(ctx: ReviewContext, period: string, options: ApproveOptions): Promise<ReportResult & { approval: string }> {
  const loaded = await requireClosedReview(ctx, period);
  const by = options.by.trim();
  const role = options.role.trim();
  if (!by || !role) throw new SecbookError('an approval needs a name and a role', { hint: 'Use --by "Dana Lee" --role "CISO".' });
  if (loaded.review.approval) {
    throw new SecbookError(`the ${period} review was already approved by ${approvalText(loaded.review.approval)}`, {
      hint: 'An approval is a record and is not replaced; start the next review to approve again.',
    });
  }
  const approval = { by, role, at: ctx.now.toISOString(), ...(options.note ? { note: options.note } : {}) };
  await writeReview(loaded.path, loaded.file, { ...loaded.review, approval });
  const report = await publishReviewReport(ctx, period, options);
  return { ...report, approval: approvalText(approval)! };
}
