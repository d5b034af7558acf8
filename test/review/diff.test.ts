import { describe, expect, it } from 'vitest';
import { diffSnapshots, isEmptyDiff } from '../../src/review/diff.js';
import { formatDiff } from '../../src/cli/format-diff.js';
import { takeSnapshot } from '../../src/review/snapshot.js';
import { tempDir } from '../helpers/cli.js';
import { RV_CHECKLIST_V2, loadProject, writeProject } from '../helpers/review-fixtures.js';

const T1 = new Date('2026-10-01T00:00:00Z');
const T2 = new Date('2027-01-15T00:00:00Z');

describe('diffSnapshots on crafted workbooks', () => {
  it('reports status changes, gaps opened/closed, scores, new/removed items, owners and due dates', async () => {
    const before = await tempDir();
    await writeProject(before, {
      answers: {
        'rv.auth.spf': { status: 'partial', owner: 'Dana', due: '2026-12-01' },
        'rv.auth.dmarc': { status: 'done' },
        'rv.ops.backups': { status: 'done', owner: 'Sam' },
      },
    });
    const after = await tempDir();
    await writeProject(after, {
      answers: {
        'rv.auth.spf': { status: 'done', owner: 'Lee', due: '2027-02-01' },
        'rv.auth.dmarc': { status: 'todo' },
        'rv.ops.backups': { status: 'done', owner: 'Sam' },
        'rv.ops.training': { status: 'done' },
      },
    }, RV_CHECKLIST_V2);
    const a = await loadProject(before);
    const b = await loadProject(after);
    const from = takeSnapshot(a.checklists, a.workbook.data, T1, '2026-Q4');
    const to = takeSnapshot(b.checklists, b.workbook.data, T2);

    // before: spf 4*0.5 + dmarc 4 + backups 2 = 8 of 12 → 66.7; after: 4 + 0 + 2 + 0 + 2 = 8 of 14 → 57.1
    expect(from.scores.overall.score).toBe(66.7);
    expect(to.scores.overall.score).toBe(57.1);

    const d = diffSnapshots(b.checklists, from, to);
    expect(d.overall).toMatchObject({ from: 66.7, to: 57.1, change: -9.6 });
    expect(d.sections).toEqual([
      { id: 'rv.auth', title: 'Authentication', from: 75, to: 50, change: -25 },
      { id: 'rv.ops', title: 'Operations', from: 50, to: 66.7, change: 16.7 },
    ]);
    expect(d.statusChanges.map((c) => [c.id, c.from, c.to])).toEqual([
      ['rv.auth.spf', 'partial', 'done'],
      ['rv.auth.dmarc', 'done', 'todo'],
    ]);
    expect(d.gapsOpened.map((g) => g.id)).toEqual(['rv.auth.dmarc']);
    expect(d.gapsClosed.map((g) => g.id)).toEqual(['rv.auth.spf']);
    expect(d.itemsAdded).toEqual([{ id: 'rv.ops.training', question: 'Question for rv.ops.training?', status: 'done' }]);
    expect(d.itemsRemoved).toEqual([]);
    expect(d.ownerChanges).toMatchObject([{ id: 'rv.auth.spf', from: 'Dana', to: 'Lee' }]);
    expect(d.dueChanges).toMatchObject([{ id: 'rv.auth.spf', from: '2026-12-01', to: '2027-02-01' }]);

    const text = formatDiff(d);
    expect(text).toContain('Changes from 2026-Q4 (2026-10-01) to current (2027-01-15)');
    expect(text).toContain('Score Overall: 66.7% → 57.1% (-9.6)');
    expect(text).toContain('Gaps opened (1)\n  rv.auth.dmarc — Question for rv.auth.dmarc? [todo]');
    expect(text).toContain('Owner changes (1)\n  rv.auth.spf — Question for rv.auth.spf?: Dana → Lee');
    expect(text).toContain('New items (1)');

    // The other way round the new item is a removed one, and the gaps swap.
    const back = diffSnapshots(b.checklists, to, from);
    expect(back.itemsRemoved.map((i) => i.id)).toEqual(['rv.ops.training']);
    expect(back.gapsOpened.map((g) => g.id)).toEqual(['rv.auth.spf']);
    expect(back.gapsClosed.map((g) => g.id)).toEqual(['rv.auth.dmarc']);
  });

  it('finds nothing between identical snapshots', async () => {
    const dir = await tempDir();
    await writeProject(dir, { answers: { 'rv.auth.spf': { status: 'done' } } });
    const p = await loadProject(dir);
    const d = diffSnapshots(p.checklists, takeSnapshot(p.checklists, p.workbook.data, T1, 'a'), takeSnapshot(p.checklists, p.workbook.data, T2, 'b'));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatDiff(d)).toContain('No item changed.');
  });
});
