/**
 * The help overlay (`?`): how a session goes, then every key. When one key a line does not
 * fit (a small terminal), the keys go in two columns with their short words, so none is cut.
 */
import { Box } from 'ink';
import { Text } from './Text.js';
import { HOW_A_SESSION_GOES, KEY_HELP } from './keys.js';
import { tone } from './theme.js';
import { truncate, wrapText } from '../session/wrap.js';

export function Help({ height, width }: { height: number; width: number }) {
  const inner = Math.max(20, width - 4);
  const how = wrapText(HOW_A_SESSION_GOES, inner);
  const room = height - 3 - how.length;
  const oneColumn = KEY_HELP.length <= room && inner >= 40;
  let rows: string[];
  if (oneColumn) rows = KEY_HELP.map(([keys, what]) => truncate(`${keys.padEnd(10)} ${what}`, inner));
  else {
    const half = Math.ceil(KEY_HELP.length / 2);
    const col = Math.floor((inner - 1) / 2);
    const cell = (e: readonly [string, string, string] | undefined) => (e ? truncate(`${e[0].padEnd(9)} ${e[2]}`, col).padEnd(col) : '');
    rows = Array.from({ length: half }, (_, i) => `${cell(KEY_HELP[i])} ${cell(KEY_HELP[i + half])}`.trimEnd());
  }
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1} height={height} overflow="hidden">
      <Text bold>Keys — any key closes this help</Text>
      {how.map((line, i) => (
        <Text key={`how-${i}`} dimColor>
          {line}
        </Text>
      ))}
      {rows.map((row, i) => (
        <Text key={i}>{row}</Text>
      ))}
    </Box>
  );
}
