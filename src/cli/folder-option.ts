/** Option values that name a folder which must exist (a typo must not be silently ignored). */
import { statSync } from 'node:fs';
import { SecbookError } from '../errors.js';

/** A commander argument parser for `flag <dir>`: the folder must exist. */
export const existingFolder =
  (flag: string, hint: string) =>
  (value: string): string => {
    let isDir = false;
    try {
      isDir = statSync(value).isDirectory();
    } catch {
      // missing or unreadable: reported below
    }
    if (!isDir) throw new SecbookError(`${flag} "${value}": no such folder`, { hint, exitCode: 2 });
    return value;
  };

/** `--checklists <dir>`, shared by every command that loads checklists. */
export const checklistsFolder = existingFolder(
  '--checklists',
  'Create it and put checklist files in it (docs/file-formats.md, "Checklists"), or leave the flag out: checklists/ beside the workbook is always read.',
);
