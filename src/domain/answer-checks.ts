/**
 * What an item asks of its answer beyond its type, and the checks that follow from it.
 * Pure; used by `applyEdits` (so `secbook answer`, the TUI and the plain prompts refuse the
 * same input) and by the item view (the reason a contacts answer is partial).
 *
 * An item signals these through its `tags` (free labels in the checklist file):
 * - `answer:lines`  — a text answer with one entry per line (the TUI opens a multi-line editor);
 * - `answer:past`   — a date item asking when something happened: a future date is refused;
 * - `answer:backup` — a contacts item asking who stands in: a contact without a backup
 *   makes the answer partial, with the reason shown.
 */
import type { Contact, Person } from './answer.js';
import type { Item } from './checklist-schema.js';

export interface ItemAsks {
  lines: boolean;
  past: boolean;
  backup: boolean;
}

export function itemAsks(item: Pick<Item, 'tags'>): ItemAsks {
  const tags = item.tags ?? [];
  return { lines: tags.includes('answer:lines'), past: tags.includes('answer:past'), backup: tags.includes('answer:backup') };
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a typed date is refused: not YYYY-MM-DD, not a day of the calendar, or in the future. */
export type DateTrouble = 'not-a-date' | 'no-such-date' | 'future-date';

export function dateTrouble(text: string, options: { past?: boolean; today?: string } = {}): DateTrouble | undefined {
  if (!DATE_SHAPE.test(text)) return 'not-a-date';
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) return 'no-such-date';
  if (options.past && options.today && text > options.today) return 'future-date';
  return undefined;
}

/** An address with one @, something before it and a dotted domain after it, no spaces. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}

/** A phone number: digits with spaces, dots, dashes, brackets, an optional leading +, 5–15 digits. */
export function isPhoneNumber(text: string): boolean {
  if (!/^\+?[0-9 ().-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 15;
}

export interface ContactTrouble {
  code: 'bad-email' | 'bad-phone';
  /** The contact's name, and "backup" when it is about the stand-in. */
  who: string;
  backup: boolean;
  given: string;
}

function personTroubles(p: Person, who: string, backup: boolean): ContactTrouble[] {
  const out: ContactTrouble[] = [];
  if (p.email !== undefined && !isEmailAddress(p.email.trim())) out.push({ code: 'bad-email', who, backup, given: p.email });
  if (p.phone !== undefined && !isPhoneNumber(p.phone.trim())) out.push({ code: 'bad-phone', who, backup, given: p.phone });
  return out;
}

/** Malformed e-mail addresses and phone numbers in a contacts answer (backups included). */
export function contactTroubles(contacts: readonly Contact[]): ContactTrouble[] {
  return contacts.flatMap((c) => [...personTroubles(c, c.name, false), ...(c.backup ? personTroubles(c.backup, c.name, true) : [])]);
}

/** Names of the contacts without a backup, when the item asks for one (else empty). */
export function missingBackups(item: Pick<Item, 'tags'>, contacts: readonly Contact[]): string[] {
  if (!itemAsks(item).backup) return [];
  return contacts.filter((c) => typeof c === 'object' && !c.backup?.name?.trim()).map((c) => c.name);
}

/** The reason a contacts answer is partial, in words (undefined when nothing is missing). */
export function missingBackupText(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  return `no backup for ${names.join(', ')}: this item asks who stands in`;
}
