/** What an item asks of its answer (tags), and the date, e-mail, phone and backup checks. Pure. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/domain/answer-edit.js';
import { contactTroubles, dateTrouble, isEmailAddress, isPhoneNumber, itemAsks, missingBackups } from '../../src/domain/answer-checks.js';
import type { Item } from '../../src/domain/checklist-schema.js';

const item = (over: Partial<Item>): Item => ({ id: 'x.y.z', question: 'Q?', guidance: { why: 'w', how: 'h', verify: 'v' }, weight: 1, refs: ['RFC 5321'], type: 'status', ...over }) as Item;
const now = new Date('2027-01-15T09:00:00Z');

describe('answer checks', () => {
  it('reads what an item asks from its tags', () => {
    expect(itemAsks({ tags: ['doc:incident', 'answer:past'] })).toEqual({ lines: false, past: true, backup: false });
    expect(itemAsks({})).toEqual({ lines: false, past: false, backup: false });
  });

  it('tells a malformed date, a day that does not exist and a future date apart', () => {
    expect(dateTrouble('2027-1-5')).toBe('not-a-date');
    expect(dateTrouble('2027-02-30')).toBe('no-such-date');
    expect(dateTrouble('2028-02-29')).toBeUndefined();
    expect(dateTrouble('2027-01-16', { past: true, today: '2027-01-15' })).toBe('future-date');
    expect(dateTrouble('2027-01-15', { past: true, today: '2027-01-15' })).toBeUndefined();
    expect(dateTrouble('2027-01-16', { today: '2027-01-15' })).toBeUndefined();
  });

  it('checks e-mail addresses and phone numbers', () => {
    for (const ok of ['ada@example.com', 'a.b+c@mail.example.co.uk']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ['ada', 'ada@', 'ada@@example.com', 'ada@example', 'a da@example.com']) expect(isEmailAddress(bad), bad).toBe(false);
    for (const ok of ['+1 555 0100', '(030) 5550-1002', '+49 30 5550 1003']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['call me', '12', '+1 555 0100 ext 3', '1234567890123456']) expect(isPhoneNumber(bad), bad).toBe(false);
    expect(contactTroubles([{ name: 'Ada', email: 'x', backup: { name: 'Alan', phone: 'nope' } }])).toEqual([
      { code: 'bad-email', who: 'Ada', backup: false, given: 'x' },
      { code: 'bad-phone', who: 'Ada', backup: true, given: 'nope' },
    ]);
  });

  it('names the contacts without a backup only when the item asks for one', () => {
    const contacts = [{ name: 'Ada', backup: { name: 'Alan' } }, { name: 'Grace' }];
    expect(missingBackups({ tags: ['answer:backup'] }, contacts)).toEqual(['Grace']);
    expect(missingBackups({}, contacts)).toEqual([]);
  });

  it('applyEdits refuses a future date on a past item, and makes a contacts answer without backups partial (and lifts it)', () => {
    const past = item({ type: 'date', tags: ['answer:past'] });
    expect(applyEdits(past, undefined, [{ kind: 'date', date: '2027-02-01' }], { now })).toEqual({ ok: false, problems: [{ code: 'future-date', field: 'value', given: '2027-02-01', today: '2027-01-15' }] });
    const lead = item({ type: 'contacts', tags: ['answer:backup'] });
    const first = applyEdits(lead, undefined, [{ kind: 'contacts', contacts: [{ name: 'Ada' }] }], { now });
    expect(first).toMatchObject({ ok: true, patch: { status: 'partial' } });
    const current = { status: 'partial' as const, value: [{ name: 'Ada' }] };
    const fixed = applyEdits(lead, current, [{ kind: 'contacts', contacts: [{ name: 'Ada', backup: { name: 'Alan' } }] }], { now });
    expect(fixed.ok && 'status' in fixed.patch && fixed.patch.status === undefined).toBe(true);
    // A partial someone chose for another reason stays.
    const chosen = applyEdits(lead, { status: 'partial', value: [{ name: 'Ada', backup: { name: 'Alan' } }] }, [{ kind: 'contacts', contacts: [{ name: 'Ada', backup: { name: 'Bob' } }] }], { now });
    expect(chosen.ok && 'status' in chosen.patch).toBe(false);
  });

  it('records who answered, with a role when given', () => {
    const r = applyEdits(item({}), undefined, [{ kind: 'status', status: 'done' }], { now, by: { name: 'Dana', role: 'security lead' } });
    expect(r).toMatchObject({ ok: true, patch: { answered_by: { name: 'Dana', role: 'security lead' } } });
  });
});
