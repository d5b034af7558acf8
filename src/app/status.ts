/** `secbook status`: the status report of a workbook (scores, frameworks, orphans). */
import { buildStatus, type StatusReport } from '../domain/status-report.js';
import { openProject } from '../storage/project.js';

export interface StatusOptions {
  cwd: string;
  workbook?: string;
  checklistsDir?: string;
  now: Date;
}

export async function status(options: StatusOptions): Promise<StatusReport> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook, checklistsDir: options.checklistsDir });
  return buildStatus(project.checklists, project.workbook.data, options.now.toISOString().slice(0, 10));
}
