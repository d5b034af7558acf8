/**
 * What the `incident` commands do, given options instead of argv. The workbook is
 * optional: in a breach, secbook still works without one (UTC, placeholders for contacts).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Workbook } from '../domain/workbook-schema.js';
import { SecbookError } from '../errors.js';
import { displayName, resolveWorkbookPath } from '../storage/project.js';
import { readYamlFile, validate } from '../storage/yaml-source.js';
import { WorkbookFile } from '../storage/workbook-file.js';
import { assessIncident, orgZone, type Assessment } from './assess.js';
import { fieldsFromFlags, mergeFields, type IncidentFields, type NewIncidentFlags } from './build-incident.js';
import { isoSeconds } from './deadline.js';
import { INCIDENT_HINT } from './incident-file.js';
import { incidentSchema, type Incident } from './incident-schema.js';
import { createIncident, listIncidentIds, loadIncident } from './incident-store.js';
import type { Phase } from './notice-context.js';
import { parseWhen, when } from './when.js';

export interface IncidentProjectOptions {
  cwd: string;
  workbook?: string;
}

export interface IncidentProject {
  dir: string;
  workbook: Workbook | undefined;
  display: (path: string) => string;
}

export async function openIncidentProject(options: IncidentProjectOptions): Promise<IncidentProject> {
  const path = resolveWorkbookPath(options.cwd, options.workbook);
  const display = (p: string) => displayName(options.cwd, p);
  if (!existsSync(path)) {
    if (options.workbook && !existsSync(dirname(path))) throw new SecbookError(`${display(path)}: no such file`, { hint: 'Check --workbook, or run `secbook init`.' });
    return { dir: dirname(path), workbook: undefined, display };
  }
  const wb = await WorkbookFile.load(path, display(path));
  return { dir: dirname(path), workbook: wb.data, display };
}

const nowIn = (project: IncidentProject, now: Date): string => isoSeconds(when(now.toISOString()).setZone(orgZone(project.workbook).zone));

/** Fields from `--from` (id and format in it are ignored: a new id is assigned). */
async function fieldsFromFile(cwd: string, file: string): Promise<Partial<IncidentFields>> {
  const src = await readYamlFile(resolve(cwd, file), file);
  const schema = incidentSchema.partial().extend({ format: incidentSchema.shape.format.optional() });
  const { format: _f, id: _i, ...rest } = validate(src, schema, INCIDENT_HINT);
  return rest;
}

export interface NewIncidentOptions extends IncidentProjectOptions {
  flags: NewIncidentFlags;
  from?: string;
  interactive: boolean;
  now: Date;
  by?: string;
}

export async function newIncident(options: NewIncidentOptions): Promise<{ id: string; file: string }> {
  const project = await openIncidentProject(options);
  const nowIso = nowIn(project, options.now);
  let fields = fieldsFromFlags(options.flags, nowIso);
  if (options.from) fields = mergeFields(await fieldsFromFile(options.cwd, options.from), fields);
  if (options.interactive) {
    const { askIncident } = await import('./ask-incident.js');
    fields = await askIncident(fields, nowIso);
  }
  if (!fields.title) {
    throw new SecbookError('an incident needs a title', { hint: 'Pass --title "…" (or run in a terminal to be asked).' });
  }
  const full = {
    status: 'open' as const,
    created_at: nowIso,
    ...fields,
    title: fields.title,
    log: [...(fields.log ?? []), { at: nowIso, event: 'Incident recorded in secbook', ...(options.by ? { by: options.by } : {}) }],
  };
  const year = when(nowIso).year;
  const { id, path } = await createIncident(project.dir, full, year, project.display);
  return { id, file: project.display(path) };
}

export interface IncidentSummary {
  id: string;
  title: string;
  status: string;
  created_at: string | null;
  required: number;
  unknown: number;
  next: { id: string; deadline: string; overdue: boolean } | null;
}

