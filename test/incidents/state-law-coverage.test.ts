/** Every US jurisdiction has a rule; every rule names its statute, source, grade and date. */
import { describe, expect, test } from 'vitest';
import { US_STATES } from '../../src/domain/scope-fields.js';
import { assessIncident } from '../../src/incidents/assess.js';
import { formatAssessment } from '../../src/cli/format-assessment.js';
import { STATE_LAWS, lawPersonalInfo, stateRules } from '../../src/incidents/rules/us-states.js';
import { US_LAW_INPUTS } from '../../src/incidents/rules/us/index.js';
import { stateLawSchema, unknownFields } from '../../src/incidents/rules/us/schema.js';
import { breachMatrix } from '../../src/incidents/documents/breach-matrix.js';
import { workbookSchema } from '../../src/domain/workbook-schema.js';
import { incident } from '../helpers/incidents-fixtures.js';

describe('coverage of the US jurisdictions', () => {
  test('all 50 states, DC, PR, GU and VI have exactly one law, and it validates', () => {
    expect(STATE_LAWS.map((l) => l.code).sort()).toEqual([...US_STATES].sort());
    for (const input of US_LAW_INPUTS) expect(stateLawSchema.safeParse(input).success).toBe(true);
  });

  test('every rule has a citation, a grade and the date it was read', () => {
    for (const law of STATE_LAWS) {
      expect(law.statute).not.toBe('');
      expect(law.source_url).toMatch(/^https?:\/\//);
      expect(law.last_verified).toMatch(/^2026-\d{2}-\d{2}$/);
      for (const rule of stateRules(law)) {
        expect(rule.citation, rule.id).not.toBe('');
        expect(['primary', 'secondary', 'unverified'], rule.id).toContain(rule.source);
        expect(rule.last_verified, rule.id).toBe(law.last_verified);
      }
    }
  });

  test('a law nobody here has read yet leaves personal information unknown instead of guessing', () => {
    const oh = STATE_LAWS.find((l) => l.code === 'OH')!;
    const blank = { ...oh, researched: false };
    const facts = { incident: incident({ data_categories: ['names', 'ssn'] }), zone: 'UTC', zoneFromWorkbook: false, workbook: undefined };
    expect(lawPersonalInfo(facts, blank)).toMatchObject({ value: 'unknown' });
    expect(lawPersonalInfo(facts, oh)).toMatchObject({ value: 'yes' });
  });

  test('every unknown field is listed once, by its path', () => {
    const pa = STATE_LAWS.find((l) => l.code === 'PA')!;
    expect(unknownFields(pa)).toContain('residents.period');
    expect(unknownFields(pa)).not.toContain('residents.period.kind');
  });

  test('a malformed entry is rejected: "more than" needs a positive count, and a grade is required', () => {
    const bad = { ...US_LAW_INPUTS[0]!, regulator: { name: 'AG', threshold: { op: 'more_than', n: 0 }, period: { kind: 'unknown' }, grade: 'P' } };
    expect(stateLawSchema.safeParse(bad).success).toBe(false);
    const noGrade = { ...US_LAW_INPUTS[0]!, residents: { period: { kind: 'unknown' } } };
    expect(stateLawSchema.safeParse(noGrade).success).toBe(false);
  });

  test('assess names, per jurisdiction in the incident, the statute applied, its grade and its unknowns', () => {
    const a = assessIncident(incident({ affected: { IL: { count: 3 }, OH: { count: 2 } } }), undefined, new Date('2026-01-01T00:00:00Z'));
    expect(a.jurisdictions.map((j) => j.code)).toEqual(['IL', 'OH']);
    const text = formatAssessment(a);
    expect(text).toMatch(/IL Illinois: 815 ILCS 530\/10 · grade \[P\]/);
    expect(text).toMatch(/OH Ohio: Ohio Rev\. Code 1349\.19 · grade \[S\]/);
    expect(text).toMatch(/unknown — check 815 ILCS 530\/10: .*regulator\.period/);
    expect(text).toMatch(/GDPR Art\. 3/);
  });
});

describe('NIS2, NYDFS and SEC follow the workbook scope', () => {
  test('unanswered scope questions: not assessed, and the output says which to answer', () => {
    const a = assessIncident(incident({ aware_at: '2026-03-02T09:00:00Z' }), undefined, new Date('2026-03-02T10:00:00Z'));
    expect(a.notices.some((n) => n.id.startsWith('nis2-') || n.id.startsWith('sec-') || n.id.startsWith('nydfs-'))).toBe(false);
    expect(formatAssessment(a)).toMatch(/Not assessed \(scope not answered in the workbook\): NIS2 Art\. 23 .*scope\.nis2_sector.*scope\.nydfs_covered_entity.*scope\.sec_registrant/);
  });
});

describe('the breach-notification matrix document', () => {
  const ctx = (scope: Record<string, unknown>) => {
    const workbook = workbookSchema.parse({ format: 1, organisation: { name: 'Acme Ltd' }, scope });
    return { set: { checklists: [] }, workbook, answers: {}, applicable: [], frameworks: [], today: '2026-12-02' } as never;
  };
  const cells = (doc: ReturnType<typeof breachMatrix>[number]) => JSON.stringify(doc.sections);

  test('one table per jurisdiction in scope, with thresholds, deadlines, citations and grades', () => {
    const [doc] = breachMatrix(ctx({ us_states: ['CA', 'IL', 'OH'] }));
    expect(doc?.title).toBe('Breach-notification matrix');
    const text = cells(doc!);
    expect(text).toContain('more than 500 residents');
    expect(text).toContain('within 15 calendar days after notifying residents');
    expect(text).toContain('must NOT include: the number of Illinois residents affected');
    expect(text).toContain('815 ILCS 530/10(a) [P]');
    expect(text).toMatch(/Unknown — check Ohio Rev\. Code 1349\.19: .*content\.prohibited/);
    expect(text).not.toContain('Texas');
  });

  test('all jurisdictions with the flag; NIS2, NYDFS and SEC rows from the scope', () => {
    const [doc] = breachMatrix(ctx({ nis2_sector: 'annex_i', nis2_size: 'large', nydfs_covered_entity: true, sec_registrant: true }), true);
    const text = cells(doc!);
    for (const name of ['Alabama', 'Wyoming', 'Puerto Rico', 'Guam', 'U.S. Virgin Islands', 'District of Columbia']) expect(text).toContain(name);
    expect(text).toContain('NIS2 (essential entity): early warning');
    expect(text).toContain('23 NYCRR 500.17(a) [P]');
    expect(text).toContain('four business days');
  });

  test('nothing in scope: no document', () => {
    expect(breachMatrix(ctx({}))).toEqual([]);
  });
});
