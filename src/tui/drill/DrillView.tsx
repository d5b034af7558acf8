/**
 * The facilitator's full-screen view: exercise clock, current inject with artefacts and
 * questions, the people in each role, what the law says at a decision point, and the
 * decision log. Every event goes through `onEvent`, which saves the drill record first.
 */
import { Box, useApp, useInput, useStdout } from 'ink';
import { Text } from '../Text.js';
import { useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../incidents/assess.js';
import type { DrillRecord } from '../../drills/drill-record.js';
import { clockText, exerciseMs, parseEntry, type DrillEvent } from '../../drills/engine.js';
import type { RoleHolder } from '../../drills/people.js';
import { endMinute, type Scenario } from '../../drills/scenario-schema.js';

export type DrillEnd = 'finish' | 'quit' | 'interrupted';

export interface DrillViewProps {
  scenario: Scenario;
  initial: DrillRecord;
  roles: RoleHolder[];
  now: () => Date;
  onEvent: (event: DrillEvent) => Promise<DrillRecord>;
  assess: (now: Date) => Assessment;
  /** The playbook's first-hour steps (empty without playbooks). */
  firstHour: string[];
  onEnd: (how: DrillEnd) => void;
}

type Mode = { kind: 'view' } | { kind: 'input'; what: 'decision' | 'gap'; value: string; error?: string };
type Panel = 'inject' | 'roles' | 'law' | 'log';

/** Word-wraps to `n` columns (the body is a fixed number of lines, so wrap before counting). */
function wrapLines(text: string, n: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > n) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s);

