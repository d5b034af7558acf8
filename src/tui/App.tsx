/**
 * The guided session's full-screen UI. Components only render and dispatch: the session
 * engine (src/session) owns answers and the cursor; `use-screen-state` owns which screen
 * is showing; saving goes through the injected saver.
 */
import { Box, useApp } from 'ink';
import { Text } from './Text.js';
import { useMemo, useRef } from 'react';
import type { AnsweredBy, Status } from '../domain/answer.js';
import { answerFor, biggestGaps, scoreOf } from '../session/session-queries.js';
import type { SessionState, WalkCue } from '../session/session-state.js';
import { STATUS_WORD } from '../domain/statuses.js';
import { AnswerEditor } from './AnswerEditor.js';
import { Footer } from './Footer.js';
import { Help } from './Help.js';
import { itemLineCount, ItemView } from './ItemView.js';
import { ItemList } from './ItemList.js';
import { KeyRouter, KeyRouterContext } from './key-router.js';
import { FOOTER_KEYS, wrapKeys } from './keys.js';
import { Overview } from './Overview.js';
import { overviewRows } from './overview-rows.js';
import { SearchBox } from './SearchBox.js';
import { Summary } from './Summary.js';
import { percent, tone } from './theme.js';
import { useScreenState, type EditorKind } from './use-screen-state.js';
import { useSession, type SessionSaver } from './use-session.js';
import { useKeys } from './use-keys.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';
import { truncate, wrapText } from '../session/wrap.js';

export interface AppProps {
  initial: SessionState;
  saver: SessionSaver;
  /** Clock for answer timestamps (tests pin it). */
  now: () => Date;
  /** Recorded as `answered_by`. */
  by?: AnsweredBy;
  title: string;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  /** Open on the item view rather than the overview. */
  startOn?: 'overview' | 'item';
  /** Called when the user quits (q, or Ctrl-C: 'interrupt'); the runner flushes saves after unmounting. */
  onQuit?: (how: 'quit' | 'interrupt') => void;
  /** The person turned auto-advance on or off (the runner keeps it in their UI state). */
  onSettings?: (settings: { autoAdvance: boolean }) => void;
}

/** The walk's cue in one line, and a finished section's counts in another (pure). */
export function cueLines(state: SessionState, cue: WalkCue | undefined, width: number): string[] {
  if (!cue) return [];
  const next = cue.next ? state.set.items.get(cue.next) : undefined;
  const where = !state.autoAdvance ? 'walk off: still here (a)' : next ? `next: ${next.item.id}` : 'nothing left that needs the team';
  const room = Math.max(18, width - cue.itemId.length - where.length - 12);
  const lines = [truncate(`Saved ${cue.itemId}: ${truncate(cue.saved, room)} → ${where}`, width)];
  if (cue.section) {
    const s = cue.section;
    const counts = [
      `${s.done} ${STATUS_WORD.done}`,
      `${s.partial} ${STATUS_WORD.partial}`,
      ...(s.todo ? [`${s.todo} ${STATUS_WORD.todo}`] : []),
      `${s.open} ${STATUS_WORD.unanswered}`,
      ...(s.na ? [`${s.na} ${STATUS_WORD.na}`] : []),
    ].join(' · ');
    lines.unshift(truncate(`Section “${s.title}” finished: ${counts}`, width));
  }
  return lines;
}

const STATUS_KEYS: Record<string, Status> = { d: 'done', p: 'partial', t: 'todo', n: 'na' };
const FIELD_KEYS: Record<string, EditorKind> = { e: 'note', v: 'evidence', o: 'owner', u: 'due' };

