/**
 * `secbook drill`: opens (or resumes) a drill on a scenario, applies facilitator events with
 * the drill record saved after each one, and finishes it: the after-action report through
 * the documents pipeline, follow-up owners and due dates into the workbook, and the drill as
 * evidence on the incident-response checklist's exercise item.
 */
import { join, relative, resolve } from 'node:path';
import type { Evidence } from '../domain/answer.js';
import { SecbookError } from '../errors.js';
import { afterActionDocument } from '../drills/after-action-document.js';
import { drillAssessment, noPlaybooks, type PlaybookLookup } from '../drills/drill-assessment.js';
import { loadPlaybooks } from '../storage/load-playbooks.js';
import { makeFolder, readRegularFile } from '../storage/safe-fs.js';
import { drillDir, listDrills, newDrillId, writeDrill, type DrillRecord, type StoredDrill } from '../drills/drill-record.js';
import { reduce, startDrill, type DrillEvent } from '../drills/engine.js';
import { findScenario, loadScenarios, type LoadedScenario } from '../drills/load-scenarios.js';
import { fill, fillDeep, placeholderValues, roleHolders, type RoleHolder } from '../drills/people.js';
import type { Scenario } from '../drills/scenario-schema.js';
import { displayName, openProject, type Project } from '../storage/project.js';

/** The checklist item a finished drill is recorded on (its date and evidence). */
export const EXERCISE_ITEM = 'ir.exercises.last-held';
/** Where follow-ups without `#item` go: the exercise findings item. */
export const FOLLOW_UP_ITEM = 'ir.exercises.gaps';

export interface DrillContext {
  cwd: string;
  workbook?: string;
}

export async function listScenarioSummaries(ctx: DrillContext): Promise<{ id: string; title: string; file: string; builtIn: boolean }[]> {
  const project = await openProject(ctx);
  const values = placeholderValues(project.workbook.data);
  return (await loadScenarios({ cwd: ctx.cwd, projectDir: project.dir })).map((s) => ({ id: s.scenario.id, title: fill(s.scenario.title, values), file: s.file, builtIn: s.builtIn }));
}

/** One open drill: the filled-in scenario, the record and where it is saved. */
export class DrillSession {
  private constructor(
    readonly cwd: string,
    readonly project: Project,
    /** Placeholders filled from the workbook. */
    readonly scenario: Scenario,
    readonly roles: RoleHolder[],
    readonly path: string,
    readonly file: string,
    private current: DrillRecord,
    readonly resumed: boolean,
    /** The playbook's first-hour steps for this scenario, when playbooks are available. */
    readonly firstHour: string[] = [],
  ) {}

  get record(): DrillRecord {
    return this.current;
  }

  static async open(ctx: DrillContext & { scenario: string; now: Date; speed: number; resume?: boolean; playbooks?: PlaybookLookup }): Promise<DrillSession> {
    const project = await openProject(ctx);
    const loaded: LoadedScenario = await findScenario({ cwd: ctx.cwd, projectDir: project.dir }, ctx.scenario);
    const workbook = project.workbook.data;
    const scenario = fillDeep(loaded.scenario, placeholderValues(workbook));
    const roles = roleHolders(workbook);
    const lookup = ctx.playbooks ?? (scenario.playbook ? playbookSteps(project.dir) : noPlaybooks);
    const firstHour = (await lookup(scenario.playbook ?? scenario.id)) ?? [];
    const drills = await listDrills(project.dir);
    const unfinished = drills.filter((d) => d.record.scenario === scenario.id && d.record.finished_at === null).at(-1);
    const file = (d: StoredDrill | string) => displayName(ctx.cwd, typeof d === 'string' ? d : d.path);
    if (unfinished) return new DrillSession(ctx.cwd, project, scenario, roles, unfinished.path, file(unfinished), unfinished.record, true, firstHour);
    if (ctx.resume) {
      throw new SecbookError(`no unfinished drill of "${scenario.id}" to resume`, { hint: `Start one with \`secbook drill ${scenario.id}\`.` });
    }
    const id = newDrillId(drills, ctx.now.toISOString().slice(0, 10), scenario.id);
    const participants = scenario.participants.map((role) => {
      const h = roles.find((r) => r.role === role);
      return { role, name: h?.name ?? null, backup: h?.backup ?? null };
    });
    const record = startDrill(scenario, { at: ctx.now, speed: ctx.speed, participants, id });
    await makeFolder(drillDir(project.dir), 'drills/');
    const path = join(drillDir(project.dir), `${id}.yaml`);
    await writeDrill(path, record);
    return new DrillSession(ctx.cwd, project, scenario, roles, path, file(path), record, false, firstHour);
  }

  private saving: Promise<void> = Promise.resolve();

  /**
   * Applies an event and saves the record before resolving. Events are reduced in the order
   * they arrive and writes are chained, so a clock tick never overwrites a decision; the
   * result is always the newest record.
   */
  async apply(event: DrillEvent): Promise<DrillRecord> {
    const next = reduce(this.scenario, this.current, event);
    if (next !== this.current) {
      this.current = next;
      this.saving = this.saving.then(() => writeDrill(this.path, this.current));
    }
    await this.saving;
    return this.current;
  }

