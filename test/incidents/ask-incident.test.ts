/** The guided `incident new` flow, with the prompt adapter replaced by scripted answers. */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const answers: { text: string[]; select: string[]; multi: string[][] } = { text: [], select: [], multi: [] };
const asked: string[] = [];

vi.mock('../../src/prompts/ask.js', () => ({
  askText: vi.fn(async (message: string, options: { validate?: (v: string) => true | string } = {}) => {
    asked.push(message);
    const v = answers.text.shift() ?? '';
    const ok = options.validate?.(v) ?? true;
    if (ok !== true) throw new Error(`validation refused "${v}": ${ok}`);
    return v;
  }),
  askSelect: vi.fn(async (message: string) => {
    asked.push(message);
    return answers.select.shift() ?? 'unknown';
  }),
  askMulti: vi.fn(async (message: string) => {
    asked.push(message);
    return answers.multi.shift() ?? [];
  }),
  askConfirm: vi.fn(async () => true),
}));

const { askIncident } = await import('../../src/incidents/ask-incident.js');
const { incidentSchema } = await import('../../src/incidents/incident-schema.js');

beforeEach(() => {
  answers.text = [];
  answers.select = [];
  answers.multi = [];
  asked.length = 0;
});

describe('guided incident flow', () => {
  test('asks for every missing fact; "unknown" answers stay unknown', async () => {
    answers.text = ['Laptop stolen', 'A laptop was stolen from a car.', '', '2026-03-27T10:00 Europe/Berlin', 'now', '', 'EU=30~,CA=12', 'Misuse of the data.', '', '', ''];
    answers.multi = [['names', 'health']];
    // encrypted, key compromised, gdpr role, hipaa role, state role, gdpr risk
    answers.select = ['yes', 'unknown', 'controller', 'unknown', 'owner', 'high'];
    const f = await askIncident({}, '2026-03-28T09:00:00+01:00');
    expect(f).toMatchObject({
      title: 'Laptop stolen',
      description: 'A laptop was stolen from a car.',
      aware_at: '2026-03-27T10:00 Europe/Berlin',
      discovered_at: '2026-03-28T09:00:00+01:00',
      data_categories: ['names', 'health'],
      encrypted: 'yes',
      key_compromised: 'unknown',
      affected: { EU: { count: 30, estimate: true }, CA: { count: 12 } },
      role: { gdpr: 'controller', us_state: 'owner' },
      risk: { gdpr: 'high' },
      consequences: 'Misuse of the data.',
    });
    expect(f.what_happened).toBeUndefined();
    expect(f.measures).toBeUndefined();
    expect(f.occurred_at).toBeUndefined();
    expect(f.role?.hipaa).toBeUndefined();
    expect(incidentSchema.safeParse({ format: 1, id: 'INC-2026-001', ...f }).success).toBe(true);
  });

  test('does not ask again for what flags gave', async () => {
    answers.select = ['unknown', 'unknown', 'unknown', 'unknown'];
    await askIncident(
      { title: 'Given', description: 'd', aware_at: 'x', discovered_at: 'y', occurred_at: 'z', data_categories: ['names'], encrypted: 'no', affected: { EU: { count: 1 } } },
      '2026-03-28T09:00:00Z',
    );
    expect(asked.some((m) => m.startsWith('Title'))).toBe(false);
    expect(asked.some((m) => m.includes('encrypted'))).toBe(false);
    // Public text, four role/risk choices, then consequences, measures, steps and the playbook.
    expect(asked).toHaveLength(9);
    expect(asked.some((m) => m.startsWith('What happened, in plain words'))).toBe(true);
  });

  test('no HIPAA question when no PHI is involved', async () => {
    await askIncident({ title: 'T', phi: 'no' }, '2026-03-28T09:00:00Z');
    expect(asked.some((m) => m.startsWith('Your HIPAA role'))).toBe(false);
    expect(asked.some((m) => m.startsWith('Your GDPR role'))).toBe(true);
  });

  test('a time without a zone is read in the organisation\'s zone; discovery defaults to awareness', async () => {
    answers.text = ['T', '', '', '2026-03-27T10:00', ''];
    const f = await askIncident({}, '2026-03-28T09:00:00Z', 'Europe/Berlin');
    expect(f.aware_at).toBe('2026-03-27T10:00 Europe/Berlin');
    expect(f.discovered_at).toBe('2026-03-27T10:00 Europe/Berlin');
    answers.text = ['T', '', '', 'last tuesday'];
    await expect(askIncident({}, '2026-03-28T09:00:00Z', 'Europe/Berlin')).rejects.toThrow(/expected a time with a zone/);
  });
});
