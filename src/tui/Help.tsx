/** The help overlay (`?`): every key, one per line. */
import { Box, Text } from 'ink';
import { KEY_HELP } from './keys.js';
import { tone } from './theme.js';

export function Help({ height }: { height: number }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1} height={height} overflow="hidden">
      <Text bold>Keys — any key closes this help</Text>
      {KEY_HELP.slice(0, Math.max(1, height - 3)).map(([keys, what]) => (
        <Text key={keys}>
          <Text bold>{keys.padEnd(11)}</Text> {what}
        </Text>
      ))}
    </Box>
  );
}
