/**
 * Breach rules corrected by issue 21: New York 899-aa as amended by S2659B, and the GDPR
 * authority for a controller without an EU establishment (EDPB Guidelines 9/2022, para. 73).
 */
import { describe, expect, test } from 'vitest';
import { assessIncident, type NoticeAssessment } from '../../src/incidents/assess.js';
import { workbookSchema } from '../../src/domain/workbook-schema.js';
import { incidentSchema } from '../../src/incidents/incident-schema.js';
import { buildNoticeContext } from '../../src/incidents/notice-context.js';
import { EU_CONTROLLER, STATE_OWNER, incident } from '../helpers/incidents-fixtures.js';

const NOW = new Date('2027-03-01T12:00:00Z');
const byId = (notices: NoticeAssessment[], id: string): NoticeAssessment => {
  const n = notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id} (have ${notices.map((x) => x.id).join(', ')})`);
  return n;
};
const withScope = (scope: Record<string, unknown>) => workbookSchema.parse({ format: 1, organisation: { name: 'Acme Health Ltd', timezone: 'Europe/Berlin' }, scope });

describe('New York GBL 899-aa as amended by S2659B', () => {
  test('names the AG, the Department of State, the State Police and DFS for its covered entities, whenever a resident is notified', () => {
    const result = assessIncident(incident({ ...STATE_OWNER, affected: { NY: { count: 1 } }, discovered_at: '2027-02-01T09:00 America/New_York' }), undefined, NOW);
    const regulator = byId(result.notices, 'ny-regulator');
    expect(regulator.required).toBe('yes');
    expect(regulator.title + JSON.stringify(regulator)).toMatch(/Attorney General, Department of State and Division of State Police/);
    expect(JSON.stringify(regulator)).toMatch(/Department of Financial Services for DFS covered entities/);
    expect(regulator.source_label).not.toMatch(/unverified/);
    expect(byId(result.notices, 'ny-residents').notes.join(' ')).toMatch(/Only the legitimate needs of law enforcement may delay it/);
  });

  test('a business that only maintains New York data tells the owner within 30 days of discovery', () => {
    const result = assessIncident(
      incident({ ...STATE_OWNER, role: { us_state: 'maintainer' }, affected: { NY: { count: 40 } }, discovered_at: '2027-02-01T09:00 America/New_York' }),
      undefined,
      NOW,
    );
    const owner = byId(result.notices, 'ny-data-owner');
    expect(owner.required).toBe('yes');
    // No workbook: deadlines are in UTC. Discovery 2027-02-01 14:00Z is day 0; +30 days is
    // 2027-03-03, end of day.
    expect(owner.deadline).toBe('2027-03-03T23:59:59Z');
    expect(byId(result.notices, 'ny-residents').required).toBe('no');
  });
});

describe('GDPR: which supervisory authority', () => {
  const fields = { ...EU_CONTROLLER, aware_at: '2027-02-10T09:00 Europe/Berlin', affected_eu_countries: { DE: { count: 900 }, FR: { count: 300, estimate: true } } };

  test('without an EU establishment: no lead authority, one notice per country where affected people live', () => {
    const notes = byId(assessIncident(incident(fields), withScope({ eu_establishment: false }), NOW).notices, 'gdpr-authority').notes.join('\n');
    expect(notes).toContain('Without an EU establishment there is no lead authority');
    expect(notes).toContain('EDPB Guidelines 9/2022, para. 73');
    expect(notes).toContain('Countries recorded: DE (900), FR (300, estimate)');
  });

  test('with an EU establishment: the lead authority', () => {
    const notes = byId(assessIncident(incident(fields), withScope({ eu_establishment: true }), NOW).notices, 'gdpr-authority').notes.join('\n');
    expect(notes).toContain('notify your lead supervisory authority (one-stop-shop, Art. 56(1))');
    expect(notes).not.toContain('Countries recorded');
  });

  test('the authority notice is addressed to each country\'s authority, or to the lead authority', () => {
    const inc = incident(fields);
    const to = (scope: Record<string, unknown>) => {
      const wb = withScope(scope);
      const notice = byId(assessIncident(inc, wb, NOW).notices, 'gdpr-authority');
      return buildNoticeContext({ notice, incident: inc, workbook: wb, zone: 'Europe/Berlin', now: NOW, draft: true }).f.authority_name;
    };
    expect(to({ eu_establishment: false })).toBe('the supervisory authority of each of DE, FR (one notice to each; no lead authority without an EU establishment)');
    // With an establishment: the lead authority the workbook names (none here: a [[TO FILL]]).
    expect(to({ eu_establishment: true })).toBeUndefined();
  });

  test('establishment unanswered and no countries recorded: says what to record', () => {
    const none = byId(assessIncident(incident({ ...EU_CONTROLLER }), withScope({ eu_establishment: false }), NOW).notices, 'gdpr-authority').notes.join('\n');
    expect(none).toContain('Record the affected people per country (affected_eu_countries');
    const unanswered = byId(assessIncident(incident({ ...EU_CONTROLLER }), undefined, NOW).notices, 'gdpr-authority').notes.join('\n');
    expect(unanswered).toContain('is not answered (scope eu_establishment)');
  });

  test('per-country counts accept EU/EEA codes only', () => {
    const parse = (countries: Record<string, unknown>) => incidentSchema.safeParse({ format: 1, id: 'INC-2027-001', title: 't', affected_eu_countries: countries });
    expect(parse({ DE: { count: 1 }, NO: { count: 2 } }).success).toBe(true);
    const bad = parse({ US: { count: 1 } });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('US');
  });
});
