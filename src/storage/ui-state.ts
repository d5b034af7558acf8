/**
 * Per-person UI state (where the session cursor was, whether the walk moves on by itself), kept out of workbook.yaml so opening
 * and quitting a session leaves the team's reviewed file untouched. One small JSON file per
 * workbook in the user's state directory, named by a hash of the workbook's real path:
 * $XDG_STATE_HOME/secbook/sessions/<hash>.json (default ~/.local/state/secbook). Losing it
 * only means the next session starts at the top.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { atomicWrite } from './atomic-write.js';

export interface UiState {
  /** The item the cursor was on when the session ended. */
  last_item?: string;
  /** The walk: false when the person turned auto-advance off (default on). */
  auto_advance?: boolean;
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(base, 'secbook');
}

/** The state file of one workbook (its real path, so a symlink or `..` finds the same one). */
export async function uiStatePath(workbookPath: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const real = await realpath(workbookPath).catch(() => resolve(workbookPath));
  const key = createHash('sha256').update(real).digest('hex').slice(0, 24);
  return join(stateDir(env), 'sessions', `${key}.json`);
}

export async function readUiState(workbookPath: string, env: NodeJS.ProcessEnv = process.env): Promise<UiState> {
  try {
    const data: unknown = JSON.parse(await readFile(await uiStatePath(workbookPath, env), 'utf8'));
    if (typeof data !== 'object' || data === null) return {};
    const { last_item: last, auto_advance: advance } = data as { last_item?: unknown; auto_advance?: unknown };
    return { ...(typeof last === 'string' ? { last_item: last } : {}), ...(typeof advance === 'boolean' ? { auto_advance: advance } : {}) };
  } catch {
    return {}; // absent or unreadable: start at the top
  }
}

/** Best effort: a read-only home must not fail a session whose answers are all saved. */
export async function writeUiState(workbookPath: string, state: UiState, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  try {
    const path = await uiStatePath(workbookPath, env);
    await mkdir(join(path, '..'), { recursive: true });
    const real = await realpath(workbookPath).catch(() => resolve(workbookPath));
    await atomicWrite(path, `${JSON.stringify({ workbook: real, ...state }, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}
