/**
 * Local saves: an edit rewrites only the text of the smallest key/value pair that holds it
 * (`status: done` under one answer, or one answer's block when it is new), so a save costs
 * the same in a 10-answer and a 10,000-answer workbook, and every other byte of the file
 * stays exactly as the user wrote it. Inside that pair, lines the edit did not change are
 * copied from the original (keepFormatting). Anything this cannot place precisely (a key
 * that shares its line with `- `, flow collections, aliases to anchors outside the pair)
 * returns undefined and the caller saves the whole document instead. The caller checks the
 * result by parsing it (see YamlFile.save); this module only has to be right in the
 * common case.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, Pair, Scalar, YAMLMap, isAlias, isMap, isScalar, parseDocument, visit, type Node } from 'yaml';
import { keepFormatting } from './keep-formatting.js';

export type DocPath = readonly (string | number)[];

/** The original text of an existing pair, recorded before the first edit inside it. */
export interface PairRegion {
  path: DocPath;
  /** Offsets in the original text: the key's line start, the end of the value's last line. */
  start: number;
  end: number;
  /** Column (0-based) of the key. */
  col: number;
}

export type Anchor = { kind: 'pair'; region: PairRegion } | { kind: 'insert'; parentPath: DocPath; key: string } | { kind: 'whole' };

export interface StringifyStyle {
  indent: number;
  indentSeq: boolean;
}

// NOTE: no { indent: 4, indentSeq: false }: the library then writes a list item's second
// key two columns off its first (`- url: …` / `      date: …`), which does not parse.
// keepFormatting maps indentation onto the user's columns instead.
const STYLES: StringifyStyle[] = [
  { indent: 2, indentSeq: true },
  { indent: 2, indentSeq: false },
  { indent: 4, indentSeq: true },
];

export const stringifyOptions = (style: StringifyStyle) => ({ lineWidth: 0, indent: style.indent, indentSeq: style.indentSeq });

const key = (path: DocPath): string => JSON.stringify(path);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Only spaces between the line start and `offset`. */
function startsLine(text: string, offset: number): boolean {
  const from = lineStart(text, offset);
  return /^ *$/.test(text.slice(from, offset));
}

function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function mapAt(doc: Document, path: DocPath): YAMLMap | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isMap(node) ? node : undefined;
}

