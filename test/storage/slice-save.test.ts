// A save that edits answers rewrites a slice of the file found through the offsets kept
// with the cached data, without parsing the rest (see Slice in src/storage/yaml-file.ts).
// 1. Whatever the style and the edits, that writes exactly the bytes the whole-document
//    path writes (property, over the styles of save-property.test.ts).
// 2. A cache entry that lies (offsets moved, ids swapped or dropped, answers changed) can
//    never make a save write a wrong file: the slice is checked and the whole document used.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import type { Answer } from '../../src/domain/answer.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { IDS, emit, evidence, expected, model, style, text, word, type Model, type ModelAnswer } from './workbook-gen.js';

type Edit =
  | { kind: 'answer'; id: string; patch: Partial<ModelAnswer> }
  | { kind: 'delete'; id: string }
  | { kind: 'session'; id: string }
  | { kind: 'scope'; value: boolean };

const id = fc.constantFrom(...IDS);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('answer' as const), id, patch: fc.record({ status: fc.constantFrom('done', 'partial', 'todo', 'na'), note: fc.option(text, { nil: undefined }), owner: fc.option(word, { nil: undefined }), evidence: fc.option(fc.array(evidence, { minLength: 1, maxLength: 3 }), { nil: undefined }) }, { requiredKeys: [] }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), id }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('session' as const), id }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('scope' as const), value: fc.boolean() }) },
);

function applyToFile(wb: WorkbookFile, e: Edit): void {
  if (e.kind === 'answer') wb.setAnswer(e.id, { ...e.patch, updated_at: '2026-12-02T10:00:00.000Z' } as Partial<Answer>);
  else if (e.kind === 'delete') wb.set(['answers', e.id], undefined);
  else if (e.kind === 'session') wb.set(['session', 'last_item'], e.id);
  else wb.set(['scope', 'eu_personal_data'], e.value);
}

/** The cache entry of a workbook (written by the first load of a text), without `.json`. */
function entryPath(path: string): string {
  const root = join(process.env.XDG_CACHE_HOME ?? '', 'secbook', 'workbooks');
  const builds = readdirSync(root);
  expect(builds).toHaveLength(1);
  return join(root, builds[0] ?? '', createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32));
}

