/**
 * A reducer whose current state is readable synchronously through a ref. Key handlers read
 * the ref, so keys typed faster than React re-renders (a paste, a fast typist, a pty test)
 * each see the state the previous key left, never a stale closure.
 */
import { useCallback, useReducer, useRef, type RefObject } from 'react';

export function useStore<S, A>(reducer: (state: S, action: A) => S, init: () => S, after?: (next: S, prev: S) => S): [S, (action: A) => void, RefObject<S>] {
  const ref = useRef<S | null>(null);
  if (ref.current === null) ref.current = init();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const reducerRef = useRef(reducer);
  const afterRef = useRef(after);
  afterRef.current = after;
  const dispatch = useCallback((action: A) => {
    const prev = ref.current as S;
    let next = reducerRef.current(prev, action);
    if (afterRef.current) next = afterRef.current(next, prev);
    if (next !== prev) {
      ref.current = next;
      rerender();
    }
  }, []);
  return [ref.current, dispatch, ref as RefObject<S>];
}
