/**
 * One listener for the whole app. ink's `useInput` subscribes in a passive effect, so a
 * prompt opened by one key would miss the keys typed right after it (a fast typist, a
 * paste, a pty). Instead the App's single listener routes keys to the innermost open
 * editor, registered synchronously in a layout effect; keys that arrive while an editor
 * is opening wait in a queue and are replayed to it.
 */
import type { Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export class KeyRouter {
  private stack: { handle: KeyHandler }[] = [];
  private queue: [string, Key][] = [];

  /** Hands a key to the innermost editor, or queues it until one registers. */
  route(input: string, key: Key): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.handle(input, key);
    else this.queue.push([input, key]);
  }

  get hasTarget(): boolean {
    return this.stack.length > 0;
  }

  /** Drops queued keys (nothing is open to take them). */
  clearQueue(): void {
    this.queue = [];
  }

  register(entry: { handle: KeyHandler }): () => void {
    this.stack.push(entry);
    const queued = this.queue.splice(0);
    for (const [input, key] of queued) this.route(input, key);
    return () => {
      const i = this.stack.indexOf(entry);
      if (i !== -1) this.stack.splice(i, 1);
    };
  }
}

export const KeyRouterContext = createContext<KeyRouter | null>(null);

/** Receives keys while mounted (and `active`), ahead of the screens underneath. */
export function useKeyTarget(handler: KeyHandler, active = true): void {
  const router = useContext(KeyRouterContext);
  const ref = useRef(handler);
  ref.current = handler;
  useLayoutEffect(() => {
    if (!router || !active) return;
    return router.register({ handle: (input, key) => ref.current(input, key) });
  }, [router, active]);
}
