/** Which screen, overlay and editor are showing: a small reducer, separate from the session. */
import { useStore } from './use-store.js';
import type { Screen } from './keys.js';

export type EditorKind = 'answer' | 'note' | 'evidence' | 'owner' | 'due';

export interface ScreenState {
  screen: Screen;
  overlay: 'help' | 'search' | null;
  editor: EditorKind | null;
  overviewCursor: number;
  summaryCursor: number;
  /** Scroll offset of the item view. */
  scroll: number;
}

export type ScreenAction =
  | { type: 'show'; screen: Screen }
  | { type: 'back' }
  | { type: 'overlay'; overlay: ScreenState['overlay'] }
  | { type: 'edit'; editor: EditorKind | null }
  | { type: 'overview-cursor'; by: number; rows: number }
  | { type: 'summary-cursor'; by: number; rows: number }
  | { type: 'scroll'; by: number; max: number }
  | { type: 'reset-scroll' };

const BACK: Record<Screen, Screen> = { item: 'list', list: 'overview', summary: 'overview', overview: 'overview' };

const clamp = (v: number, rows: number) => Math.max(0, Math.min(Math.max(0, rows - 1), v));

export function screenReducer(state: ScreenState, action: ScreenAction): ScreenState {
  switch (action.type) {
    case 'show':
      return { ...state, screen: action.screen, scroll: 0, editor: null, overlay: null };
    case 'back':
      return { ...state, screen: BACK[state.screen], scroll: 0 };
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'edit':
      return { ...state, editor: action.editor };
    case 'overview-cursor':
      return { ...state, overviewCursor: clamp(state.overviewCursor + action.by, action.rows) };
    case 'summary-cursor':
      return { ...state, summaryCursor: clamp(state.summaryCursor + action.by, action.rows) };
    case 'scroll':
      return { ...state, scroll: Math.max(0, Math.min(action.max, state.scroll + action.by)) };
    case 'reset-scroll':
      return { ...state, scroll: 0 };
  }
}

export const useScreenState = (initial: Partial<ScreenState> = {}) =>
  useStore(screenReducer, (): ScreenState => ({ screen: 'overview', overlay: null, editor: null, overviewCursor: 0, summaryCursor: 0, scroll: 0, ...initial }));
