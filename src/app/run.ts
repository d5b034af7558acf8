/**
 * The `secbook run` service: opens (or first creates) the workbook, builds the session and
 * hands it to a front end — the ink TUI or the plain prompts. The engine files beside this
 * one are pure; this is where storage and a front end are wired to them.
 */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AnsweredBy } from '../domain/answer.js';
import { closeMatches } from '../domain/answer-patch.js';
import { SecbookError } from '../errors.js';
import { atomicWrite } from '../storage/atomic-write.js';
import { openProject, resolveWorkbookPath } from '../storage/project.js';
import type { WorkbookFile } from '../storage/workbook-file.js';
import type { InitResult } from './init.js';
import { Autosave } from '../session/autosave.js';
import type { FrontEndInput, SessionEnd } from '../session/front-end.js';
import { createSession, unknownFocusIds } from '../session/session-state.js';
import { readUiState, writeUiState } from '../storage/ui-state.js';

export interface RunSessionOptions {
  cwd: string;
  /** Workbook file or folder (`./workbook.yaml` by default). */
  workbook?: string;
  /** Linear prompts instead of the full-screen UI. */
  plain?: boolean;
  /** Only these item ids (`--only`). */
  focus?: string[];
  /** Only the items the open quarterly review still needs (`--review`). */
  review?: boolean;
  /** Extra checklist folder (`--checklists`). */
  checklistsDir?: string;
  /** Replace the built-in checklists (tests, benchmarks). */
  builtInDir?: string;
  /** Whether stdin and stdout are a terminal; the session refuses to start otherwise. */
  interactive: boolean;
  now: () => Date;
  /** Recorded as `answered_by`: a name, or a name and role (`--by Dana --as "security lead"`). */
  by?: AnsweredBy;
  /** Where plain mode writes its text (the command passes its printer). */
  write?: (text: string) => void;
  /** Environment for the state directory (XDG_STATE_HOME); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Told what `init` wrote when the workbook had to be created first (the command prints the frameworks summary). */
  onCreated?: (result: InitResult) => void;
}

export interface RunSessionResult {
  file: string;
  /** Set when the workbook was created first. */
  created: boolean;
  /** How the session ended. */
  ended: SessionEnd;
}

export type { FrontEndInput, SessionEnd } from '../session/front-end.js';

function notInteractive(): SecbookError {
  return new SecbookError('secbook run needs an interactive terminal (stdin and stdout are not a TTY)', {
    details: ['In scripts and CI, record answers and read progress with:', '  secbook answer <item-id> --status done --note "…"', '  secbook status [--json]'],
    hint: 'Run `secbook run` in a terminal, or use `secbook answer` / `secbook status`.',
    exitCode: 2,
  });
}

const SAVE_DELAY_MS = 150;

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * `run` is the default command, so `secbook stauts` would reach it with "stauts" as the
 * workbook. A bare word that is neither a YAML file nor an existing folder is a mistyped
 * command: say so instead of offering to create a workbook there.
 */
export async function checkWorkbookArgument(cwd: string, arg: string, commands: string[]): Promise<void> {
  if (/\.ya?ml$/i.test(arg) || arg.includes('/') || arg.includes('\\') || arg === '.' || (await exists(resolve(cwd, arg)))) return;
  const matches = closeMatches(commands, arg, 3);
  throw new SecbookError(`unknown command "${arg}" (and no workbook folder by that name)`, {
    details: matches.length ? ['Did you mean:', ...matches.map((m) => `  secbook ${m}`)] : [],
    hint: 'Run `secbook --help` for the commands; `secbook run <folder>` opens a workbook in another folder.',
    exitCode: 2,
  });
}

