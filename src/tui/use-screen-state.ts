/**
 * Which screen, overlay and editor are showing: a small reducer, separate from the session.
 * Opening an item from somewhere (the gaps list, search results, the item list, the
 * overview) remembers where: Esc goes back there, with the search query as it was.
 */
import { useStore } from './use-store.js';
import type { Screen } from './keys.js';

export type EditorKind = 'answer' | 'note' | 'evidence' | 'owner' | 'due';

/** A place Esc returns to: a screen, with the search results open over it or not. */
export interface Origin {
  screen: Screen;
  search?: boolean;
}

export interface ScreenState {
  screen: Screen;
  overlay: 'help' | 'search' | null;
  editor: EditorKind | null;
  overviewCursor: number;
  summaryCursor: number;
  /** Scroll offset of the item view. */
  scroll: number;
  /** Where Esc goes back to, innermost last. */
  origins: readonly Origin[];
  /** The search as it was (kept for Esc back to the results). */
  search: { query: string; cursor: number };
}

export type ScreenAction =
  /** Show a screen; `from` is remembered as the place Esc returns to. */
  | { type: 'show'; screen: Screen; from?: Origin }
  | { type: 'back' }
  | { type: 'overlay'; overlay: ScreenState['overlay'] }
  | { type: 'search'; query: string; cursor: number }
  | { type: 'edit'; editor: EditorKind | null }
  | { type: 'overview-cursor'; by: number; rows: number }
  | { type: 'summary-cursor'; by: number; rows: number }
  | { type: 'scroll'; by: number; max: number }
  | { type: 'reset-scroll' };

const BACK: Record<Screen, Screen> = { item: 'list', list: 'overview', summary: 'overview', overview: 'overview' };
const MAX_ORIGINS = 20;

const clamp = (v: number, rows: number) => Math.max(0, Math.min(Math.max(0, rows - 1), v));
const same = (a: Origin | undefined, b: Origin) => a !== undefined && a.screen === b.screen && Boolean(a.search) === Boolean(b.search);

export function screenReducer(state: ScreenState, action: ScreenAction): ScreenState {
  switch (action.type) {
    case 'show': {
      let origins = state.origins;
      const from = action.from;
      // Going back to a place already on the stack unwinds to it (no loops of Esc).
      const at = origins.findIndex((o) => o.screen === action.screen && !o.search);
      if (at !== -1 && !from?.search) origins = origins.slice(0, at);
      if (from && !(from.screen === action.screen && !from.search) && !same(origins[origins.length - 1], from)) origins = [...origins, from].slice(-MAX_ORIGINS);
      return { ...state, screen: action.screen, scroll: 0, editor: null, overlay: null, origins };
    }
    case 'back': {
      const origin = state.origins[state.origins.length - 1];
      if (!origin) return { ...state, screen: BACK[state.screen], scroll: 0, overlay: null };
      return { ...state, screen: origin.screen, overlay: origin.search ? 'search' : null, scroll: 0, origins: state.origins.slice(0, -1) };
    }
    case 'overlay':
      return { ...state, overlay: action.overlay, ...(action.overlay === 'search' && state.overlay !== 'search' ? { search: { query: '', cursor: 0 } } : {}) };
    case 'search':
      return { ...state, search: { query: action.query, cursor: action.cursor } };
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
  useStore(screenReducer, (): ScreenState => ({ screen: 'overview', overlay: null, editor: null, overviewCursor: 0, summaryCursor: 0, scroll: 0, origins: [], search: { query: '', cursor: 0 }, ...initial }));
