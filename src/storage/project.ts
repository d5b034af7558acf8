/**
 * A workbook with the checklists that apply to it: the built-in ones plus the team's own
 * `checklists/` folder beside the workbook.
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { ChecklistSet } from '../domain/checklist-set.js';
import { loadChecklists } from './load-checklists.js';
import { confineTo } from './safe-fs.js';
import { WorkbookFile } from './workbook-file.js';

export const DEFAULT_WORKBOOK = 'workbook.yaml';

export interface Project {
  /** Folder holding the workbook (incidents/, reviews/, templates/ live here too). */
  dir: string;
  workbook: WorkbookFile;
  checklists: ChecklistSet;
}

export interface OpenProjectOptions {
  cwd: string;
  /** Path to the workbook file or its folder; `./workbook.yaml` by default. */
  workbook?: string;
  /** Extra checklist folder (`--checklists`), besides `<workbook dir>/checklists`. */
  checklistsDir?: string;
  /** Replace the built-in checklist folder (tests, benchmarks). */
  builtInDir?: string;
}

/**
 * Resolves `[workbook]` arguments: a folder means `<folder>/workbook.yaml`. Every command
 * finds its team folder here, so this is also where that folder is confined: from now on
 * nothing in it may lead outside it (safe-fs.ts, confineTo).
 */
export function resolveWorkbookPath(cwd: string, arg?: string): string {
  const given = resolve(cwd, arg ?? DEFAULT_WORKBOOK);
  const path = /\.ya?ml$/i.test(given) ? given : join(given, DEFAULT_WORKBOOK);
  confineTo(dirname(path), `the team's folder (${relative(cwd, dirname(path)) || '.'})`);
  return path;
}

export function displayName(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export async function openProject(options: OpenProjectOptions): Promise<Project> {
  const path = resolveWorkbookPath(options.cwd, options.workbook);
  const dir = dirname(path);
  const workbook = await WorkbookFile.load(path, displayName(options.cwd, path));
  const extraDirs = [join(dir, 'checklists')];
  if (options.checklistsDir) extraDirs.push(resolve(options.cwd, options.checklistsDir));
  const checklists = await loadChecklists({ cwd: options.cwd, extraDirs: [...new Set(extraDirs)], builtInDir: options.builtInDir });
  return { dir, workbook, checklists };
}
