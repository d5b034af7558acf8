/**
 * The drill as a pure reducer: an exercise clock (real time or compressed, pausable), the
 * inject timeline, the decision log and the gaps found. Every event takes the wall-clock
 * time it happened; nothing here reads the clock or the disk.
 */
import { endMinute, type Scenario } from './scenario-schema.js';
import type { DrillRecord, LoggedEntry } from './drill-record.js';

const MINUTE = 60_000;

export type DrillEvent =
  | { type: 'tick'; at: Date }
  | { type: 'pause'; at: Date }
  | { type: 'resume'; at: Date }
  /** Jump the exercise clock to the next inject (facilitator skips the wait). */
  | { type: 'next'; at: Date }
  | { type: 'decision'; at: Date; entry: Omit<LoggedEntry, 'at' | 'minute'> }
  | { type: 'gap'; at: Date; entry: Omit<LoggedEntry, 'at' | 'minute'> }
  | { type: 'finish'; at: Date };

export interface StartOptions {
  at: Date;
  speed: number;
  participants: DrillRecord['participants'];
  /** Drill record id, `2026-12-02-dkim-key-exposed`. */
  id: string;
}

export function startDrill(scenario: Scenario, o: StartOptions): DrillRecord {
  const iso = o.at.toISOString();
  const record: DrillRecord = {
    format: 1,
    id: o.id,
    scenario: scenario.id,
    title: scenario.title,
    started_at: iso,
    finished_at: null,
    clock: { mode: o.speed === 1 ? 'real' : 'compressed', speed: o.speed, elapsed_ms: 0, running_since: iso },
    participants: o.participants,
    injects_shown: [],
    decisions: [],
    gaps: [],
    report: [],
  };
  return reveal(scenario, record, o.at);
}

/** Exercise time in ms at `at` (scenario time: compressed drills run `speed` times faster). */
export function exerciseMs(record: DrillRecord, at: Date): number {
  const { elapsed_ms, running_since, speed } = record.clock;
  if (!running_since) return elapsed_ms;
  return elapsed_ms + Math.max(0, at.getTime() - Date.parse(running_since)) * speed;
}

export const exerciseMinute = (record: DrillRecord, at: Date): number => Math.floor(exerciseMs(record, at) / MINUTE);

/** `00:12:05` of exercise time. */
export function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Shows every inject whose minute has come. */
function reveal(scenario: Scenario, record: DrillRecord, at: Date): DrillRecord {
  const minute = exerciseMs(record, at) / MINUTE;
  const shown = record.injects_shown.length;
  const due = scenario.injects.slice(shown).filter((inj) => inj.minute <= minute);
  if (due.length === 0) return record;
  return { ...record, injects_shown: [...record.injects_shown, ...due.map((inj) => ({ minute: inj.minute, title: inj.title, shown_at: at.toISOString() }))] };
}

export const isFinished = (record: DrillRecord): boolean => record.finished_at !== null;

/** The index of the newest inject on screen, or -1 before the first. */
export const currentInjectIndex = (record: DrillRecord): number => record.injects_shown.length - 1;

export function reduce(scenario: Scenario, record: DrillRecord, event: DrillEvent): DrillRecord {
  if (isFinished(record)) return record;
  const at = event.at;
  const iso = at.toISOString();
  const minute = exerciseMinute(record, at);
  switch (event.type) {
    case 'tick': {
      const shown = reveal(scenario, record, at);
      // The end of the timeline ends the drill (pause the clock to keep talking).
      if (exerciseMs(shown, at) >= endMinute(scenario) * MINUTE) return reduce(scenario, shown, { type: 'finish', at });
      return shown;
    }
    case 'pause':
      if (!record.clock.running_since) return record;
      return { ...record, clock: { ...record.clock, elapsed_ms: exerciseMs(record, at), running_since: null } };
    case 'resume':
      if (record.clock.running_since) return record;
      return reveal(scenario, { ...record, clock: { ...record.clock, running_since: iso } }, at);
    case 'next': {
      const nextInject = scenario.injects[record.injects_shown.length];
      if (!nextInject) return record;
      const target = Math.max(exerciseMs(record, at), nextInject.minute * MINUTE);
      const running = record.clock.running_since ? iso : null;
      return reveal(scenario, { ...record, clock: { ...record.clock, elapsed_ms: target, running_since: running } }, at);
    }
    case 'decision':
      return { ...record, decisions: [...record.decisions, { ...event.entry, at: iso, minute }] };
    case 'gap':
      return { ...record, gaps: [...record.gaps, { ...event.entry, at: iso, minute }] };
    case 'finish': {
      const paused = reduce(scenario, record, { type: 'pause', at });
      return { ...paused, finished_at: iso };
    }
  }
}

/**
 * Parses the facilitator's one-line entry: `text @owner [by YYYY-MM-DD] [#item.id]`.
 * Owner, due date and checklist item are optional; the rest is the text.
 */
export function parseEntry(line: string): Omit<LoggedEntry, 'at' | 'minute'> | string {
  let rest = line.trim();
  let item: string | undefined;
  let due: string | undefined;
  rest = rest.replace(/\s*#([a-z0-9]+(?:\.[a-z0-9-]+)+)\s*/i, (_m, id: string) => ((item = id), ' ')).trim();
  rest = rest.replace(/\s*\bby\s+(\d{4}-\d{2}-\d{2})\b\s*/, (_m, d: string) => ((due = d), ' ')).trim();
  let owner: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    owner = rest.slice(at + 1).trim() || undefined;
    rest = rest.slice(0, at).trim();
  }
  if (!rest) return 'type what was decided (optionally: @owner, by YYYY-MM-DD, #checklist.item)';
  if (due && Number.isNaN(Date.parse(`${due}T00:00:00Z`))) return `"${due}" is not a date`;
  return { text: rest, ...(owner ? { owner } : {}), ...(due ? { due } : {}), ...(item ? { item } : {}) };
}
