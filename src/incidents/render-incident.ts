/**
 * `incident render`: writes `<out>/incidents/<id>/` with, for every notice that is required
 * or still unknown, an HTML draft, a PDF (through the shared browser in src/render/pdf.ts)
 * and, for notices that go by email, an .eml; plus index.html (timeline, checklist, table),
 * timeline.svg, checklist.md and assessment.json.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Workbook } from '../domain/workbook-schema.js';
import { SecbookError, fileSystemError } from '../errors.js';
import { actionChecklist, checklistMarkdown } from './action-checklist.js';
import { assessIncident, type Assessment } from './assess.js';
import { composeEml } from './compose-eml.js';
import { htmlToText } from './html-to-text.js';
import type { Incident } from './incident-schema.js';
import { buildNoticeContext, type Phase } from './notice-context.js';
import { makeFolder, makeFolderInside } from '../storage/safe-fs.js';
import { noticeTemplates, type NoticeTemplates } from './notice-templates.js';
import { timelineSvg } from './timeline.js';

export interface RenderIncidentOptions {
  incident: Incident;
  workbook: Workbook | undefined;
  now: Date;
  /** The output root; files go to `<outRoot>/incidents/<id>/`. */
  outRoot: string;
  /** The team's template overrides (`<project>/templates/notices`). */
  templatesDir?: string;
  phase?: Phase;
  /** Print PDFs (needs Chromium); HTML and .eml are written either way. */
  pdf: boolean;
}

export interface RenderedIncident {
  dir: string;
  assessment: Assessment;
  notices: string[];
  files: string[];
  /** Set when PDFs were wanted but could not be printed (HTML and .eml were written). */
  pdfError?: SecbookError;
}

export async function renderIncident(options: RenderIncidentOptions): Promise<RenderedIncident> {
  const { incident, workbook, now } = options;
  const assessment = assessIncident(incident, workbook, now);
  const parent = join(options.outRoot, 'incidents');
  const dir = join(parent, incident.id);
  const templates = noticeTemplates(options.templatesDir);
  // Everything is written into a staging folder beside the old one, which replaces it only
  // when complete: a failed render (disk full, read-only…) leaves the previous drafts intact
  // and no half-written file behind. Replacing the whole folder drops drafts of notices no
  // longer needed.
  await makeFolder(options.outRoot);
  await makeFolderInside(parent, parent, { root: options.outRoot, name: `the output folder (${options.outRoot})` });
  const staging = join(parent, `.${incident.id}.secbook-${process.pid}.tmp`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging);
  } catch (error) {
    throw fileSystemError(error, parent, 'write in');
  }
  try {
    const result = await writeAll(options, assessment, templates, staging);
    const old = join(parent, `.${incident.id}.secbook-${process.pid}.old`);
    const hadOld = await rename(dir, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    });
    try {
      await rename(staging, dir);
    } catch (error) {
      if (hadOld) await rename(old, dir).catch(() => undefined);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true }).catch(() => undefined);
    return { dir, ...result };
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw fileSystemError(error, dir, 'write');
  }
}

async function writeAll(options: RenderIncidentOptions, assessment: Assessment, templates: NoticeTemplates, dir: string): Promise<Omit<RenderedIncident, 'dir'>> {
  const { incident, workbook, now } = options;
  const files: string[] = [];
  const write = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(dir, name), data, { flag: 'wx' });
    files.push(name);
  };
  const selected = assessment.notices.filter((n) => n.required !== 'no');
  const htmls: { id: string; title: string; html: string; us: boolean }[] = [];
  for (const notice of selected) {
    const ctx = buildNoticeContext(notice, incident, workbook, assessment.zone, now, options.phase);
    const html = templates.render(notice.template, ctx);
    await write(`${notice.id}.html`, html);
    htmls.push({ id: notice.id, title: `${notice.title} — ${incident.id}`, html, us: ctx.notice.us });
    if (notice.email) {
      const org = workbook?.organisation;
      const domain = (org?.domains?.[0] ?? 'secbook.invalid').replace(/[^a-z0-9.-]/gi, '');
      const eml = await composeEml({
        fromName: org?.name,
        fromAddress: ctx.org.email,
        toName: ctx.incident.recipient?.name,
        toAddress: ctx.incident.recipient?.email,
        subject: `[DRAFT] ${notice.audience === 'individuals' && notice.jurisdiction === 'CA' ? 'Notice of Data Breach' : notice.title} — ${org?.name ?? incident.id}: ${incident.title}`,
        text: htmlToText(html),
        html,
        date: now,
        messageId: `${incident.id}.${notice.id}.${now.getTime()}@${domain}`,
      });
      await write(`${notice.id}.eml`, eml);
    }
  }
  const packet = templates.render('packet', {
    assessment,
    timeline: new Handlebars.SafeString(timelineSvg(incident, assessment)),
    actions: actionChecklist(assessment),
    pdf: options.pdf,
  });
  await write('index.html', packet);
  await write('timeline.svg', `${timelineSvg(incident, assessment)}\n`);
  await write('checklist.md', checklistMarkdown(assessment));
  await write('assessment.json', `${JSON.stringify(assessment, null, 2)}\n`);
  let pdfError: SecbookError | undefined;
  if (options.pdf && htmls.length > 0) {
    try {
      const { withBrowser, printPdf, mapBounded, PRINT_CONCURRENCY } = await import('../render/pdf.js');
      await withBrowser(async (browser) => {
        const pdfs = await mapBounded(htmls, PRINT_CONCURRENCY, (h) => printPdf(browser, h.html, { title: h.title, paper: h.us ? 'letter' : 'a4', footerText: 'DRAFT — not legal advice', headerFooterPt: 10 }));
        for (const [i, h] of htmls.entries()) await write(`${h.id}.pdf`, pdfs[i] as Uint8Array);
      });
    } catch (error) {
      if (!(error instanceof SecbookError)) throw error;
      pdfError = error;
    }
  }
  return { assessment, notices: selected.map((n) => n.id), files, pdfError };
}
