/**
 * Closing a review end to end: close it, then render the Audit Review Report (HTML, and
 * PDF when a browser is available) and record where it went in the review file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import { displayName } from '../storage/project.js';
import { closeReview, type CloseReviewOptions } from './close-review.js';
import { diffSnapshots } from './diff.js';
import type { ReviewContext } from './project-input.js';
import { buildReportModel } from './report-model.js';
import { reportHtml } from './report-html.js';
import { lastClosedReview, loadReviews, writeReview } from './review-store.js';
import { requireOpenReview } from './review-progress.js';
import { reviewSnapshot } from './review-diff.js';
import { takeSnapshot } from './snapshot.js';

export interface CloseAndReportOptions extends CloseReviewOptions {
  /** Report folder; default `<workbook dir>/output/audit-review/<period>/`. */
  out?: string;
  /** Print a PDF too (default true). */
  pdf?: boolean;
}

export interface ClosedWithReport {
  period: string;
  file: string;
  unconfirmed: string[];
  /** Files written, for messages. */
  written: string[];
  /** Why the PDF was not written, when it was wanted. */
  pdfSkipped?: string;
}

export async function closeAndReport(ctx: ReviewContext, options: CloseAndReportOptions): Promise<ClosedWithReport> {
  const { project, now } = ctx;
  const before = await loadReviews(project.dir, ctx.cwd);
  const opening = (await requireOpenReview(ctx)).review;
  const previous = lastClosedReview(before);
  // The report compares with the last signed-off review, or (first review) with how this one started.
  const fromSnapshot = previous ? reviewSnapshot(previous.review) : { ...reviewSnapshot(opening), label: `${opening.period} start` };
  const diff = diffSnapshots(project.checklists, fromSnapshot, takeSnapshot(project.checklists, project.workbook.data, now, opening.period));

  const closed = await closeReview(ctx, options);
  const reviews = (await loadReviews(project.dir, ctx.cwd)).map((r) => r.review);
  const html = reportHtml(buildReportModel({ set: project.checklists, workbook: project.workbook.data, review: closed.review, reviews, diff, now }));

  const outDir = options.out ? resolve(ctx.cwd, options.out) : join(project.dir, 'output', 'audit-review', closed.review.period);
  await mkdir(outDir, { recursive: true });
  const htmlPath = join(outDir, 'audit-review.html');
  await writeFile(htmlPath, html);
  const paths = [htmlPath];
  let pdfSkipped: string | undefined;
  if (options.pdf !== false) {
    try {
      const { withBrowser, printPdf } = await import('../render/pdf.js');
      const pdf = await withBrowser((browser) => printPdf(browser, html, { title: `Audit Review Report — ${closed.review.period}`, version: closed.review.period, footerText: project.workbook.data.branding?.footer_text, accentColor: project.workbook.data.branding?.accent_color }));
      const pdfPath = join(outDir, 'audit-review.pdf');
      await writeFile(pdfPath, pdf);
      paths.push(pdfPath);
    } catch (error) {
      if (!(error instanceof SecbookError)) throw error;
      pdfSkipped = `${error.message}${error.hint ? ` (${error.hint})` : ''}`;
    }
  }
  const report = paths.map((p) => relative(project.dir, p).split('\\').join('/'));
  await writeReview(closed.path, closed.file, { ...closed.review, report });
  return {
    period: closed.review.period,
    file: closed.file,
    unconfirmed: closed.unconfirmed,
    written: paths.map((p) => displayName(ctx.cwd, p)),
    ...(pdfSkipped ? { pdfSkipped } : {}),
  };
}
