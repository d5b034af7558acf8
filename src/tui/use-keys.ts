/**
 * `useInput` with a stable listener that always calls the latest handler. ink re-subscribes
 * whenever the handler changes identity, which would reorder listeners between renders;
 * a stable one keeps parents (subscribed first) ahead of the editors they open.
 * Several plain characters arriving in one chunk (typed fast, pasted) are handled one by one.
 */
import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false,
  capsLock: false, numLock: false,
};

/** One character of a multi-character chunk as ink would have reported it alone. */
function charKey(ch: string): [string, Key] {
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\u007f' || ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  const code = ch.charCodeAt(0);
  // Ctrl-A … Ctrl-Z (Ctrl-C typed right after another key, for instance).
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, NO_KEY];
}

export function useKeys(handler: KeyHandler, options: { isActive?: boolean; perChar?: boolean } = {}): void {
  const ref = useRef(handler);
  ref.current = handler;
  const perChar = options.perChar ?? true;
  const stable = useCallback(
    (input: string, key: Key) => {
      if (perChar && input.length > 1 && !key.ctrl && !key.meta && !input.includes('\u001b')) {
        for (const ch of input) ref.current(...charKey(ch));
        return;
      }
      // NOTE: a key typed before ink switched the terminal to raw mode arrives as "\n".
      if (input === '\n' && !key.return) return ref.current('', { ...key, return: true });
      ref.current(input, key);
    },
    [perChar],
  );
  useInput(stable, { isActive: options.isActive });
}