  /** Notices for the scenario's facts at `now` (what the law says at a decision point). */
  assess(now: Date) {
    return drillAssessment(this.scenario, this.project.workbook.data, new Date(this.current.started_at), now);
  }

  /** Ends the drill: record, after-action report, workbook updates. */
  async finish(options: { now: Date; out?: string; pdf?: boolean }): Promise<FinishedDrill> {
    const record = await this.apply({ type: 'finish', at: options.now });
    return publishAfterAction(this, record, options);
  }
}

export interface FinishedDrill {
  file: string;
  report: string[];
  pdfSkipped?: string;
  /** `item: owner, due` lines written to the workbook. */
  followUps: string[];
  /** Follow-ups whose `#item` names no checklist item (kept in the report only). */
  skipped: string[];
}

async function publishAfterAction(session: DrillSession, record: DrillRecord, options: { now: Date; out?: string; pdf?: boolean }): Promise<FinishedDrill> {
  const { project, scenario } = session;
  const data = project.workbook.data;
  const notices = session.assess(options.now).notices.map((n) => ({ id: n.id, title: n.title, required: n.required, deadline_text: n.deadline_text }));
  const doc = afterActionDocument({ scenario, record, roles: session.roles, notices });
  const [{ publishDocuments, publishOrHtml }, { createTemplateEnv }, { loadBranding }, { personName }, { sha256 }] = await Promise.all([
    import('../render/publish.js'),
    import('../render/handlebars-env.js'),
    import('../render/branding.js'),
    import('../render/documents/people.js'),
    import('../render/versions.js'),
  ]);
  const cwd = session.cwd;
  const outDir = resolve(cwd, options.out ?? 'output');
  const publish = async (formats: ('html' | 'pdf')[]) =>
    publishDocuments({
      outDir,
      documents: [doc],
      env: createTemplateEnv({ overrideDir: join(project.dir, 'templates'), cwd }),
      // Word as well, so the team can edit the report with tracked changes.
      formats: [...formats, 'docx'],
      paper: 'a4',
      base: {
        organisation: data.organisation.name,
        legalName: data.organisation.legal_name ?? data.organisation.name,
        // Approval is a recorded act (secbook review approve); an after-action report has none.
        approver: null,
        owner: personName(data.organisation.security_contact),
        branding: await loadBranding(data, project.dir),
      },
      today: options.now.toISOString().slice(0, 10),
      now: options.now,
      workbookSha256: sha256(await readRegularFile(project.workbook.path, project.workbook.file)),
    });
  // The drill is finished either way; without a browser the HTML is still written.
  const { result, pdfSkipped } = await publishOrHtml(publish, options.pdf !== false);
  const mine = result.documents.find((d) => d.id === doc.id);
  const files = Object.values(mine?.files ?? {}).map((f) => join(outDir, f.path));

  // Follow-ups: owner and due date on the checklist item, never its status.
  const wb = project.workbook;
  const followUps: string[] = [];
  const skipped: string[] = [];
  for (const d of record.decisions.filter((x) => x.owner && x.due)) {
    const item = d.item ?? FOLLOW_UP_ITEM;
    if (!project.checklists.items.has(item)) {
      skipped.push(`${item} (${d.text})`);
      continue;
    }
    wb.setAnswer(item, { owner: d.owner, due: d.due });
    followUps.push(`${item}: ${d.owner}, due ${d.due}`);
  }
  const day = record.started_at.slice(0, 10);
  if (project.checklists.items.has(EXERCISE_ITEM)) {
    const existing = wb.data.answers[EXERCISE_ITEM]?.evidence ?? [];
    const entry: Evidence = { text: `Tabletop drill "${scenario.title}" (${relative(project.dir, session.path).split('\\').join('/')})`, date: day, source: 'drill' };
    wb.setAnswer(EXERCISE_ITEM, { value: day, evidence: [...existing, entry], updated_at: options.now.toISOString() });
  }
  await wb.save();
  const rel = files.map((p) => relative(project.dir, p).split('\\').join('/'));
  await writeDrill(session.path, { ...record, report: rel });
  return { file: session.file, report: files.map((p) => displayName(cwd, p)), followUps, skipped, ...(pdfSkipped ? { pdfSkipped } : {}) };
}

/** `secbook drill finish [scenario]`: finishes the newest unfinished drill. */
export async function finishLatest(ctx: DrillContext & { scenario?: string; now: Date; out?: string; pdf?: boolean }): Promise<FinishedDrill> {
  const project = await openProject(ctx);
  const open = (await listDrills(project.dir)).filter((d) => d.record.finished_at === null && (!ctx.scenario || d.record.scenario === ctx.scenario)).at(-1);
  if (!open) throw new SecbookError('no unfinished drill to finish', { hint: 'Start one with `secbook drill <scenario>`; `secbook drill --list` shows them.' });
  const session = await DrillSession.open({ ...ctx, scenario: open.record.scenario, speed: open.record.clock.speed });
  return session.finish(ctx);
}

/** First-hour steps of a playbook (built-in or the team's), as "role: step" lines. */
function playbookSteps(dir: string): PlaybookLookup {
  return async (id) => (await loadPlaybooks(dir)).find((p) => p.id === id)?.first_hour.map((s) => `${s.role.replace(/-/g, ' ')}: ${s.step}`);
}