export async function listIncidents(options: IncidentProjectOptions & { now: Date }): Promise<IncidentSummary[]> {
  const project = await openIncidentProject(options);
  const out: IncidentSummary[] = [];
  for (const id of await listIncidentIds(project.dir)) {
    const inc = (await loadIncident(project.dir, id, project.display)).data;
    const a = assessIncident(inc, project.workbook, options.now);
    const pending = a.notices.filter((n) => n.required !== 'no' && n.deadline && !n.sent_at).sort((x, y) => (x.ms_left ?? 0) - (y.ms_left ?? 0));
    const next = pending[0];
    out.push({
      id,
      title: inc.title,
      status: inc.status ?? 'open',
      created_at: inc.created_at ?? null,
      required: a.notices.filter((n) => n.required === 'yes').length,
      unknown: a.notices.filter((n) => n.required === 'unknown').length,
      next: next?.deadline ? { id: next.id, deadline: next.deadline, overdue: next.status === 'overdue' } : null,
    });
  }
  return out;
}

export async function getIncident(options: IncidentProjectOptions & { id: string }): Promise<{ incident: Incident; file: string; text: string; project: IncidentProject }> {
  const project = await openIncidentProject(options);
  const f = await loadIncident(project.dir, options.id, project.display);
  return { incident: f.data, file: f.file, text: f.toString(), project };
}

export interface LogOptions extends IncidentProjectOptions {
  id: string;
  event: string;
  at?: string;
  notice?: string;
  sent?: boolean;
  phase?: Phase;
  by?: string;
  now: Date;
}

/** Appends a log entry; with `--notice X --sent` also records the notice as sent. */
export async function logIncidentEvent(options: LogOptions): Promise<{ file: string; at: string; notice?: string }> {
  const project = await openIncidentProject(options);
  const f = await loadIncident(project.dir, options.id, project.display);
  let at = nowIn(project, options.now);
  if (options.at && options.at !== 'now') {
    const r = parseWhen(options.at);
    if (typeof r === 'string') throw new SecbookError(`--at: ${r}`);
    at = options.at;
  }
  if (options.sent && !options.notice) throw new SecbookError('--sent needs --notice <notice-id>', { hint: 'See the notice ids with `secbook incident assess <id>`.' });
  if (options.notice) {
    const ids = assessIncident(f.data, project.workbook, options.now).notices.map((n) => n.id);
    if (!ids.includes(options.notice)) {
      const close = ids.filter((i) => i.includes(options.notice ?? '') || (options.notice ?? '').includes(i.split('-')[0] ?? ''));
      throw new SecbookError(`no notice "${options.notice}" for ${f.data.id}`, { hint: `Notice ids: ${(close.length > 0 ? close : ids).slice(0, 12).join(', ')}` });
    }
  }
  f.append(['log'], { at, event: options.event, ...(options.by ? { by: options.by } : {}), ...(options.notice ? { notice: options.notice } : {}) });
  if (options.notice && options.sent) {
    f.set(['notices', options.notice, 'sent_at'], at);
    if (options.phase) f.set(['notices', options.notice, 'phase'], options.phase);
  }
  await f.save();
  return { file: f.file, at, notice: options.notice };
}

export async function assess(options: IncidentProjectOptions & { id: string; now: Date }): Promise<Assessment> {
  const { incident, project } = await getIncident(options);
  return assessIncident(incident, project.workbook, options.now);
}

export interface RenderOptions extends IncidentProjectOptions {
  id: string;
  now: Date;
  out?: string;
  phase?: Phase;
  pdf: boolean;
  /** Clean letters; refuses while a fact is missing. */
  final?: boolean;
}

export async function render(options: RenderOptions) {
  const { incident, project } = await getIncident(options);
  const [{ renderIncident }, { loadBranding }, { firstHourSteps }] = await Promise.all([import('./render-incident.js'), import('../render/branding.js'), import('./playbook.js')]);
  const outRoot = options.out ? resolve(options.cwd, options.out) : join(project.dir, 'output');
  const result = await renderIncident({
    incident,
    workbook: project.workbook,
    now: options.now,
    outRoot,
    templatesDir: join(project.dir, 'templates', 'notices'),
    cwd: options.cwd,
    phase: options.phase,
    pdf: options.pdf,
    final: options.final,
    branding: project.workbook ? await loadBranding(project.workbook, project.dir) : undefined,
    firstHour: await firstHourSteps(project.dir, incident.playbook),
  });
  return { ...result, dirName: project.display(result.dir) };
}
