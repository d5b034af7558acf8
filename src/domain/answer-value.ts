/** Validation of an answer against its item's type. Pure. */
import type { Answer, Contact } from './answer.js';
import type { Item } from './checklist-schema.js';

export function choiceValues(item: Item): string[] {
  return (item.choices ?? []).map((c) => (typeof c === 'string' ? c : c.value));
}

/** The label a choice is shown with (its value when the checklist gives none). */
export function choiceLabel(item: Item, value: string): string {
  for (const c of item.choices ?? []) {
    if (typeof c === 'string') {
      if (c === value) return c;
    } else if (c.value === value) return c.label;
  }
  return value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isContact(c: unknown): c is Contact {
  return typeof c === 'object' && c !== null && typeof (c as Contact).name === 'string' && (c as Contact).name.trim() !== '';
}

/** Problems with `answer.value` for this item (empty when fine or absent). */
export function checkAnswerValue(item: Item, answer: Answer): string[] {
  const v = answer.value;
  if (v === undefined) return [];
  switch (item.type) {
    case 'status':
      return ['a status item takes a status (done, partial, todo, na), not a value'];
    case 'text':
      return typeof v === 'string' ? [] : [`expected text, got ${JSON.stringify(v)}`];
    case 'choice': {
      const allowed = choiceValues(item);
      return typeof v === 'string' && allowed.includes(v) ? [] : [`expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`];
    }
    case 'multi': {
      const allowed = choiceValues(item);
      if (!Array.isArray(v)) return [`expected a list of ${allowed.join(', ')}`];
      const bad = v.filter((x) => typeof x !== 'string' || !allowed.includes(x));
      return bad.length ? [`not a choice: ${bad.map((b) => JSON.stringify(b)).join(', ')} (choices: ${allowed.join(', ')})`] : [];
    }
    case 'date':
      return typeof v === 'string' && isIsoDate(v) ? [] : [`expected a date like 2027-01-31, got ${JSON.stringify(v)}`];
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return [`expected a number, got ${JSON.stringify(v)}`];
      if (item.min !== undefined && v < item.min) return [`expected at least ${item.min}, got ${v}`];
      if (item.max !== undefined && v > item.max) return [`expected at most ${item.max}, got ${v}`];
      return [];
    }
    case 'contacts':
      return Array.isArray(v) && v.every(isContact) ? [] : ['expected a list of people, each with at least a name'];
  }
}
