/**
 * Writes a new workbook.yaml, commented for people who open it in an editor, with the
 * `yaml-language-server` schema line so editors complete and check it. Never overwrites.
 */
import { link, unlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Document } from 'yaml';
import { WORKBOOK_FORMAT, type Organisation, type Scope } from '../domain/workbook-schema.js';
import { SecbookError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { atomicWrite } from './atomic-write.js';
import { makeFolder } from './safe-fs.js';
import { WorkbookFile } from './workbook-file.js';

export interface NewWorkbook {
  organisation: Organisation;
  scope: Scope;
}

export function schemaPath(): string {
  return join(packageRoot(), 'schema', 'workbook.schema.json');
}

/** The text of a new workbook (pure apart from locating the schema file). */
export function workbookText(workbookPath: string, input: NewWorkbook): string {
  const doc = new Document({ format: WORKBOOK_FORMAT, organisation: input.organisation, scope: input.scope, answers: {} });
  doc.commentBefore =
    ` yaml-language-server: $schema=${relative(dirname(workbookPath), schemaPath())}\n` +
    ' secbook workbook: your answers, keyed by checklist item id. Edit by hand or with\n' +
    ' `secbook run` / `secbook answer`; secbook keeps your comments and key order.';
  doc.set('answers', doc.createNode({}));
  return doc.toString({ lineWidth: 0 });
}

/** Creates the file atomically; refuses if anything is already at that path. */
export async function createWorkbook(path: string, file: string, input: NewWorkbook): Promise<WorkbookFile> {
  const text = workbookText(path, input);
  const wb = WorkbookFile.fromText(path, file, text);
  await makeFolder(dirname(path), dirname(file));
  // Write a complete temp file, then hard-link it into place: link() fails if the target
  // exists, so a workbook that appears meanwhile is never overwritten.
  const temp = `${path}.secbook-new-${process.pid}`;
  await atomicWrite(temp, text, file);
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SecbookError(`${file} already exists; secbook will not overwrite a workbook`, {
        hint: 'Open it with `secbook run`, or pass another folder: `secbook init <dir>`.',
      });
    }
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return wb;
}
