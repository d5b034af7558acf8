/**
 * The guided session's full-screen UI. Components only render and dispatch: the session
 * engine (src/session) owns answers and the cursor; `use-screen-state` owns which screen
 * is showing; saving goes through the injected saver.
 */
import { Box, Text, useApp } from 'ink';
import { useMemo, useRef } from 'react';
import type { Status } from '../domain/answer.js';
import { answerFor, biggestGaps, scoreOf } from '../session/session-queries.js';
import type { SessionState } from '../session/session-state.js';
import { AnswerEditor } from './AnswerEditor.js';
import { Footer } from './Footer.js';
import { Help } from './Help.js';
import { itemLineCount, ItemView } from './ItemView.js';
import { ItemList } from './ItemList.js';
import { KeyRouter, KeyRouterContext } from './key-router.js';
import { FOOTER_KEYS } from './keys.js';
import { Overview } from './Overview.js';
import { overviewRows } from './overview-rows.js';
import { SearchBox } from './SearchBox.js';
import { Summary } from './Summary.js';
import { percent, tone } from './theme.js';
import { useScreenState, type EditorKind } from './use-screen-state.js';
import { useSession, type SessionSaver } from './use-session.js';
import { useKeys } from './use-keys.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';
import { truncate } from '../session/wrap.js';

export interface AppProps {
  initial: SessionState;
  saver: SessionSaver;
  /** Clock for answer timestamps (tests pin it). */
  now: () => Date;
  /** Recorded as `answered_by`. */
  by?: string;
  title: string;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  /** Open on the item view rather than the overview. */
  startOn?: 'overview' | 'item';
  /** Called when the user quits (q, or Ctrl-C: 'interrupt'); the runner flushes saves after unmounting. */
  onQuit?: (how: 'quit' | 'interrupt') => void;
}

const STATUS_KEYS: Record<string, Status> = { d: 'done', p: 'partial', t: 'todo', n: 'na' };
const FIELD_KEYS: Record<string, EditorKind> = { e: 'note', v: 'evidence', o: 'owner', u: 'due' };

export function App({ initial, saver, now, by, title, size: fixedSize, startOn = 'overview', onQuit }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [state, dispatch, saveStatus, stateRef] = useSession(initial, saver);
  const [ui, uiDispatch, uiRef] = useScreenState({ screen: startOn === 'item' ? 'item' : 'overview' });
  const router = useRef(new KeyRouter()).current;
  const bodyHeight = Math.max(3, size.rows - 3);
  const width = size.columns;

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
    if (key.ctrl && input === 'c') return quit('interrupt');
    if (ui.editor !== null || ui.overlay === 'search') return router.route(input, key);
    router.clearQueue();
    if (ui.overlay === 'help') return uiDispatch({ type: 'overlay', overlay: null });
    if (input === 'q') return quit();
    if (input === '?') return uiDispatch({ type: 'overlay', overlay: 'help' });
    if (input === '/') return uiDispatch({ type: 'overlay', overlay: 'search' });
    if (input === 'z') return dispatch({ type: 'undo' });
    if (input === 'g') {
      dispatch({ type: 'next-unanswered' });
      return uiDispatch({ type: 'show', screen: 'item' });
    }
    if (input === 's') return uiDispatch({ type: 'show', screen: 'summary' });
    const up = key.upArrow || input === 'k';
    const down = key.downArrow || input === 'j';
    if (ui.screen === 'overview') {
      const rows = overviewRows(state);
      if (up || down) return uiDispatch({ type: 'overview-cursor', by: up ? -1 : 1, rows: rows.length });
      if (key.pageUp || key.pageDown) return uiDispatch({ type: 'overview-cursor', by: (key.pageUp ? -1 : 1) * (bodyHeight - 2), rows: rows.length });
      if (key.return || key.rightArrow) {
        const row = rows[ui.overviewCursor];
        if (row) dispatch({ type: 'go', index: row.firstIndex });
        return uiDispatch({ type: 'show', screen: 'list' });
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
        return uiDispatch({ type: 'show', screen: 'item' });
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
      if (ui.screen === 'list') return uiDispatch({ type: 'show', screen: 'item' });
      return uiDispatch({ type: 'edit', editor: 'answer' });
    }
    const status = STATUS_KEYS[input];
    if (status) return dispatch({ type: 'set-status', status, now: now(), by });
    if (input === 'c') return dispatch({ type: 'confirm', now: now() });
    const field = FIELD_KEYS[input];
    if (field && current) return uiDispatch({ type: 'edit', editor: field });
  });

  let body;
  if (ui.overlay === 'help') body = <Help height={bodyHeight} />;
  else if (ui.overlay === 'search')
    body = (
      <SearchBox
        state={state}
        width={width}
        height={bodyHeight}
        onCancel={() => uiDispatch({ type: 'overlay', overlay: null })}
        onPick={(index) => {
          dispatch({ type: 'go', index });
          uiDispatch({ type: 'show', screen: 'item' });
        }}
      />
    );
  else if (ui.editor && current)
    body = (
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        <Text bold>{truncate(current.item.question, width)}</Text>
        <Text dimColor>{truncate(current.item.id, width)}</Text>
        <AnswerEditor
          kind={ui.editor}
          refItem={current}
          answer={answerFor(state, current.item.id)?.answer}
          width={width}
          onCancel={() => uiDispatch({ type: 'edit', editor: null })}
          onAnswer={(edit) => {
            dispatch({ type: 'answer', edits: [edit], by, now: now() });
            uiDispatch({ type: 'edit', editor: null });
          }}
          onEvidence={(text) => {
            dispatch({ type: 'add-evidence', text, now: now(), by });
            uiDispatch({ type: 'edit', editor: null });
          }}
        />
      </Box>
    );
  else if (ui.screen === 'overview') body = <Overview total={total} rows={rows} cursor={ui.overviewCursor} width={width} height={bodyHeight} />;
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
      {body}
      <Footer keys={FOOTER_KEYS[ui.screen]} save={saveStatus} problem={state.problem} notice={state.notice} width={width} />
    </Box>
    </KeyRouterContext.Provider>
  );
}
