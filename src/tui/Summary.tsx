/** The biggest gaps by weight: what to work on next. */
import { Box } from 'ink';
import { Text } from './Text.js';
import type { Gap } from '../session/session-queries.js';
import { STATUS_SYMBOL, STATUS_WORD, statusColor } from './theme.js';
import { truncate } from '../session/wrap.js';

export interface SummaryProps {
  gaps: Gap[];
  cursor: number;
  width: number;
  height: number;
}

export function Summary({ gaps, cursor, width, height }: SummaryProps) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>Biggest gaps by weight (points missing) — Enter opens, Esc back</Text>
      {gaps.length === 0 ? <Text>No gaps: every item is done or not applicable.</Text> : null}
      {gaps.slice(0, Math.max(1, height - 1)).map((gap, i) => {
        const status = gap.status ?? 'unanswered';
        const label = `${i === cursor ? '›' : ' '} ${String(gap.missing).padStart(3)}  ${STATUS_SYMBOL[status]} ${STATUS_WORD[status].padEnd(10)} ${gap.ref.item.id}  ${gap.ref.item.question}`;
        return (
          <Text key={gap.ref.item.id} inverse={i === cursor} color={i === cursor ? undefined : statusColor(gap.status)}>
            {truncate(label, width)}
          </Text>
        );
      })}
    </Box>
  );
}
