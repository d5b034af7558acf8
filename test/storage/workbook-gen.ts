// Workbooks in many YAML styles (compact and indented sequences, flow collections,
// comments, quoted keys, block and folded strings, anchors, CRLF), emitted by hand from a
// plain model, and fast-check generators for them. Shared by the save property tests.
import fc from 'fast-check';
import type { Answer } from '../../src/domain/answer.js';

export type Evidence = string | { url: string; date: string };
export interface ModelAnswer {
  status?: Answer['status'];
  value?: { name: string; email?: string }[];
  note?: string;
  evidence?: Evidence[];
  owner?: string;
  due?: string;
  answered_by?: string;
}
export interface Model {
  format: 1;
  organisation: { name: string; domains: string[]; email?: string };
  scope: { languages?: string[]; eu_personal_data?: boolean };
  answers: Record<string, ModelAnswer>;
  session?: { last_item: string };
}

export interface Style {
  indent: 2 | 4;
  seq: 'compact' | 'indented' | 'flow';
  comments: boolean;
  keys: 'plain' | 'single' | 'double';
  notes: 'plain' | 'single' | 'double' | 'block';
  crlf: boolean;
  anchor: boolean;
  blank: boolean;
}

export const IDS = ['email.auth.spf', 'email.auth.dkim', 'gdpr.dpa-signed', 'hipaa.baa', 'ir.contacts', 'ccpa.notice'];
export const WORDS = ['done', 'yes', 'no', 'null', '- dash', 'a: colon', 'hash # sign', "it's", 'say "hi"', '[x]', 'ünïcödé', '  spaced  ', '1.5', 'true'];

// ---- emitting a workbook in a given style --------------------------------------------

export const q = (s: string) => JSON.stringify(s);
export const plainSafe = (s: string) => /^[A-Za-z][A-Za-z0-9 ._/@-]*$/.test(s) && !/ $/.test(s) && !['yes', 'no', 'null', 'true', 'false'].includes(s);

export function emitKey(k: string, style: Style): string {
  if (style.keys === 'single') return `'${k}'`;
  if (style.keys === 'double') return q(k);
  return k;
}

export function emitScalar(s: string): string {
  return plainSafe(s) ? s : q(s);
}

export function emitNote(note: string, style: Style, pad: string): string {
  if (style.notes === 'block' && !note.includes('\n') && note === note.trim() && note !== '') return `>-\n${pad}  ${note}`;
  if (style.notes === 'block' && note.includes('\n') && note.split('\n').every((l) => l === l.trim() && l !== '')) {
    return `|-\n${note.split('\n').map((l) => `${pad}  ${l}`).join('\n')}`;
  }
  if (style.notes === 'single' && !note.includes('\n')) return `'${note.replace(/'/g, "''")}'`;
  if (style.notes === 'plain' && plainSafe(note)) return note;
  return q(note);
}

export function emitFlowItem(v: unknown): string {
  if (typeof v === 'string') return q(v);
  return `{ ${Object.entries(v as Record<string, string>).map(([k, x]) => `${k}: ${q(x)}`).join(', ')} }`;
}

/** `key:` followed by a list, in the style's sequence form, at indentation `pad`. */
export function emitList(key: string, items: unknown[], style: Style, pad: string): string[] {
  if (style.seq === 'flow' || items.length === 0) return [`${pad}${key}: [${items.map(emitFlowItem).join(', ')}]`];
  const dash = style.seq === 'compact' ? pad : pad + ' '.repeat(style.indent);
  const out = [`${pad}${key}:`];
  for (const item of items) {
    if (typeof item === 'string') out.push(`${dash}- ${emitScalar(item)}`);
    else {
      const entries = Object.entries(item as Record<string, string>);
      entries.forEach(([k, v], i) => out.push(`${i === 0 ? `${dash}- ` : `${dash}  `}${k}: ${emitScalar(v)}`));
    }
  }
  return out;
}

