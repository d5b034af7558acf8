/**
 * `incident render`: the notice drafts (or, with `final`, the letters) for every notice that
 * is required or still unknown, through the documents' template environment, with content
 * versions and a manifest of hashes like the policies:
 *
 *   <out>/incidents/<id>/<notice>/<version>/<notice>[-draft].{html,pdf,eml}
 *   <out>/incidents/<id>/manifest.json, index.html (packet), timeline.svg, checklist.md, assessment.json
 *
 * A notice's version moves only when its letter text moves (the drafting box — deadline,
 * time left — does not count). Nothing is deleted: earlier versions stay where they were.
 * Final mode refuses, before writing anything, while a required element, a mark or an email
 * recipient is missing.
 */
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Workbook } from '../domain/workbook-schema.js';
import { SecbookError } from '../errors.js';
import { NOTICE_LAYOUT, latestVersion, readManifest, type DocumentEntry, type FileEntry, type Manifest } from '../render/manifest.js';
import { fileMatches, writeOut } from '../render/output-files.js';
import type { BrowserProvider } from '../render/pdf.js';
import { nextVersion, sha256 } from '../render/versions.js';
import { actionChecklist, checklistMarkdown, type FirstHourStep } from './action-checklist.js';
import { assessIncident, type Assessment, type NoticeAssessment } from './assess.js';
import { composeEml } from './compose-eml.js';
import { htmlToText } from './html-to-text.js';
import type { Incident, Recipient } from './incident-schema.js';
import { buildNoticeContext, type NoticeContext, type Phase } from './notice-context.js';
import { noticeTemplates, PLACEHOLDER_RE } from './notice-templates.js';
import { confineTo, makeFolder, makeFolderInside, shownPath } from '../storage/safe-fs.js';
import { timelineSvg } from './timeline.js';

export interface RenderIncidentOptions {
  incident: Incident;
  workbook: Workbook | undefined;
  now: Date;
  /** The output root; files go to `<outRoot>/incidents/<id>/`. */
  outRoot: string;
  /** The team's template overrides (`<project>/templates/notices`). */
  templatesDir?: string;
  /** For file names in template errors. */
  cwd?: string;
  phase?: Phase;
  /** Print PDFs (needs Chromium); HTML and .eml are written either way. */
  pdf: boolean;
  /** Clean letters; refuses while anything is missing. */
  final?: boolean;
  branding?: { logo: string | null; accent: string; footer: string | null };
  /** First-hour steps of the incident's playbook (head of the checklist). */
  firstHour?: FirstHourStep[];
  browser?: BrowserProvider;
}

export interface RenderedIncident {
  dir: string;
  assessment: Assessment;
  notices: string[];
  /** Files written this time, relative to `dir`. */
  files: string[];
  /** Notices whose letter text changed (a new version). */
  versions: { id: string; version: string; outcome: 'new' | 'changed' | 'unchanged' }[];
  /** Still to fill (drafts): one line per missing element, with what fills it. */
  toFill: string[];
  /** Set when PDFs were wanted but could not be printed (HTML and .eml were written). */
  pdfError?: SecbookError;
}

/** One document of the packet: a notice, or a substitute-notice draft that goes with one. */
interface Doc {
  id: string;
  notice: NoticeAssessment;
  template: string;
}

/** HIPAA's media notice has its own template (a press release, not the letter retitled). */
const templateFor = (n: NoticeAssessment): string => (n.template === 'hipaa-individuals' && n.audience === 'media' ? 'hipaa-media' : n.template);

const PEOPLE = new Set(['individuals', 'data_subjects']);

function recipientsFor(n: NoticeAssessment, incident: Incident): Recipient[] {
  const listed = incident.notices?.[n.id]?.recipients;
  if (listed && listed.length > 0) return listed;
  const party = n.audience === 'data_controller' ? incident.controller : n.audience === 'covered_entity' ? incident.covered_entity : n.audience === 'data_owner' ? incident.data_owner : undefined;
  return party?.email ? [{ name: party.name, email: party.email }] : [];
}

const stripDraftBox = (html: string): string => html.replace(/<section class="draft"[\s\S]*?<\/section>\n?/, '');

