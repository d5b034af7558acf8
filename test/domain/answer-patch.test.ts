import { describe, expect, it } from 'vitest';
import { closeMatches, buildAnswerPatch } from '../../src/domain/answer-patch.js';
import type { Item } from '../../src/domain/checklist-schema.js';
import type { SecbookError } from '../../src/errors.js';

const ids = ['gdpr.basis.lawful-basis', 'email.auth.spf-record', 'email.auth.spf-lookups', 'email.auth.dkim-keys', 'hipaa.baa.providers'];

const item = (extra: Partial<Item>): Item => ({
  id: 'x.y', question: 'Q?', guidance: { why: 'w', how: 'h', verify: 'v' }, weight: 3, refs: ['RFC 7208'], type: 'status', ...extra,
}) as Item;

describe('closeMatches', () => {
  it('finds ids by typo, by part, and by their words in another order', () => {
    expect(closeMatches(ids, 'email.auth.spf-recrd')[0]).toBe('email.auth.spf-record');
    expect(closeMatches(ids, 'spf')).toEqual(['email.auth.spf-lookups', 'email.auth.spf-record']);
    expect(closeMatches(ids, 'gdpr.lawful')[0]).toBe('gdpr.basis.lawful-basis');
  });
});

describe('buildAnswerPatch', () => {
  const now = new Date('2026-11-29T10:00:00Z');

  it('parses values by item type', () => {
    expect(buildAnswerPatch(item({ type: 'number', min: 1 }), { value: '90' }, now).value).toBe(90);
    expect(buildAnswerPatch(item({ type: 'multi', choices: ['a', 'b', 'c'] }), { value: 'a, c' }, now).value).toEqual(['a', 'c']);
    expect(buildAnswerPatch(item({ type: 'contacts' }), { value: '[{name: Ada, phone: "+1 555 0100", backup: {name: Alan}}]' }, now).value).toEqual([
      { name: 'Ada', phone: '+1 555 0100', backup: { name: 'Alan' } },
    ]);
    expect(buildAnswerPatch(item({}), { status: 'not applicable' }, now).status).toBe('na');
  });

  it('rejects values that do not fit, saying what fits', () => {
    const bad = (i: Item, v: string) => {
      try {
        buildAnswerPatch(i, { value: v }, now);
      } catch (error) {
        return (error as SecbookError).message;
      }
      return 'accepted';
    };
    expect(bad(item({ type: 'number', max: 365 }), '400')).toContain('expected at most 365, got 400');
    expect(bad(item({ type: 'number' }), 'ninety')).toContain('is not a number');
    expect(bad(item({ type: 'date' }), '2027-02-30')).toContain('expected a date like 2027-01-31');
    expect(bad(item({ type: 'contacts' }), '[{role: lead}]')).toContain('each with at least a name');
    expect(bad(item({}), 'yes')).toContain('answered with --status, not --value');
    expect(() => buildAnswerPatch(item({}), { due: '31/03/2027' }, now)).toThrow('is not a date');
    expect(() => buildAnswerPatch(item({}), {}, now)).toThrow('nothing to record');
  });
});
