/**
 * A user's YAML file on disk (workbook, incident): edits are applied to the parsed
 * document, so comments, key order and every untouched line survive byte-for-byte.
 * Saving is locked and atomic, and an edit someone made on disk meanwhile is merged —
 * or, when it touched the same field, refused with ConflictError. Appends (log entries)
 * always merge.
 *
 * A save only rewrites the pairs its edits touched (local-edit.ts). Before the rename it
 * parses the text about to be written and compares the data with the data meant; on any
 * difference it writes the whole document re-serialised (comments kept), and if even that
 * differs it refuses (UnsafeSaveError) and leaves the file as it was.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { BugError, ConflictError, InvalidFileError, UnsafeSaveError } from '../errors.js';
import { atomicWrite, withFileLock } from './atomic-write.js';
import { keepFormatting } from './keep-formatting.js';
import { anchorFor, applyLocally, detectStyle, stringifyOptions, type Anchor, type DocPath, type PairRegion } from './local-edit.js';
import { decodeUtf8, locate, parseYaml, readYamlFile, toData, validate, zodProblems, type YamlSource } from './yaml-source.js';

export type { DocPath };

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
  /** Where each edit lands in `src.text` (recorded before the edit is applied). */
  private anchors: Anchor[] = [];
  private regions = new Map<string, PairRegion>();
  /** The file's line ending; the text is kept with `\n` and written back with this. */
  private eol: '\n' | '\r\n';

  protected constructor(path: string, file: string, src: YamlSource, kind: YamlFileKind<T>) {
    this.path = path;
    this.file = file;
    this.kind = kind;
    this.hash = sha256(src.text);
    this.eol = src.text.includes('\r\n') ? '\r\n' : '\n';
    this.src = this.eol === '\n' ? src : parseYaml(file, src.text.replace(/\r\n/g, '\n'));
    this.cached = validate(this.src, kind.schema, kind.hint);
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

  /**
   * The YAML text as it would be saved now (untouched lines exactly as the user wrote
   * them), not yet checked: save() checks it.
   */
  toString(): string {
    return this.withEol(this.edits.length === 0 ? this.src.text : this.lfText());
  }

  private withEol(text: string): string {
    return this.eol === '\n' ? text : text.replace(/\n/g, '\r\n');
  }

  /** The edited text with `\n` line ends: only the edited pairs rewritten, or the whole file diffed. */
  private lfText(): string {
    return applyLocally(this.src.text, this.src.doc, this.anchors) ?? this.wholeText();
  }

  /** The whole document re-serialised, with every line the edits left alone copied from the file. */
  private wholeText(): string {
    const lines = this.src.text.split('\n');
    const before = parseYaml(this.file, this.src.text).doc;
    const style = detectStyle(lines, (s) => before.toString(stringifyOptions(s)));
    const merged = keepFormatting(lines, before.toString(stringifyOptions(style)).split('\n'), this.src.doc.toString(stringifyOptions(style)).split('\n'));
    return merged.join('\n');
  }

  /**
   * The text to write, parsed back: its data must be the data meant. The edited text is
   * tried first, then the whole document as the serialiser writes it (comments kept, the
   * user's spacing lost); if neither reads back right, nothing is written.
   */
  private checkedText(): { text: string; src: YamlSource } {
    const meant = toData(this.src);
    const attempts = [() => this.lfText(), () => this.src.doc.toString(stringifyOptions(detectStyle(this.src.text.split('\n'), (s) => this.src.doc.toString(stringifyOptions(s)))))];
    const failures: string[] = [];
    for (const attempt of attempts) {
      let text: string;
      let src: YamlSource;
      try {
        text = attempt();
        src = parseYaml(this.file, text);
      } catch (error) {
        failures.push((error as Error).message);
        continue;
      }
      if (isDeepStrictEqual(toData(src), meant)) return { text: this.withEol(text), src };
      failures.push('the written text would read back as different data');
    }
    throw new UnsafeSaveError(this.file, failures);
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
    this.anchor(path);
    const before = plain(this.src.doc.getIn(path));
    setIn(this.src.doc, path, value, this.kind.keyOrder);
    this.edits.push({ kind: 'set', path, value, before });
    this.cached = undefined;
  }

  /** Appends an item to a list (created when missing), e.g. a `log` entry. */
  append(path: DocPath, value: unknown): void {
    this.anchor(path);
    appendIn(this.src.doc, path, value, this.kind.keyOrder);
    this.edits.push({ kind: 'append', path, value });
    this.cached = undefined;
  }

  /** Records where an edit at `path` lands, before it is applied. */
  private anchor(path: DocPath): void {
    const anchor = anchorFor(this.src.doc, this.src.text, path, this.regions);
    if (anchor.kind === 'pair') this.regions.set(JSON.stringify(anchor.region.path), anchor.region);
    this.anchors.push(anchor);
  }

  /**
   * Writes the file: takes the lock, checks the disk copy, merges with edits made there
   * (or throws ConflictError for the same field), validates, writes atomically.
   */
  async save(): Promise<void> {
    if (this.edits.length === 0) return;
    await withFileLock(this.path, this.file, async () => {
      const bytes = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      const onDisk = bytes && decodeUtf8(bytes, this.file);
      if (onDisk !== undefined && sha256(onDisk) !== this.hash) this.rebase(onDisk);
      const { text, src } = this.checkedText();
      const check = this.kind.schema.safeParse(toData(src), { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(
          zodProblems(src, check.error.issues),
          `secbook refused to write an invalid ${this.kind.noun}; nothing was saved.`,
        );
      }
      await atomicWrite(this.path, text);
      this.src = src;
      this.hash = sha256(text);
      this.edits = [];
      this.anchors = [];
      this.regions.clear();
      this.cached = check.data;
    });
  }

  /** Re-applies our edits on top of the file someone else changed. */
  private rebase(onDisk: string): void {
    let theirs: YamlSource;
    try {
      this.eol = onDisk.includes('\r\n') ? '\r\n' : '\n';
      theirs = parseYaml(this.file, onDisk.replace(/\r\n/g, '\n'));
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
    this.anchors = [];
    this.regions.clear();
    for (const e of this.edits) {
      this.anchors.push(anchorFor(theirs.doc, theirs.text, e.path, this.regions));
      const last = this.anchors[this.anchors.length - 1];
      if (last?.kind === 'pair') this.regions.set(JSON.stringify(last.region.path), last.region);
      if (e.kind === 'set') setIn(theirs.doc, e.path, e.value, this.kind.keyOrder);
      else appendIn(theirs.doc, e.path, e.value, this.kind.keyOrder);
    }
    this.src = theirs;
    this.cached = undefined;
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
