import { describe, expect, it } from 'vitest';
import { applyEdits, type AnswerEdit } from '../../src/domain/answer-edit.js';
import { closeMatches } from '../../src/domain/answer-patch.js';
import { valueEditFromText } from '../../src/domain/answer-text.js';
import type { Item } from '../../src/domain/checklist-schema.js';

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

describe('applyEdits (typed answer edits)', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  const apply = (i: Item, ...edits: AnswerEdit[]) => applyEdits(i, undefined, edits, { now, by: 'dana' });

  it('sets values by type and stamps the change', () => {
    const r = apply(item({ type: 'number', min: 1 }), { kind: 'number', value: 90 }, { kind: 'due', due: '2027-03-31' });
    expect(r).toEqual({ ok: true, patch: { value: 90, due: '2027-03-31', answered_by: 'dana', updated_at: now.toISOString(), confirmed_at: now.toISOString() } });
    const comma = item({ type: 'multi', choices: ['Email, SMS', 'push'] });
    expect(apply(comma, { kind: 'multi', values: ['Email, SMS', 'push'] })).toMatchObject({ ok: true, patch: { value: ['Email, SMS', 'push'] } });
  });

  it('returns structured problems, not flag wording', () => {
    expect(apply(item({ type: 'number', max: 365 }), { kind: 'number', value: 400 })).toEqual({ ok: false, problems: [{ code: 'above-max', field: 'value', given: 400, limit: 365, max: 365 }] });
    expect(apply(item({ type: 'date' }), { kind: 'date', date: '2027-02-30' })).toEqual({ ok: false, problems: [{ code: 'no-such-date', field: 'value', given: '2027-02-30' }] });
    expect(apply(item({ type: 'contacts' }), { kind: 'contacts', contacts: [{ role: 'lead' } as never] })).toEqual({ ok: false, problems: [{ code: 'not-contacts', field: 'value' }] });
    expect(apply(item({}), { kind: 'text', text: 'yes' })).toEqual({ ok: false, problems: [{ code: 'status-item', field: 'value' }] });
    expect(apply(item({ type: 'choice', choices: ['a'] }), { kind: 'text', text: 'a' })).toEqual({ ok: false, problems: [{ code: 'wrong-type', field: 'value', expected: 'choice', given: 'text' }] });
    expect(apply(item({}), { kind: 'due', due: '31/03/2027' })).toEqual({ ok: false, problems: [{ code: 'not-a-date', field: 'due', given: '31/03/2027' }] });
    expect(apply(item({}))).toEqual({ ok: false, problems: [{ code: 'nothing', field: 'answer' }] });
  });

  it('adds and removes evidence against the current answer', () => {
    const current = { evidence: ['old', { url: 'https://x.example' }] };
    const r = applyEdits(item({}), current, [{ kind: 'evidence-remove', index: 0 }, { kind: 'evidence-add', entries: ['https://y.example'] }], { now, confirm: false });
    expect(r).toEqual({ ok: true, patch: { evidence: [{ url: 'https://x.example' }, { url: 'https://y.example', date: '2026-11-29' }], updated_at: now.toISOString() } });
    expect(applyEdits(item({}), current, [{ kind: 'evidence-remove', index: 5 }], { now })).toMatchObject({ ok: false, problems: [{ code: 'no-such-evidence' }] });
  });
});

describe('valueEditFromText (the CLI reads --value by the item type)', () => {
  it('reads numbers, lists, contacts; a choice containing a comma is taken whole', () => {
    expect(valueEditFromText(item({ type: 'number' }), ['90'])).toEqual({ edit: { kind: 'number', value: 90 } });
    expect(valueEditFromText(item({ type: 'number', unit: 'hours' }), ['ninety'])).toEqual({ problems: [{ code: 'not-a-number', field: 'value', given: 'ninety', unit: 'hours' }] });
    const multi = item({ type: 'multi', choices: ['a', 'b', 'Email, SMS'] });
    expect(valueEditFromText(multi, ['a, b'])).toEqual({ edit: { kind: 'multi', values: ['a', 'b'] } });
    expect(valueEditFromText(multi, ['Email, SMS', 'a'])).toEqual({ edit: { kind: 'multi', values: ['Email, SMS', 'a'] } });
    expect(valueEditFromText(item({ type: 'contacts' }), ['[{name: Ada, phone: "+1 555 0100", backup: {name: Alan}}]'])).toEqual({
      edit: { kind: 'contacts', contacts: [{ name: 'Ada', phone: '+1 555 0100', backup: { name: 'Alan' } }] },
    });
    expect(valueEditFromText(item({ type: 'text' }), ['a', 'b'])).toMatchObject({ problems: [{ code: 'one-value' }] });
  });
});
