// Property: whatever the YAML style of the workbook and whatever the front ends change, a
// save writes a file that parses, holds exactly the data meant, leaves the other answers'
// lines and every comment as they were, and keeps CRLF line ends. Workbooks are generated
// in many styles (compact and indented sequences, flow collections, comments, quoted keys,
// block and folded strings, anchors, CRLF); the expected data is computed here, apart from
// secbook, by applying the same edits to a plain object.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, parse, parseDocument, type Node, type Pair } from 'yaml';
import type { Answer } from '../../src/domain/answer.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';

type Evidence = string | { url: string; date: string };
interface ModelAnswer {
  status?: Answer['status'];
  value?: { name: string; email?: string }[];
  note?: string;
  evidence?: Evidence[];
  owner?: string;
  due?: string;
  answered_by?: string;
}
interface Model {
  format: 1;
  organisation: { name: string; domains: string[]; email?: string };
  scope: { languages?: string[]; eu_personal_data?: boolean };
  answers: Record<string, ModelAnswer>;
  session?: { last_item: string };
}

interface Style {
  indent: 2 | 4;
  seq: 'compact' | 'indented' | 'flow';
  comments: boolean;
  keys: 'plain' | 'single' | 'double';
  notes: 'plain' | 'single' | 'double' | 'block';
  crlf: boolean;
  anchor: boolean;
  blank: boolean;
}

const IDS = ['email.auth.spf', 'email.auth.dkim', 'gdpr.dpa-signed', 'hipaa.baa', 'ir.contacts', 'ccpa.notice'];
const WORDS = ['done', 'yes', 'no', 'null', '- dash', 'a: colon', 'hash # sign', "it's", 'say "hi"', '[x]', 'ünïcödé', '  spaced  ', '1.5', 'true'];

// ---- emitting a workbook in a given style --------------------------------------------

const q = (s: string) => JSON.stringify(s);
const plainSafe = (s: string) => /^[A-Za-z][A-Za-z0-9 ._/@-]*$/.test(s) && !/ $/.test(s) && !['yes', 'no', 'null', 'true', 'false'].includes(s);

function emitKey(k: string, style: Style): string {
  if (style.keys === 'single') return `'${k}'`;
  if (style.keys === 'double') return q(k);
  return k;
}

function emitScalar(s: string): string {
  return plainSafe(s) ? s : q(s);
}

function emitNote(note: string, style: Style, pad: string): string {
  if (style.notes === 'block' && !note.includes('\n') && note === note.trim() && note !== '') return `>-\n${pad}  ${note}`;
  if (style.notes === 'block' && note.includes('\n') && note.split('\n').every((l) => l === l.trim() && l !== '')) {
    return `|-\n${note.split('\n').map((l) => `${pad}  ${l}`).join('\n')}`;
  }
  if (style.notes === 'single' && !note.includes('\n')) return `'${note.replace(/'/g, "''")}'`;
  if (style.notes === 'plain' && plainSafe(note)) return note;
  return q(note);
}

function emitFlowItem(v: unknown): string {
  if (typeof v === 'string') return q(v);
  return `{ ${Object.entries(v as Record<string, string>).map(([k, x]) => `${k}: ${q(x)}`).join(', ')} }`;
}

/** `key:` followed by a list, in the style's sequence form, at indentation `pad`. */
function emitList(key: string, items: unknown[], style: Style, pad: string): string[] {
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

function emit(model: Model, style: Style): string {
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

const word = fc.constantFrom(...WORDS);
const text = fc.oneof(word, fc.array(fc.constantFrom('alpha', 'beta', 'gamma'), { minLength: 2, maxLength: 3 }).map((ls) => ls.join('\n')));
const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => `https://wiki.example/e/${n}`),
  fc.integer({ min: 1, max: 28 }).map((d) => ({ url: `https://x.example/${d}`, date: `2026-11-${String(d).padStart(2, '0')}` })),
);
const answer: fc.Arbitrary<ModelAnswer> = fc.record(
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
const model: fc.Arbitrary<Model> = fc.record({
  format: fc.constant(1 as const),
  organisation: fc.record({ name: fc.constantFrom('Acme', 'Acme Health'), domains: fc.array(fc.constantFrom('acme.example', 'mail.acme.example'), { maxLength: 2 }) }),
  scope: fc.record({ languages: fc.array(fc.constantFrom('node', 'go', 'php'), { minLength: 1, maxLength: 2 }), eu_personal_data: fc.boolean() }, { requiredKeys: [] }),
  answers: fc.dictionary(fc.constantFrom(...IDS.slice(0, 4)), answer, { maxKeys: 4 }),
});
const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2 as const, 4 as const),
  seq: fc.constantFrom('compact' as const, 'indented' as const, 'flow' as const),
  comments: fc.boolean(),
  keys: fc.constantFrom('plain' as const, 'single' as const, 'double' as const),
  notes: fc.constantFrom('plain' as const, 'single' as const, 'double' as const, 'block' as const),
  crlf: fc.boolean(),
  anchor: fc.boolean(),
  blank: fc.boolean(),
});

