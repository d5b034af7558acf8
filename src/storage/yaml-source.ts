/**
 * Reading YAML with positions: syntax errors and schema problems both come out as
 * `file:line:col`. Every YAML file secbook reads (workbook, checklists, incidents, reviews)
 * comes through here. Guards against alias bombs, absurdly large files, invalid UTF-8 and
 * nesting deep enough to exhaust the parser's stack.
 */
import { LineCounter, isNode, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { InvalidFileError, SecbookError, type Problem } from '../errors.js';
import { readRegularFile } from './safe-fs.js';

/** Larger files are refused before parsing (a 1,000-item workbook is ~0.5 MiB). */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;
/** A YAML alias may be expanded at most this many times (billion-laughs guard). */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  /** The name used in messages (usually the path as the user gave it). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Deeper flow nesting (`[[[[…`) is refused before parsing: no secbook file needs it. */
export const MAX_NESTING = 64;
const SYNTAX_HINT = 'Fix the YAML syntax at that position; the file was not changed.';

export function parseYaml(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const at = (offset: number): { line: number; col: number } => lines.linePos(offset);
  refuseDeepNesting(file, text);
  let doc: Document.Parsed;
  try {
    // NOTE: uniqueKeys is off because the library compares each new key with every earlier
    // key of its map (quadratic: ~20 s for a 10,000-answer workbook); findDuplicateKeys
    // does the same check with a Set.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file, 1, 1);
    throw error;
  }
  const problems: Problem[] = doc.errors.map((e) => {
    // With prettyErrors off the library leaves linePos unset: compute it from the offset.
    const { line, col } = at(e.pos[0]);
    return { file, line, col, path: '', message: describeYamlError(e) };
  });
  if (problems.length === 0) {
    for (const offset of findDuplicateKeys(doc)) {
      problems.push({ file, ...at(offset), path: '', message: 'duplicate key: Map keys must be unique' });
    }
  }
  if (problems.length > 0) throw new InvalidFileError(problems, SYNTAX_HINT);
  return { file, text, doc, lines };
}

function describeYamlError(e: YAMLError): string {
  if (e.code === 'MULTIPLE_DOCS') {
    return 'a second YAML document starts here (`---`); secbook reads one document per file';
  }
  const first = e.message.split('\n')[0] ?? e.message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

function tooDeep(file: string, line: number, col: number): InvalidFileError {
  return new InvalidFileError(
    [{ file, line, col, path: '', message: `nested more than ${MAX_NESTING} levels deep; secbook files need a few levels` }],
    SYNTAX_HINT,
  );
}

/**
 * Flow collections (`[`, `{`) are the only way to nest deeply in a small file (block
 * nesting costs indentation on every level), and the parser recurses once per level.
 * Quoted strings and comments are skipped; this is a guard, not a parser.
 */
function refuseDeepNesting(file: string, text: string): void {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      comment = false;
      continue;
    }
    if (comment) continue;
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ''))) comment = true;
    else if ((ch === '"' || ch === "'") && depth > 0) quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) throw tooDeep(file, line, i - lineStart + 1);
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
}

/** Offsets of keys repeated within one map (scalar keys; secbook files have no others). */
function findDuplicateKeys(doc: Document.Parsed): number[] {
  const found: number[] = [];
  visit(doc, {
    Map(_, map) {
      if (map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) found.push(pair.key.range?.[0] ?? 0);
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/**
 * Decodes a file's bytes as UTF-8, refusing invalid sequences with their position (Node's
 * 'utf8' decoding would turn them into U+FFFD, and the next save would write that back).
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw new InvalidFileError(
        [{ file, line: 1, col: 1, path: '', message: 'is saved as UTF-16, not UTF-8' }],
        'Save the file as UTF-8 (most editors: "Save with encoding"); secbook did not change it.',
      );
    }
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    throw new InvalidFileError(
      [{ file, line, col, path: '', message: `not valid UTF-8 (byte ${bad + 1} of the file, 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')})` }],
      'Save the file as UTF-8 (most editors: "Save with encoding"); secbook did not change it.',
    );
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

/** Reads and parses a YAML file, refusing oversized input. */
export async function readYamlFile(path: string, file = path): Promise<YamlSource> {
  return parseYaml(file, await readYamlText(path, file));
}

/** Reads a YAML file's text, refusing what is not a regular file, oversized input and invalid UTF-8. */
export async function readYamlText(path: string, file = path): Promise<string> {
  // NOTE: readRegularFile refuses a FIFO, folder or device before opening it (a FIFO would
  // block every command) and names any system error with the path.
  const bytes = await readRegularFile(path, file, { maxBytes: MAX_YAML_BYTES, what: 'YAML files' }).catch((error: unknown) => {
    if (error instanceof SecbookError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new SecbookError(`${file}: no such file`, { hint: 'Check the path, or run `secbook init` to create a workbook.', cause: error });
    }
    throw error;
  });
  return decodeUtf8(bytes, file);
}

/** Plain JS data of a parsed source, with the alias-expansion guard. */
export function toData(src: YamlSource): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(src.file, 1, 1);
    throw new InvalidFileError(
      [{ file: src.file, line: 1, col: 1, path: '', message: `refused: ${(error as Error).message}` }],
      'Remove the repeated YAML aliases (&anchor / *alias); secbook limits how far they may expand.',
    );
  }
}

/** Line and column of the node at `path`, or of its closest existing parent. */
export function locate(src: YamlSource, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? src.doc.contents : src.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) {
      return src.lines.linePos(node.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

/** `sections[0].items[3].weight` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function quote(input: unknown): string {
  // JSON has no Infinity or NaN (`1e999` in YAML): say them as they are, not as "null".
  const s = typeof input === 'number' && !Number.isFinite(input) ? String(input) : (JSON.stringify(input) ?? String(input));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Turns zod issues into located problems. */
export function zodProblems(src: YamlSource, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const { line, col } = locate(src, at);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    } else if ('input' in issue && issue.input !== undefined && typeof issue.input !== 'object') {
      message += `, got ${quote(issue.input)}`;
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = `missing (${message})`;
    }
    return { file: src.file, line, col, path: formatPath(issue.path), message };
  });
}

/** Validates parsed YAML against a schema or throws every problem with its position. */
export function validate<S extends z.ZodType>(src: YamlSource, schema: S, hint?: string): z.output<S> {
  const result = schema.safeParse(toData(src), { reportInput: true });
  if (!result.success) throw new InvalidFileError(zodProblems(src, result.error.issues), hint);
  return result.data;
}
