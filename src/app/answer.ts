/** `secbook answer`: validate one answer and save it. */
import { buildAnswerPatch, evidenceEntries, findItem, type AnswerInput } from '../domain/answer-patch.js';
import { openProject } from '../storage/project.js';

export interface SetAnswerOptions {
  cwd: string;
  workbook?: string;
  itemId: string;
  input: AnswerInput;
  now: Date;
}

export async function setAnswer(options: SetAnswerOptions): Promise<{ itemId: string; file: string; question: string }> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook });
  const ref = findItem(project.checklists, options.itemId);
  const patch = buildAnswerPatch(ref.item, options.input, options.now);
  const existing = project.workbook.data.answers[ref.item.id];
  if (options.input.evidence?.length) {
    patch.evidence = [...(existing?.evidence ?? []), ...evidenceEntries(options.input.evidence, options.now)];
  }
  project.workbook.setAnswer(ref.item.id, patch);
  await project.workbook.save();
  return { itemId: ref.item.id, file: project.workbook.file, question: ref.item.question };
}