export function DrillView({ scenario, initial, roles, now, onEvent, assess, firstHour, onEnd }: DrillViewProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const width = Math.max(40, (stdout.columns || 80) - 1);
  const height = Math.max(12, stdout.rows || 24);
  const [record, setRecord] = useState(initial);
  const [mode, setModeState] = useState<Mode>({ kind: 'view' });
  const [panel, setPanelState] = useState<Panel>('inject');
  // Keys can arrive faster than React re-renders (a paste, then Enter): read the newest
  // values from refs, not from the render's closure.
  const modeRef = useRef(mode);
  const panelRef = useRef(panel);
  const recordRef = useRef(record);
  recordRef.current = record;
  const setMode = (m: Mode) => {
    modeRef.current = m;
    setModeState(m);
  };
  const setPanel = (p: Panel) => {
    panelRef.current = p;
    setPanelState(p);
  };
  const [, setTick] = useState(0);

  const ended = useRef(false);
  const end = (how: DrillEnd) => {
    if (ended.current) return;
    ended.current = true;
    onEnd(how);
    exit();
  };

  const send = (event: DrillEvent) => {
    const wasOpen = recordRef.current.finished_at === null;
    void onEvent(event).then((r) => {
      recordRef.current = r;
      setRecord(r);
      if (wasOpen && r.finished_at !== null) end('finish'); // the clock reached the end of the timeline
    });
  };

  useEffect(() => {
    const timer = setInterval(() => {
      setTick((t) => t + 1);
      send({ type: 'tick', at: now() });
    }, 1000);
    return () => clearInterval(timer);
  }, []);


  useInput((input, key) => {
    const mode = modeRef.current;
    const panel = panelRef.current;
    const record = recordRef.current;
    if (key.ctrl && input === 'c') return end('interrupted');
    if (mode.kind === 'input') {
      if (key.escape) return setMode({ kind: 'view' });
      // A paste (or fast typing) can arrive as one chunk ending in Enter.
      const enter = key.return || /[\r\n]/.test(input);
      const typed = key.return ? '' : input.split(/[\r\n]/)[0] ?? '';
      if (enter) {
        const parsed = parseEntry(mode.value + typed);
        if (typeof parsed === 'string') return setMode({ ...mode, error: parsed });
        send({ type: mode.what, at: now(), entry: parsed });
        return setMode({ kind: 'view' });
      }
      if (key.backspace || key.delete) return setMode({ ...mode, value: mode.value.slice(0, -1), error: undefined });
      if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
      if (input) setMode({ ...mode, value: mode.value + input, error: undefined });
      return;
    }
    if (input === ' ' || input === 'p') return send({ type: record.clock.running_since ? 'pause' : 'resume', at: now() });
    if (input === 'n') return send({ type: 'next', at: now() });
    if (input === 'd') return setMode({ kind: 'input', what: 'decision', value: '' });
    if (input === 'g') return setMode({ kind: 'input', what: 'gap', value: '' });
    if (input === 'r') return setPanel(panel === 'roles' ? 'inject' : 'roles');
    if (input === 'l') return setPanel(panel === 'law' ? 'inject' : 'law');
    if (input === 'h') return setPanel(panel === 'log' ? 'inject' : 'log');
    if (input === 'F') return end('finish');
    if (input === 'q') return end('quit');
  });

  const at = now();
  const ms = exerciseMs(record, at);
  const paused = !record.clock.running_since;
  const index = record.injects_shown.length - 1;
  const inject = index >= 0 ? scenario.injects[index] : undefined;
  const next = scenario.injects[index + 1];
  const body = height - 6;
  const lines: { text: string; color?: string; bold?: boolean; keep?: boolean }[] = [];
  if (panel === 'inject') {
    if (!inject) lines.push({ text: 'The first inject has not come yet. n shows it now.' });
    else {
      lines.push({ text: `Minute ${inject.minute}: ${inject.title}${inject.decision_point ? '  [decision point: l shows the law]' : ''}`, bold: true });
      for (const l of wrapLines(inject.text, width)) lines.push({ text: l });
      for (const a of inject.artefacts ?? []) {
        lines.push({ text: `[${a.kind}] ${a.title}`, color: 'cyan' });
        for (const l of a.text.trimEnd().split('\n')) lines.push({ text: `  ${l}`, color: 'gray', keep: true });
      }
      for (const q of inject.questions ?? []) for (const l of wrapLines(`? ${q}`, width)) lines.push({ text: l, color: 'yellow' });
    }
  } else if (panel === 'roles') {
    lines.push({ text: 'Roles from the workbook (ir.roles.*)', bold: true });
    for (const r of roles.filter((h) => scenario.participants.includes(h.role))) {
      lines.push({ text: `${r.label}: ${r.name ?? 'NOBODY NAMED'}${r.phone ? ` ${r.phone}` : ''}`, color: r.name ? undefined : 'red' });
      lines.push({ text: `  backup: ${r.backup ?? 'none named'}`, color: r.backup ? 'gray' : 'red' });
    }
  } else if (panel === 'law') {
    const a = assess(at);
    lines.push({ text: 'What the law says for these facts (secbook incident assessment; not legal advice)', bold: true });
    if (a.notices.length === 0) lines.push({ text: 'No notice is required or open for the scenario\'s facts.' });
    for (const n of a.notices) {
      lines.push({ text: `${n.required === 'yes' ? 'REQUIRED' : 'UNKNOWN '} ${n.title} [${n.id}]`, color: n.required === 'yes' ? 'red' : 'yellow' });
      lines.push({ text: `  ${n.deadline_text}` });
    }
    for (const e of scenario.expected_decisions ?? []) lines.push({ text: `plan: ${e.text}`, color: 'cyan' });
    for (const step of firstHour) lines.push({ text: `playbook: ${step}`, color: 'cyan' });
  } else {
    lines.push({ text: `Decision log (${record.decisions.length}) and gaps (${record.gaps.length})`, bold: true });
    for (const d of record.decisions) lines.push({ text: `${clockText(d.minute * 60_000).slice(0, 5)} ${d.text}${d.owner ? ` — ${d.owner}` : ''}${d.due ? ` by ${d.due}` : ''}` });
    for (const g of record.gaps) lines.push({ text: `${clockText(g.minute * 60_000).slice(0, 5)} GAP ${g.text}`, color: 'red' });
  }
  // Log lines keep their layout (truncated); prose wraps, indented like its first line.
  const shownLines = lines.flatMap((l) => {
    if (l.keep) return [l];
    const indent = /^\s*/.exec(l.text)?.[0] ?? '';
    return wrapLines(l.text, width - indent.length - 2).map((t, i) => ({ ...l, text: i === 0 ? `${indent}${t}` : `${indent}  ${t}` }));
  });
  const last = record.decisions.at(-1);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>
        {cut(`${scenario.title}`, width - 22)} <Text color={paused ? 'yellow' : 'green'}>{clockText(ms)}{paused ? ' PAUSED' : ''}</Text>
        {record.clock.mode === 'compressed' ? <Text color="gray"> ×{record.clock.speed}</Text> : null}
      </Text>
      <Text color="gray">{cut(`Inject ${index + 1}/${scenario.injects.length}${next ? ` · next at minute ${next.minute}` : ` · ends at minute ${endMinute(scenario)}`} · decisions ${record.decisions.length}`, width)}</Text>
      <Box flexDirection="column" height={body}>
        {shownLines.slice(0, body).map((l, i) => (
          <Text key={i} color={l.color} bold={l.bold} wrap="truncate-end">{l.text}</Text>
        ))}
      </Box>
      {mode.kind === 'input' ? (
        <Box flexDirection="column">
          <Text color="cyan">{mode.what === 'decision' ? 'Decision' : 'Gap'} (text @owner by YYYY-MM-DD #item): {cut(mode.value, width - 45)}█</Text>
          <Text color={mode.error ? 'red' : 'gray'}>{mode.error ?? 'Enter saves · Esc cancels'}</Text>
        </Box>
      ) : (
        <Box flexDirection="column">
          <Text color="gray" wrap="truncate-end">{last ? `last: ${last.text}${last.owner ? ` — ${last.owner}` : ''}` : 'no decisions yet'}</Text>
          <Text color="gray" wrap="wrap">space pause · n next · d decision · g gap · r roles · l law · h log · F finish · q quit</Text>
        </Box>
      )}
    </Box>
  );
}
