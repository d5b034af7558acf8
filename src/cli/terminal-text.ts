/**
 * The one filter every printed line goes through (print(), the plain session's writer,
 * error messages in main.ts): text from the workbook, checklists, DNS answers or file names
 * must not drive the terminal. An org name holding `ESC ]0;…BEL` would retitle the window,
 * `ESC [2J` clear it, a carriage return overwrite the line.
 *
 * Kept: newline, tab and, only while colours are on (style.ts), exactly the colour codes of
 * secbook's own palette. Removed: every other C0/C1 control character (ESC included, so a
 * foreign escape sequence is left as harmless visible text), DEL, and the Unicode
 * bidirectional overrides that can make a line read differently from what it holds.
 * NOTE: with colours on, a user's text holding one of those few colour codes still colours
 * the rest of its line (it cannot move the cursor, retitle or clear the terminal); with
 * NO_COLOR or a pipe nothing of it gets through.
 */

import { colourEnabled } from './style.js';

// The SGR codes of style.ts: bold/dim on (1, 2) and off (22), red, green, yellow, cyan (31–33,
// 36) and default colour (39).
// eslint-disable-next-line no-control-regex
const OWN_STYLE = /(\u001b\[(?:1|2|22|31|32|33|36|39)m)/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character removed except newlines, tabs and secbook's colours. */
export function terminalSafe(text: string, keepColours = colourEnabled()): string {
  if (!keepColours) return text.replace(CONTROL, '');
  // split with a capture group: odd indexes are our own colour codes, kept as they are.
  return text
    .split(OWN_STYLE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CONTROL, '')))
    .join('');
}

/**
 * For the full-screen views (ink draws whole frames; its own codes are CSI sequences only):
 * every write to `stream` loses what ink never sends but a user's text could carry — OSC
 * strings (window title, clipboard, hyperlinks), DCS/SOS/PM/APC strings, other lone escape
 * sequences (a full reset), BEL, the 8-bit C1 controls and the bidirectional overrides. An
 * org name holding `ESC ]0;…BEL` no longer retitles the window while the TUI shows it.
 * A CSI sequence inside user text (`ESC [2J`) cannot be told from ink's own here: the views
 * remove those from their strings before ink sees them (tui/Text.tsx). Returns the function
 * that undoes it.
 */
// eslint-disable-next-line no-control-regex
const NOT_INK = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b(?![[78])|[\u0007\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function guardFullScreenWrites(stream: NodeJS.WriteStream = process.stdout): () => void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? chunk.replace(NOT_INK, '') : chunk, ...rest)) as typeof stream.write;
  return () => {
    stream.write = write as typeof stream.write;
  };
}
