import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { applicableItems } from '../../src/domain/applicability.js';
import { scopeFacts } from '../../src/domain/frameworks.js';
import { scoreWorkbook } from '../../src/domain/scoring.js';
import { ROOT } from '../helpers/cli.js';

const set = await loadChecklists({ cwd: ROOT, builtInDir: join(ROOT, 'test/fixtures/checklists') });

describe('scoring', () => {
  const today = '2027-01-10';

  it('gives full weight for done, half for partial, none for todo, and leaves out n/a', () => {
    const items = applicableItems(set, scopeFacts({ languages: ['php'] }));
    // spf 5 done, selectors 2 partial, tls 3 todo, php.headers 4 n/a, php.tls 3 unanswered — linked to tls (todo)
    const score = scoreWorkbook(
      set,
      {
        'mini.auth.spf': { status: 'done' },
        'mini.auth.dkim-selectors': { status: 'partial', value: 's1' },
        'mini.auth.tls': { status: 'todo' },
        'mini.php.headers': { status: 'na' },
      },
      items,
      today,
    );
    // earned = 5 + 1 + 0 + 0 (php.tls follows its link to auth.tls: todo) ; possible = 5 + 2 + 3 + 3
    expect(score.earned).toBe(6);
    expect(score.possible).toBe(13);
    expect(score.score).toBeCloseTo(6 / 13);
    expect(score.applicable).toBe(5);
    expect(score.answered).toBe(5);
    expect(score.counts).toMatchObject({ done: 1, partial: 1, todo: 2, na: 1, unanswered: 0 });
    const php = score.checklists[0]?.sections.find((s) => s.sectionId === 'mini.php');
    expect(php?.score).toBeCloseTo(0);
    expect(php?.counts.na).toBe(1);
  });

  it('counts a typed item with a value as done, and coverage as answered / applicable', () => {
    const items = applicableItems(set, scopeFacts({}));
    expect(items.map((r) => r.item.id)).toEqual(['mini.auth.spf', 'mini.auth.dkim-selectors', 'mini.auth.tls']);
    const score = scoreWorkbook(set, { 'mini.auth.dkim-selectors': { value: 'google, s1' } }, items, today);
    expect(score.counts.done).toBe(1);
    expect(score.coverage).toBeCloseTo(1 / 3);
    expect(score.score).toBeCloseTo(2 / 10);
  });

  it('flags overdue actions that are not done', () => {
    const items = applicableItems(set, scopeFacts({}));
    const score = scoreWorkbook(
      set,
      { 'mini.auth.spf': { status: 'todo', due: '2027-01-09' }, 'mini.auth.tls': { status: 'done', due: '2026-01-01' } },
      items,
      today,
    );
    expect(score.counts.overdue).toBe(1);
  });

  it('has no score when everything is not applicable', () => {
    const items = applicableItems(set, scopeFacts({}));
    const answers = Object.fromEntries(items.map((r) => [r.item.id, { status: 'na' as const }]));
    expect(scoreWorkbook(set, answers, items, today).score).toBeNull();
  });
});
