/** `secbook check`: load (an invalid file is a failing result, not a crash) and evaluate the gate. */
import { InvalidFileError, formatProblem } from '../errors.js';
import { openProject, type Project } from '../storage/project.js';
import { evaluateGate, type GateOptions, type GateResult } from '../review/gate.js';
import { loadReviews } from '../review/review-store.js';
import { projectProblems } from './validate.js';

export interface CheckOptions extends GateOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
  /** Use this project instead of opening one (tests). */
  project?: Project;
}

export async function runCheck(options: CheckOptions): Promise<GateResult> {
  try {
    const project = options.project ?? (await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir }));
    // Whatever `validate` refuses fails the gate too.
    const problems = projectProblems(project);
    if (problems.length > 0) throw new InvalidFileError(problems);
    const reviews = await loadReviews(project.dir, options.cwd);
    const lastDrill = options.drillWithin === undefined ? undefined : await (await import('../drills/drill-record.js')).lastFinishedDrill(project.dir);
    return evaluateGate(project.checklists, project.workbook.data, reviews.map((r) => r.review), { ...options, lastDrill });
  } catch (error) {
    if (!(error instanceof InvalidFileError)) throw error;
    return {
      ok: false,
      score: null,
      answered: 0,
      applicable: 0,
      reasons: [{ code: 'invalid', message: `invalid file${error.problems.length === 1 ? '' : 's'}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`, items: error.problems.map(formatProblem) }],
    };
  }
}
