import { describe, expect, it } from 'vitest';
import { freshness, isStale, itemsToReconfirm, pendingItems, staleAnswers } from '../../src/review/attention.js';
import type { Review } from '../../src/review/review-schema.js';
import { tempDir } from '../helpers/cli.js';
import { loadProject, writeProject } from '../helpers/review-fixtures.js';

const NOW = new Date('2027-01-15T09:00:00Z');

describe('machine evidence refreshes itself', () => {
  it('a newer passing scan on a done answer counts as the latest confirmation; a failing one or a partial answer does not', () => {
    const scan = (date: string, verdict: string) => ({ text: 'acme.example spf: v=spf1 -all', source: 'scan', date, verdict });
    const done = { status: 'done' as const, confirmed_at: '2026-09-01T00:00:00Z', confirmed_by: 'Dana', evidence: [scan('2026-10-01', 'pass'), scan('2027-01-10', 'pass')] };
    expect(freshness(done)).toEqual({ at: '2027-01-10', by: 'secbook scan' });
    expect(isStale(done, NOW, 30)).toBe(false); // 5 days after the scan
    expect(isStale({ ...done, evidence: [scan('2027-01-10', 'fail')] }, NOW, 30)).toBe(true);
    expect(isStale({ ...done, status: 'partial' as const }, NOW, 30)).toBe(true);
    expect(freshness({ ...done, evidence: [] })).toEqual({ at: '2026-09-01T00:00:00Z', by: 'Dana' });
  });
});

describe('stale detection (injected clock)', () => {
  it('uses confirmed_at, falls back to updated_at, and treats no date as never confirmed', () => {
    expect(isStale({ status: 'done', confirmed_at: '2026-10-17T09:00:00Z' }, NOW, 90)).toBe(false); // 90 days exactly
    expect(isStale({ status: 'done', confirmed_at: '2026-10-17T08:59:59Z' }, NOW, 90)).toBe(true);
    expect(isStale({ status: 'done', updated_at: '2026-01-01T00:00:00Z', confirmed_at: '2027-01-01T00:00:00Z' }, NOW, 90)).toBe(false);
    expect(isStale({ status: 'done', updated_at: '2026-09-01T00:00:00Z' }, NOW, 90)).toBe(true);
    expect(isStale({ status: 'done' }, NOW, 90)).toBe(true);
    expect(isStale({ status: 'done', updated_at: '2026-09-01T00:00:00Z' }, NOW, 180)).toBe(false);
  });

  it('marks stale answers, overdue actions and (with a previous snapshot) new items, with reasons', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', confirmed_at: '2026-12-20T00:00:00Z' },
        'rv.auth.dmarc': { status: 'partial', owner: 'Dana', due: '2027-01-01', confirmed_at: '2026-12-20T00:00:00Z' },
        'rv.ops.backups': { status: 'done', updated_at: '2026-06-01T00:00:00Z' },
      },
    });
    const { checklists, workbook } = await loadProject(dir);
    const marked = itemsToReconfirm(checklists, workbook.data, { now: NOW, settings: { interval_days: 90 } });
    expect(Object.keys(marked)).toEqual(['rv.auth.dmarc', 'rv.ops.backups']);
    expect(marked['rv.auth.dmarc']).toMatchObject({ reasons: ['overdue'], owner: 'Dana', due: '2027-01-01' });
    expect(marked['rv.ops.backups']).toMatchObject({ reasons: ['stale'], last_confirmed: '2026-06-01T00:00:00Z' });

    const withPrevious = itemsToReconfirm(checklists, workbook.data, { now: NOW, settings: { interval_days: 90 }, previousItems: ['rv.auth.spf', 'rv.auth.dmarc', 'rv.ops.backups'] });
    expect(withPrevious['rv.ops.contacts']).toMatchObject({ reasons: ['new'] });
    expect(Object.keys(withPrevious)).toHaveLength(3);

    expect(staleAnswers(checklists, workbook.data, NOW, 30).map((s) => s.id)).toEqual(['rv.ops.backups']);
    expect(staleAnswers(checklists, workbook.data, NOW, 20).map((s) => s.id)).toEqual(['rv.auth.spf', 'rv.auth.dmarc', 'rv.ops.backups']);
  });

  it('an item stops pending once its answer is confirmed or changed after the review started', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.auth.spf': { status: 'done', confirmed_at: '2027-01-16T00:00:00Z' },
        'rv.auth.dmarc': { status: 'done', updated_at: '2027-01-14T00:00:00Z' },
        'rv.ops.backups': { status: 'todo', updated_at: '2027-01-20T00:00:00Z' },
      },
    });
    const { checklists, workbook } = await loadProject(dir);
    const review = {
      started_at: '2027-01-15T09:00:00Z',
      reconfirm: {
        'rv.auth.spf': { reasons: ['stale'] },
        'rv.auth.dmarc': { reasons: ['stale'] },
        'rv.ops.backups': { reasons: ['overdue'] },
        'rv.ops.contacts': { reasons: ['new'] },
        'rv.gone.item': { reasons: ['stale'] },
      },
    } as unknown as Review;
    expect(pendingItems(checklists, workbook.data, review)).toEqual(['rv.auth.dmarc', 'rv.ops.contacts']);
    // Listed in checklist order, not the id order the review file is sorted in.
    const earlier = { ...review, started_at: '2027-01-30T00:00:00Z' } as Review;
    expect(pendingItems(checklists, workbook.data, earlier)).toEqual(['rv.auth.spf', 'rv.auth.dmarc', 'rv.ops.backups', 'rv.ops.contacts']);
  });
});