function scalarKey(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function findPair(map: YAMLMap, k: string | number): Pair | undefined {
  return map.items.find((p) => scalarKey(p as Pair) === String(k)) as Pair | undefined;
}

/** A block map read from the file (not created by an edit, not `{…}`). */
const originalBlockMap = (map: YAMLMap | undefined): map is YAMLMap => !!map && !map.flow && !!map.range;

/**
 * Where an edit at `path` lands, computed before the edit is applied to `doc` (so the ranges
 * still describe the original text). `known` holds regions recorded by earlier edits.
 */
export function anchorFor(doc: Document, text: string, path: DocPath, known: ReadonlyMap<string, PairRegion>): Anchor {
  for (let k = path.length; k >= 1; k--) {
    const pairPath = path.slice(0, k);
    const recorded = known.get(key(pairPath));
    if (recorded) return { kind: 'pair', region: recorded };
    const parentPath = path.slice(0, k - 1);
    const parent = mapAt(doc, parentPath);
    if (!originalBlockMap(parent)) continue;
    const last = path[k - 1] as string | number;
    const pair = findPair(parent, last);
    const keyNode = pair?.key as Node | undefined;
    if (pair && keyNode?.range) {
      const value = pair.value as Node | null;
      if (!startsLine(text, keyNode.range[0]) || (pair.value !== null && !value?.range)) continue;
      const end = value?.range ? Math.max(value.range[1], keyNode.range[1]) : keyNode.range[1];
      const start = lineStart(text, keyNode.range[0]);
      return { kind: 'pair', region: { path: pairPath, start, end: trimTrailing(text, lineEnd(text, end), start), col: keyNode.range[0] - start } };
    }
    // A pair not in the file (or added by an earlier edit) goes in beside the pairs that are.
    if (typeof last === 'string' && parent.items.some((p) => (p.key as Node | null)?.range)) {
      return { kind: 'insert', parentPath, key: last };
    }
  }
  return { kind: 'whole' };
}

/** Region ends before trailing blank lines (they separate it from the next pair). */
function trimTrailing(text: string, end: number, start: number): number {
  let e = end;
  while (e > start) {
    const from = lineStart(text, e - 1);
    if (text.slice(from, e).trim() !== '' || from <= start) break;
    e = from;
  }
  return e;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
  /** The pair this text holds, and the column of its key. */
  path: DocPath;
  col: number;
  /** Orders insertions at the same offset: deeper first (they end the pair above), then by index. */
  depth: number;
  order: number;
}

/**
 * The edited text, changing only the recorded regions, or undefined when an anchor cannot
 * be placed (the caller then saves the whole document).
 */
export function applyLocally(original: string, edited: Document, anchors: readonly Anchor[], styleAt?: StyleAt): { text: string; splices: Splice[] } | undefined {
  if (anchors.some((a) => a.kind === 'whole')) return undefined;
  try {
    return splice(original, edited, anchors, styleAt ?? ((at) => styleNear(original, at, STYLES[0] as StringifyStyle)));
  } catch {
    // e.g. a pair holding an alias whose anchor is elsewhere cannot be written on its own
    return undefined;
  }
}

/** The serialiser style for a pair inserted at an offset (by default read from the text around it). */
export type StyleAt = (at: number) => StringifyStyle;

function splice(original: string, edited: Document, anchors: readonly Anchor[], styleAt: StyleAt): { text: string; splices: Splice[] } | undefined {
  const pairs = anchors.filter((a): a is Extract<Anchor, { kind: 'pair' }> => a.kind === 'pair').map((a) => a.region);
  const inserts = anchors.filter((a): a is Extract<Anchor, { kind: 'insert' }> => a.kind === 'insert');
  const covers = (outer: DocPath, inner: DocPath) => outer.length <= inner.length && outer.every((p, i) => p === inner[i]);
  // Keep outermost pairs only; an insert inside a rewritten pair is part of that pair.
  const uniq = new Map(pairs.map((r) => [key(r.path), r]));
  const outer = [...uniq.values()].filter((r) => ![...uniq.values()].some((o) => o !== r && covers(o.path, r.path)));
  const splices: Splice[] = [];
  for (const region of outer) {
    const text = rewritePair(original, edited, region);
    if (text === undefined) return undefined;
    splices.push({ start: region.start, end: region.end, text, path: region.path, col: region.col, depth: 0, order: 0 });
  }
  const seen = new Set<string>();
  for (const ins of inserts) {
    const id = key([...ins.parentPath, ins.key]);
    if (seen.has(id) || outer.some((r) => covers(r.path, [...ins.parentPath, ins.key]))) continue;
    seen.add(id);
    const splice = insertPair(original, edited, ins.parentPath, ins.key, uniq, styleAt);
    if (splice === null) return undefined;
    if (splice) splices.push(splice);
  }
  splices.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start) || b.depth - a.depth || a.order - b.order);
  let out = '';
  let at = 0;
  for (const s of splices) {
    if (s.start < at) return undefined; // overlapping regions: not expected, be safe
    out += original.slice(at, s.start) + s.text;
    at = s.end;
  }
  return { text: out + original.slice(at), splices };
}

/**
 * True when a splice, read in its place, holds exactly `expected` at its path (undefined:
 * the pair is gone) and nothing else. The rest of the file is unchanged text that parsed
 * before, and a splice is whole lines of one entry of a block map whose key sits at `col`,
 * so reading the splice alone (dedented) reads what the file will say there. Anything
 * that could reach outside the splice (anchors and aliases, keep-chomped block scalars
 * that take following blank lines, tabs, a line left of the key) says false, and the
 * caller parses the whole file instead.
 */
export function spliceReadsAs(s: Splice, expected: unknown): boolean {
  const lines = s.text.replace(/\n$/, '').split('\n');
  if (s.text.trim() === '') return expected === undefined && s.text === '';
  if (/\t/.test(s.text) || /[|>][1-9]?\+/.test(s.text)) return false;
  const pad = ' '.repeat(s.col);
  const dedented: string[] = [];
  let first = true;
  for (const line of lines) {
    if (line.startsWith(pad)) {
      if (first && line.trim() !== '' && line[s.col] === ' ') return false;
      if (line.trim() !== '' && !line.trimStart().startsWith('#')) first = false;
      dedented.push(line.slice(s.col));
    } else if (/^\s*(#.*)?$/.test(line)) {
      dedented.push('');
    } else {
      return false;
    }
  }
  const doc = parseDocument(dedented.join('\n'), { prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.items.length !== 1) return false;
  let aliased = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) aliased = true;
    },
  });
  if (aliased) return false;
  const key = String(s.path[s.path.length - 1]);
  return isDeepStrictEqual(doc.toJS(), { [key]: expected });
}

