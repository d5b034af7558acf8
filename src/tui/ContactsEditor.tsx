/**
 * Edits a contacts answer field by field: name, role, email, phone, then the backup's
 * name and phone. Existing contacts pre-fill the fields; an empty name ends the list.
 */
import { Box, Text } from 'ink';
import { useKeyTarget } from './key-router.js';
import { useState } from 'react';
import type { Contact } from '../domain/answer.js';
import { TextPrompt } from './TextPrompt.js';
import { tone } from './theme.js';

const FIELDS = [
  { key: 'name', label: 'Name (empty to finish)' },
  { key: 'role', label: 'Role' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'backup.name', label: 'Backup: name (who stands in)' },
  { key: 'backup.phone', label: 'Backup: phone' },
  { key: 'backup.email', label: 'Backup: email' },
] as const;

type FieldKey = (typeof FIELDS)[number]['key'];

function read(c: Contact | undefined, key: FieldKey): string {
  if (!c) return '';
  if (key.startsWith('backup.')) return (c.backup?.[key.slice(7) as 'name' | 'phone' | 'email'] ?? '') as string;
  return (c[key as 'name' | 'role' | 'email' | 'phone'] ?? '') as string;
}

function write(c: Contact, key: FieldKey, value: string): Contact {
  const v = value.trim();
  if (key.startsWith('backup.')) {
    const field = key.slice(7) as 'name' | 'phone' | 'email';
    const backup = { ...(c.backup ?? { name: '' }) };
    if (v) backup[field] = v;
    else delete backup[field];
    return { ...c, backup: backup as Contact['backup'] };
  }
  const next = { ...c } as Record<string, unknown>;
  if (v) next[key] = v;
  else delete next[key];
  return next as unknown as Contact;
}

/** Drops empty optional parts (a backup with no name). */
function tidy(c: Contact): Contact {
  if (c.backup && !c.backup.name) {
    const { backup: _backup, ...rest } = c;
    return rest;
  }
  return c;
}

export interface ContactsEditorProps {
  initial: Contact[];
  onSubmit: (contacts: Contact[]) => void;
  onCancel: () => void;
  width: number;
}

export function ContactsEditor({ initial, onSubmit, onCancel, width }: ContactsEditorProps) {
  const [done, setDone] = useState<Contact[]>([]);
  const [draft, setDraft] = useState<Contact>({ name: '' });
  const [field, setField] = useState(0);
  const [asking, setAsking] = useState(false);
  const index = done.length;
  const existing = initial[index];

  useKeyTarget(
    (input, key) => {
      if (key.escape) return onCancel();
      if (input === 'y' || input === 'Y') {
        setAsking(false);
        setField(0);
        setDraft({ name: '' });
      } else if (input === 'n' || input === 'N' || key.return) {
        onSubmit(done);
      }
    },
    asking,
  );

  if (asking) {
    return (
      <Box flexDirection="column" borderStyle="round" borderColor={tone('cyan')} paddingX={1}>
        <Text bold>{done.length} contact{done.length === 1 ? '' : 's'}: {done.map((c) => c.name).join(', ')}</Text>
        <Text>Add another contact? y / n (Enter = no, save)</Text>
      </Box>
    );
  }
  const spec = FIELDS[field] ?? FIELDS[0];
  return (
    <TextPrompt
      key={`${index}-${spec.key}`}
      label={`Contact ${index + 1} · ${spec.label}`}
      initial={read(existing, spec.key)}
      width={width}
      help="Enter next field · Esc cancels the whole edit"
      onCancel={onCancel}
      onSubmit={(value) => {
        if (spec.key === 'name' && !value.trim()) return onSubmit(done);
        const next = write(draft, spec.key, value);
        if (field + 1 < FIELDS.length) {
          setDraft(next);
          setField(field + 1);
          return;
        }
        setDone([...done, tidy(next)]);
        setAsking(true);
      }}
    />
  );
}
