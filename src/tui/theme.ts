/**
 * Status symbols and colours. Every status has a symbol and a letter, so nothing relies
 * on colour; colours are dropped entirely when NO_COLOR is set.
 */
import type { Status } from '../domain/answer.js';

export const STATUS_SYMBOL: Record<Status | 'unanswered', string> = {
  done: '✓',
  partial: '◐',
  todo: '✗',
  na: '–',
  unanswered: '·',
};

export const STATUS_WORD: Record<Status | 'unanswered', string> = {
  done: 'done',
  partial: 'partial',
  todo: 'todo',
  na: 'n/a',
  unanswered: 'unanswered',
};

const STATUS_COLOR: Record<Status | 'unanswered', string> = {
  done: 'green',
  partial: 'yellow',
  todo: 'red',
  na: 'gray',
  unanswered: 'gray',
};

export const colorsEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => env.NO_COLOR === undefined || env.NO_COLOR === '';

/** A colour name for ink's `color` prop, or undefined when colours are off. */
export function tone(color: string, enabled = colorsEnabled()): string | undefined {
  return enabled ? color : undefined;
}

export const statusColor = (status: Status | undefined): string | undefined => tone(STATUS_COLOR[status ?? 'unanswered']);

/** `[████░░░░]`-style bar; `#`/`.` when colours are off keeps it readable without them. */
export function progressBar(ratio: number, width: number): string {
  const w = Math.max(1, width);
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * w);
  const [full, empty] = colorsEnabled() ? ['█', '░'] : ['#', '.'];
  return full.repeat(filled) + empty.repeat(w - filled);
}

export const percent = (ratio: number | null): string => (ratio === null ? '  –' : `${Math.round(ratio * 100)}%`.padStart(4));