/** Serialises one pair as a document of its own, without the comment above its key. */
function pairText(pair: Pair, style: StringifyStyle): string {
  const k = isScalar(pair.key) ? new Scalar(pair.key.value) : pair.key;
  if (isScalar(pair.key) && isScalar(k)) k.type = pair.key.type;
  const doc = new Document();
  const map = new YAMLMap();
  map.items.push(new Pair(k, pair.value));
  doc.contents = map;
  return doc.toString(stringifyOptions(style));
}

const indentOf = (line: string): string => /^[ \t]*/.exec(line)?.[0] ?? '';

/** Picks the serialiser style that reproduces most of the original lines' indentation. */
export function detectStyle(lines: readonly string[], render: (style: StringifyStyle) => string): StringifyStyle {
  let best = STYLES[0] as StringifyStyle;
  let bestScore = -1;
  for (const style of STYLES) {
    const norm = render(style).split('\n');
    let score = 0;
    for (let i = 0; i < Math.min(norm.length, lines.length); i++) if (indentOf(norm[i] ?? '') === indentOf(lines[i] ?? '')) score++;
    if (norm.length !== lines.length) score -= lines.length;
    if (score > bestScore) {
      best = style;
      bestScore = score;
    }
  }
  return best;
}

/** The new text of an existing pair's region ('' when the edit deleted the pair). */
function rewritePair(original: string, edited: Document, region: PairRegion): string | undefined {
  const parent = mapAt(edited, region.path.slice(0, -1));
  const pair = parent && findPair(parent, region.path[region.path.length - 1] as string | number);
  // Deleted: its lines go, unless that empties the map (`{}` needs the parent's line).
  if (!pair) return parent && parent.items.length > 0 ? '' : undefined;
  const slice = original.slice(region.start, region.end);
  const origLines = slice.replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(region.col);
  // The pair as a document of its own: dedent by the key's column.
  const dedented: string[] = [];
  for (const line of origLines) {
    if (line.startsWith(pad)) dedented.push(line.slice(region.col));
    else if (/^\s*(#.*)?$/.test(line)) dedented.push(line.trimStart());
    else return undefined;
  }
  const alone = parseDocument(dedented.join('\n'), { prettyErrors: false, uniqueKeys: false, strict: true });
  if (alone.errors.length > 0 || !isMap(alone.contents) || alone.contents.items.length !== 1) return undefined;
  const originalPair = alone.contents.items[0] as Pair;
  const style = detectStyle(dedented, (s) => pairText(originalPair, s).replace(/\n$/, ''));
  const normOriginal = pairText(originalPair, style).replace(/\n$/, '');
  const normEdited = pairText(pair, style).replace(/\n$/, '');
  const merged = keepFormatting(origLines, normOriginal.split('\n'), normEdited.split('\n'), pad);
  return `${merged.join('\n')}\n`;
}

/**
 * A new pair in an existing block map: placed before the next pair that was in the file
 * (above that pair's own comment lines), or after the last one. Returns undefined when the
 * pair is not in the edited document (added, then deleted again), null when it cannot be
 * placed.
 */
function insertPair(original: string, edited: Document, parentPath: DocPath, k: string, rewritten: ReadonlyMap<string, PairRegion>, styleAt: StyleAt): Splice | undefined | null {
  const parent = mapAt(edited, parentPath);
  if (!parent) return null;
  const index = parent.items.findIndex((p) => scalarKey(p as Pair) === k);
  if (index === -1) return undefined;
  const pair = parent.items[index] as Pair;
  const placed = (p: Pair | undefined) => (p?.key as Node | undefined)?.range;
  let at: number | undefined;
  let col: number | undefined;
  for (let i = index + 1; i < parent.items.length && at === undefined; i++) {
    const range = placed(parent.items[i] as Pair);
    if (!range) continue;
    if (!startsLine(original, range[0])) return null;
    let from = lineStart(original, range[0]);
    col = range[0] - from;
    // Above the next pair's comment lines: they belong to it.
    while (from > 0) {
      const prev = lineStart(original, from - 1);
      if (!/^\s*#/.test(original.slice(prev, from))) break;
      from = prev;
    }
    at = from;
  }
  let prefix = '';
  if (at === undefined) {
    for (let i = index - 1; i >= 0 && at === undefined; i--) {
      const p = parent.items[i] as Pair;
      const range = placed(p);
      if (!range) continue;
      if (!startsLine(original, range[0])) return null;
      col = range[0] - lineStart(original, range[0]);
      // A pair rewritten by another edit has lost its value's range: its region has it.
      const region = rewritten.get(key([...parentPath, scalarKey(p) ?? '']));
      const value = p.value as Node | null;
      if (region) at = region.end;
      else if (p.value !== null && !value?.range) return null;
      else {
        const end = value?.range ? Math.max(value.range[1], range[1]) : range[1];
        at = trimTrailing(original, lineEnd(original, end), lineStart(original, range[0]));
      }
      if (at === original.length && !original.endsWith('\n')) prefix = '\n';
    }
  }
  if (at === undefined || col === undefined) return null;
  const pad = ' '.repeat(col);
  const text = pairText(pair, styleAt(at));
  const lines = text.replace(/\n$/, '').split('\n').map((l) => (l ? pad + l : l));
  return { start: at, end: at, text: `${prefix}${lines.join('\n')}\n`, path: [...parentPath, k], col, depth: parentPath.length, order: index };
}

/**
 * The style of the file around an insertion point: a `- ` at the column of the key above
 * it means compact sequences; the indent step is the most common increase between lines.
 */
export function styleNear(text: string, at: number, fallback: StringifyStyle = STYLES[0] as StringifyStyle): StringifyStyle {
  const window = text.slice(Math.max(0, at - 4000), Math.min(text.length, at + 4000)).split('\n');
  let compact = 0;
  let indented = 0;
  const steps = new Map<number, number>();
  for (let i = 1; i < window.length; i++) {
    const prev = window[i - 1] ?? '';
    const line = window[i] ?? '';
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const a = indentOf(prev).length;
    const b = indentOf(line).length;
    if (line.trimStart().startsWith('- ') && /:\s*$/.test(prev)) {
      if (b === a) compact++;
      else indented++;
    } else if (b > a && /:\s*$/.test(prev)) {
      steps.set(b - a, (steps.get(b - a) ?? 0) + 1);
    }
  }
  const step = [...steps].sort((x, y) => y[1] - x[1])[0]?.[0];
  const indent = step === 4 ? 4 : step === 2 ? 2 : fallback.indent;
  return { indent, indentSeq: indent === 4 || (compact === indented ? fallback.indentSeq : indented > compact) };
}

/**
 * Where each entry of one top-level block map (the workbook's `answers`) lies in the text,
 * as anchorFor would place it: the key's line start to the end of its value's last line.
 * Offsets are into the text the index was made from; `header` is the map's own key line.
 */
export interface EntryIndex {
  header: [number, number];
  /** Column of every entry's key. */
  col: number;
  /** Id, start, end, in file order. */
  entries: [string, number, number][];
}

/**
 * The entries of the top-level block map `key`, or undefined when any of them could not
 * be rewritten on its own (a key sharing its line, a flow map) or the document uses
 * anchors or aliases anywhere (an edit in one place could then change data elsewhere).
 */
export function indexEntries(doc: Document, text: string, key: string): EntryIndex | undefined {
  const top = doc.contents;
  if (!isMap(top) || !originalBlockMap(top)) return undefined;
  const pair = findPair(top, key);
  const keyNode = pair?.key as Node | undefined;
  const map = pair?.value;
  if (!pair || !keyNode?.range || !isMap(map) || !originalBlockMap(map) || map.items.length === 0) return undefined;
  const headerStart = lineStart(text, keyNode.range[0]);
  if (headerStart !== keyNode.range[0]) return undefined;
  const headerEnd = lineEnd(text, keyNode.range[1]);
  if (!new RegExp(`^${key}: *(#.*)?\n$`).test(text.slice(headerStart, headerEnd))) return undefined;
  let aliased = false;
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node) && !(node as { anchor?: string }).anchor) return undefined;
      aliased = true;
      return visit.BREAK;
    },
  });
  if (aliased) return undefined;
  const entries: [string, number, number][] = [];
  let col = -1;
  let after = headerEnd;
  for (const item of map.items) {
    const p = item as Pair;
    const k = p.key as Node | null;
    const id = scalarKey(p);
    const value = p.value as Node | null;
    if (id === undefined || !k?.range || !startsLine(text, k.range[0]) || (p.value !== null && !value?.range)) return undefined;
    const start = lineStart(text, k.range[0]);
    const end = trimTrailing(text, lineEnd(text, value?.range ? Math.max(value.range[1], k.range[1]) : k.range[1]), start);
    if (col === -1) col = k.range[0] - start;
    if (col !== k.range[0] - start || col === 0 || start < after) return undefined;
    entries.push([id, start, end]);
    after = end;
  }
  return { header: [headerStart, headerEnd], col, entries };
}
