/**
 * One incident file on disk, saved like the workbook: edits go into the parsed YAML
 * document (comments and key order survive), saving is locked and atomic, and an edit
 * made on disk meanwhile is merged — or refused with ConflictError when it touched the
 * same field. Log entries are appended, so two people logging at once both keep theirs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isSeq, type Document } from 'yaml';
import { BugError, ConflictError, InvalidFileError } from '../errors.js';
import { atomicWrite, withFileLock } from '../storage/atomic-write.js';
import { parseYaml, readYamlFile, toData, validate, zodProblems, type YamlSource } from '../storage/yaml-source.js';
import { incidentSchema, type Incident } from './incident-schema.js';

type DocPath = readonly (string | number)[];

type Edit = { kind: 'set'; path: DocPath; value: unknown; before: unknown } | { kind: 'append'; path: DocPath; value: unknown };

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const INCIDENT_HINT = 'Fix the incident file at that position (see README "Incident files"); secbook did not change it.';

export class IncidentFile {
  readonly path: string;
  readonly file: string;
  private src: YamlSource;
  private hash: string;
  private edits: Edit[] = [];
  private cached: Incident | undefined;

  private constructor(path: string, file: string, src: YamlSource) {
    this.path = path;
    this.file = file;
    this.src = src;
    this.hash = sha256(src.text);
  }

  /** Loads and validates; problems carry `file:line:col`. */
  static async load(path: string, file = path): Promise<IncidentFile> {
    const src = await readYamlFile(path, file);
    validate(src, incidentSchema, INCIDENT_HINT);
    return new IncidentFile(path, file, src);
  }

  get data(): Incident {
    this.cached ??= incidentSchema.parse(toData(this.src));
    return this.cached;
  }

  toString(): string {
    return this.src.doc.toString({ lineWidth: 0 });
  }

  /** Sets (or with `undefined`, deletes) a value, e.g. `['notices', 'ca-residents', 'sent_at']`. */
  set(path: DocPath, value: unknown): void {
    const before = plain(this.src.doc.getIn(path));
    setIn(this.src.doc, path, value);
    this.edits.push({ kind: 'set', path, value, before });
    this.cached = undefined;
  }

  /** Appends an item to a list (created when missing), e.g. a `log` entry. */
  append(path: DocPath, value: unknown): void {
    appendIn(this.src.doc, path, value);
    this.edits.push({ kind: 'append', path, value });
    this.cached = undefined;
  }

  /** Locked, merged, validated, atomic write (see the file comment). */
  async save(): Promise<void> {
    if (this.edits.length === 0) return;
    await withFileLock(this.path, this.file, async () => {
      const onDisk = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (onDisk !== undefined && sha256(onDisk) !== this.hash) this.rebase(onDisk);
      const text = this.toString();
      const check = incidentSchema.safeParse(toData(this.src), { reportInput: true });
      if (!check.success) {
        throw new InvalidFileError(zodProblems(parseYaml(this.file, text), check.error.issues), 'secbook refused to write an invalid incident file; nothing was saved.');
      }
      await atomicWrite(this.path, text);
      this.hash = sha256(text);
      this.edits = [];
    });
  }

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
      if (e.kind === 'set') setIn(theirs.doc, e.path, e.value);
      else appendIn(theirs.doc, e.path, e.value);
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

function setIn(doc: Document, path: DocPath, value: unknown): void {
  if (path.length === 0) throw new BugError('empty edit path');
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  for (let n = 1; n < path.length; n++) {
    if (!doc.hasIn(path.slice(0, n))) doc.setIn(path.slice(0, n), doc.createNode({}));
  }
  doc.setIn(path, doc.createNode(value));
}

function appendIn(doc: Document, path: DocPath, value: unknown): void {
  const seq = doc.getIn(path, true);
  if (isSeq(seq)) {
    seq.items.push(doc.createNode(value));
    return;
  }
  setIn(doc, path, [value]);
}