export async function renderIncident(options: RenderIncidentOptions): Promise<RenderedIncident> {
  const { incident, workbook, now } = options;
  const final = options.final === true;
  const assessment = assessIncident(incident, workbook, now);
  const dir = join(options.outRoot, 'incidents', incident.id);
  const env = noticeTemplates(options.templatesDir, options.cwd);
  const selected = assessment.notices.filter((n) => n.required !== 'no');
  const docs: Doc[] = [];
  for (const n of selected) {
    docs.push({ id: n.id, notice: n, template: templateFor(n) });
    if (n.id === 'hipaa-individuals' && (incident.contact_out_of_date ?? 0) >= 10) {
      docs.push({ id: 'hipaa-substitute-web', notice: n, template: 'hipaa-substitute-web' }, { id: 'hipaa-substitute-media', notice: n, template: 'hipaa-substitute-media' });
    }
  }
  const ctxFor = (d: Doc, draft: boolean): NoticeContext =>
    buildNoticeContext({ notice: d.notice, template: d.template, incident, workbook, zone: assessment.zone, now, phase: options.phase, draft, branding: options.branding });

  // Render everything first: final mode checks it all before a byte is written.
  const rendered = docs.map((d) => {
    const letterCtx = ctxFor(d, false);
    const letter = env.render(d.template, letterCtx);
    const draft = final ? letter : env.render(d.template, ctxFor(d, true));
    return { doc: d, ctx: letterCtx, letter, html: draft, to: recipientsFor(d.notice, incident) };
  });
  const toFill: string[] = [];
  for (const r of rendered) {
    for (const el of Object.values(r.ctx.elements)) if (el.value === null) toFill.push(`${r.doc.id}: ${el.label} (${el.cite} ${el.grade}) — ${el.fill}`);
    const known = new Set(Object.values(r.ctx.elements).map((el) => el.label));
    for (const m of r.letter.matchAll(PLACEHOLDER_RE)) if (!known.has(m[1] ?? '')) toFill.push(`${r.doc.id}: ${m[1]} — edit the template`);
    if (r.doc.notice.required === 'unknown') toFill.push(`${r.doc.id}: whether it is required — record ${r.doc.notice.missing.join(', ')}`);
    if (r.doc.notice.email && r.doc.id === r.doc.notice.id && r.to.length === 0) toFill.push(`${r.doc.id}: who receives the email — notices.${r.doc.id}.recipients in the incident file`);
  }
  if (final && toFill.length > 0) {
    throw new SecbookError(`--final: ${toFill.length} ${toFill.length === 1 ? 'fact is' : 'facts are'} still missing from the notices of ${incident.id}`, {
      details: [...new Set(toFill)],
      hint: 'Record them (the command or field is given for each), or render drafts without --final; nothing was written.',
    });
  }

  // The incident's folder, made inside the output root one level at a time (no link may lead
  // it elsewhere); every file below is then written through writeOut, confined to it.
  confineTo(options.outRoot, `the output folder (${shownPath(options.outRoot)})`);
  await makeFolder(options.outRoot);
  await makeFolderInside(dir, shownPath(dir), { root: options.outRoot, name: `the output folder (${shownPath(options.outRoot)})` });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = (await readManifest(manifestPath, 'manifest.json', NOTICE_LAYOUT)) as Manifest & { documents: (DocumentEntry & { versions: { files: Record<string, FileEntry> }[] })[] };
  const files: string[] = [];
  const versions: RenderedIncident['versions'] = [];
  const write = async (rel: string, data: string | Uint8Array): Promise<FileEntry> => {
    const entry = await writeOut(dir, rel, data);
    files.push(rel);
    return entry;
  };
  const org = workbook?.organisation;
  const orgName = org?.legal_name ?? org?.name ?? incident.id;
  const today = assessment.now.slice(0, 10);
  const prints: { rel: string; html: string; title: string; us: boolean; version: string; key: string; entry: Record<string, FileEntry> }[] = [];
  for (const r of rendered) {
    const { doc } = r;
    const contentSha = sha256(stripDraftBox(r.letter));
    let entry = manifest.documents.find((d) => d.id === doc.id);
    if (!entry) {
      entry = { id: doc.id, title: doc.notice.title, latest: '', versions: [] };
      manifest.documents.push(entry);
    }
    const latest = latestVersion(entry);
    const unchanged = latest?.content_sha256 === contentSha;
    const version = unchanged && latest ? latest.version : nextVersion(latest?.version);
    versions.push({ id: doc.id, version, outcome: !latest ? 'new' : unchanged ? 'unchanged' : 'changed' });
    let v = entry.versions.find((x) => x.version === version);
    if (!v) {
      v = { version, date: today, content_sha256: contentSha, changes: [latest ? 'Letter text changed.' : 'First issue.'], files: {}, items: {} };
      entry.versions.push(v);
      entry.latest = version;
    }
    const fileMap = v.files as Record<string, FileEntry>;
    const base = `${doc.id}/${version}/${doc.id}${final ? '' : '-draft'}`;
    const put = async (key: string, rel: string, data: string | Uint8Array): Promise<boolean> => {
      if (sha256(data) === fileMap[key]?.sha256 && (await fileMatches(join(dir, rel), fileMap[key]))) return false;
      fileMap[key] = await write(rel, data);
      return true;
    };
    const htmlChanged = await put(final ? 'html' : 'draft_html', `${base}.html`, r.html);
    const key = final ? 'pdf' : 'draft_pdf';
    if (options.pdf && (htmlChanged || !(await fileMatches(join(dir, `${base}.pdf`), fileMap[key])))) {
      prints.push({ rel: `${base}.pdf`, html: r.html, title: final ? r.ctx.title : `DRAFT — ${r.ctx.title}`, us: r.ctx.notice.us, version, key, entry: fileMap });
    }
    if (doc.notice.email && doc.id === doc.notice.id) {
      const people = PEOPLE.has(doc.notice.audience);
      // One message per person for people (no one sees another's address); one message to an office.
      const batches: (Recipient[] | undefined)[] = r.to.length === 0 ? [undefined] : people ? r.to.map((t) => [t]) : [r.to];
      for (const [i, to] of batches.entries()) {
        const eml = await composeEml({
          fromName: orgName,
          fromAddress: r.ctx.f.org_email,
          to: to ?? [],
          subject: `${final ? '' : '[DRAFT] '}${r.ctx.title}`,
          text: htmlToText(r.letter),
          html: r.letter,
          date: now,
          messageId: `${incident.id}.${doc.id}.${version}.${i}@${(org?.domains?.[0] ?? 'secbook.invalid').replace(/[^a-z0-9.-]/gi, '')}`,
        });
        await put(batches.length > 1 ? `eml-${i + 1}` : final ? 'eml' : 'draft_eml', batches.length > 1 ? `${base}.${i + 1}.eml` : `${base}.eml`, eml);
      }
    }
  }

  let pdfError: SecbookError | undefined;
  if (prints.length > 0) {
    try {
      const { withBrowser, printMany } = await import('../render/pdf.js');
      const provider: BrowserProvider = options.browser ?? ((fn) => withBrowser(fn));
      await provider(async (browser) => {
        await printMany(
          browser,
          prints,
          (p) => ({ html: p.html, options: { title: p.title, paper: p.us ? 'letter' : 'a4', footerText: final ? (options.branding?.footer ?? orgName) : 'DRAFT — not legal advice', headerFooterPt: 10, ...(final ? {} : { version: p.version }) } }),
          async (p, pdf) => {
            p.entry[p.key] = await write(p.rel, pdf);
          },
        );
      });
    } catch (error) {
      if (!(error instanceof SecbookError)) throw error;
      pdfError = error;
    }
  }

  manifest.generator = 'secbook';
  manifest.rendered_at = assessment.now;
  const latestFiles = Object.fromEntries(manifest.documents.map((d) => [d.id, latestVersion(d)?.files ?? {}]));
  const packet = env.render('packet', {
    assessment,
    timeline: new Handlebars.SafeString(timelineSvg(incident, assessment)),
    actions: actionChecklist(assessment, options.firstHour),
    toFill: [...new Set(toFill)],
    final,
    docs: rendered.map((r) => ({ id: r.doc.id, title: r.doc.notice.title, version: versions.find((v) => v.id === r.doc.id)?.version ?? '', files: Object.entries(latestFiles[r.doc.id] ?? {}).map(([k, f]) => ({ kind: k, path: f.path })) })),
  });
  await writeOut(dir, 'index.html', packet);
  await writeOut(dir, 'timeline.svg', `${timelineSvg(incident, assessment)}\n`);
  await writeOut(dir, 'checklist.md', checklistMarkdown(assessment, options.firstHour));
  await writeOut(dir, 'assessment.json', `${JSON.stringify(assessment, null, 2)}\n`);
  await writeOut(dir, 'manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.push('index.html', 'timeline.svg', 'checklist.md', 'assessment.json', 'manifest.json');
  return { dir, assessment, notices: docs.map((d) => d.id), files, versions, toFill: [...new Set(toFill)], pdfError };
}
