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
import { IDS, emit, evidence, expected, model, style, text, word, type Evidence, type Model, type ModelAnswer } from './workbook-gen.js';

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
