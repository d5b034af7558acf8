/** `secbook templates list|eject`: the built-in templates and the team's overrides beside the workbook. */
import { dirname } from 'node:path';
import { ejectTemplate, listTemplates, templateDisplayName } from '../render/eject.js';
import { resolveWorkbookPath } from '../storage/project.js';
import { NOTICE_HELPERS } from '../incidents/notice-templates.js';

export interface TemplatesOptions {
  cwd: string;
  workbook?: string;
}

export interface TemplateRow {
  /** As `eject` takes it: `audit-report`, `partials/cover`, `print.css`. */
  name: string;
  overridden: boolean;
  path?: string;
}

const teamDir = (options: TemplatesOptions): string => dirname(resolveWorkbookPath(options.cwd, options.workbook));

export function templates(options: TemplatesOptions): TemplateRow[] {
  return listTemplates(teamDir(options), undefined, NOTICE_HELPERS).map((s) => ({
    name: templateDisplayName(s),
    overridden: s.overridden,
    ...(s.overridden ? { path: s.path } : {}),
  }));
}

export function eject(options: TemplatesOptions & { name: string; force?: boolean }): Promise<{ from: string; to: string }> {
  return ejectTemplate({ cwd: options.cwd, dir: teamDir(options), name: options.name, force: options.force, noticeHelpers: NOTICE_HELPERS });
}
