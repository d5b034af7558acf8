/**
 * The session engine inside React. State lives in the engine's reducer; after each action
 * new changes (and the cursor) go to the injected saver — no IO of its own.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Autosave, SaveStatus } from '../session/autosave.js';
import { sessionReducer, type SessionAction } from '../session/session-reducer.js';
import type { SessionState } from '../session/session-state.js';
import { useStore } from './use-store.js';

/** What the TUI needs from autosave (tests pass fakes). */
export type SessionSaver = Pick<Autosave, 'push' | 'cursor' | 'subscribe' | 'current'>;

export function useSession(
  initial: SessionState,
  saver: SessionSaver,
): [SessionState, (action: SessionAction) => void, SaveStatus, RefObject<SessionState>] {
  const [state, dispatch, ref] = useStore(sessionReducer, () => initial, (next, prev) => {
    const itemId = next.items[next.cursor]?.item.id;
    if (next.cursor !== prev.cursor) saver.cursor(itemId);
    if (next.changes.length === 0) return next;
    void saver.push(next.changes, itemId);
    return sessionReducer(next, { type: 'changes-taken', count: next.changes.length });
  });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>(saver.current);
  useEffect(() => saver.subscribe(setSaveStatus), [saver]);
  return [state, dispatch, saveStatus, ref];
}