/** One change as a front end makes it: the session/answer command, scope questions, autosave. */
type Edit =
  | { kind: 'answer'; id: string; patch: Partial<ModelAnswer> }
  | { kind: 'evidence-add'; id: string; item: Evidence }
  | { kind: 'evidence-remove'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'scope'; key: 'languages' | 'eu_personal_data'; value: unknown }
  | { kind: 'session'; id: string };

const id = fc.constantFrom(...IDS);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), id, patch: fc.record({ status: fc.constantFrom('done', 'partial', 'todo', 'na') }) }),
  fc.record({ kind: fc.constant('answer' as const), id, patch: fc.record({ note: fc.option(text, { nil: undefined }) }) }),
  fc.record({ kind: fc.constant('answer' as const), id, patch: fc.record({ owner: fc.option(word, { nil: undefined }) }) }),
  fc.record({ kind: fc.constant('answer' as const), id, patch: fc.record({ due: fc.option(fc.constant('2027-03-01'), { nil: undefined }) }) }),
  fc.record({
    kind: fc.constant('answer' as const),
    id: fc.constant('ir.contacts'),
    patch: fc.record({ value: fc.array(fc.record({ name: fc.constantFrom('Ada', 'Alan Turing'), email: fc.constant('a@x.example') }, { requiredKeys: ['name'] }), { minLength: 1, maxLength: 2 }) }),
  }),
  fc.record({ kind: fc.constant('evidence-add' as const), id, item: evidence }),
  fc.record({ kind: fc.constant('evidence-remove' as const), id }),
  fc.record({ kind: fc.constant('delete' as const), id }),
  fc.record({ kind: fc.constant('scope' as const), key: fc.constant('languages' as const), value: fc.array(fc.constantFrom('node', 'ruby', 'go'), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('scope' as const), key: fc.constant('eu_personal_data' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('session' as const), id }),
);

// ---- applying an edit: to the file (as the front ends do) and to the model -------------

function applyToFile(wb: WorkbookFile, e: Edit): void {
  const existing = wb.data.answers[e.kind === 'scope' ? '' : e.id];
  switch (e.kind) {
    case 'answer':
      wb.setAnswer(e.id, { ...e.patch, updated_at: '2026-12-02T10:00:00.000Z' } as Partial<Answer>);
      return;
    case 'evidence-add':
      wb.setAnswer(e.id, { evidence: [...(existing?.evidence ?? []), e.item] });
      return;
    case 'evidence-remove': {
      const rest = (existing?.evidence ?? []).slice(1);
      wb.setAnswer(e.id, { evidence: rest.length > 0 ? rest : undefined });
      return;
    }
    case 'delete':
      wb.set(['answers', e.id], undefined);
      return;
    case 'scope':
      wb.set(['scope', e.key], e.value);
      return;
    case 'session':
      wb.set(['session', 'last_item'], e.id);
  }
}

function applyToModel(m: Model, e: Edit): void {
  const patchAnswer = (itemId: string, patch: Record<string, unknown>) => {
    const before = m.answers[itemId];
    const next: Record<string, unknown> = { ...(before ?? {}) };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete next[k];
      else next[k] = v;
    }
    if (before || Object.keys(next).length > 0) m.answers[itemId] = next as ModelAnswer;
  };
  switch (e.kind) {
    case 'answer':
      patchAnswer(e.id, { ...e.patch, updated_at: '2026-12-02T10:00:00.000Z' });
      return;
    case 'evidence-add':
      patchAnswer(e.id, { evidence: [...(m.answers[e.id]?.evidence ?? []), e.item] });
      return;
    case 'evidence-remove': {
      const rest = (m.answers[e.id]?.evidence ?? []).slice(1);
      patchAnswer(e.id, { evidence: rest.length > 0 ? rest : undefined });
      return;
    }
    case 'delete':
      delete m.answers[e.id];
      return;
    case 'scope':
      (m.scope as Record<string, unknown>)[e.key] = e.value;
      return;
    case 'session':
      m.session = { last_item: e.id };
  }
}

