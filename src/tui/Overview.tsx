/** Checklists and sections with progress bars, answered counts and scores. */
import { Box } from 'ink';
import { Text } from './Text.js';
import type { Counts, Score } from '../domain/scoring.js';
import type { OverviewRow } from './overview-rows.js';
import { STATUS_SYMBOL, STATUS_WORD, percent, progressBar, tone } from './theme.js';
import { truncate, windowStart } from '../session/wrap.js';

export interface OverviewProps {
  total: Score;
  rows: OverviewRow[];
  cursor: number;
  width: number;
  height: number;
  /** Auto-advance on (the walk) or off. */
  walk?: boolean;
}

/** The first screen's two lines: where the team stands, and how to begin. */
export function standingLines(total: Score, walk = true): string[] {
  const c = total.counts;
  // "open" is the status table's word for unanswered, as in `secbook status`; items the team
  // marked todo are answered (the walk does not stop on them) and counted on their own.
  const todo = c.todo ? ` · ${c.todo} ${STATUS_WORD.todo}` : '';
  const stand =
    total.answered === 0
      ? `Nothing answered yet: ${total.applicable} items apply to you.`
      : c.unanswered === 0
        ? `Every one of the ${total.applicable} items is answered; ${c.partial} partial${todo}.`
        : `Where you stand: ${c.done} done · ${c.partial} partial${todo} · ${c.unanswered} ${STATUS_WORD.unanswered} (of ${total.applicable})`;
  return [stand, `Enter to start with the first open item, ? for keys${walk ? '' : ' (walk is off: a turns it on)'}`];
}

export function countsLine(c: Counts): string {
  return [
    `${STATUS_SYMBOL.todo} ${STATUS_WORD.todo} ${c.todo}`,
    `${STATUS_SYMBOL.partial} ${STATUS_WORD.partial} ${c.partial}`,
    `${STATUS_SYMBOL.done} ${STATUS_WORD.done} ${c.done}`,
    `${STATUS_SYMBOL.na} ${STATUS_WORD.na} ${c.na}`,
    `${STATUS_SYMBOL.unanswered} ${STATUS_WORD.unanswered} ${c.unanswered}`,
    `! overdue ${c.overdue}`,
  ].join('  ');
}

export function Overview({ total, rows, cursor, width, height, walk = true }: OverviewProps) {
  const intro = standingLines(total, walk);
  const listHeight = Math.max(1, height - 2 - intro.length);
  const start = windowStart(cursor, listHeight, rows.length);
  const bar = Math.max(6, Math.min(20, width - 50));
  const titleWidth = Math.max(10, width - bar - 22);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text>{truncate(intro[0] ?? '', width)}</Text>
      <Text bold color={tone('cyan')}>
        {truncate(intro[1] ?? '', width)}
      </Text>
      <Text>{truncate(countsLine(total.counts), width)}</Text>
      <Text dimColor>{truncate(`${'Checklist / section'.padEnd(titleWidth)}  ${'progress'.padEnd(bar + 2)}  answered score`, width)}</Text>
      {rows.slice(start, start + listHeight).map((row, i) => {
        const index = start + i;
        const selected = index === cursor;
        const indent = row.kind === 'section' ? '  ' : '';
        const title = truncate(indent + row.title, titleWidth).padEnd(titleWidth);
        const s = row.score;
        const answered = `${s.answered}/${s.applicable}`.padStart(8);
        const overdue = s.counts.overdue ? ` !${s.counts.overdue}` : '';
        return (
          <Text key={`${row.kind}-${index}`} inverse={selected} bold={row.kind === 'checklist'}>
            {selected ? '›' : ' '}
            {title} <Text color={selected ? undefined : tone('green')}>[{progressBar(s.coverage, bar)}]</Text> {answered} {percent(s.score)}
            {overdue}
          </Text>
        );
      })}
    </Box>
  );
}
