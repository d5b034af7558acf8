/** `secbook answer`: check typed edits (and a value given as text) against one item and save them. */
import { applyEdits, type AnswerEdit, type AnswerProblem } from '../domain/answer-edit.js';
import { findItem } from '../domain/answer-patch.js';
import { missingBackupText, missingBackups } from '../domain/answer-checks.js';
import type { Contact } from '../domain/answer.js';
import { valueEditFromText } from '../domain/answer-text.js';
import { openProject } from '../storage/project.js';

export interface SetAnswerOptions {
  cwd: string;
  workbook?: string;
  itemId: string;
  edits: AnswerEdit[];
  /** The value as text (`--value`, repeatable for multi items), read by the item's type. */
  valueText?: string[];
  by?: string;
  now: Date;
}

export type SetAnswerResult =
  | { ok: true; itemId: string; file: string; question: string; /** Why it was saved as partial (a contacts item without its backups). */ partialBecause?: string }
  | { ok: false; itemId: string; file: string; problems: AnswerProblem[] };

export async function setAnswer(options: SetAnswerOptions): Promise<SetAnswerResult> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook });
  const { item } = findItem(project.checklists, options.itemId);
  const file = project.workbook.file;
  const edits = [...options.edits];
  if (options.valueText?.length) {
    const parsed = valueEditFromText(item, options.valueText);
    if ('problems' in parsed) return { ok: false, itemId: item.id, file, problems: parsed.problems };
    edits.push(parsed.edit);
  }
  const result = applyEdits(item, project.workbook.data.answers[item.id], edits, { now: options.now, by: options.by });
  if (!result.ok) return { ok: false, itemId: item.id, file, problems: result.problems };
  project.workbook.setAnswer(item.id, result.patch);
  await project.workbook.save();
  const saved = project.workbook.data.answers[item.id];
  const because = saved?.status === 'partial' && Array.isArray(saved.value) ? missingBackupText(missingBackups(item, saved.value as Contact[])) : undefined;
  return { ok: true, itemId: item.id, file, question: item.question, ...(because ? { partialBecause: because } : {}) };
}
