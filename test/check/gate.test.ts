import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/review/gate.js';
import { tempDir } from '../helpers/cli.js';
import { loadProject, writeProject } from '../helpers/review-fixtures.js';

const NOW = new Date('2027-01-15T09:00:00Z');

describe('evaluateGate', () => {
  it('takes the stale limit from review.interval_days unless --max-stale-days is given', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      intervalDays: 30,
      answers: {
        'rv.auth.dmarc': { status: 'done', confirmed_at: '2026-12-15T08:00:00Z' }, // 31 days
        'rv.ops.contacts': { status: 'done', confirmed_at: '2027-01-01T00:00:00Z' },
      },
    });
    const { checklists, workbook } = await loadProject(dir);
    const byInterval = evaluateGate(checklists, workbook.data, [], { now: NOW });
    expect(byInterval.reasons).toEqual([
      { code: 'stale', message: '1 answer not confirmed within the interval their kind of evidence needs', items: ['rv.auth.dmarc (last confirmed 2026-12-15, 31 days ago; control every 30 days)'] },
    ]);
    expect(evaluateGate(checklists, workbook.data, [], { now: NOW, maxStaleDays: 45 })).toMatchObject({ ok: true, score: 50, answered: 2, applicable: 4 });
  });

  it('a required item answered through a linked item counts as answered; n/a counts too', async () => {
    const dir = await tempDir();
    const linked = (await import('../helpers/review-fixtures.js')).RV_CHECKLIST.replace(
      '        required: true\n  - id: rv.ops',
      '        required: true\n        links: [rv.auth.spf]\n  - id: rv.ops',
    );
    await writeProject(dir, { answers: { 'rv.auth.spf': { status: 'done', confirmed_at: '2027-01-10T00:00:00Z' }, 'rv.ops.contacts': { status: 'na', confirmed_at: '2027-01-10T00:00:00Z' } } }, linked);
    const { checklists, workbook } = await loadProject(dir);
    expect(checklists.links.get('rv.auth.dmarc')).toEqual(['rv.auth.spf']);
    // spf 4 + dmarc (via the link) 4 of 10 scoreable (contacts is n/a, backups unanswered).
    expect(evaluateGate(checklists, workbook.data, [], { now: NOW, minScore: 80 })).toMatchObject({ ok: true, score: 80, reasons: [] });
    expect(evaluateGate(checklists, workbook.data, [], { now: NOW, minScore: 80.1 }).reasons.map((r) => r.code)).toEqual(['score']);
  });
});

describe('evaluateGate and scan evidence', () => {
  it('fails when an answer marked done is contradicted by the latest scan, not by an older one', async () => {
    const dir = await tempDir();
    const confirmed = '2027-01-10T00:00:00Z';
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': {
          status: 'done',
          confirmed_at: confirmed,
          evidence: [{ text: 'v=spf1 +all', source: 'scan', date: '2027-01-14', verdict: 'fail' }],
        },
        'rv.auth.dmarc': {
          status: 'done',
          confirmed_at: confirmed,
          evidence: [
            { text: 'v=DMARC1; p=none', source: 'scan', date: '2027-01-01', verdict: 'fail' },
            { text: 'v=DMARC1; p=reject', source: 'scan', date: '2027-01-12', verdict: 'pass' },
          ],
        },
      },
    });
    const { checklists, workbook } = await loadProject(dir);
    const result = evaluateGate(checklists, workbook.data, [], { now: NOW, maxStaleDays: 400 });
    expect(result.reasons.filter((r) => r.code === 'scan')).toEqual([
      { code: 'scan', message: '1 answer marked done but the latest DNS scan failed', items: ['rv.auth.spf (scan on 2027-01-14 found failures)'] },
    ]);
  });
});