// ---- what must hold after each save -------------------------------------------------

/** Each answer's own lines (key to last value line) in a saved text, by id. */
function answerBlocks(text: string): Map<string, string> {
  const lf = text.replace(/\r\n/g, '\n');
  const doc = parseDocument(lf);
  const answers = doc.get('answers', true);
  const blocks = new Map<string, string>();
  if (!isMap(answers) || answers.flow) return blocks;
  for (const pair of answers.items as Pair<Node, Node>[]) {
    const start = lf.lastIndexOf('\n', (pair.key.range?.[0] ?? 0) - 1) + 1;
    const endAt = pair.value?.range?.[1] ?? pair.key.range?.[1] ?? start;
    const end = lf[endAt - 1] === '\n' ? endAt : lf.indexOf('\n', endAt) + 1 || lf.length;
    blocks.set(String((pair.key as unknown as { value: unknown }).value), lf.slice(start, end));
  }
  return blocks;
}

const commentLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('#'))
    .sort();

/** The data a model stands for, as YAML would read it back. */
const expected = (m: Model) => JSON.parse(JSON.stringify(m)) as unknown;

describe('saving keeps the file readable, exact and otherwise untouched (property)', () => {
  it('holds for generated workbooks and random edits from every front end', async () => {
    const root = await mkdtemp(join(tmpdir(), 'secbook-save-prop-'));
    let n = 0;
    try {
      await fc.assert(
        // `reuse`: one WorkbookFile for every save, as the TUI's autosave keeps it.
        fc.asyncProperty(model, style, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.boolean(), async (m0, st, saves, reuse) => {
          const m = structuredClone(m0);
          if (st.anchor) {
            // `answered_by: *org` in the first answer reads as the organisation's name.
            const first = Object.values(m.answers)[0];
            if (first) first.answered_by = m.organisation.name;
          }
          const path = join(root, `w${++n}.yaml`);
          const original = emit(m, st);
          expect(parse(original.replace(/\r\n/g, '\n'))).toEqual(expected(m)); // the generator itself is right
          await writeFile(path, original);
          let before = original;
          let kept: WorkbookFile | undefined;
          for (const edits of saves) {
            const wb = reuse && kept ? kept : await WorkbookFile.load(path);
            kept = wb;
            for (const e of edits) {
              applyToFile(wb, e);
              applyToModel(m, e);
            }
            await wb.save();
            const after = await readFile(path, 'utf8');
            // 1. It parses, 2. to exactly the data meant.
            const doc = parseDocument(after);
            expect(doc.errors.map((x) => x.message)).toEqual([]);
            expect(doc.toJS()).toEqual(expected(m));
            // 3. Answers the edits did not touch keep their lines byte-for-byte.
            const touched = new Set(edits.flatMap((e) => (e.kind === 'scope' || e.kind === 'session' ? [] : [e.id])));
            const now = answerBlocks(after);
            for (const [key, block] of answerBlocks(before)) {
              if (!touched.has(key)) expect(now.get(key), `answer ${key}`).toBe(block);
            }
            // 4. No comment is lost or doubled (unless its answer was deleted).
            if (!edits.some((e) => e.kind === 'delete')) expect(commentLines(after)).toEqual(commentLines(before));
            // 5. CRLF stays CRLF.
            if (st.crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
            else expect(after).not.toContain('\r');
            before = after;
          }
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 60), seed: Number(process.env.FC_SEED ?? 20261202), endOnFailure: true },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
