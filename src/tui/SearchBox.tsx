/** `/` search: type to filter by id or text, ↑/↓ to pick, Enter jumps to the item. */
import { Box } from 'ink';
import { Text } from './Text.js';
import { useMemo } from 'react';
import { useKeyTarget } from './key-router.js';
import { useStore } from './use-store.js';
import { searchItems } from '../session/session-queries.js';
import type { SessionState } from '../session/session-state.js';
import { tone } from './theme.js';
import { truncate } from '../session/wrap.js';

export interface SearchBoxProps {
  state: SessionState;
  width: number;
  height: number;
  /** The search as it was (Esc back from an item opened here). */
  initial?: { query: string; cursor: number };
  onChange?: (query: string, cursor: number) => void;
  onPick: (index: number) => void;
  onCancel: () => void;
}

export function SearchBox({ state, width, height, initial, onChange, onPick, onCancel }: SearchBoxProps) {
  type S = { query: string; cursor: number };
  const [{ query, cursor }, set, ref] = useStore(
    (_: S, next: S) => next,
    (): S => initial ?? { query: '', cursor: 0 },
    (next) => {
      onChange?.(next.query, next.cursor);
      return next;
    },
  );
  const rows = Math.max(1, height - 4);
  const hits = useMemo(() => searchItems(state, query, rows), [state, query, rows]);
  useKeyTarget((input, key) => {
    const { query, cursor } = ref.current;
    if (key.escape) return onCancel();
    if (key.return) {
      const hit = searchItems(state, query, rows)[cursor];
      return hit ? onPick(hit.index) : undefined;
    }
    if (key.upArrow) return set({ query, cursor: Math.max(0, cursor - 1) });
    if (key.downArrow) return set({ query, cursor: Math.min(Math.max(0, searchItems(state, query, rows).length - 1), cursor + 1) });
    if (key.backspace || key.delete) return set({ query: query.slice(0, -1), cursor: 0 });
    if (key.ctrl || key.meta || key.tab || key.leftArrow || key.rightArrow) return;
    if (input) set({ query: query + input, cursor: 0 });
  });
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1} height={height} overflow="hidden">
      <Text>
        <Text bold>Search: </Text>
        {query}
        <Text inverse> </Text>
      </Text>
      {query && hits.length === 0 ? <Text>No item matches “{query}”.</Text> : null}
      {hits.map((hit, i) => (
        <Text key={hit.ref.item.id} inverse={i === cursor}>
          {truncate(`${hit.ref.item.id}  ${hit.ref.item.question}`, width - 4)}
        </Text>
      ))}
      <Text dimColor>type an id or words · ↑/↓ pick · Enter go · Esc cancel</Text>
    </Box>
  );
}
