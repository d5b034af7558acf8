/**
 * An answer typed as text (a `--value` flag, a number or date typed in the TUI or the plain
 * prompts) → a typed value edit for the item. A multi item takes its choices as separate texts, or comma-separated; a text
 * that is exactly one of the choices is taken whole, so a choice containing a comma works.
 * Pure.
 */
import { parse as parseYaml } from 'yaml';
import type { Contact } from './answer.js';
import type { AnswerProblem, ValueEdit } from './answer-edit.js';
import { choiceValues } from './answer-value.js';
import type { Item } from './checklist-schema.js';

export function valueEditFromText(item: Item, texts: readonly string[]): { edit: ValueEdit } | { problems: AnswerProblem[] } {
  if (item.type === 'status') return { problems: [{ code: 'status-item', field: 'value' }] };
  if (item.type !== 'multi' && texts.length > 1) return { problems: [{ code: 'one-value', field: 'value', given: texts }] };
  const raw = texts[0] ?? '';
  switch (item.type) {
    case 'text':
      return { edit: { kind: 'text', text: raw } };
    case 'choice':
      return { edit: { kind: 'choice', value: raw.trim() } };
    case 'multi': {
      const choices = choiceValues(item);
      const values = texts.flatMap((t) => (choices.includes(t.trim()) ? [t.trim()] : t.split(',').map((v) => v.trim()).filter(Boolean)));
      return { edit: { kind: 'multi', values } };
    }
    case 'date':
      return { edit: { kind: 'date', date: raw.trim() } };
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) {
        const range = { ...(item.unit ? { unit: item.unit } : {}), ...(item.min !== undefined ? { min: item.min } : {}), ...(item.max !== undefined ? { max: item.max } : {}) };
        return { problems: [{ code: 'not-a-number', field: 'value', given: raw.trim(), ...range }] };
      }
      return { edit: { kind: 'number', value: n } };
    }
    case 'contacts': {
      let data: unknown;
      try {
        data = parseYaml(raw);
      } catch {
        return { problems: [{ code: 'not-contacts', field: 'value', given: raw }] };
      }
      return { edit: { kind: 'contacts', contacts: (Array.isArray(data) ? data : [data]) as Contact[] } };
    }
  }
}
