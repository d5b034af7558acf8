/** Turning raw command-line/prompt input into a validated answer patch. Pure. */
import { closest, distance } from 'fastest-levenshtein';
import { parse as parseYaml } from 'yaml';
import { STATUSES, type Answer, type AnswerValue, type Evidence, type Status } from './answer.js';
import { checkAnswerValue, isIsoDate } from './answer-value.js';
import type { ChecklistSet, ItemRef } from './checklist-set.js';
import type { Item } from './checklist-schema.js';
import { SecbookError } from '../errors.js';

export interface AnswerInput {
  status?: string;
  value?: string;
  note?: string;
  evidence?: string[];
  owner?: string;
  due?: string;
  by?: string;
}

/** Up to `n` item ids that look like `id`: containing it, containing all its words, or a few edits away. */
export function closeMatches(ids: Iterable<string>, id: string, n = 5): string[] {
  const all = [...ids];
  const tokens = id.split(/[.-]/).filter(Boolean);
  const rank = (candidate: string): number => {
    if (candidate.includes(id) || id.includes(candidate)) return 0;
    if (tokens.length > 1 && tokens.every((t) => candidate.includes(t))) return 1;
    return distance(candidate, id);
  };
  const scored = all
    .map((candidate) => ({ candidate, d: rank(candidate) }))
    .filter((s) => s.d <= Math.max(3, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate));
  const list = scored.slice(0, n).map((s) => s.candidate);
  if (list.length === 0 && all.length > 0) list.push(closest(id, all));
  return list;
}

/** Finds an item by id (or a previous id), or throws listing close matches. */
export function findItem(set: ChecklistSet, id: string): ItemRef {
  const ref = set.items.get(id) ?? set.items.get(set.renamed.get(id) ?? '');
  if (ref) return ref;
  const matches = closeMatches(set.items.keys(), id);
  throw new SecbookError(`no checklist item "${id}"`, {
    details: matches.length ? ['Did you mean:', ...matches.map((m) => `  ${m}  — ${set.items.get(m)?.item.question ?? ''}`)] : [],
    hint: 'List item ids with `secbook status --json` or search them in the TUI with `/`.',
  });
}

function parseStatus(raw: string): Status {
  const s = raw.toLowerCase().replace(/[\s_/-]/g, '');
  const alias: Record<string, Status> = { na: 'na', notapplicable: 'na', na_: 'na', done: 'done', partial: 'partial', todo: 'todo' };
  const status = alias[s];
  if (!status) {
    throw new SecbookError(`--status "${raw}" is not a status`, { hint: `Use one of: ${STATUSES.join(', ')} (na = not applicable).` });
  }
  return status;
}

function parseValue(item: Item, raw: string): AnswerValue {
  switch (item.type) {
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new SecbookError(`--value "${raw}" is not a number`, { hint: `${item.id} takes a number${item.unit ? ` (${item.unit})` : ''}.` });
      return n;
    }
    case 'multi':
      return raw.split(',').map((v) => v.trim()).filter(Boolean);
    case 'contacts': {
      let data: unknown;
      try {
        data = parseYaml(raw);
      } catch (error) {
        throw new SecbookError(`--value for ${item.id} must be a YAML or JSON list of people`, {
          hint: `Example: --value '[{name: Ada Lovelace, role: Incident lead, email: ada@example.com, phone: "+1 555 0100", backup: {name: Alan Turing, phone: "+1 555 0101"}}]'`,
          cause: error,
        });
      }
      return (Array.isArray(data) ? data : [data]) as AnswerValue;
    }
    default:
      return raw;
  }
}

/**
 * Validates input for one item and returns the patch to merge into its answer. `now`
 * stamps `updated_at` and `confirmed_at` (answering is confirming).
 */
export function buildAnswerPatch(item: Item, input: AnswerInput, now: Date): Partial<Answer> {
  const patch: Partial<Answer> = {};
  if (input.status !== undefined) patch.status = parseStatus(input.status);
  if (input.value !== undefined) {
    if (item.type === 'status') {
      throw new SecbookError(`${item.id} is answered with --status, not --value`, { hint: `Use --status ${STATUSES.join('|')}.` });
    }
    patch.value = parseValue(item, input.value);
    const problems = checkAnswerValue(item, { value: patch.value });
    if (problems.length) throw new SecbookError(`--value for ${item.id}: ${problems.join('; ')}`, { hint: `Question: ${item.question}` });
  }
  if (input.note !== undefined) patch.note = input.note;
  if (input.owner !== undefined) patch.owner = input.owner;
  if (input.due !== undefined) {
    if (!isIsoDate(input.due)) throw new SecbookError(`--due "${input.due}" is not a date`, { hint: 'Use YYYY-MM-DD, e.g. --due 2027-03-31.' });
    patch.due = input.due;
  }
  if (Object.keys(patch).length === 0 && !input.evidence?.length) {
    throw new SecbookError('nothing to record', { hint: 'Give at least one of --status, --value, --note, --evidence, --owner, --due.' });
  }
  if (input.by) patch.answered_by = input.by;
  patch.updated_at = now.toISOString();
  patch.confirmed_at = patch.updated_at;
  return patch;
}

/** Evidence entries to append: URLs become `url`, anything else `text`, dated today. */
export function evidenceEntries(raw: string[], now: Date): Evidence[] {
  const date = now.toISOString().slice(0, 10);
  return raw.map((r) => (/^https?:\/\//.test(r) ? { url: r, date } : { text: r, date }));
}
