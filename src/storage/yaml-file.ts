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
import { anchorFor, applyLocally, detectStyle, spliceReadsAs, stringifyOptions, type Anchor, type DocPath, type PairRegion } from './local-edit.js';
import { cacheData, cachedData } from './data-cache.js';
import { decodeUtf8, locate, parseYaml, readYamlFile, readYamlText, toData, validate, zodProblems, type YamlSource } from './yaml-source.js';

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
  /** Keep validated data in the user's cache under this name (large files only). */
  cache?: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class YamlFile<T> {
  /** Absolute path. */
  readonly path: string;
  /** Name for messages. */
  readonly file: string;
  private readonly kind: YamlFileKind<T>;
  /** Parsed on first use: a read-only command whose data came from the cache never parses. */
  private source: YamlSource | undefined;
  /** The text as loaded or last saved, with `\n` line ends. */
  private loadedText: string;
  private hash: string;
  private edits: Edit[] = [];
  private cached: T | undefined;
  /** The validated data as loaded or last saved (before `edits`). */
  private base: T | undefined;
  /** Where each edit lands in `src.text` (recorded before the edit is applied). */
  private anchors: Anchor[] = [];
  private regions = new Map<string, PairRegion>();
  /** The file's line ending; the text is kept with `\n` and written back with this. */
  private eol: '\n' | '\r\n';

  /**
   * @param src the file parsed, or its text when `data` (validated earlier, e.g. cached)
   *   is given
   */
  protected constructor(path: string, file: string, src: YamlSource | string, kind: YamlFileKind<T>, data?: T) {
    this.path = path;
    this.file = file;
    this.kind = kind;
    const text = typeof src === 'string' ? src : src.text;
    this.hash = sha256(text);
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.loadedText = this.eol === '\n' ? text : text.replace(/\r\n/g, '\n');
    if (typeof src !== 'string' && this.eol === '\n') this.source = src;
    this.cached = data ?? validate(this.src, kind.schema, kind.hint);
    this.base = this.cached;
  }

  private get src(): YamlSource {
    return (this.source ??= parseYaml(this.file, this.loadedText));
  }

  private set src(src: YamlSource) {
    this.source = src;
    this.loadedText = src.text;
  }

  /**
   * Reads a file for a subclass's `load`, taking its validated data from the user's cache
   * when this exact text was read or written before (a 10,000-answer workbook parses in
   * about a second; its cached data in a few milliseconds). On a miss the file is parsed
   * and validated (problems carry `file:line:col`) and the data cached.
   */
  protected static async readCached<D>(path: string, file: string, kind: YamlFileKind<D>): Promise<{ src: YamlSource | string; data?: D }> {
    const text = await readYamlText(path, file);
    const hash = sha256(text);
    const data = kind.cache ? ((await cachedData(kind.cache, path, hash)) as D | undefined) : undefined;
    if (data !== undefined) return { src: text, data };
    const lf = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
    const src = parseYaml(file, lf);
    const valid = validate(src, kind.schema, kind.hint);
    if (kind.cache) await cacheData(kind.cache, path, hash, valid);
    return { src: lf === text ? src : text, data: valid };
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
    return applyLocally(this.src.text, this.src.doc, this.anchors)?.text ?? this.wholeText();
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
   * The text to write, read back: its data must be the data meant. A local edit is read
   * back splice by splice (spliceReadsAs) against the loaded data with the edits applied;
   * otherwise, or when that cannot tell, the whole text is parsed and compared with the
   * edited document's data. The edited text is tried first, then the whole document as the
   * serialiser writes it (comments kept, the user's spacing lost); if neither reads back
   * right, nothing is written.
   */
  private checkedText(): { text: string; src?: YamlSource; data: unknown } {
    const local = applyLocally(this.src.text, this.src.doc, this.anchors);
    if (local && this.base !== undefined) {
      const meant = applyEdits(this.base, this.edits);
      // An anchor (`&name`) in a replaced region may be used by an alias elsewhere: parse all.
      const anchorsGone = local.splices.some((s) => this.src.text.slice(s.start, s.end).includes('&'));
      if (!anchorsGone && local.splices.every((s) => spliceReadsAs(s, getIn(meant, s.path)))) return { text: this.withEol(local.text), data: meant };
    }
    let meant: unknown;
    try {
      meant = toData(this.src);
    } catch (error) {
      // e.g. the edit replaced a value whose `&anchor` an alias elsewhere still uses
      throw new UnsafeSaveError(this.file, [`the edited data cannot be read back: ${(error as Error).message}`]);
    }
    const attempts = [
      () => local?.text ?? this.wholeText(),
      () => this.src.doc.toString(stringifyOptions(detectStyle(this.src.text.split('\n'), (s) => this.src.doc.toString(stringifyOptions(s))))),
    ];
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
      const data = toData(src);
      if (isDeepStrictEqual(data, meant)) return { text: this.withEol(text), src, data };
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
      const { text, src, data } = this.checkedText();
      const check = this.kind.schema.safeParse(data, { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(
          zodProblems(src ?? parseYaml(this.file, text.replace(/\r\n/g, '\n')), check.error.issues),
          `secbook refused to write an invalid ${this.kind.noun}; nothing was saved.`,
        );
      }
      await atomicWrite(this.path, text, this.file);
      if (src) this.src = src;
      else {
        // Parsed again only if another edit follows (the TUI's autosave; not `answer`).
        this.source = undefined;
        this.loadedText = text.replace(/\r\n/g, '\n');
      }
      this.base = check.data;
      this.hash = sha256(text);
      if (this.kind.cache) await cacheData(this.kind.cache, this.path, this.hash, check.data);
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
    this.base = undefined;
  }
}

/** Plain data with the edits applied (copying only along the edited paths). */
function applyEdits(base: unknown, edits: readonly Edit[]): unknown {
  const root: Record<string | number, unknown> = { v: base };
  for (const e of edits) {
    // Deleting what is not there changes nothing (and creates no parents).
    if (e.kind === 'set' && e.value === undefined && getIn(root.v, e.path) === undefined) continue;
    let parent = root;
    let k: string | number = 'v';
    for (const step of e.path) {
      const current = parent[k];
      const copy = (Array.isArray(current) ? [...(current as unknown[])] : current && typeof current === 'object' ? { ...current } : {}) as Record<string | number, unknown>;
      parent[k] = copy;
      parent = copy;
      k = step;
    }
    if (e.kind === 'append') {
      const list = parent[k];
      parent[k] = Array.isArray(list) ? [...(list as unknown[]), plainValue(e.value)] : [plainValue(e.value)];
    } else if (e.value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(k), 1);
      else delete parent[k];
    } else {
      parent[k] = plainValue(e.value);
    }
  }
  return root.v;
}

/** What YAML reads back for a value secbook writes (drops undefined keys, as the document does). */
const plainValue = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

function getIn(data: unknown, path: DocPath): unknown {
  let at = data;
  for (const step of path) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
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
