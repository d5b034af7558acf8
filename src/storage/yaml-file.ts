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
import { anchorFor, applyLocally, detectStyle, indexEntries, spliceReadsAs, stringifyOptions, styleNear, type Anchor, type DocPath, type EntryIndex, type PairRegion, type Splice } from './local-edit.js';
import { cacheData, cachedData, cachedIndex } from './data-cache.js';
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
  /**
   * A top-level map of many entries (the workbook's answers) that an edit can rewrite
   * without parsing the rest of the file (see Slice). `schema` must be what the file's
   * schema checks each entry with, and the file's schema must check nothing across
   * entries: a save then validates only the entries it changed.
   */
  entries?: { key: string; schema: z.ZodType };
}

/**
 * A few whole entries of `kind.entries` cut from the file, read as a document of their
 * own: the map's key line (`answers:`) followed by `text[from, to)`. Edits to those
 * entries are made and read back there, so a save costs the same in a 10-answer and a
 * 10,000-answer workbook. Made only when the slice reads back as exactly the entries the
 * validated data holds; anything else edits the whole document.
 */
interface Slice {
  src: YamlSource;
  from: number;
  to: number;
  /** Length of the key line at the start of `src.text`. */
  headerLen: number;
  /** Entries an edit may touch in this slice (those in it, and new ones placed in it). */
  ids: Set<string>;
  /** The last entry of the file in it (its index in EntryIndex.entries). */
  last: number;
  /** Whether it holds an entry the file does not have yet. */
  inserts: boolean;
}

