/**
 * Colours for the TUI (the status table itself: domain/statuses.ts); colours are dropped
 * entirely when NO_COLOR is set.
 */
import type { Status } from '../domain/answer.js';
import { STATUS_TABLE } from '../domain/statuses.js';

export { STATUS_SYMBOL, STATUS_WORD } from '../domain/statuses.js';

export const colorsEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => env.NO_COLOR === undefined || env.NO_COLOR === '';

/** A colour name for ink's `color` prop, or undefined when colours are off. */
export function tone(color: string, enabled = colorsEnabled()): string | undefined {
  return enabled ? color : undefined;
}

export const statusColor = (status: Status | undefined): string | undefined => tone(STATUS_TABLE[status ?? 'unanswered'].color);

/** `[████░░░░]`-style bar; `#`/`.` when colours are off keeps it readable without them. */
export function progressBar(ratio: number, width: number): string {
  const w = Math.max(1, width);
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * w);
  const [full, empty] = colorsEnabled() ? ['█', '░'] : ['#', '.'];
  return full.repeat(filled) + empty.repeat(w - filled);
}

export const percent = (ratio: number | null): string => (ratio === null ? '  –' : `${Math.round(ratio * 100)}%`.padStart(4));
