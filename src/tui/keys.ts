/** The key bindings, for the footer and the help overlay (one source of truth). */
import { STATUS_LABEL, STATUS_ORDER } from '../domain/statuses.js';

/** Key, what it does, and a short form for narrow terminals (the help's two columns). */
export const KEY_HELP: readonly (readonly [string, string, string])[] = [
  ['↑/↓ j/k', 'move', 'move'],
  ['Enter', 'start / open / edit the answer', 'open · edit'],
  ['Esc ←', 'back to where you came from', 'back'],
  ['d p t n', `${STATUS_ORDER.map((s) => STATUS_LABEL[s]).join(' / ')}, then on`, 'status'],
  ['a', 'walk on/off: move on after each answer', 'walk on/off'],
  ['e', 'note', 'note'],
  ['v', 'add evidence (link or text)', 'evidence'],
  ['o', 'owner', 'owner'],
  ['u', 'due date (YYYY-MM-DD)', 'due date'],
  ['c', 'confirm: the answer is still true', 'confirm'],
  ['/', 'search items by text or id', 'search'],
  ['g', 'next open item', 'next open'],
  ['z', 'undo the last change (back to it)', 'undo'],
  ['s', 'gaps: biggest gaps by weight', 'gaps'],
  ['PgUp/PgDn', 'scroll long guidance', 'scroll'],
  ['?', 'this help', 'help'],
  ['q', 'quit (everything is already saved)', 'quit'],
];

/** The help overlay's first line: how a session goes. */
export const HOW_A_SESSION_GOES =
  'How a session goes: Enter starts at the first open item; answer with d p t n (or Enter to type it) and the next open item comes up, section by section; z undoes; all is saved as you go.';

export type Screen = 'overview' | 'list' | 'item' | 'summary';

/**
 * Footer keys per screen: every key that works there. Quit and help come first; a narrow
 * terminal wraps the rest onto more lines rather than cutting any off.
 */
export const FOOTER_KEYS: Record<Screen | 'help' | 'editor', readonly string[]> = {
  overview: ['q quit', '? help', '↑↓ move', 'Enter start', '→ list', 'g next open', '/ search', 's gaps', 'a walk', 'z undo'],
  list: ['q quit', '? help', '↑↓ move', 'Enter open', 'd p t n status', 'a walk', 'c confirm', 'g next open', '/ search', 's gaps', 'z undo', 'Esc back'],
  item: ['q quit', '? help', 'j/k move', '⏎ edit', 'd/p/t/n status', 'a walk', 'e note', 'v evidence', 'o owner', 'u due', 'c confirm', 'g next', '/ search', 's gaps', 'z undo', 'PgDn more', 'Esc back'],
  summary: ['q quit', '? help', '↑↓ move', 'Enter open', 'Esc back'],
  help: ['any key closes this help'],
  editor: ['Esc cancels', 'letters go into the box: its keys are shown there'],
};

/** Lays key groups out in lines of at most `width` columns (two spaces between groups). */
export function wrapKeys(groups: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const g of groups) {
    const next = line ? `${line}  ${g}` : g;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = g;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => (l.length > width ? l.slice(0, width) : l));
}
