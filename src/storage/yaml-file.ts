/**
 * A user's YAML file on disk (workbook, incident): edits are applied to the parsed
 * document, so comments, key order and every untouched line survive byte-for-byte.
 * Saving is locked and atomic, and an edit someone made on disk meanwhile is merged —
 * or, when it touched the same field, refused with ConflictError. Appends (log entries)
 * always merge.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { BugError, ConflictError, InvalidFileError } from '../errors.js';
import { atomicWrite, withFileLock } from './atomic-write.js';
import { keepFormatting } from './keep-formatting.js';
import { locate, parseYaml, readYamlFile, toData, validate, zodProblems, type YamlSource } from './yaml-source.js';

export type DocPath = readonly (string | number)[];

type Edit =
  /** `value: undefined` deletes; `before` is what the path held when loaded. */
  | { kind: 'set'; path: DocPath; value: unknown; before: unknown }
  | { kind: 'append'; path: DocPath; value: unknown };

/** Where a new key goes in a map: an index into its current keys (default: the end). */
export type KeyOrder = (keys: readonly string[], key: string, parentPath: DocPath) => number;

export interface YamlFileKind<T> {
  schema: z.ZodType<T>;
  /** Hint shown with `file:line:col` problems when loading. */
  hint: string;
  /** Name in "secbook refused to write an invalid …". */
  noun: string;
  keyOrder?: KeyOrder;
}

const STRINGIFY = { lineWidth: 0 } as const;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class YamlFile<T> {
  /** Absolute path. */
  readonly path: string;
  /** Name for messages. */
  readonly file: string;
  private readonly kind: YamlFileKind<T>;
  private src: YamlSource;
  private hash: string;
  private edits: Edit[] = [];
  private cached: T | undefined;
  /** `src.text` re-serialised without edits (what keepFormatting diffs against). */
  private normalised: string | undefined;

  protected constructor(path: string, file: string, src: YamlSource, kind: YamlFileKind<T>) {
    this.path = path;
    this.file = file;
    this.kind = kind;
    this.src = src;
    this.hash = sha256(src.text);
    this.cached = validate(src, kind.schema, kind.hint);
  }

  /** Reads a file for a subclass's `load` (problems carry `file:line:col`). */
  protected static read(path: string, file: string): Promise<YamlSource> {
    return readYamlFile(path, file);
  }

  /** The validated data, including unsaved edits. */
  get data(): T {
    this.cached ??= this.kind.schema.parse(toData(this.src));
    return this.cached;
  }

  /** True when there are edits not yet saved. */
  get dirty(): boolean {
    return this.edits.length > 0;
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

  /** The current node at a path (for subclasses deciding how to edit). */
  protected node(path: DocPath): unknown {
    return this.src.doc.getIn(path);
  }

  /** Sets (or with `undefined`, deletes) the value at a path, e.g. `['scope', 'languages']`. */
  set(path: DocPath, value: unknown): void {
    const before = plain(this.src.doc.getIn(path));
    setIn(this.src.doc, path, value, this.kind.keyOrder);
    this.edits.push({ kind: 'set', path, value, before });
    this.cached = undefined;
  }

  /** Appends an item to a list (created when missing), e.g. a `log` entry. */
  append(path: DocPath, value: unknown): void {
    appendIn(this.src.doc, path, value, this.kind.keyOrder);
    this.edits.push({ kind: 'append', path, value });
    this.cached = undefined;
  }

  /**
   * Writes the file: takes the lock, checks the disk copy, merges with edits made there
   * (or throws ConflictError for the same field), validates, writes atomically.
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
      const check = this.kind.schema.safeParse(toData(this.src), { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(
          zodProblems(parseYaml(this.file, text), check.error.issues),
          `secbook refused to write an invalid ${this.kind.noun}; nothing was saved.`,
        );
      }
      await atomicWrite(this.path, text, this.file);
      this.src = parseYaml(this.file, text);
      this.hash = sha256(text);
      this.edits = [];
      this.cached = check.data;
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
      .filter((e): e is Extract<Edit, { kind: 'set' }> => e.kind === 'set')
      .filter((e) => {
        const now = plain(theirs.doc.getIn(e.path));
        return !isDeepStrictEqual(now, e.before) && !isDeepStrictEqual(now, plain(e.value));
      })
      .map((e) => e.path.join('.'));
    if (clashes.length > 0) throw new ConflictError(this.file, clashes);
    for (const e of this.edits) {
      if (e.kind === 'set') setIn(theirs.doc, e.path, e.value, this.kind.keyOrder);
      else appendIn(theirs.doc, e.path, e.value, this.kind.keyOrder);
    }
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

/** Sets or deletes at `path`, creating parents, inserting new keys where `keyOrder` says. */
function setIn(doc: Document, path: DocPath, value: unknown, keyOrder?: KeyOrder): void {
  if (path.length === 0) throw new BugError('empty edit path');
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  if (parentPath.length > 0 && !doc.hasIn(parentPath)) setIn(doc, parentPath, {}, keyOrder);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isMap(parent) || parent.has(key)) {
    doc.setIn(path, doc.createNode(value));
    return;
  }
  // `answers: {}` as written by init becomes a block map once it has entries.
  if (parent.flow && parent.items.length === 0) parent.flow = false;
  const keys = (parent as YAMLMap).items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)));
  const at = keyOrder ? keyOrder(keys, String(key), parentPath) : keys.length;
  parent.items.splice(at, 0, doc.createPair(key, value));
}

function appendIn(doc: Document, path: DocPath, value: unknown, keyOrder?: KeyOrder): void {
  const seq = doc.getIn(path, true);
  if (isSeq(seq)) seq.items.push(doc.createNode(value));
  else setIn(doc, path, [value], keyOrder);
}
