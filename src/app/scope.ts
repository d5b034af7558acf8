/** `secbook scope`: re-ask the scope questions or apply --set/--force, then save. */
import { isDeepStrictEqual } from 'node:util';
import { decideFrameworks, type FrameworkDecision } from '../domain/frameworks.js';
import { editScope } from '../domain/scope-edit.js';
import type { Scope } from '../domain/workbook-schema.js';
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
  let after: Scope;
  if (scripted) after = editScope(before, options.sets, options.forces, options.reason);
  else if (options.interactive) after = await askScope(before);
  else {
    return { file: workbook.file, changed: [], frameworks: decideFrameworks(before) };
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Scope)[]);
  const changed = [...keys].filter((k) => !isDeepStrictEqual(before[k], after[k]));
  for (const key of changed) workbook.set(['scope', key], after[key]);
  await workbook.save();
  return { file: workbook.file, changed, frameworks: decideFrameworks(after) };
}
