/**
 * `secbook render` as a service: workbook → document models → versioned files. Knows
 * nothing about argv; the clock and the browser are injected.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import { loadPlaybooks } from '../storage/load-playbooks.js';
import { latestApproval } from '../review/approval.js';
import { openProject } from '../storage/project.js';
import { workbookIdentity as workbookSource } from '../storage/workbook-identity.js';
import { loadBranding } from '../render/branding.js';
import { buildContext } from '../render/documents/context.js';
import { personName } from '../render/documents/people.js';
import { buildDocuments } from '../render/documents/registry.js';
import { LAW_DOCUMENTS, LAW_DOCUMENTS_ALL } from '../incidents/documents/breach-matrix.js';
import { LAW_ROWS } from '../incidents/documents/notification-matrix.js';
import { createTemplateEnv } from '../render/handlebars-env.js';
import type { Format } from '../render/manifest.js';
import type { Paper } from '../render/pdf.js';
import { publishDocuments, type BrowserProvider, type PublishResult } from '../render/publish.js';

export interface RenderOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
  /** Output folder, relative to cwd; `output` by default. */
  out?: string;
  formats: readonly Format[];
  only?: readonly string[];
  /** The breach-notification matrix covers every US jurisdiction, not only those in scope. */
  allJurisdictions?: boolean;
  paper: Paper;
  force?: boolean;
  /** Fail (before writing anything) when any document has open decisions. */
  strict?: boolean;
  now: Date;
  browser?: BrowserProvider;
}

export interface RenderSummary extends PublishResult {
  outDir: string;
  /** outDir as the user would type it. */
  outName: string;
  openDecisions: { id: string; question: string; documents: string[] }[];
}

export async function renderProject(options: RenderOptions): Promise<RenderSummary> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir });
  const workbook = project.workbook.data;
  const today = options.now.toISOString().slice(0, 10);
  const ctx = buildContext(project.checklists, workbook, today, { law: LAW_ROWS, playbooks: await loadPlaybooks(project.dir) });
  const { reportDocuments } = await import('./reports.js');
  const law = [...(options.allJurisdictions ? LAW_DOCUMENTS_ALL : LAW_DOCUMENTS), ...(await reportDocuments(project, options.now))];
  const documents = buildDocuments(ctx, options.only, law);
  if (documents.length === 0) {
    const all = buildDocuments(ctx, undefined, law).map((d) => d.id);
    throw new SecbookError(options.only?.length ? `no document matches --only ${options.only.join(',')}` : 'no document applies to this workbook', {
      hint: all.length > 0 ? `Documents for this workbook: ${all.join(', ')}` : 'Check that the checklists are loaded (secbook validate).',
    });
  }

  const open = new Map<string, { id: string; question: string; documents: string[] }>();
  for (const doc of documents) {
    for (const d of doc.openDecisions) {
      const entry = open.get(d.id) ?? { id: d.id, question: d.question, documents: [] };
      entry.documents.push(doc.id);
      open.set(d.id, entry);
    }
  }
  if (options.strict && open.size > 0) {
    throw new SecbookError(`--strict: ${open.size} open ${open.size === 1 ? 'decision' : 'decisions'} would appear in the documents`, {
      details: [...open.values()].map((o) => `${o.id}: ${o.question} (${o.documents.join(', ')})`),
      hint: 'Answer them (secbook, or secbook answer <id> --status …), or mark them n/a with a note; nothing was written.',
    });
  }

  const outDir = resolve(options.cwd, options.out ?? 'output');
  const env = createTemplateEnv({ overrideDir: join(project.dir, 'templates'), cwd: options.cwd });
  const org = workbook.organisation;
  const rel = relative(options.cwd, outDir) || '.';
  const outName = rel.startsWith('..') || isAbsolute(rel) ? outDir : rel;
  const identity = await workbookSource(project.workbook.path);
  const result = await publishDocuments({
    outDir,
    outName,
    workbook: { path: project.workbook.path, name: project.workbook.file, organisation: org.name },
    documents,
    env,
    formats: options.formats,
    paper: options.paper,
    base: {
      organisation: org.name,
      legalName: org.legal_name ?? org.name,
      approver: await latestApproval(project.dir, options.cwd),
      owner: personName(org.security_contact),
      workbook: identity,
      branding: await loadBranding(workbook, project.dir),
    },
    today,
    now: options.now,
    workbookSha256: identity.sha256,
    force: options.force,
    browser: options.browser,
  });
  return { ...result, outDir, outName, openDecisions: [...open.values()] };
}
