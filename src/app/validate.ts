/** `secbook validate`: checklists, workbook, and answers that no longer fit their item. */
import { lstatSync } from 'node:fs';
import { checkAnswerValue } from '../domain/answer-value.js';
import { findOrphans } from '../domain/status-report.js';
import { InvalidFileError, type Problem } from '../errors.js';
import { loadChecklists } from '../storage/load-checklists.js';
import { openProject, resolveWorkbookPath, type Project } from '../storage/project.js';

export interface ValidateResult {
  checklists: number;
  items: number;
  workbook?: string;
  answers: number;
  warnings: string[];
}

export interface ValidateOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
}

export async function validateProject(options: ValidateOptions): Promise<ValidateResult> {
  const path = resolveWorkbookPath(options.cwd, options.workbook);
  // A dangling link at workbook.yaml is a broken workbook, not an absent one (lstat, not exists).
  if (!options.workbook && !lstatSync(path, { throwIfNoEntry: false })) {
    const set = await loadChecklists({ cwd: options.cwd, extraDirs: options.checklistsDir ? [options.checklistsDir] : [] });
    return { checklists: set.checklists.length, items: set.items.size, answers: 0, warnings: [] };
  }
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir });
  const { workbook, checklists: set } = project;
  const data = workbook.data;
  const orphans = findOrphans(set, data);
  const problems = projectProblems(project);
  if (problems.length > 0) {
    throw new InvalidFileError(problems, 'Fix those entries of the workbook (`secbook status` ignores answers it cannot place); secbook did not change it.');
  }
  return {
    checklists: set.checklists.length,
    items: set.items.size,
    workbook: workbook.file,
    answers: Object.keys(data.answers).length,
    warnings: orphans.renamed.map(([from, to]) => `answers.${from} belongs to item "${to}" now (the item was renamed); it is read as ${to}`),
  };
}

/**
 * What the schema cannot see: answers no checklist has, answers that no longer fit their
 * item, a time zone that does not exist. `validate` refuses them; `check` fails on them.
 * (Not in the schema: asking ICU about a zone costs ~0.1 s, too much for every save.)
 */
export function projectProblems(project: Project): Problem[] {
  const { workbook, checklists: set } = project;
  const data = workbook.data;
  const problems: Problem[] = [];
  const at = (id: string, key?: string) => workbook.locate(key ? ['answers', id, key] : ['answers', id]);
  const zone = data.organisation.timezone;
  if (zone !== undefined && !isTimeZone(zone)) {
    problems.push({
      file: workbook.file,
      ...workbook.locate(['organisation', 'timezone']),
      path: 'organisation.timezone',
      message: `unknown time zone "${zone}" (expected an IANA name like Europe/Berlin or America/New_York)`,
    });
  }
  for (const id of findOrphans(set, data).unknown) {
    problems.push({
      file: workbook.file,
      ...at(id),
      path: `answers.${id}`,
      message: 'no loaded checklist has this item (removed, renamed without previous_ids, or a team checklist is missing)',
    });
  }
  for (const [id, answer] of Object.entries(data.answers)) {
    const ref = set.items.get(id) ?? set.items.get(set.renamed.get(id) ?? '');
    if (!ref) continue;
    for (const message of checkAnswerValue(ref.item, answer)) {
      problems.push({ file: workbook.file, ...at(id, 'value'), path: `answers.${id}.value`, message });
    }
  }
  return problems;
}

function isTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
