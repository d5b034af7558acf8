/**
 * The incident's playbook: its first-hour containment steps head the action checklist.
 * NOTE: the playbooks themselves arrive with the policies work (`loadPlaybooks(cwd)` returning
 * `{ id, title, first_hour: [{ step, role }] }`); until that is merged this returns no steps,
 * and the lead wires it here — the one place that reads playbooks for incidents.
 */
import type { FirstHourStep } from './action-checklist.js';

export async function firstHourSteps(_projectDir: string, playbookId: string | undefined): Promise<FirstHourStep[]> {
  if (!playbookId) return [];
  return [];
}
