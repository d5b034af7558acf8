/**
 * Reading YAML with positions: syntax errors and schema problems both come out as
 * `file:line:col`. Guards against alias bombs and absurdly large files.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
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

export function parseYaml(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Problem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, line: pos.line, col: pos.col, path: '', message: describeYamlError(e.code, e.message) };
  });
  if (problems.length > 0) throw new InvalidFileError(problems, 'Fix the YAML syntax at that position; the file was not changed.');
  return { file, text, doc, lines };
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  return code === 'DUPLICATE_KEY' ? `duplicate key: ${first}` : first.replace(/ at line \d+, column \d+:?$/, '');
}

/** Reads and parses a YAML file, refusing oversized input. */
export async function readYamlFile(path: string, file = path): Promise<YamlSource> {
  // NOTE: readRegularFile refuses a FIFO, folder or device before opening it (a FIFO would
  // block every command) and names any system error with the path.
  const bytes = await readRegularFile(path, file, { maxBytes: MAX_YAML_BYTES, what: 'YAML files' }).catch((error: unknown) => {
    if (error instanceof SecbookError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new SecbookError(`${file}: no such file`, { hint: 'Check the path, or run `secbook init` to create a workbook.', cause: error });
    }
    throw error;
  });
  return parseYaml(file, bytes.toString('utf8'));
}

/** Plain JS data of a parsed source, with the alias-expansion guard. */
export function toData(src: YamlSource): unknown {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
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
  const s = typeof input === 'string' ? JSON.stringify(input) : JSON.stringify(input) ?? String(input);
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
