/** Pick one (choice, status) or several (multi) options: ↑/↓ or j/k, Space toggles, Enter confirms. */
import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeyTarget } from './key-router.js';
import { useStore } from './use-store.js';
import { tone } from './theme.js';
import { truncate } from '../session/wrap.js';

export interface PickOption {
  value: string;
  label: string;
  /** A letter that picks this option directly (single mode). */
  key?: string;
}

export interface ChoicePickerProps {
  title: string;
  options: PickOption[];
  multi?: boolean;
  /** Initially highlighted (single) or checked (multi) values. */
  initial?: string[];
  onSubmit: (values: string[]) => void;
  onCancel: () => void;
  width: number;
}

export function ChoicePicker({ title, options, multi = false, initial = [], onSubmit, onCancel, width }: ChoicePickerProps) {
  const start = Math.max(0, options.findIndex((o) => initial.includes(o.value)));
  type S = { cursor: number; checked: ReadonlySet<string> };
  const [{ cursor, checked }, set, ref] = useStore((_: S, next: S) => next, (): S => ({ cursor: start, checked: new Set(multi ? initial : []) }));
  useKeyTarget((input, key) => {
    const { cursor, checked } = ref.current;
    if (key.escape || key.leftArrow) return onCancel();
    if (key.upArrow || input === 'k') return set({ cursor: (cursor + options.length - 1) % options.length, checked });
    if (key.downArrow || input === 'j') return set({ cursor: (cursor + 1) % options.length, checked });
    const option = options[cursor];
    if (multi && input === ' ' && option) {
      const next = new Set(checked);
      if (next.has(option.value)) next.delete(option.value);
      else next.add(option.value);
      return set({ cursor, checked: next });
    }
    if (key.return) {
      if (multi) return onSubmit(options.filter((o) => checked.has(o.value)).map((o) => o.value));
      if (option) return onSubmit([option.value]);
    }
    if (!multi) {
      const direct = options.find((o) => o.key === input);
      if (direct) onSubmit([direct.value]);
    }
  });
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1}>
      <Text bold>{truncate(title, width - 4)}</Text>
      {options.map((o, i) => {
        const mark = multi ? (checked.has(o.value) ? '[x] ' : '[ ] ') : '';
        const hint = o.key ? ` (${o.key})` : '';
        return (
          <Text key={o.value} inverse={i === cursor}>
            {i === cursor ? '› ' : '  '}
            {truncate(`${mark}${o.label}${hint}`, width - 8)}
          </Text>
        );
      })}
      <Text dimColor>{multi ? '↑/↓ move · Space toggles · Enter saves · Esc cancels' : '↑/↓ move · Enter picks · Esc cancels'}</Text>
    </Box>
  );
}
