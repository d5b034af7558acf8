/** `secbook scope`: re-ask the scope questions or apply --set/--force, then save. */
import { isDeepStrictEqual } from 'node:util';
import { decideFrameworks, type FrameworkDecision } from '../domain/frameworks.js';
import { editScope, splitSets } from '../domain/scope-edit.js';
import { editOrganisation } from '../domain/scope-organisation.js';
import type { Organisation, Scope } from '../domain/workbook-schema.js';
import { resolveWorkbookPath, displayName } from '../storage/project.js';
import { WorkbookFile } from '../storage/workbook-file.js';
import { askScope } from './init.js';

export interface ScopeOptions {
  cwd: string;
  workbook?: string;
  sets: string[];
  forces: string[];
  reason?: string;
  interactive: boolean;
}

export interface ScopeResult {
  file: string;
  changed: string[];
  frameworks: FrameworkDecision[];
}

export async function runScope(options: ScopeOptions): Promise<ScopeResult> {
  const path = resolveWorkbookPath(options.cwd, options.workbook);
  const workbook = await WorkbookFile.load(path, displayName(options.cwd, path));
  const before = workbook.data.scope;
  const scripted = options.sets.length > 0 || options.forces.length > 0 || options.reason !== undefined;
  const orgBefore = workbook.data.organisation;
  let after: Scope;
  let orgAfter: Organisation = orgBefore;
  if (scripted) {
    // Both edits are checked before anything is written: a bad value leaves the file as it was.
    const sets = splitSets(options.sets);
    orgAfter = editOrganisation(orgBefore, sets.organisation);
    after = editScope(before, sets.scope, options.forces, options.reason);
  } else if (options.interactive) after = await askScope(before);
  else {
    return { file: workbook.file, changed: [], frameworks: decideFrameworks(before) };
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Scope)[]);
  const changed = [...keys].filter((k) => !isDeepStrictEqual(before[k], after[k]));
  const orgKeys = new Set([...Object.keys(orgBefore), ...Object.keys(orgAfter)] as (keyof Organisation)[]);
  const orgChanged = [...orgKeys].filter((k) => !isDeepStrictEqual(orgBefore[k], orgAfter[k]));
  for (const key of orgChanged) workbook.set(['organisation', key], orgAfter[key]);
  for (const key of changed) workbook.set(['scope', key], after[key]);
  if (orgChanged.length === 0 && changed.length === 0) return { file: workbook.file, changed: [], frameworks: decideFrameworks(after) };
  await workbook.save();
  return { file: workbook.file, changed: [...orgChanged.map((k) => `organisation.${k}`), ...changed], frameworks: decideFrameworks(after) };
}