export async function runSession(options: RunSessionOptions): Promise<RunSessionResult> {
  // A review with nothing left to re-confirm says so even without a terminal.
  if (options.review) {
    const { openReviewFocus } = await import('../review/review-focus.js');
    options = { ...options, focus: await openReviewFocus({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir, now: options.now() }) };
  }
  if (!options.interactive) throw notInteractive();
  const write = options.write ?? (() => undefined);
  const path = resolveWorkbookPath(options.cwd, options.workbook);
  let created = false;
  if (!(await exists(path))) {
    write(`No workbook at ${path} yet: a few questions first to create it.\n`);
    const { runInit } = await import('./init.js');
    const result = await runInit({ cwd: options.cwd, dir: options.workbook ?? '.', interactive: true, flags: { lists: { frameworks: [], languages: [], libraries: [], providers: [], states: [] } } });
    created = true;
    options.onCreated?.(result);
    // The full-screen session would cover the summary of what applies: let the team read it first.
    if (!options.plain) {
      const { askText } = await import('../prompts/ask.js');
      await askText('Press Enter to open the guided session', { default: '' });
    }
  }
  // Start loading the front end while the workbook and checklists load (overlaps file IO).
  const frontEnd = options.plain ? import('../prompts/plain-session.js') : import('../tui/run-tui.js');
  frontEnd.catch(() => undefined); // a failure surfaces where it is awaited below
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir, builtInDir: options.builtInDir });
  const set = project.checklists;
  if (options.focus) {
    const unknown = unknownFocusIds(set, options.focus);
    if (unknown.length > 0) {
      throw new SecbookError(`--only: no checklist item ${unknown.map((u) => `"${u}"`).join(', ')}`, {
        details: ['Did you mean:', ...closeMatches(set.items.keys(), unknown[0] ?? '').map((m) => `  ${m}`)],
        hint: 'List item ids with `secbook status --json`.',
      });
    }
  }
  const today = options.now().toISOString().slice(0, 10);
  const ui = await readUiState(project.workbook.path, options.env);
  const initial = createSession({
    set,
    workbook: project.workbook.data,
    today,
    focus: options.focus,
    lastItem: ui.last_item,
    autoAdvance: ui.auto_advance ?? true,
    ...(options.review ? { review: options.focus } : {}),
  });
  if (initial.items.length === 0) {
    throw new SecbookError('no checklist item applies to this workbook', {
      hint: 'Check the scope with `secbook status` (which frameworks apply and why), or add checklists.',
    });
  }
  // The TUI coalesces changes made within 150 ms into one save; plain mode saves each answer.
  const autosave = new Autosave(project.workbook, initial.items[initial.cursor]?.item.id, options.plain ? 0 : SAVE_DELAY_MS);
  let autoAdvance = initial.autoAdvance;
  const input: FrontEndInput = {
    initial,
    autosave,
    now: options.now,
    by: options.by,
    title: `secbook · ${project.workbook.data.organisation.name}`,
    write,
    onSettings: (settings) => {
      autoAdvance = settings.autoAdvance;
    },
  };
  let ended: RunSessionResult['ended'];
  try {
    const module = await frontEnd;
    ended = 'runPlain' in module ? await module.runPlain(input) : await module.runTui(input);
  } finally {
    const lastItem = autosave.lastItem;
    const last = lastItem ?? ui.last_item;
    if (last !== ui.last_item || autoAdvance !== (ui.auto_advance ?? true)) {
      await writeUiState(project.workbook.path, { ...(last !== undefined ? { last_item: last } : {}), ...(autoAdvance ? {} : { auto_advance: false }) }, options.env);
    }
    await finalSave(autosave, project.workbook);
  }
  return { file: project.workbook.file, created, ended };
}

/**
 * Waits for queued saves and retries a failed one. If the workbook still cannot be
 * written, the answers go to a recovery file beside it so nothing typed is lost.
 */
async function finalSave(autosave: Autosave, workbook: WorkbookFile): Promise<void> {
  const status = await autosave.flush();
  if (status.state !== 'failed') return;
  const recovery = `${workbook.path}.unsaved.yaml`;
  const saved = await atomicWrite(recovery, workbook.toString()).then(() => true, () => false);
  throw new SecbookError(`could not save ${workbook.file}: ${status.message}`, {
    details: saved ? [`Your answers were written to ${recovery} instead.`] : ['The recovery copy could not be written either.'],
    hint: status.hint ?? 'Fix the problem (permissions, a conflicting edit) and merge the recovery copy, or rerun `secbook run`.',
  });
}
