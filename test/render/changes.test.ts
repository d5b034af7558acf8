import { describe, expect, it } from 'vitest';
import { describeChanges, metaSnapshot, nextVersion, type ItemSnapshot } from '../../src/render/versions.js';

const snap = (fp: string, label: string): ItemSnapshot => ({ fp, label });

describe('revision history wording', () => {
  it('says what changed per item, in words', () => {
    const before = { 'a.b.spf': snap('partial|||', 'SPF record published'), 'a.b.old': snap('done|||', 'Old item'), 'a.b.dkim': snap('done|x|', 'DKIM signing') };
    const after = { 'a.b.spf': snap('done|||', 'SPF record published'), 'a.b.new': snap('|||', 'New item'), 'a.b.dkim': snap('done|y|', 'DKIM signing') };
    expect(describeChanges(before, after)).toEqual([
      'SPF record published: now done (was partial).',
      'Added: New item (unanswered).',
      'DKIM signing: answer details updated.',
      'Removed: Old item (no longer applies).',
    ]);
    expect(describeChanges(undefined, after)).toEqual(['First issue.']);
    expect(describeChanges(after, after)).toEqual(['Wording or layout updated; no answer changed.']);
  });

  it('names a new approver rather than an answer', () => {
    const before = metaSnapshot({ approver: 'Alex Kim, CEO', owner: null, legalName: 'Fixture Ltd' });
    const after = metaSnapshot({ approver: 'Sam Lee, CTO', owner: null, legalName: 'Fixture Ltd' });
    expect(describeChanges(before, after)).toEqual(['Approver changed to Sam Lee, CTO.']);
  });

  it('numbers versions 1.0, 1.1 … 1.10', () => {
    expect(nextVersion(undefined)).toBe('1.0');
    expect(nextVersion('1.0')).toBe('1.1');
    expect(nextVersion('1.9')).toBe('1.10');
  });
});
