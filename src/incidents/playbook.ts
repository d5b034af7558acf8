/**
 * The incident's playbook: its first-hour containment steps head the action checklist. The
 * one place that reads playbooks for incidents.
 */
import { SecbookError } from '../errors.js';
import { loadPlaybooks } from '../storage/load-playbooks.js';
import type { FirstHourStep } from './action-checklist.js';

export async function firstHourSteps(projectDir: string, playbookId: string | undefined): Promise<FirstHourStep[]> {
  if (!playbookId) return [];
  const playbooks = await loadPlaybooks(projectDir);
  const found = playbooks.find((p) => p.id === playbookId);
  if (!found) {
    throw new SecbookError(`the incident names playbook "${playbookId}", which does not exist`, {
      hint: `Playbooks: ${playbooks.map((p) => p.id).join(', ')} (or add playbooks/${playbookId}.yaml beside the workbook); fix it with secbook incident edit <id> --playbook <id>.`,
    });
  }
  return found.first_hour.map((s) => ({ step: s.step, role: s.role.replace(/-/g, ' ') }));
}
