/** A one-line text input: type, Backspace, Enter submits, Esc cancels. */
import { Box, Text } from 'ink';
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
  onSubmit: (value: string) => void;
  onCancel: () => void;
  width: number;
}

export function TextPrompt({ label, initial = '', help, validate, onSubmit, onCancel, width }: TextPromptProps) {
  type S = { value: string; error?: string };
  const [{ value, error }, set, ref] = useStore((_: S, next: S) => next, (): S => ({ value: initial }));
  useKeyTarget((input, key) => {
    const v = ref.current.value;
    if (key.escape) return onCancel();
    if (key.return) {
      const problem = validate?.(v);
      if (problem) return set({ value: v, error: problem });
      return onSubmit(v);
    }
    if (key.backspace || key.delete) return set({ value: v.slice(0, -1) });
    if (key.ctrl && input === 'u') return set({ value: '' });
    if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
    if (input) set({ value: v + input });
  });
  const room = Math.max(10, width - 4);
  const shown = value.length > room ? `…${value.slice(value.length - room + 1)}` : value;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1}>
      <Text bold>{truncate(label, Math.max(10, width - 4))}</Text>
      <Text>
        {shown}
        <Text inverse> </Text>
      </Text>
      {error ? <Text color={tone('red')}>! {error}</Text> : null}
      <Text dimColor>{help ?? 'Enter to save · Esc to cancel · Ctrl-U clears'}</Text>
    </Box>
  );
}
