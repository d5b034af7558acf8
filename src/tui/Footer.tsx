/** The latest message (save status, problem, notice), then the keys — wrapped, never cut. */
import { Box } from 'ink';
import { Text } from './Text.js';
import type { SaveStatus } from '../session/autosave.js';
import { tone } from './theme.js';
import { truncate } from '../session/wrap.js';

export interface FooterProps {
  /** Key lines, already wrapped to the width (`wrapKeys`). */
  keyLines: readonly string[];
  save: SaveStatus;
  problem?: string;
  notice?: string;
  width: number;
}

function saveText(save: SaveStatus): string {
  switch (save.state) {
    case 'idle':
      return 'All answers are saved as you go.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved.';
    case 'failed':
      return `! Not saved: ${save.message} — kept in memory, retried on the next change and on quit.`;
  }
}

export function Footer({ keyLines, save, problem, notice, width }: FooterProps) {
  let message = saveText(save);
  let color = save.state === 'failed' ? tone('red') : undefined;
  if (problem) {
    message = `! ${problem}`;
    color = tone('red');
  } else if (notice && save.state !== 'failed') {
    message = notice;
  }
  return (
    <Box flexDirection="column">
      <Text color={color} wrap="truncate-end">{truncate(message, width)}</Text>
      {keyLines.map((line, i) => (
        <Text key={i} dimColor>
          {line}
        </Text>
      ))}
    </Box>
  );
}