export function App({ initial, saver, now, by, title, size: fixedSize, startOn = 'overview', onQuit, onSettings }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [state, dispatch, saveStatus, stateRef] = useSession(initial, saver);
  const [ui, uiDispatch, uiRef] = useScreenState({ screen: startOn === 'item' ? 'item' : 'overview' });
  const router = useRef(new KeyRouter()).current;
  const width = size.columns;
  const footerKeys = ui.overlay === 'help' ? FOOTER_KEYS.help : ui.editor || ui.overlay === 'search' ? FOOTER_KEYS.editor : FOOTER_KEYS[ui.screen];
  const keyLines = wrapKeys(footerKeys, width);
  const cue = ui.editor || ui.overlay || (ui.screen !== 'item' && ui.screen !== 'list') ? [] : cueLines(state, state.cue, width);
  // Header, message line, key lines and the cue take their rows; the body gets the rest.
  const bodyHeight = Math.max(3, size.rows - 2 - keyLines.length - cue.length);
  const bodyRef = useRef(bodyHeight);
  bodyRef.current = bodyHeight;

  const total = useMemo(() => scoreOf(state, state.items), [state.answers, state.items]);
  const rows = useMemo(() => (ui.screen === 'overview' ? overviewRows(state) : []), [ui.screen, state.answers]);
  const gaps = useMemo(() => (ui.screen === 'summary' ? biggestGaps(state, bodyHeight - 1) : []), [ui.screen, state.answers, bodyHeight]);
  const current = state.items[state.cursor];

  const quit = (how: 'quit' | 'interrupt' = 'quit') => {
    onQuit?.(how);
    exit();
  };

  // NOTE: reads the refs, not the render's values: keys can arrive before React re-renders.
  useKeys((input, key) => {
    const state = stateRef.current;
    const ui = uiRef.current;
    const current = state.items[state.cursor];
    const bodyHeight = bodyRef.current;
    if (key.ctrl && input === 'c') return quit('interrupt');
    if (ui.editor !== null || ui.overlay === 'search') return router.route(input, key);
    router.clearQueue();
    if (ui.overlay === 'help') return uiDispatch({ type: 'overlay', overlay: null });
    if (input === 'q') return quit();
    if (input === '?') return uiDispatch({ type: 'overlay', overlay: 'help' });
    if (input === '/') return uiDispatch({ type: 'overlay', overlay: 'search' });
    if (input === 'z') {
      dispatch({ type: 'undo' });
      // Undo brings the cursor back to the undone item: show it.
      if (stateRef.current.cursor !== state.cursor && ui.screen !== 'list') uiDispatch({ type: 'show', screen: 'item', from: { screen: ui.screen } });
      return;
    }
    if (input === 'a') {
      const on = !state.autoAdvance;
      dispatch({ type: 'auto-advance', on });
      return onSettings?.({ autoAdvance: on });
    }
    if (input === 'g') {
      dispatch({ type: 'next-unanswered' });
      return uiDispatch({ type: 'show', screen: 'item', from: { screen: ui.screen } });
    }
    if (input === 's') return uiDispatch({ type: 'show', screen: 'summary', from: { screen: ui.screen } });
    const up = key.upArrow || input === 'k';
    const down = key.downArrow || input === 'j';
    if (ui.screen === 'overview') {
      const rows = overviewRows(state);
      if (up || down) return uiDispatch({ type: 'overview-cursor', by: up ? -1 : 1, rows: rows.length });
      if (key.pageUp || key.pageDown) return uiDispatch({ type: 'overview-cursor', by: (key.pageUp ? -1 : 1) * (bodyHeight - 2), rows: rows.length });
      if (key.return) {
        // Start the walk: the first open item from the chosen row on.
        const row = rows[ui.overviewCursor];
        dispatch({ type: 'start', from: row?.firstIndex ?? 0 });
        return uiDispatch({ type: 'show', screen: 'item', from: { screen: 'overview' } });
      }
      if (key.rightArrow || input === 'l') {
        const row = rows[ui.overviewCursor];
        if (row) dispatch({ type: 'go', index: row.firstIndex });
        return uiDispatch({ type: 'show', screen: 'list', from: { screen: 'overview' } });
      }
      return;
    }
    if (ui.screen === 'summary') {
      const gaps = biggestGaps(state, bodyHeight - 1);
      if (up || down) return uiDispatch({ type: 'summary-cursor', by: up ? -1 : 1, rows: gaps.length });
      if (key.escape || key.leftArrow) return uiDispatch({ type: 'back' });
      if (key.return) {
        const gap = gaps[ui.summaryCursor];
        if (gap) dispatch({ type: 'goto', itemId: gap.ref.item.id });
        return uiDispatch({ type: 'show', screen: 'item', from: { screen: 'summary' } });
      }
      return;
    }
    // list and item
    if (key.escape || key.leftArrow) return uiDispatch({ type: 'back' });
    if (up || down) {
      dispatch({ type: 'move', by: up ? -1 : 1 });
      return uiDispatch({ type: 'reset-scroll' });
    }
    if (key.pageUp || key.pageDown) {
      if (ui.screen === 'list') return dispatch({ type: 'move', by: (key.pageUp ? -1 : 1) * (bodyHeight - 1) });
      const max = current ? itemLineCount(state, current, width) - bodyHeight + 1 : 0;
      return uiDispatch({ type: 'scroll', by: (key.pageUp ? -1 : 1) * (bodyHeight - 2), max: Math.max(0, max) });
    }
    if (key.return || (ui.screen === 'list' && key.rightArrow)) {
      if (ui.screen === 'list') return uiDispatch({ type: 'show', screen: 'item', from: { screen: 'list' } });
      return uiDispatch({ type: 'edit', editor: 'answer' });
    }
    const status = STATUS_KEYS[input];
    if (status) {
      dispatch({ type: 'set-status', status, now: now(), by, walk: true });
      return uiDispatch({ type: 'reset-scroll' });
    }
    if (input === 'c') return dispatch({ type: 'confirm', now: now() });
    const field = FIELD_KEYS[input];
    if (field && current) return uiDispatch({ type: 'edit', editor: field });
  });

  let body;
  if (ui.overlay === 'help') body = <Help height={bodyHeight} width={width} />;
  else if (ui.overlay === 'search')
    body = (
      <SearchBox
        state={state}
        width={width}
        height={bodyHeight}
        initial={ui.search}
        onChange={(query, cursor) => uiDispatch({ type: 'search', query, cursor })}
        onCancel={() => uiDispatch({ type: 'overlay', overlay: null })}
        onPick={(index) => {
          dispatch({ type: 'go', index });
          uiDispatch({ type: 'show', screen: 'item', from: { screen: uiRef.current.screen, search: true } });
        }}
      />
    );
  else if (ui.editor && current)
    body = (
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {wrapText(current.item.question, width).slice(0, 3).map((line, i) => (
          <Text key={`q-${i}`} bold>
            {line}
          </Text>
        ))}
        <Text dimColor>{truncate(current.item.id, width)}</Text>
        <AnswerEditor
          kind={ui.editor}
          refItem={current}
          answer={answerFor(state, current.item.id)?.answer}
          width={width}
          onCancel={() => uiDispatch({ type: 'edit', editor: null })}
          onAnswer={(edit) => {
            // The answer editor walks on; a field editor (note, owner, due) stays on the item.
            dispatch({ type: 'answer', edits: [edit], by, now: now(), walk: uiRef.current.editor === 'answer' });
            const problem = stateRef.current.problem;
            if (problem) return problem;
            uiDispatch({ type: 'edit', editor: null });
            uiDispatch({ type: 'reset-scroll' });
            return undefined;
          }}
          onEvidence={(text) => {
            dispatch({ type: 'add-evidence', text, now: now(), by });
            const problem = stateRef.current.problem;
            if (problem) return problem;
            uiDispatch({ type: 'edit', editor: null });
            return undefined;
          }}
        />
      </Box>
    );
  else if (ui.screen === 'overview') body = <Overview total={total} rows={rows} cursor={ui.overviewCursor} width={width} height={bodyHeight} walk={state.autoAdvance} />;
  else if (ui.screen === 'summary') body = <Summary gaps={gaps} cursor={ui.summaryCursor} width={width} height={bodyHeight} />;
  else if (ui.screen === 'list') body = <ItemList state={state} width={width} height={bodyHeight} />;
  else if (current) body = <ItemView state={state} refItem={current} width={width} height={bodyHeight} scroll={ui.scroll} />;
  else body = <Text>No items in this session.</Text>;

  const header = `${title} · ${total.answered}/${total.applicable} answered · score ${percent(total.score).trim()}`;
  return (
    <KeyRouterContext.Provider value={router}>
    <Box flexDirection="column" width={width}>
      <Text bold color={tone('cyan')}>
        {truncate(header, width)}
      </Text>
      {cue.map((line, i) => (
        <Text key={`cue-${i}`} color={tone('green')}>
          {line}
        </Text>
      ))}
      {body}
      <Footer keyLines={keyLines} save={saveStatus} problem={ui.editor ? undefined : state.problem} notice={state.notice} width={width} />
    </Box>
    </KeyRouterContext.Provider>
  );
}