export function emit(model: Model, style: Style): string {
  const i1 = ' '.repeat(style.indent);
  const i2 = i1 + i1;
  const c = (text: string, pad: string) => (style.comments ? [`${pad}# ${text}`] : []);
  const lines: string[] = [...c('Our workbook, edited by hand', ''), 'format: 1', 'organisation:'];
  lines.push(`${i1}name: ${style.anchor ? '&org ' : ''}${emitScalar(model.organisation.name)}${style.comments ? '   # trading name' : ''}`);
  lines.push(...emitList('domains', model.organisation.domains, style, i1));
  if (model.organisation.email) lines.push(`${i1}email: ${emitScalar(model.organisation.email)}`);
  lines.push('scope:');
  if (model.scope.languages) lines.push(...emitList('languages', model.scope.languages, style, i1));
  if (model.scope.eu_personal_data !== undefined) lines.push(`${i1}eu_personal_data: ${model.scope.eu_personal_data}`);
  if (Object.keys(model.scope).length === 0) lines[lines.length - 1] = 'scope: {}';
  lines.push('answers:');
  let first = true;
  for (const [id, a] of Object.entries(model.answers)) {
    if (style.blank && !first) lines.push('');
    lines.push(...c(`about ${id}`, i1));
    lines.push(`${i1}${emitKey(id, style)}:`);
    if (a.status) lines.push(`${i2}status: ${a.status}${style.comments ? ' # checked' : ''}`);
    if (a.value) lines.push(...emitList('value', a.value, style, i2));
    if (a.note !== undefined) lines.push(`${i2}note: ${emitNote(a.note, style, i2)}`);
    if (a.evidence) lines.push(...emitList('evidence', a.evidence, style, i2));
    if (a.owner !== undefined) lines.push(`${i2}owner: ${emitScalar(a.owner)}`);
    if (a.due) lines.push(`${i2}due: ${a.due}`);
    if (a.answered_by !== undefined) lines.push(`${i2}answered_by: ${first && style.anchor ? '*org' : emitScalar(a.answered_by)}`);
    first = false;
  }
  if (Object.keys(model.answers).length === 0) lines[lines.length - 1] = 'answers: {}';
  const text = `${lines.join('\n')}\n`;
  return style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

// ---- generators ---------------------------------------------------------------------

export const word = fc.constantFrom(...WORDS);
export const text = fc.oneof(word, fc.array(fc.constantFrom('alpha', 'beta', 'gamma'), { minLength: 2, maxLength: 3 }).map((ls) => ls.join('\n')));
export const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => `https://wiki.example/e/${n}`),
  fc.integer({ min: 1, max: 28 }).map((d) => ({ url: `https://x.example/${d}`, date: `2026-11-${String(d).padStart(2, '0')}` })),
);
export const answer: fc.Arbitrary<ModelAnswer> = fc.record(
  {
    status: fc.constantFrom('done', 'partial', 'todo', 'na'),
    note: text,
    evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
    owner: word,
    due: fc.constant('2027-01-31'),
    answered_by: fc.constant('dana'),
  },
  { requiredKeys: ['status'] },
);
export const model: fc.Arbitrary<Model> = fc.record({
  format: fc.constant(1 as const),
  organisation: fc.record({ name: fc.constantFrom('Acme', 'Acme Health'), domains: fc.array(fc.constantFrom('acme.example', 'mail.acme.example'), { maxLength: 2 }) }),
  scope: fc.record({ languages: fc.array(fc.constantFrom('node', 'go', 'php'), { minLength: 1, maxLength: 2 }), eu_personal_data: fc.boolean() }, { requiredKeys: [] }),
  answers: fc.dictionary(fc.constantFrom(...IDS.slice(0, 4)), answer, { maxKeys: 4 }),
});
export const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2 as const, 4 as const),
  seq: fc.constantFrom('compact' as const, 'indented' as const, 'flow' as const),
  comments: fc.boolean(),
  keys: fc.constantFrom('plain' as const, 'single' as const, 'double' as const),
  notes: fc.constantFrom('plain' as const, 'single' as const, 'double' as const, 'block' as const),
  crlf: fc.boolean(),
  anchor: fc.boolean(),
  blank: fc.boolean(),
});

/** The data a model stands for, as YAML would read it back. */
export const expected = (m: Model) => JSON.parse(JSON.stringify(m)) as unknown;
