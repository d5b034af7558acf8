/**
 * A text input. One line: type, Backspace, Enter submits, Esc cancels. Multi-line (an
 * answer with one entry per line): Enter starts a new line, Ctrl-S or Ctrl-D saves.
 * A refused answer keeps the editor open with what was typed and says why.
 */
import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeyTarget } from './key-router.js';
import { useStore } from './use-store.js';
import { tone } from './theme.js';
import { truncate } from '../session/wrap.js';

export interface TextPromptProps {
  label: string;
  initial?: string;
  /** Shown under the input. */
  help?: string;
  /** Returns an error message, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
  /** Saves the value; a returned message means it was refused (the editor stays open). */
  onSubmit: (value: string) => string | undefined | void;
  onCancel: () => void;
  width: number;
  /** Several lines: Enter adds a line, Ctrl-S / Ctrl-D saves. */
  multiline?: boolean;
  /** Lines of the multi-line box shown at most (older lines scroll away). */
  maxLines?: number;
}

export function TextPrompt({ label, initial = '', help, validate, onSubmit, onCancel, width, multiline = false, maxLines = 6 }: TextPromptProps) {
  type S = { value: string; error?: string };
  const [{ value, error }, set, ref] = useStore((_: S, next: S) => next, (): S => ({ value: initial }));
  const submit = (v: string) => {
    const problem = validate?.(v) ?? onSubmit(v);
    if (problem) set({ value: v, error: problem });
  };
  useKeyTarget((input, key) => {
    const v = ref.current.value;
    if (key.escape) return onCancel();
    if (multiline && key.ctrl && (input === 's' || input === 'd')) return submit(v);
    if (key.return) {
      if (multiline) return set({ value: `${v}\n` });
      return submit(v);
    }
    if (key.backspace || key.delete) return set({ value: v.slice(0, -1) });
    if (key.ctrl && input === 'u') return set({ value: multiline ? v.slice(0, v.lastIndexOf('\n') + 1) : '' });
    if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
    if (input) set({ value: v + (multiline ? input.replace(/\r\n?/g, '\n') : input.replace(/[\r\n]+/g, ' ')) });
  });
  const room = Math.max(10, width - 4);
  const fit = (line: string) => (line.length > room - 1 ? `…${line.slice(line.length - room + 2)}` : line);
  const lines = multiline ? value.split('\n') : [value];
  const shown = lines.slice(-maxLines);
  const keys = help ?? (multiline ? 'Enter new line · Ctrl-S or Ctrl-D saves · Esc cancels · Ctrl-U clears the line' : 'Enter to save · Esc to cancel · Ctrl-U clears');
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1}>
      <Text bold>{truncate(label, room)}</Text>
      {lines.length > shown.length ? <Text dimColor>… {lines.length - shown.length} more line(s) above</Text> : null}
      {shown.map((line, i) => (
        <Text key={i}>
          {fit(line)}
          {i === shown.length - 1 ? <Text inverse> </Text> : null}
        </Text>
      ))}
      {error ? <Text color={tone('red')}>! {error}</Text> : null}
      <Text dimColor>{keys}</Text>
    </Box>
  );
}
