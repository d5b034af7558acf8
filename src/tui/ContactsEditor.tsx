/**
 * Edits a contacts answer field by field: name, role, email, phone, then the backup's
 * name and phone. Existing contacts pre-fill the fields; an empty name ends the list.
 */
import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeyTarget } from './key-router.js';
import { useState } from 'react';
import type { Contact } from '../domain/answer.js';
import { TextPrompt } from './TextPrompt.js';
import { isEmailAddress, isPhoneNumber } from '../domain/answer-checks.js';
import { problemText } from '../session/answer-problem-text.js';
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

/** The field's check (the domain's rules), worded for the session. */
function check(key: FieldKey, value: string, who: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const backup = key.startsWith('backup.');
  if (key.endsWith('email') && !isEmailAddress(v)) return problemText({ code: 'bad-email', field: 'value', given: v, who, backup });
  if (key.endsWith('phone') && !isPhoneNumber(v)) return problemText({ code: 'bad-phone', field: 'value', given: v, who, backup });
  return undefined;
}

export interface ContactsEditorProps {
  initial: Contact[];
  /** The item asks who stands in: say so at the backup's name. */
  askBackup?: boolean;
  /** Saves; a returned message means it was refused (shown, nothing lost). */
  onSubmit: (contacts: Contact[]) => string | undefined | void;
  onCancel: () => void;
  width: number;
}

export function ContactsEditor({ initial, askBackup = false, onSubmit: save, onCancel, width }: ContactsEditorProps) {
  const [done, setDone] = useState<Contact[]>([]);
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const onSubmit = (contacts: Contact[]) => {
    const problem = save(contacts);
    if (problem) {
      setRefused(problem);
      setAsking(true);
    }
  };
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
        {refused ? <Text color={tone('red')}>! {refused}</Text> : null}
        <Text>Add another contact? y / n (Enter = no, save)</Text>
      </Box>
    );
  }
  const spec = FIELDS[field] ?? FIELDS[0];
  return (
    <TextPrompt
      key={`${index}-${spec.key}`}
      label={`Contact ${index + 1} · ${spec.label}${askBackup && spec.key === 'backup.name' ? ' — this item asks for one' : ''}`}
      initial={read(existing, spec.key)}
      validate={(value) => check(spec.key, value, draft.name || `contact ${index + 1}`)}
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
