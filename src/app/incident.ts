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
import { assessIncident, orgZone, type Assessment } from '../incidents/assess.js';
import { fieldsFromFlags, mergeFields, type IncidentFields, type NewIncidentFlags } from '../incidents/build-incident.js';
import { isoSeconds } from '../incidents/deadline.js';
import { INCIDENT_HINT } from '../incidents/incident-file.js';
import { incidentSchema, type Incident } from '../incidents/incident-schema.js';
import { createIncident, listIncidentIds, loadIncident } from '../incidents/incident-store.js';
import type { Phase } from '../incidents/notice-context.js';
import { parseWhen, when } from '../incidents/when.js';

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

/**
 * What the workbook already says about every incident: the GDPR role from the scope (when it
 * is one role), no HIPAA role without PHI in scope, and the organisation's zone for times
 * typed without one. `discovered_at` defaults to `aware_at` (the same moment unless told).
 */
export function workbookDefaults(workbook: Workbook | undefined): { role: IncidentFields['role']; phi?: 'no'; zone: string } {
  const scope = workbook?.scope;
  const gdpr = scope?.gdpr_role === 'controller' || scope?.gdpr_role === 'processor' ? scope.gdpr_role : undefined;
  const noPhi = scope?.phi === false || scope?.hipaa_role === 'none';
  const role = { ...(gdpr ? { gdpr } : {}), ...(noPhi ? { hipaa: 'none' as const } : {}) };
  return { role: Object.keys(role).length > 0 ? role : undefined, ...(noPhi ? { phi: 'no' as const } : {}), zone: orgZone(workbook).zone };
}

function applyDefaults(fields: Partial<IncidentFields>, defaults: ReturnType<typeof workbookDefaults>): Partial<IncidentFields> {
  const out = { ...fields };
  if (defaults.role) out.role = { ...defaults.role, ...out.role };
  if (defaults.phi && out.phi === undefined) out.phi = defaults.phi;
  if (out.discovered_at === undefined && out.aware_at !== undefined) out.discovered_at = out.aware_at;
  return out;
}

