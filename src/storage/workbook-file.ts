/**
 * The workbook on disk: a YamlFile (comment-keeping, atomic, locked, merge-or-refuse
 * saves) that writes new answers in id order and answer fields in a fixed order, so that
 * a change is a small, clean git diff.
 */
import { isMap } from 'yaml';
import { ANSWER_KEY_ORDER, type Answer } from '../domain/answer.js';
import { answerSchema, workbookSchema, type Workbook } from '../domain/workbook-schema.js';
import { YamlFile, type DocPath, type KeyOrder, type YamlFileKind } from './yaml-file.js';
import { parseYaml } from './yaml-source.js';

export type { DocPath };

/** Answers sort by id; answer fields by ANSWER_KEY_ORDER; anything else goes last. */
const answerOrder: KeyOrder = (keys, key, parentPath) => {
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
};

const WORKBOOK: YamlFileKind<Workbook> = {
  schema: workbookSchema,
  hint: 'Fix the workbook at that position (see docs/file-formats.md, "The workbook"); secbook did not change it.',
  noun: 'workbook',
  keyOrder: answerOrder,
  cache: 'workbooks',
  // The workbook schema checks each answer with answerSchema and nothing across answers.
  entries: { key: 'answers', schema: answerSchema },
};

export class WorkbookFile extends YamlFile<Workbook> {
  /**
   * Loads and validates; syntax and schema errors carry `file:line:col`. With
   * `wholeDocument`, edits are always made in the whole parsed document, never in a slice
   * of the answers (the slower path a slice must agree with byte for byte; for tests).
   */
  static async load(path: string, file = path, options: { wholeDocument?: boolean } = {}): Promise<WorkbookFile> {
    const kind = options.wholeDocument ? { ...WORKBOOK, entries: undefined } : WORKBOOK;
    const { src, data, hash, index } = await YamlFile.readCached(path, file, kind);
    return new WorkbookFile(path, file, src, kind, data, { hash, index });
  }

  /** A workbook that does not exist on disk yet (see `createWorkbook`). */
  static fromText(path: string, file: string, text: string): WorkbookFile {
    return new WorkbookFile(path, file, parseYaml(file, text), WORKBOOK);
  }

  /**
   * Merges a patch into one answer: keys set to `undefined` are removed, others set.
   * New answers are inserted in id order and new keys in the canonical answer key order.
   */
  setAnswer(itemId: string, patch: Partial<Answer>): void {
    if (!isMap(this.node(['answers', itemId]))) {
      const fresh = Object.fromEntries(ANSWER_KEY_ORDER.filter((k) => patch[k] !== undefined).map((k) => [k, patch[k]]));
      this.set(['answers', itemId], Object.keys(fresh).length > 0 ? fresh : undefined);
      return;
    }
    for (const key of Object.keys(patch) as (keyof Answer)[]) {
      this.set(['answers', itemId, key], patch[key]);
    }
  }
}
