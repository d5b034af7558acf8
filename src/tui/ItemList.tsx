/** Every item of the session, one per row; only the rows that fit are rendered. */
import { Box } from 'ink';
import { Text } from './Text.js';
import { answerFor, statusFor } from '../session/session-queries.js';
import { valueLines } from '../session/item-lines.js';
import type { SessionState } from '../session/session-state.js';
import { STATUS_SYMBOL, statusColor } from './theme.js';
import { truncate, windowStart } from '../session/wrap.js';

export interface ItemListProps {
  state: SessionState;
  width: number;
  height: number;
}

export function ItemList({ state, width, height }: ItemListProps) {
  const current = state.items[state.cursor];
  const rows = Math.max(1, height - 1);
  const start = windowStart(state.cursor, rows, state.items.length);
  const visible = state.items.slice(start, start + rows);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>
        {truncate(current ? `${current.checklist.title} › ${current.section.title}  (${state.cursor + 1}/${state.items.length})` : 'No items', width)}
      </Text>
      {visible.map((ref, i) => {
        const index = start + i;
        const status = statusFor(state, ref.item.id);
        const selected = index === state.cursor;
        // A typed answer shows after the question, choices by their labels.
        const value = ref.item.type === 'status' ? [] : valueLines(answerFor(state, ref.item.id)?.answer, ref.item);
        const text = `${selected ? '›' : ' '} ${STATUS_SYMBOL[status ?? 'unanswered']} ${ref.item.question}${value.length ? ` — ${value.join(', ')}` : ''}`;
        return (
          <Text key={ref.item.id} inverse={selected} color={selected ? undefined : statusColor(status)}>
            {truncate(text, width)}
          </Text>
        );
      })}
    </Box>
  );
}
