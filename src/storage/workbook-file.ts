/**
 * The workbook on disk. Edits are applied to the parsed YAML document, so comments, key
 * order and formatting the user wrote survive. Saving is atomic, locked, and refuses to
 * overwrite an edit someone else made on disk to the same field (other fields merge).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { ANSWER_KEY_ORDER, type Answer } from '../domain/answer.js';
import { workbookSchema, type Workbook } from '../domain/workbook-schema.js';
import { BugError, ConflictError, InvalidFileError } from '../errors.js';
import { atomicWrite, withFileLock } from './atomic-write.js';
import { keepFormatting } from './keep-formatting.js';
import { locate, parseYaml, readYamlFile, toData, validate, zodProblems, type YamlSource } from './yaml-source.js';

export type DocPath = readonly (string | number)[];

interface Edit {
  path: DocPath;
  /** `undefined` deletes the key. */
  value: unknown;
  /** What the path held when the file was loaded (to detect clashing edits on disk). */
  before: unknown;
}

const STRINGIFY = { lineWidth: 0 } as const;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const HINT = 'Fix the workbook at that position (see README "Workbook format"); secbook did not change it.';

export class WorkbookFile {
  /** Absolute path. */
  readonly path: string;
  /** Name for messages. */
  readonly file: string;
  private src: YamlSource;
  private hash: string;
  private edits: Edit[] = [];
  private cached: Workbook | undefined;
  /** `src.text` re-serialised without edits (what keepFormatting diffs against). */
  private normalised: string | undefined;

  private constructor(path: string, file: string, src: YamlSource) {
    this.path = path;
    this.file = file;
    this.src = src;
    this.hash = sha256(src.text);
  }

  /** Loads and validates; syntax and schema errors carry `file:line:col`. */
  static async load(path: string, file = path): Promise<WorkbookFile> {
    const src = await readYamlFile(path, file);
    const wb = new WorkbookFile(path, file, src);
    wb.cached = validate(src, workbookSchema, HINT);
    return wb;
  }

  /** A workbook that does not exist on disk yet (see `createWorkbook`). */
  static fromText(path: string, file: string, text: string): WorkbookFile {
    const src = parseYaml(file, text);
    const wb = new WorkbookFile(path, file, src);
    wb.cached = validate(src, workbookSchema, HINT);
    return wb;
  }

  /** The validated data, including unsaved edits. */
  get data(): Workbook {
    this.cached ??= workbookSchema.parse(toData(this.src));
    return this.cached;
  }

  /** The YAML text as it would be saved now (untouched lines exactly as the user wrote them). */
  toString(): string {
    if (this.edits.length === 0) return this.src.text;
    this.normalised ??= parseYaml(this.file, this.src.text).doc.toString(STRINGIFY);
    return keepFormatting(this.src.text, this.normalised, this.src.doc.toString(STRINGIFY));
  }

  /** Line and column of a path in the file as loaded (for messages). */
  locate(path: DocPath): { line: number; col: number } {
    return locate(this.src, path);
  }

  /** True when there are edits not yet saved. */
  get dirty(): boolean {
    return this.edits.length > 0;
  }

  /** Sets (or with `undefined`, deletes) the value at a path, e.g. `['scope', 'languages']`. */
  set(path: DocPath, value: unknown): void {
    const before = plain(this.src.doc.getIn(path));
    applyEdit(this.src.doc, path, value);
    this.edits.push({ path, value, before });
    this.cached = undefined;
  }

  /**
   * Merges a patch into one answer: keys set to `undefined` are removed, others set.
   * New answers are inserted in id order and new keys in the canonical answer key order.
   */
  setAnswer(itemId: string, patch: Partial<Answer>): void {
    const existing = this.src.doc.getIn(['answers', itemId]);
    if (!isMap(existing)) {
      const fresh = Object.fromEntries(ANSWER_KEY_ORDER.filter((k) => patch[k] !== undefined).map((k) => [k, patch[k]]));
      this.set(['answers', itemId], Object.keys(fresh).length > 0 ? fresh : undefined);
      return;
    }
    for (const key of Object.keys(patch) as (keyof Answer)[]) {
      this.set(['answers', itemId, key], patch[key]);
    }
  }

  /**
   * Writes the file: takes the lock, checks the disk copy, merges with edits made there
   * to other fields (or throws ConflictError for the same field), validates, writes atomically.
   */
  async save(): Promise<void> {
    if (this.edits.length === 0) return;
    await withFileLock(this.path, this.file, async () => {
      const onDisk = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (onDisk !== undefined && sha256(onDisk) !== this.hash) this.rebase(onDisk);
      const text = this.toString();
      const check = workbookSchema.safeParse(toData(this.src), { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(zodProblems(parseYaml(this.file, text), check.error.issues), 'secbook refused to write an invalid workbook; nothing was saved.');
      }
      await atomicWrite(this.path, text);
      this.src = parseYaml(this.file, text);
      this.hash = sha256(text);
      this.edits = [];
      this.cached = undefined;
      this.normalised = undefined;
    });
  }

  /** Re-applies our edits on top of the file someone else changed. */
  private rebase(onDisk: string): void {
    let theirs: YamlSource;
    try {
      theirs = parseYaml(this.file, onDisk);
    } catch (error) {
      throw new ConflictError(this.file, [`the file on disk no longer parses: ${(error as Error).message}`]);
    }
    const clashes = this.edits
      .filter((e) => {
        const now = plain(theirs.doc.getIn(e.path));
        return !isDeepStrictEqual(now, e.before) && !isDeepStrictEqual(now, plain(e.value));
      })
      .map((e) => e.path.join('.'));
    if (clashes.length > 0) throw new ConflictError(this.file, clashes);
    for (const e of this.edits) applyEdit(theirs.doc, e.path, e.value);
    this.src = theirs;
    this.cached = undefined;
    this.normalised = undefined;
  }
}

function plain(node: unknown): unknown {
  if (node && typeof node === 'object' && 'toJSON' in node && typeof node.toJSON === 'function') {
    return (node as { toJSON(): unknown }).toJSON();
  }
  return node;
}

/** Sets or deletes at `path`, creating parents, inserting new keys in a stable order. */
function applyEdit(doc: Document, path: DocPath, value: unknown): void {
  if (path.length === 0) throw new BugError('empty edit path');
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  if (parentPath.length > 0 && !doc.hasIn(parentPath)) doc.setIn(parentPath, doc.createNode({}));
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isMap(parent) || parent.has(key)) {
    doc.setIn(path, doc.createNode(value));
    return;
  }
  // `answers: {}` as written by init becomes a block map once it has entries.
  if (parent.flow && parent.items.length === 0) parent.flow = false;
  const pair = doc.createPair(key, value);
  const at = insertionIndex(parent, String(key), parentPath);
  parent.items.splice(at, 0, pair);
}

/** Answers sort by id; answer fields by ANSWER_KEY_ORDER; anything else goes last. */
function insertionIndex(map: YAMLMap, key: string, parentPath: DocPath): number {
  const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)));
  let before: (other: string) => boolean;
  if (parentPath.length === 1 && parentPath[0] === 'answers') {
    before = (other) => key < other;
  } else if (parentPath.length === 2 && parentPath[0] === 'answers') {
    const rank = (k: string) => {
      const i = ANSWER_KEY_ORDER.indexOf(k as keyof Answer);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    before = (other) => rank(key) < rank(other);
  } else {
    return keys.length;
  }
  const index = keys.findIndex(before);
  return index === -1 ? keys.length : index;
}
