/** Rendering the TUI App in ink-testing-library with a real engine and a recording saver. */
import { render } from 'ink-testing-library';
import { Autosave, type SaveTarget } from '../../src/session/autosave.js';
import { createSession, type SessionState } from '../../src/session/session-state.js';
import { App } from '../../src/tui/App.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { workbookSchema, type Workbook } from '../../src/domain/workbook-schema.js';
import type { ChecklistSet } from '../../src/domain/checklist-set.js';
import { parse } from 'yaml';
import { makeSessionFixture, workbookYaml, type SessionFixture } from './session-fixtures.js';

export const NOW = new Date('2027-01-15T09:00:00Z');

/** Strips ANSI escape codes from a frame. */
 
export const plain = (frame: string | undefined): string => (frame ?? '').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

export async function loadFixtureSet(fixture: SessionFixture): Promise<ChecklistSet> {
  return loadChecklists({ cwd: fixture.dir, builtInDir: fixture.noBuiltIns, extraDirs: [`${fixture.dir}/checklists`] });
}

export function workbookData(answers: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Workbook {
  return workbookSchema.parse(parse(workbookYaml(answers, extra)));
}

/** A SaveTarget that records what was saved in memory, and can be told to fail. */
export class MemoryTarget implements SaveTarget {
  answers: Record<string, Record<string, unknown>> = {};
  saved: Record<string, Record<string, unknown>> = {};
  lastItem: string | undefined;
  saves = 0;
  fail: Error | undefined;
  setAnswer(itemId: string, patch: Record<string, unknown>): void {
    const next = { ...this.answers[itemId] };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete next[k];
      else next[k] = v;
    }
    this.answers[itemId] = next;
  }
  set(path: readonly (string | number)[], value: unknown): void {
    if (path[0] === 'answers' && path.length === 2) {
      if (value === undefined) delete this.answers[String(path[1])];
    } else if (path[0] === 'session') this.lastItem = value as string;
  }
  async save(): Promise<void> {
    if (this.fail) throw this.fail;
    this.saves++;
    this.saved = structuredClone(this.answers);
  }
}

export interface TuiHarness {
  frame: () => string;
  press: (...keys: string[]) => Promise<void>;
  /** Waits until the frame contains `text` (or the predicate holds). */
  waitFor: (text: string | ((frame: string) => boolean), timeoutMs?: number) => Promise<string>;
  target: MemoryTarget;
  autosave: Autosave;
  unmount: () => void;
  quitCalls: () => number;
}

export const KEY = { up: '\u001b[A', down: '\u001b[B', left: '\u001b[D', right: '\u001b[C', enter: '\r', esc: '\u001b', backspace: '\u007f', pageDown: '\u001b[6~', ctrlC: '\u0003', ctrlU: '\u0015' };

export function renderApp(initial: SessionState, options: { columns?: number; rows?: number; startOn?: 'overview' | 'item' } = {}): TuiHarness {
  const target = new MemoryTarget();
  // The target starts as the workbook does, so `saved` shows whole answers, not just patches.
  target.answers = structuredClone(initial.answers) as MemoryTarget['answers'];
  const autosave = new Autosave(target);
  let quits = 0;
  const app = render(
    <App initial={initial} saver={autosave} now={() => NOW} by="tester" title="secbook · Test Org" size={{ columns: options.columns ?? 80, rows: options.rows ?? 24 }} startOn={options.startOn} onQuit={() => quits++} />,
  );
  const frame = () => plain(app.lastFrame());
  const waitFor = async (want: string | ((f: string) => boolean), timeoutMs = 3000) => {
    const test = typeof want === 'string' ? (f: string) => f.includes(want) : want;
    const start = Date.now();
    for (;;) {
      const f = frame();
      if (test(f)) return f;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(want)}; frame:\n${f}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      const before = app.frames.length;
      app.stdin.write(key);
      // Wait for ink to process the key (a new frame), or a short grace period when nothing changes.
      const start = Date.now();
      while (app.frames.length === before && Date.now() - start < 100) await new Promise((r) => setTimeout(r, 2));
    }
  };
  return { frame, press, waitFor, target, autosave, unmount: app.unmount, quitCalls: () => quits };
}

export async function sessionFor(fixture: SessionFixture, answers: Record<string, unknown> = {}, options: { focus?: string[]; extra?: Record<string, unknown> } = {}): Promise<SessionState> {
  const set = await loadFixtureSet(fixture);
  return createSession({ set, workbook: workbookData(answers, options.extra), today: '2027-01-15', focus: options.focus });
}

export { makeSessionFixture };
