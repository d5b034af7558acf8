/** One item: question, answer, guidance, refs — scrolled to fit the screen. */
import { Box } from 'ink';
import { Text } from './Text.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { statusFor } from '../session/session-queries.js';
import type { SessionState } from '../session/session-state.js';
import { itemLines } from '../session/item-lines.js';
import { statusColor, tone } from './theme.js';

export interface ItemViewProps {
  state: SessionState;
  refItem: ItemRef;
  width: number;
  height: number;
  /** First line shown (scrolling long guidance). */
  scroll: number;
}

export function ItemView({ state, refItem, width, height, scroll }: ItemViewProps) {
  const lines = itemLines(state, refItem, width);
  const room = lines.length > height ? height - 1 : height;
  const max = Math.max(0, lines.length - room);
  const start = Math.min(scroll, max);
  const visible = lines.slice(start, start + room);
  const sColor = statusColor(statusFor(state, refItem.item.id));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {visible.map((line, i) => (
        <Text
          key={start + i}
          wrap="truncate-end"
          bold={line.bold}
          dimColor={line.dim}
          color={line.color === 'status' ? sColor : line.color === 'heading' ? tone('cyan') : line.color === 'problem' ? tone('red') : undefined}
        >
          {line.text || ' '}
        </Text>
      ))}
      {max > 0 ? <Text dimColor>{start < max ? `↓ more (PgDn) · line ${start + 1}/${lines.length}` : `end · PgUp scrolls back`}</Text> : null}
    </Box>
  );
}

/** Lines the item view holds (for clamping the scroll offset). */
export const itemLineCount = (state: SessionState, ref: ItemRef, width: number): number => itemLines(state, ref, width).length;