/** Characters of answers a slice of several answers may span (~250 answers of 6 fields). */
const MAX_WIDENED_SLICE = 64 * 1024;

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
  /** Where `kind.entries` lie in `loadedText` (found by the parser, kept across saves); undefined: not known. */
  private index: EntryIndex | undefined;
  /** Pending edits were made in this slice of the file… */
  private slice: Slice | undefined;
  /** …or in the whole parsed document. */
  private whole = false;
  private savedBy: 'slice' | 'document' | undefined;

  /**
   * @param src the file parsed, or its text when `data` (validated earlier, e.g. cached)
   *   is given
   */
  protected constructor(path: string, file: string, src: YamlSource | string, kind: YamlFileKind<T>, data?: T, read: { hash?: string; index?: unknown } = {}) {
    this.path = path;
    this.file = file;
    this.kind = kind;
    const text = typeof src === 'string' ? src : src.text;
    this.hash = read.hash ?? sha256(text);
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.loadedText = this.eol === '\n' ? text : text.replace(/\r\n/g, '\n');
    if (typeof src !== 'string' && this.eol === '\n') this.source = src;
    this.cached = data ?? validate(this.src, kind.schema, kind.hint);
    this.base = this.cached;
    this.index = asIndex(read.index, this.loadedText);
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
  protected static async readCached<D>(path: string, file: string, kind: YamlFileKind<D>): Promise<{ src: YamlSource | string; data?: D; hash: string; index?: unknown }> {
    const text = await readYamlText(path, file);
    const hash = sha256(text);
    const hit = kind.cache ? await cachedData(kind.cache, path, hash) : undefined;
    if (hit) return { src: text, data: hit.data as D, hash };
    const lf = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
    const src = parseYaml(file, lf);
    const valid = validate(src, kind.schema, kind.hint);
    const index = kind.entries ? indexEntries(src.doc, lf, kind.entries.key) : undefined;
    if (kind.cache) await cacheData(kind.cache, path, hash, valid, index);
    return { src: lf === text ? src : text, data: valid, hash, index };
  }

  /** Reads a file for a subclass's `load` (problems carry `file:line:col`). */
  protected static read(path: string, file: string): Promise<YamlSource> {
    return readYamlFile(path, file);
  }

  /** The validated data, including unsaved edits. */
  get data(): T {
    if (this.cached === undefined && !this.whole && this.base !== undefined) {
      const meant = applyEdits(this.base, this.edits);
      this.cached = (this.validEntries(meant) ?? this.kind.schema.parse(meant)) as T;
    }
    this.cached ??= this.kind.schema.parse(toData(this.src));
    return this.cached;
  }

  /** How the last save made its text: from a slice of the file, or from the whole parsed document. */
  get lastSave(): 'slice' | 'document' | undefined {
    return this.savedBy;
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
    if (this.edits.length === 0) return this.withEol(this.loadedText);
    const fast = this.sliceText();
    if (fast) return fast.text;
    this.toWhole();
    return this.withEol(this.lfText());
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
  private checkedText(): { text: string; src?: YamlSource; data: unknown; splices?: Splice[] } {
    const local = applyLocally(this.src.text, this.src.doc, this.anchors);
    if (local && this.base !== undefined) {
      const meant = applyEdits(this.base, this.edits);
      // An anchor (`&name`) in a replaced region may be used by an alias elsewhere: parse all.
      const anchorsGone = local.splices.some((s) => this.src.text.slice(s.start, s.end).includes('&'));
      if (!anchorsGone && local.splices.every((s) => spliceReadsAs(s, getIn(meant, s.path)))) return { text: this.withEol(local.text), data: meant, splices: local.splices };
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
    return this.docFor(path).doc.getIn(path);
  }

  /** Sets (or with `undefined`, deletes) the value at a path, e.g. `['scope', 'languages']`. */
  set(path: DocPath, value: unknown): void {
    const src = this.docFor(path);
    const before = plain(src.doc.getIn(path));
    const edit: Edit = { kind: 'set', path, value, before };
    this.applyTo(src, edit);
    this.edits.push(edit);
    this.cached = undefined;
  }

  /** Appends an item to a list (created when missing), e.g. a `log` entry. */
  append(path: DocPath, value: unknown): void {
    const edit: Edit = { kind: 'append', path, value };
    this.applyTo(this.docFor(path), edit);
    this.edits.push(edit);
    this.cached = undefined;
  }

  /** Records where an edit lands (before it is applied), then applies it to `src`. */
  private applyTo(src: YamlSource, e: Edit): void {
    const anchor = anchorFor(src.doc, src.text, e.path, this.regions);
    if (anchor.kind === 'pair') this.regions.set(JSON.stringify(anchor.region.path), anchor.region);
    this.anchors.push(anchor);
    if (e.kind === 'set') setIn(src.doc, e.path, e.value, this.kind.keyOrder);
    else appendIn(src.doc, e.path, e.value, this.kind.keyOrder);
  }

  /** The document an edit at `path` goes to: a slice of the file when one can hold it, else the whole file. */
  private docFor(path: DocPath): YamlSource {
    if (!this.whole) {
      const slice = this.sliceFor(path);
      if (slice) return slice.src;
      this.toWhole();
    }
    return this.src;
  }

  /** From now on edits go to the whole document; those made in a slice are made there again. */
  private toWhole(): void {
    if (this.whole) return;
    this.whole = true;
    this.slice = undefined;
    this.anchors = [];
    this.regions.clear();
    for (const e of this.edits) this.applyTo(this.src, e);
  }

  /** The slice holding entry `path[1]` of `kind.entries` (widened, and earlier edits made again, when needed). */
  private sliceFor(path: DocPath): Slice | undefined {
    const entries = this.kind.entries;
    const id = path[1];
    if (!entries || path.length < 2 || path[0] !== entries.key || typeof id !== 'string' || this.base === undefined) return undefined;
    if (this.slice?.ids.has(id)) return this.slice;
    return this.reslice(entries.key, new Set([...(this.slice?.ids ?? []), id]));
  }

  /** Makes the slice holding `ids` and makes the edits so far again in it. */
  private reslice(key: string, ids: Set<string>): Slice | undefined {
    const slice = this.makeSlice(key, ids);
    if (!slice) return undefined;
    this.slice = slice;
    this.anchors = [];
    this.regions.clear();
    for (const e of this.edits) this.applyTo(slice.src, e);
    return slice;
  }

  /**
   * Cuts the entries `ids` (and, for an id not in the file, the entries it goes between)
   * out of the loaded text, or says undefined when that cannot be trusted: the cut must
   * read back as exactly those entries of the validated data, and an id said to be new must
   * not appear anywhere in the map's text (else a stale index could write a second key).
   */
  private makeSlice(key: string, ids: Set<string>): Slice | undefined {
    const text = this.loadedText;
    // Known from the load or the last save, or kept in the cache; else found once by parsing the whole file.
    if (!this.index && this.kind.cache && !this.source) this.index = asIndex(cachedIndex(this.kind.cache, this.path, this.hash), text);
    this.index ??= indexEntries(this.src.doc, text, key);
    const index = this.index;
    const all = (this.base as Record<string, unknown> | undefined)?.[key];
    if (!index || !all || typeof all !== 'object') return undefined;
    const keys = index.entries.map((e) => e[0]);
    // The map ends before the next line that starts at column 0 (whatever the index says).
    const topLevel = /\n[^ \n#]/g;
    topLevel.lastIndex = index.header[1] - 1;
    const mapEnd = topLevel.exec(text)?.index ?? text.length;
    let lo = Number.POSITIVE_INFINITY;
    let hi = -1;
    let fromHeader = false;
    for (const id of ids) {
      const at = keys.indexOf(id);
      if (at !== -1) {
        lo = Math.min(lo, at);
        hi = Math.max(hi, at);
        continue;
      }
      if (Object.hasOwn(all, id) || !mayBeNew(text, index, mapEnd, id)) return undefined;
      const j = this.kind.keyOrder ? this.kind.keyOrder(keys, id, [key]) : keys.length;
      if (j === 0) fromHeader = true;
      lo = Math.min(lo, Math.max(0, j - 1));
      hi = Math.max(hi, Math.min(keys.length - 1, j));
    }
    const first = index.entries[lo];
    const last = index.entries[hi];
    if (!first || !last) return undefined;
    const from = fromHeader ? index.header[1] : first[1];
    const to = last[2];
    // Widening a slice parses it again: edits to answers far apart (scan --apply) would
    // parse most of the file once per answer, so those edit the whole document instead.
    if (ids.size > 1 && to - from > MAX_WIDENED_SLICE) return undefined;
    const header = text.slice(index.header[0], index.header[1]);
    // The cut lies under the map's own key line: that line starts a top-level key, and no
    // line from there to the cut's end starts at column 0 (which would end the map).
    if ((index.header[0] > 0 && text[index.header[0] - 1] !== '\n') || !header.startsWith(`${key}:`) || mapEnd < to - 1) return undefined;
    let src: YamlSource;
    try {
      src = parseYaml(this.file, header + text.slice(from, to));
    } catch {
      return undefined;
    }
    const inside = index.entries.slice(lo, hi + 1).map((e) => e[0]);
    const expected = { [key]: Object.fromEntries(inside.map((id) => [id, (all as Record<string, unknown>)[id]])) };
    let read: unknown;
    try {
      read = toData(src);
    } catch {
      return undefined;
    }
    if (!isDeepStrictEqual(read, expected)) return undefined;
    return { src, from, to, headerLen: header.length, ids: new Set([...ids, ...inside]), last: hi, inserts: [...ids].some((id) => !inside.includes(id)) };
  }

  /**
   * The file with the slice's edits, checked: every splice reads back as the data meant
   * (spliceReadsAs), and so does the whole slice, whose entries sit in the file between
   * bytes that are exactly those of the text the validated data was read from. Also says
   * where the entries now lie. Undefined when anything cannot be shown this way.
   */
  private sliceText(): { text: string; data: unknown; index: EntryIndex; ids: Set<string> } | undefined {
    let s = this.slice;
    const index = this.index;
    const key = this.kind.entries?.key;
    if (this.whole || !s || !index || key === undefined || this.base === undefined) return undefined;
    // A new answer goes before the next answer of the file that is still there: when the
    // slice's last one is deleted, the slice must also hold the one after it.
    for (;;) {
      const lastId = index.entries[s.last]?.[0];
      const next = index.entries[s.last + 1]?.[0];
      if (!s.inserts || lastId === undefined || next === undefined || getIn(applyEdits(this.base, this.edits), [key, lastId]) !== undefined) break;
      const wider = this.reslice(key, new Set([...s.ids, next]));
      if (!wider) return undefined;
      s = wider;
    }
    const text = this.loadedText;
    const shift = s.from - s.headerLen;
    const local = applyLocally(s.src.text, s.src.doc, this.anchors, (at) => styleNear(text, at + shift));
    if (!local || !local.text.startsWith(s.src.text.slice(0, s.headerLen))) return undefined;
    const meant = applyEdits(this.base, this.edits);
    if (!local.splices.every((sp) => sp.start >= s.headerLen && sp.path.length >= 2 && spliceReadsAs(sp, getIn(meant, sp.path)))) return undefined;
    let src: YamlSource;
    try {
      src = parseYaml(this.file, local.text);
    } catch {
      return undefined;
    }
    const inner = indexEntries(src.doc, local.text, key);
    if (!inner || inner.col !== index.col) return undefined;
    const now = (meant as Record<string, Record<string, unknown> | undefined>)[key] ?? {};
    const ids = [...s.ids].filter((id) => now[id] !== undefined);
    const read = toData(src);
    if (!isDeepStrictEqual(read, { [key]: Object.fromEntries(ids.map((id) => [id, now[id]])) })) return undefined;
    const middle = local.text.slice(s.headerLen);
    const delta = middle.length - (s.to - s.from);
    const moved: EntryIndex = {
      header: index.header,
      col: index.col,
      entries: [
        ...index.entries.filter((e) => e[2] <= s.from),
        ...inner.entries.map(([id, a, b]): [string, number, number] => [id, a + shift, b + shift]),
        ...index.entries.filter((e) => e[1] >= s.to).map(([id, a, b]): [string, number, number] => [id, a + delta, b + delta]),
      ],
    };
    const edited = new Set(this.edits.map((e) => String(e.path[1])));
    return { text: this.withEol(text.slice(0, s.from) + middle + text.slice(s.to)), data: meant, index: moved, ids: edited };
  }

  /**
   * The data meant with only the edited entries validated (the rest is the validated data
   * as loaded), or undefined when an edit is not inside an entry or an entry is invalid.
   */
  private validEntries(meant: unknown): unknown {
    const entries = this.kind.entries;
    if (!entries || this.whole || this.base === undefined) return undefined;
    if (!this.edits.every((e) => e.path[0] === entries.key && typeof e.path[1] === 'string')) return undefined;
    const map = (meant as Record<string, Record<string, unknown> | undefined>)[entries.key];
    if (!map) return undefined;
    // A copy already (applyEdits copies along the edited paths), unless nothing was edited.
    const out = this.edits.length > 0 ? map : { ...map };
    for (const id of new Set(this.edits.map((e) => e.path[1] as string))) {
      if (out[id] === undefined) continue;
      const check = entries.schema.safeParse(out[id]);
      if (!check.success) return undefined;
      out[id] = check.data;
    }
    return { ...(meant as object), [entries.key]: out };
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
      // (A file with `\n` line ends was loaded as is: comparing the text is cheaper than hashing it.)
      if (onDisk !== undefined && (this.eol === '\n' ? onDisk !== this.loadedText : sha256(onDisk) !== this.hash)) this.rebase(onDisk);
      const fast = this.sliceText();
      if (!fast) this.toWhole();
      const { text, src, data, splices } = fast ? { ...fast, src: undefined, splices: undefined } : this.checkedText();
      const valid = fast && this.validEntries(data);
      const check = valid ? { success: true as const, data: valid as T } : this.kind.schema.safeParse(data, { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(
          zodProblems(src ?? parseYaml(this.file, text.replace(/\r\n/g, '\n')), check.error.issues),
          `secbook refused to write an invalid ${this.kind.noun}; nothing was saved.`,
        );
      }
      await atomicWrite(this.path, text, this.file);
      const key = this.kind.entries?.key;
      if (src) {
        this.src = src;
        this.index = key === undefined ? undefined : indexEntries(src.doc, src.text, key);
      } else {
        // Parsed again only if an edit outside a slice follows.
        this.index = fast ? fast.index : key === undefined ? undefined : movedIndex(this.index, splices ?? [], key);
        this.source = undefined;
        this.loadedText = text.replace(/\r\n/g, '\n');
      }
      this.base = check.data;
      this.hash = sha256(text);
      if (this.kind.cache) await cacheData(this.kind.cache, this.path, this.hash, check.data, this.index);
      this.slice = undefined;
      this.whole = false;
      this.savedBy = fast ? 'slice' : 'document';
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
    for (const e of this.edits) this.applyTo(theirs, e);
    this.whole = true;
    this.slice = undefined;
    this.index = undefined;
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

/**
 * True when no key of the map can be `id` whatever the index says: the id (plain
 * characters only) appears nowhere in the map's text, and no key line (a line at the keys'
 * column) holds a backslash, which in a double-quoted key could spell it with escapes.
 */
function mayBeNew(text: string, index: EntryIndex, mapEnd: number, id: string): boolean {
  if (!/^[A-Za-z0-9._-]+$/.test(id)) return false;
  const found = text.indexOf(id, index.header[1]);
  if (found !== -1 && found < mapEnd) return false;
  for (let at = text.indexOf('\\', index.header[1]); at !== -1 && at < mapEnd; at = text.indexOf('\\', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    let spaces = 0;
    while (text[start + spaces] === ' ') spaces++;
    if (spaces <= index.col) return false;
  }
  return true;
}

/** An index read from the cache, if it has the right shape and fits the text (each use checks it further). */
function asIndex(value: unknown, text: string): EntryIndex | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { header, col, entries } = value as Partial<EntryIndex>;
  const offset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= text.length;
  if (!Array.isArray(header) || !offset(header[0]) || !offset(header[1]) || header[0] >= header[1]) return undefined;
  if (!Number.isSafeInteger(col) || (col as number) < 1 || !Array.isArray(entries) || entries.length === 0) return undefined;
  let after = header[1];
  for (const e of entries as unknown[]) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !offset(e[1]) || !offset(e[2]) || e[1] < after || e[2] <= e[1]) return undefined;
    if (text[e[1] - 1] !== '\n') return undefined;
    after = e[2];
  }
  return value as EntryIndex;
}

/** The index after a save that changed only text before the map's key line or after its last entry. */
function movedIndex(index: EntryIndex | undefined, splices: readonly Splice[], key: string): EntryIndex | undefined {
  if (!index) return undefined;
  const bodyEnd = index.entries[index.entries.length - 1]?.[2] ?? index.header[1];
  let delta = 0;
  for (const s of splices) {
    if (s.path[0] === key) return undefined;
    if (s.end <= index.header[0]) delta += s.text.length - (s.end - s.start);
    else if (s.start < bodyEnd) return undefined;
  }
  if (delta === 0) return index;
  const at = (n: number) => n + delta;
  return { header: [at(index.header[0]), at(index.header[1])], col: index.col, entries: index.entries.map(([id, a, b]) => [id, at(a), at(b)]) };
}