export async function newIncident(options: NewIncidentOptions): Promise<{ id: string; file: string }> {
  const project = await openIncidentProject(options);
  const nowIso = nowIn(project, options.now);
  const defaults = workbookDefaults(project.workbook);
  let fields = fieldsFromFlags(options.flags, nowIso, defaults.zone);
  if (options.from) fields = mergeFields(await fieldsFromFile(options.cwd, options.from), fields);
  fields = applyDefaults(fields, defaults);
  if (options.interactive) {
    const { askIncident } = await import('../incidents/ask-incident.js');
    fields = applyDefaults(await askIncident(fields, nowIso, defaults.zone), defaults);
  }
  if (!fields.title) {
    throw new SecbookError('an incident needs a title', { hint: 'Pass --title "…" (or run in a terminal to be asked).', exitCode: 2 });
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
  /** Notices assess reports as still to send: open, overdue or on hold (sent ones are not). */
  open: string[];
  next: { id: string; deadline: string; overdue: boolean } | null;
}

/** Notices still to send or decide, exactly as assess reports them. */
export const openNotices = (a: Assessment) => a.notices.filter((n) => n.status === 'open' || n.status === 'overdue' || n.status === 'on_hold');

export async function listIncidents(options: IncidentProjectOptions & { now: Date }): Promise<IncidentSummary[]> {
  const project = await openIncidentProject(options);
  const out: IncidentSummary[] = [];
  for (const id of await listIncidentIds(project.dir)) {
    const inc = (await loadIncident(project.dir, id, project.display)).data;
    const a = assessIncident(inc, project.workbook, options.now);
    const open = openNotices(a);
    const pending = open.filter((n) => n.deadline).sort((x, y) => (x.ms_left ?? 0) - (y.ms_left ?? 0));
    const next = pending[0];
    out.push({
      id,
      title: inc.title,
      status: inc.status ?? 'open',
      created_at: inc.created_at ?? null,
      required: a.notices.filter((n) => n.required === 'yes').length,
      unknown: a.notices.filter((n) => n.required === 'unknown').length,
      open: open.map((n) => n.id),
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
  /** Log a notice assess does not require (with a reason). */
  force?: boolean;
  reason?: string;
}

/** Appends a log entry; with `--notice X --sent` also records the notice as sent. */
export async function logIncidentEvent(options: LogOptions): Promise<{ file: string; at: string; notice?: string }> {
  const project = await openIncidentProject(options);
  const f = await loadIncident(project.dir, options.id, project.display);
  let at = nowIn(project, options.now);
  if (options.at && options.at !== 'now') {
    const r = parseWhen(options.at, orgZone(project.workbook).zone);
    if (typeof r === 'string') throw new SecbookError(`--at: ${r}`);
    if (r.toMillis() > options.now.getTime()) throw new SecbookError(`--at ${options.at} is in the future`, { hint: 'Log what has happened, at the time it happened (default: now).' });
    const aware = f.data.aware_at ?? f.data.discovered_at;
    if (aware && r.toMillis() < when(aware).toMillis()) {
      throw new SecbookError(`--at ${options.at} is before you became aware of the incident (${aware})`, { hint: 'Check the time and its zone, or correct aware_at with `secbook incident edit`.' });
    }
    at = isoSeconds(r);
  }
  if (options.sent && !options.notice) throw new SecbookError('--sent needs --notice <notice-id>', { hint: 'See the notice ids with `secbook incident assess <id>`.' });
  if (options.force && !options.reason?.trim()) throw new SecbookError('--force needs --reason "…"', { hint: 'Say why a notice the assessment does not require is being logged.' });
  if (options.notice) {
    const notices = assessIncident(f.data, project.workbook, options.now).notices;
    const ids = notices.map((n) => n.id);
    const found = notices.find((n) => n.id === options.notice);
    if (!found) {
      const close = ids.filter((i) => i.includes(options.notice ?? '') || (options.notice ?? '').includes(i.split('-')[0] ?? ''));
      throw new SecbookError(`no notice "${options.notice}" for ${f.data.id}`, { hint: `Notice ids: ${(close.length > 0 ? close : ids).slice(0, 12).join(', ')}` });
    }
    if (found.required === 'no' && !options.force) {
      throw new SecbookError(`${found.id} is not required for ${f.data.id}: ${found.reasons.join('; ')}`, {
        hint: 'If you sent it anyway, pass --force --reason "…"; if the facts changed, record them first (`secbook incident edit`).',
      });
    }
  }
  f.append(['log'], { at, event: options.force && options.reason ? `${options.event} (logged with --force: ${options.reason.trim()})` : options.event, ...(options.by ? { by: options.by } : {}), ...(options.notice ? { notice: options.notice } : {}) });
  if (options.notice && options.sent) {
    f.set(['notices', options.notice, 'sent_at'], at);
    if (options.phase) f.set(['notices', options.notice, 'phase'], options.phase);
  }
  await f.save();
  return { file: f.file, at, notice: options.notice };
}

export interface EditOptions extends IncidentProjectOptions {
  id: string;
  flags: NewIncidentFlags;
  interactive: boolean;
  now: Date;
  by?: string;
}

/** `incident edit`: sets what the flags (or, in a terminal, the prompts) give; keeps comments and the rest. */
export async function editIncident(options: EditOptions): Promise<{ file: string; changed: string[] }> {
  const project = await openIncidentProject(options);
  const f = await loadIncident(project.dir, options.id, project.display);
  const nowIso = nowIn(project, options.now);
  const zone = orgZone(project.workbook).zone;
  let fields = fieldsFromFlags(options.flags, nowIso, zone);
  if (options.interactive && Object.keys(fields).length === 0) {
    const { askIncident } = await import('../incidents/ask-incident.js');
    const { format: _f, id: _i, ...current } = f.data;
    const asked = await askIncident(current, nowIso, zone);
    fields = Object.fromEntries(Object.entries(asked).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((current as Record<string, unknown>)[k])));
  }
  const changed: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if ((key === 'role' || key === 'risk') && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) {
        f.set([key, k], v);
        changed.push(`${key}.${k}`);
      }
      continue;
    }
    f.set([key], value);
    changed.push(key);
  }
  if (changed.length === 0) throw new SecbookError('nothing to change', { hint: 'Pass the fields to set, e.g. --what-happened "…" --measures "…" (see --help), or run in a terminal to be asked.' });
  f.append(['log'], { at: nowIso, event: `Edited in secbook: ${changed.join(', ')}`, ...(options.by ? { by: options.by } : {}) });
  await f.save();
  return { file: f.file, changed };
}

/** `incident close`: refuses while assess still reports notices to send, unless forced with a reason. */
export async function closeIncident(options: IncidentProjectOptions & { id: string; now: Date; force?: boolean; reason?: string; by?: string }): Promise<{ file: string }> {
  const project = await openIncidentProject(options);
  const f = await loadIncident(project.dir, options.id, project.display);
  if (f.data.status === 'closed') throw new SecbookError(`${f.data.id} is already closed`);
  if (options.force && !options.reason?.trim()) throw new SecbookError('--force needs --reason "…"');
  const open = openNotices(assessIncident(f.data, project.workbook, options.now));
  if (open.length > 0 && !options.force) {
    throw new SecbookError(`${f.data.id} still has ${open.length} notice${open.length === 1 ? '' : 's'} to send or decide`, {
      details: open.map((n) => `${n.id}: ${n.status}${n.required === 'unknown' ? ` (unknown until ${n.missing.join(', ')})` : ''}`),
      hint: 'Log each as sent (`secbook incident log <id> "…" --notice <notice> --sent`), record the facts that rule it out, or pass --force --reason "…".',
    });
  }
  const nowIso = nowIn(project, options.now);
  f.set(['status'], 'closed');
  f.append(['log'], { at: nowIso, event: `Incident closed${options.force ? ` with ${open.length} notices open: ${options.reason?.trim()}` : ''}`, ...(options.by ? { by: options.by } : {}) });
  await f.save();
  return { file: f.file };
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
  const [{ renderIncident }, { loadBranding }, { firstHourSteps }] = await Promise.all([import('../incidents/render-incident.js'), import('../render/branding.js'), import('../incidents/playbook.js')]);
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
