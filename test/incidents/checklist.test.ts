/** The action checklist: a playbook's first-hour steps come first, then the notices by deadline. */
import { describe, expect, test } from 'vitest';
import { actionChecklist, checklistMarkdown } from '../../src/incidents/action-checklist.js';
import { assessIncident } from '../../src/incidents/assess.js';
import { incidentSchema } from '../../src/incidents/incident-schema.js';
import { firstHourSteps } from '../../src/incidents/playbook.js';

const incident = incidentSchema.parse({
  format: 1,
  id: 'INC-2026-001',
  title: 'Link exposed',
  aware_at: '2026-03-02T09:00:00Z',
  affected: { EU: { count: 40 } },
  role: { gdpr: 'controller' },
  risk: { gdpr: 'risk' },
  playbook: 'credential-phishing',
});
const a = assessIncident(incident, undefined, new Date('2026-03-03T12:00:00Z'));

describe('action checklist', () => {
  test('first-hour steps head the list, in order, with their role', () => {
    const steps = [
      { step: 'Revoke the phished sessions', role: 'Security lead' },
      { step: 'Preserve the mailbox audit log', role: 'IT' },
    ];
    const actions = actionChecklist(a, steps);
    expect(actions.slice(0, 2).map((x) => x.text)).toEqual(['First hour (Security lead): Revoke the phished sessions', 'First hour (IT): Preserve the mailbox audit log']);
    expect(actions[2]?.text).toMatch(/^Send gdpr-authority/);
    expect(checklistMarkdown(a, steps)).toContain('- [ ] First hour (IT): Preserve the mailbox audit log');
  });

  test('without a playbook the notices come first', async () => {
    expect(await firstHourSteps('/nonexistent', undefined)).toEqual([]);
    expect(actionChecklist(a)[0]?.text).toMatch(/^Send gdpr-authority/);
  });

  test('a named playbook gives its first-hour steps with their role; an unknown one is refused by name', async () => {
    const steps = await firstHourSteps('/nonexistent', 'mailbox-takeover');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0]).toMatchObject({ role: expect.stringMatching(/^[a-z ]+$/), step: expect.any(String) });
    await expect(firstHourSteps('/nonexistent', 'credential-phishing')).rejects.toThrow(/playbook "credential-phishing", which does not exist/);
  });
});
