import { describe, expect, it } from 'vitest';
import { checkCondition, evaluateCondition } from '../../src/domain/condition.js';
import { scopeFacts } from '../../src/domain/frameworks.js';

describe('when: conditions', () => {
  const facts = scopeFacts({ languages: ['php', 'node'], gdpr_role: 'processor', phi: true, employees: 40, eu_personal_data: true });

  it('matches list fields by membership (any of several values)', () => {
    expect(evaluateCondition({ languages: 'php' }, facts)).toBe(true);
    expect(evaluateCondition({ languages: ['python', 'node'] }, facts)).toBe(true);
    expect(evaluateCondition({ languages: 'python' }, facts)).toBe(false);
  });

  it('matches enum, boolean and number fields', () => {
    expect(evaluateCondition({ gdpr_role: ['controller', 'both'] }, facts)).toBe(false);
    expect(evaluateCondition({ gdpr_role: 'processor' }, facts)).toBe(true);
    expect(evaluateCondition({ phi: true }, facts)).toBe(true);
    expect(evaluateCondition({ employees: { gte: 250 } }, facts)).toBe(false);
    expect(evaluateCondition({ employees: { lte: 50 } }, facts)).toBe(true);
  });

  it('combines with all / any / not, and several keys mean all', () => {
    expect(evaluateCondition({ any: [{ languages: 'python' }, { phi: true }] }, facts)).toBe(true);
    expect(evaluateCondition({ all: [{ languages: 'python' }, { phi: true }] }, facts)).toBe(false);
    expect(evaluateCondition({ not: { languages: 'python' } }, facts)).toBe(true);
    expect(evaluateCondition({ languages: 'php', phi: false }, facts)).toBe(false);
  });

  it('uses the derived frameworks list', () => {
    expect(evaluateCondition({ frameworks: 'gdpr' }, facts)).toBe(true);
    expect(evaluateCondition({ frameworks: 'hipaa' }, facts)).toBe(false);
  });

  it('treats an unanswered scope field as not matching', () => {
    expect(evaluateCondition({ sends_marketing: true }, facts)).toBe(false);
    expect(evaluateCondition({ not: { sends_marketing: true } }, facts)).toBe(true);
  });

  it('rejects unknown fields and values, with the path', () => {
    expect(checkCondition({ language: 'php' })[0]).toMatchObject({ path: ['language'], message: expect.stringContaining('unknown scope field "language"') });
    expect(checkCondition({ any: [{ languages: 'cobol' }] })[0]).toMatchObject({ path: ['any', 0, 'languages'], message: expect.stringContaining('"cobol" is not a value') });
    expect(checkCondition({ phi: 'yes' })[0]?.message).toContain('expected true or false');
    expect(checkCondition({ any: [], phi: true }).length).toBeGreaterThanOrEqual(2);
    expect(checkCondition({ frameworks: 'gdpr', languages: ['php'] })).toEqual([]);
  });
});