describe('a save through a slice of the answers', () => {
  it('writes exactly what the whole-document path writes (property)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'secbook-slice-prop-'));
    let n = 0;
    let saves = 0;
    let sliced = 0;
    try {
      await fc.assert(
        fc.asyncProperty(model, style, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.boolean(), async (m, st, batches, reuse) => {
          const original = emit(m, st);
          const fast = join(root, `fast${++n}.yaml`);
          const whole = join(root, `whole${n}.yaml`);
          await writeFile(fast, original);
          await writeFile(whole, original);
          await WorkbookFile.load(fast); // the first load parses and caches (data and offsets)
          let a: WorkbookFile | undefined;
          let b: WorkbookFile | undefined;
          for (const edits of batches) {
            a = reuse && a ? a : await WorkbookFile.load(fast);
            b = reuse && b ? b : await WorkbookFile.load(whole, whole, { wholeDocument: true });
            const before = await readFile(fast, 'utf8');
            for (const e of edits) {
              applyToFile(a, e);
              applyToFile(b, e);
            }
            await a.save();
            await b.save();
            saves++;
            if (a.lastSave === 'slice') sliced++;
            // Answers edited in a block map without anchors: always through a slice, unless a
            // new answer's id appears in the text already (in a comment, say).
            const had = (parse(before.replace(/\r\n/g, '\n')) as { answers: Record<string, unknown> }).answers;
            const plain = edits.every((e) => e.kind === 'answer' && (Object.hasOwn(had, e.id) || !before.includes(e.id)));
            if (!st.anchor && plain && Object.keys(had).length > 0 && /^answers:\r?$/m.test(before)) expect(a.lastSave).toBe('slice');
            expect(b.lastSave).toBe('document');
            const got = await readFile(fast, 'utf8');
            expect(got).toBe(await readFile(whole, 'utf8'));
            expect(parseDocument(got).errors).toEqual([]);
          }
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 80), seed: Number(process.env.FC_SEED ?? 20261202), endOnFailure: true },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    expect(sliced).toBeGreaterThan(saves / 5);
  }, 180_000);

  it('never writes a wrong file from a cache entry that lies (property)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'secbook-slice-lie-'));
    let n = 0;
    type Lie = { kind: 'shift'; at: number; by: number } | { kind: 'swap'; at: number } | { kind: 'drop'; at: number; data: boolean } | { kind: 'answer'; at: number } | { kind: 'header'; by: number } | { kind: 'garbage' };
    const lie: fc.Arbitrary<Lie> = fc.oneof(
      fc.record({ kind: fc.constant('shift' as const), at: fc.nat(5), by: fc.integer({ min: -60, max: 60 }).filter((x) => x !== 0) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(5) }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat(5), data: fc.boolean() }),
      fc.record({ kind: fc.constant('answer' as const), at: fc.nat(5) }),
      fc.record({ kind: fc.constant('header' as const), by: fc.integer({ min: -9, max: 9 }).filter((x) => x !== 0) }),
      fc.constant({ kind: 'garbage' as const }),
    );
    let lied = 0;
    try {
      await fc.assert(
        fc.asyncProperty(model, style, fc.array(lie, { minLength: 1, maxLength: 3 }), id, fc.constantFrom('done', 'partial', 'todo', 'na'), async (m0, st, lies, target, status) => {
          const m = structuredClone(m0);
          const first = Object.values(m.answers)[0];
          // `answered_by: *org` in the first answer reads as the organisation's name.
          if (st.anchor && first) first.answered_by = m.organisation.name;
          const path = join(root, `w${++n}.yaml`);
          await writeFile(path, emit(m, st));
          await WorkbookFile.load(path);
          const entry = JSON.parse(await readFile(`${entryPath(path)}.json`, 'utf8')) as { data: { answers: Record<string, unknown> }; index?: { header: number[]; entries: [string, number, number][] } };
          // The answers' offsets are kept beside the data (absent when the file has no block `answers:` map).
          const indexFile = `${entryPath(path)}.index.json`;
          entry.index = await readFile(indexFile, 'utf8').then((t) => (JSON.parse(t) as { index: typeof entry.index }).index, () => undefined);
          const ids = entry.index?.entries ?? [];
          const pick = (at: number) => ids[at % Math.max(1, ids.length)];
          for (const l of lies) {
            const e = pick('at' in l ? l.at : 0);
            if (l.kind === 'shift' && e) {
              e[1] += l.by;
              e[2] += l.by;
            } else if (l.kind === 'swap' && e && ids.length > 1) {
              const other = pick(l.at + 1) as [string, number, number];
              [e[0], other[0]] = [other[0], e[0]];
            } else if (l.kind === 'drop' && e) {
              ids.splice(ids.indexOf(e), 1);
              if (l.data) delete entry.data.answers[e[0]];
            } else if (l.kind === 'answer') {
              const key = e?.[0] ?? target;
              entry.data.answers[key] = { status: 'na', note: 'not what the file says' };
            } else if (l.kind === 'header' && entry.index) {
              entry.index.header = entry.index.header.map((x) => x + l.by);
            } else if (l.kind === 'garbage') {
              (entry as { index?: unknown }).index = { header: [0, 5], col: 2, entries: [[target, 1, 2]] };
            }
          }
          const { index, ...data } = entry;
          await writeFile(`${entryPath(path)}.json`, JSON.stringify(data));
          if (index) await writeFile(indexFile, JSON.stringify({ hash: (data as unknown as { hash: string }).hash, index }));
          const wb = await WorkbookFile.load(path);
          if (wb.data.answers[target]?.status === 'na' && wb.data.answers[target]?.note === 'not what the file says') lied++;
          wb.setAnswer(target, { status, note: 'checked again' } as Partial<Answer>);
          await wb.save();
          // What the file held, with the edit: whatever the cache said.
          const want = structuredClone(m) as Model;
          want.answers[target] = { ...(want.answers[target] ?? {}), status, note: 'checked again' } as ModelAnswer;
          const doc = parseDocument((await readFile(path, 'utf8')).replace(/\r\n/g, '\n'));
          expect(doc.errors.map((x) => x.message)).toEqual([]);
          const got = doc.toJS() as { answers: Record<string, unknown> };
          expect(got).toEqual(expected(want));
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 80), seed: Number(process.env.FC_SEED ?? 20261202), endOnFailure: true },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    expect(lied).toBeGreaterThan(0); // the lies were read (the cache was used)
  }, 180_000);
});
