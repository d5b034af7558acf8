/** The key bindings, for the footer and the help overlay (one source of truth). */
export const KEY_HELP: readonly (readonly [string, string])[] = [
  ['↑/↓ j/k', 'move'],
  ['Enter', 'open / edit the answer / confirm'],
  ['Esc ←', 'back'],
  ['d p t n', 'set done / partial / todo / not applicable'],
  ['e', 'note'],
  ['v', 'add evidence (link or text)'],
  ['o', 'owner'],
  ['u', 'due date (YYYY-MM-DD)'],
  ['c', 'confirm: the answer is still true'],
  ['/', 'search items by text or id'],
  ['g', 'next unanswered item'],
  ['z', 'undo the last change'],
  ['s', 'summary: biggest gaps by weight'],
  ['PgUp/PgDn', 'scroll long guidance'],
  ['?', 'this help'],
  ['q', 'quit (everything is already saved)'],
];

export type Screen = 'overview' | 'list' | 'item' | 'summary';

/** Footers start with quit and help, so a narrow terminal never cuts those off. */
export const FOOTER_KEYS: Record<Screen, string> = {
  overview: 'q quit  ? help  ↑↓ move  Enter open  g next open  / search  s gaps  z undo',
  list: 'q quit  ? help  ↑↓ move  Enter open  d p t n status  c confirm  Esc back',
  item: 'q quit  ? help  j/k move  ⏎ edit  d/p/t/n  e note  v evidence  o owner  u due',
  summary: 'q quit  ? help  ↑↓ move  Enter open  Esc back',
};
